package org.oneplan.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.oneplan.access.Role;
import org.oneplan.access.internal.UserAccount;
import org.springframework.security.access.AccessDeniedException;

/**
 * Who takes which step of sign-off: planners send, authorisers of the person's teams decide, an authoriser of
 * another team is told the plan is not there, the person sees where it is up to but has no queue; every step is
 * audited and tells the person, in the same transaction.
 */
class SignOffAccessTests extends SignOffSupport {

    List<String> audited() {
        return jdbc.queryForList("select action || ' ' || detail from audit_event where record_id = ? order by seq",
                String.class, person);
    }

    List<String> told() {
        return jdbc.queryForList("select topic from (select topic, created_at from notification_outbox where person_id = ? "
                + "union all select topic, created_at from notification_task where person_id = ?) t order by created_at",
                String.class, person, person);
    }

    @Test
    void aCoordinatorSendsButCannotSignOffOrReturnAndHasNoQueue() throws Exception {
        agreedPlan();
        submit();
        mvc.perform(as(coordinator, get(plan() + "/sign-off/decision"))).andExpect(status().isForbidden());
        mvc.perform(as(coordinator, post(plan() + "/sign-off/decision"))).andExpect(status().isForbidden());
        mvc.perform(as(coordinator, post(plan() + "/sign-off/return")).param("reasons[NEEDS]", "Why"))
                .andExpect(status().isForbidden());
        mvc.perform(as(coordinator, get("/sign-offs"))).andExpect(status().isForbidden());
        assertThatThrownBy(() -> signOff(coordinator)).isInstanceOf(AccessDeniedException.class);
        assertThat(audited()).contains("REFUSED Tried to decide on the plan's sign-off");
    }

    @Test
    void anAuthoriserOfAnotherTeamIsToldThePlanIsNotThereAndDoesNotSeeItQueued() throws Exception {
        agreedPlan();
        submit();
        UserAccount elsewhere = accounts.newUser(Set.of(accounts.newTeam("Elsewhere").id()), Role.AUTHORISER);
        mvc.perform(as(elsewhere, get(plan() + "/sign-off/decision"))).andExpect(status().isNotFound());
        mvc.perform(as(elsewhere, post(plan() + "/sign-off/decision"))).andExpect(status().isNotFound());
        mvc.perform(as(elsewhere, post(plan() + "/sign-off/return")).param("reasons[NEEDS]", "Why"))
                .andExpect(status().isNotFound());
        mvc.perform(as(elsewhere, get("/sign-offs"))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString(person.toString()))));
        mvc.perform(as(authoriser, get("/sign-offs"))).andExpect(content().string(containsString(
                "/people/" + person + "/plan/sign-off/decision")));
    }

    @Test
    void thePersonSeesWhereSignOffIsUpToButHasNoQueueAndCannotDecide() throws Exception {
        agreedPlan();
        submit();
        UserAccount own = accounts.linkToPerson(accounts.newUser(Set.of(), Role.PERSON), person);
        mvc.perform(as(own, get(plan()))).andExpect(status().isOk())
                .andExpect(content().string(containsString("With the authoriser since")))
                .andExpect(content().string(not(containsString("/sign-off/decision"))));
        mvc.perform(as(own, get("/sign-offs"))).andExpect(status().isForbidden());
        mvc.perform(as(own, post(plan() + "/sign-off"))).andExpect(status().isForbidden());
        mvc.perform(as(own, post(plan() + "/sign-off/decision"))).andExpect(status().isForbidden());
    }

    @Test
    void everyStepIsAuditedWithoutWordsAndTellsThePerson() throws Exception {
        agreedPlan();
        submit();
        as(authoriser, () -> signOffs.returnWithReasons(person, List.of(new SignOffStatus.Reason("BUDGET_SPLIT",
                "Say what she pays"))));
        asCoordinator(() -> plans.write(person, org.oneplan.planning.PlanPrompt.MATTERS_NOW, "Gardening",
                org.oneplan.planning.Whose.PERSON, null, null));
        agreeAgain();
        submit();
        signOff(authoriser);
        assertThat(audited()).containsSubsequence("UPDATED Recorded the person's agreement: waiting for sign-off",
                "UPDATED Sent the plan for sign-off", "UPDATED Returned the plan for changes to BUDGET_SPLIT",
                "UPDATED Sent the plan for sign-off again", "UPDATED Signed off the plan: version 1",
                "UPDATED Made the personal budget active");
        assertThat(audited()).noneMatch(d -> d.contains("Say what she pays"));
        assertThat(told()).containsExactly("PLAN_SUBMITTED_FOR_SIGN_OFF", "PLAN_RETURNED", "PLAN_SUBMITTED_FOR_SIGN_OFF",
                "PLAN_SIGNED_OFF", "BUDGET_ACTIVE");
    }

    @Test
    void aPlannerWhoIsNotOnThePersonsTeamsCannotSendIt() throws Exception {
        agreedPlan();
        UserAccount elsewhere = accounts.newUser(Set.of(accounts.newTeam("Elsewhere").id()), Role.COORDINATOR);
        mvc.perform(as(elsewhere, post(plan() + "/sign-off"))).andExpect(status().isNotFound());
        mvc.perform(as(authoriser, post(plan() + "/sign-off"))).andExpect(status().isForbidden());
        assertThat(jdbc.queryForObject("select count(*) from sign_off where person_id = ?", Integer.class, person))
                .isZero();
    }
}
