package org.oneplan.planning;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.oneplan.access.Role;
import org.oneplan.access.internal.UserAccount;
import org.oneplan.people.Circle;
import org.oneplan.people.CircleMemberDetails;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Progress through the API: a change of status with its version, notes, the person and their supporters marking
 * their own actions done, and the team's actions due.
 */
class ActionProgressApiTests extends PlanApiSupport {

    @Autowired JdbcTemplate jdbc;

    String action(String text, String owner) throws Exception {
        String address = location(call(post(plan("actions")).content(json("text", text, "owner", owner,
                "ownerName", "Ann Api (daughter)", "dueDate", LocalDate.now(ZoneOffset.UTC).plusDays(7).toString(),
                "layer", "COMMUNITY"))).andExpect(status().isCreated()));
        return address + "/progress";
    }

    UserAccount signedInPerson() {
        return accounts.linkToPerson(accounts.newUser(Set.of(), Role.PERSON), person);
    }

    UserAccount supporter(boolean shares) {
        UserAccount account = accounts.newUser(Set.of(), Role.SUPPORTER);
        testPeople.addToCircle(person, new CircleMemberDetails("Ann", "Daughter", Circle.INTIMACY, Set.of(), null, null,
                shares), account.id());
        return account;
    }

    @Test
    void aChangeOfStatusNeedsItsVersionButANoteDoesNot() throws Exception {
        String progress = action("Walk to the shop", "THE_PERSON");
        call(get(progress)).andExpect(status().isOk()).andExpect(header().string("ETag", "\"0\""))
                .andExpect(jsonPath("$.progress.status").value("NOT_STARTED"))
                .andExpect(jsonPath("$.action.text").value("Walk to the shop"))
                .andExpect(jsonPath("$.history.length()").value(0));
        call(post(progress).content(json("status", "DONE"))).andExpect(status().isPreconditionRequired());
        call(post(progress).content(json("status", "DONE")).header("If-Match", "\"4\"")).andExpect(status().isPreconditionFailed());
        call(post(progress).content(json("status", "DONE", "note", "Went on Tuesday")).header("If-Match", "\"0\""))
                .andExpect(status().isOk()).andExpect(header().string("ETag", "\"1\""))
                .andExpect(jsonPath("$.progress.status").value("DONE"))
                .andExpect(jsonPath("$.progress.latestNote.note").value("Went on Tuesday"));
        call(post(progress).content(json("note", "And again on Friday"))).andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"1\"")).andExpect(jsonPath("$.history.length()").value(2))
                .andExpect(jsonPath("$.history[0].note").value("And again on Friday"));
    }

    @Test
    void badProgressIsRefusedWithTheReason() throws Exception {
        String progress = action("Phone the council", "PRACTITIONER");
        call(post(progress).content(json("status", "NO_LONGER_NEEDED")).header("If-Match", "\"0\""))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("reason"))
                .andExpect(jsonPath("$.detail").value("Enter why the action is no longer needed"));
        call(post(progress).content(json("note", "n".repeat(2001)))).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value("The note must be 2000 characters or fewer"));
        call(post(progress).content(json("status", "FINISHED"))).andExpect(status().isBadRequest());
        call(post(progress).content("{}")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("Select a new status or write a progress note"));
    }

    @Test
    void thePersonMarksTheirOwnActionsDoneButNotAPractitionersNorEndsThem() throws Exception {
        String own = action("Ring the choir", "THE_PERSON");
        String practitioners = action("Order the rail", "PRACTITIONER");
        UserAccount me = signedInPerson();
        call(me, post(own).content(json("status", "DONE", "note", "Rang them")).header("If-Match", "\"0\""))
                .andExpect(status().isOk()).andExpect(jsonPath("$.history[0].writtenBy").value(me.displayName()));
        call(me, get(practitioners)).andExpect(status().isOk()).andExpect(jsonPath("$.mayChange").value(false));
        call(me, post(practitioners).content(json("status", "DONE")).header("If-Match", "\"0\""))
                .andExpect(status().isForbidden());
        call(me, post(own).content(json("status", "NO_LONGER_NEEDED", "reason", "Changed my mind"))
                .header("If-Match", "\"1\"")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("status"));
    }

    @Test
    void aSupporterThePersonSharesWithMarksTheirActionsDoneAndOthersCannot() throws Exception {
        String theirs = action("Drive to church", "SUPPORTER");
        call(supporter(true), post(theirs).content(json("status", "IN_PROGRESS")).header("If-Match", "\"0\""))
                .andExpect(status().isOk()).andExpect(jsonPath("$.progress.status").value("IN_PROGRESS"));
        call(supporter(false), post(theirs).content(json("status", "DONE")).header("If-Match", "\"1\""))
                .andExpect(status().isNotFound());
        call(accounts.newUser(Set.of(accounts.newTeam("Other").id()), Role.COORDINATOR), get(theirs))
                .andExpect(status().isNotFound());
    }

    @Test
    void theTeamsActionsDueAreListedOverdueFirstWithDaysLate() throws Exception {
        String soon = action("Soon", "THE_PERSON");
        String late = action("Late", "SUPPORTER");
        jdbc.update("update plan_action set due_date = ? where id = ?", LocalDate.now(ZoneOffset.UTC).minusDays(6),
                UUID.fromString(late.split("/")[7]));
        jdbc.update("insert into plan_version (id, plan_id, number, content, content_hash, agreed_at, recorded_by) "
                + "select ?, p.id, 1, '[]', 'test', ?, 'test' from care_plan p where p.person_id = ?",
                UUID.randomUUID(), OffsetDateTime.now(ZoneOffset.UTC), person);
        call(get("/api/v1/actions/due?team=" + team)).andExpect(status().isOk())
                .andExpect(jsonPath("$.totalItems").value(2))
                .andExpect(jsonPath("$.items[0].text").value("Late"))
                .andExpect(jsonPath("$.items[0].daysLate").value(6))
                .andExpect(jsonPath("$.items[0].personName").value("Ada Plan"))
                .andExpect(jsonPath("$.items[1].text").value("Soon"))
                .andExpect(jsonPath("$.items[1].status").value("NOT_STARTED"));
        call(get("/api/v1/actions/due?team=" + team + "&owner=SUPPORTER")).andExpect(jsonPath("$.totalItems").value(1));
        call(get("/api/v1/actions/due?team=" + accounts.newTeam("Not mine").id())).andExpect(status().isNotFound());
        call(signedInPerson(), get("/api/v1/actions/due?team=" + team)).andExpect(status().isForbidden());
        call(get(soon)).andExpect(jsonPath("$.progress.daysLate").value(0));
    }
}
