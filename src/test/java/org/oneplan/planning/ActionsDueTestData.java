package org.oneplan.planning;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.oneplan.access.internal.UserAccount;

/** Plans with actions for the actions due lists, agreed straight in the database (the lists ask only that). */
final class ActionsDueTestData {

    private final PlanPagesSupport test;

    ActionsDueTestData(PlanPagesSupport test) {
        this.test = test;
    }

    /** Someone else on the test's team, with their plan started. */
    UUID personWithPlan(String givenName) throws Exception {
        UUID who = test.testPeople.onCaseload(test.team, givenName, "Due").id();
        test.mvc.perform(test.as(test.coordinator, post("/people/" + who + "/plan")));
        return who;
    }

    /** Adds an action due {@code days} from today (negative: in the past). */
    UUID action(UUID who, String text, String owner, String ownerName, int days) throws Exception {
        test.mvc.perform(test.as(test.coordinator, post("/people/" + who + "/plan/actions/new")).param("text", text)
                .param("owner", owner).param("ownerName", ownerName).param("dueDate.day", "1")
                .param("dueDate.month", "6").param("dueDate.year", "2099").param("outcomeId", "none")
                .param("layer", "COMMUNITY")).andExpect(status().is3xxRedirection());
        UUID id = test.jdbc.queryForObject("select a.id from plan_action a join care_plan p on p.id = a.plan_id "
                + "where p.person_id = ? and a.text = ?", UUID.class, who, text);
        test.jdbc.update("update plan_action set due_date = ? where id = ?", today().plusDays(days), id);
        return id;
    }

    /** Records an agreed version of the person's plan as it stands. */
    void agree(UUID who) {
        test.jdbc.update("insert into plan_version (id, plan_id, number, content, content_hash, agreed_at, recorded_by) "
                + "select ?, p.id, (select count(*) + 1 from plan_version v where v.plan_id = p.id), '[]', 'test', ?, 'test' "
                + "from care_plan p where p.person_id = ?", UUID.randomUUID(), OffsetDateTime.now(ZoneOffset.UTC), who);
    }

    void markDone(UUID action) throws Exception {
        test.mvc.perform(test.as(test.coordinator, post("/people/" + personOf(action) + "/plan/actions/" + action
                + "/progress")).param("status", "DONE").param("version", "0")).andExpect(status().is3xxRedirection());
    }

    /** Makes {@code account} the person's named coordinator. */
    void coordinate(UUID who, UserAccount account) {
        test.jdbc.update("update person set coordinator_kind = 'STAFF', coordinator_user_id = ? where id = ?",
                account.id(), who);
    }

    private UUID personOf(UUID action) {
        return test.jdbc.queryForObject("select p.person_id from plan_action a join care_plan p on p.id = a.plan_id "
                + "where a.id = ?", UUID.class, action);
    }

    static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }
}
