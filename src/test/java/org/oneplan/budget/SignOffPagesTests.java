package org.oneplan.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.oneplan.access.Role;
import org.oneplan.access.internal.UserAccount;
import org.oneplan.planning.PlanPrompt;
import org.oneplan.planning.Whose;

/** Sending a plan, deciding on it and returning it through the pages, and what the plan's own pages then say. */
class SignOffPagesTests extends SignOffSupport {

    String signOff() {
        return plan() + "/sign-off";
    }

    void criteria(String... lines) throws Exception {
        String organisation = jdbc.queryForObject("select organisation_id from team where id = ?", String.class, team);
        mvc.perform(as(accounts.newUser(Set.of(team), Role.MANAGER), post("/settings/" + organisation + "/sign-off"))
                .param("targetDays", "10").param("criteria", String.join("\n", lines)))
                .andExpect(status().is3xxRedirection());
    }

    @Test
    void theCoordinatorSeesTheCriteriaBeforeSendingAndThenWhereSignOffIsUpTo() throws Exception {
        criteria("The outcomes are in the person's own words", "The budget meets the eligible needs");
        agreedPlan();
        mvc.perform(as(coordinator, get(plan()))).andExpect(content().string(containsString(
                "Agreed by the person, waiting for sign-off"))).andExpect(content().string(containsString("Send it for sign-off")));
        mvc.perform(as(coordinator, get(signOff()))).andExpect(status().isOk())
                .andExpect(content().string(containsString("The outcomes are in the person&#39;s own words")))
                .andExpect(content().string(containsString("One authoriser signs it off: the whole budget is £9,360 a year")))
                .andExpect(content().string(containsString("Nobody signs off or returns a plan they wrote")));
        mvc.perform(as(coordinator, post(signOff()))).andExpect(redirectedUrl(plan()))
                .andExpect(flash().attribute("banner", "The plan has been sent for sign-off. The person will be told."));
        String today = LocalDate.now().format(java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy"));
        mvc.perform(as(coordinator, get(plan()))).andExpect(content().string(containsString(
                "With the authoriser since " + today + " \u2014 sent today.")));
        mvc.perform(as(coordinator, post(signOff()))).andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("The plan is with the authoriser already")));
    }

    @Test
    void theAuthoriserDecidesWithTheBudgetReadOnlyAndTheCriteriaAsAChecklistAndTheVersionCarriesTheSignOff()
            throws Exception {
        criteria("The budget meets the eligible needs");
        agreedPlan();
        submit();
        mvc.perform(as(authoriser, get(signOff() + "/decision"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("£9,360 a year")))
                .andExpect(content().string(containsString("value=\"The budget meets the eligible needs\"")))
                .andExpect(content().string(not(containsString("/plan/budget/split\""))));
        mvc.perform(as(authoriser, post(signOff() + "/decision")).param("ticked", "The budget meets the eligible needs")
                        .param("conditions", "A call at three months").param("activeFrom.day", "1")
                        .param("activeFrom.month", "6").param("activeFrom.year", String.valueOf(LocalDate.now().getYear())))
                .andExpect(redirectedUrl(plan()));
        mvc.perform(as(coordinator, get(plan()))).andExpect(content().string(containsString("Agreed: version 1")))
                .andExpect(content().string(containsString("Signed off on ")));
        mvc.perform(as(coordinator, get(plan() + "/versions/1")))
                .andExpect(content().string(containsString("Signed off by Test " + authoriser.username())))
                .andExpect(content().string(containsString("Conditions: Test " + authoriser.username()
                        + ": A call at three months")))
                .andExpect(content().string(containsString("The personal budget is active from 1 June")));
        byte[] pdf = mvc.perform(as(coordinator, get(plan() + "/plan.pdf?version=1"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(org.oneplan.support.PdfChecks.text(pdf)).contains("Signed off by Test " + authoriser.username(),
                "A call at three months");
        assertThat(jdbc.queryForList("select t.criterion from sign_off_step_ticked t join sign_off_step s on s.id = t.step_id "
                + "join sign_off o on o.id = s.sign_off_id where o.person_id = ?", String.class, person))
                .containsExactly("The budget meets the eligible needs");
    }

    @Test
    void aReturnNeedsAReasonForEachPartAndTheCoordinatorSeesTheReasonsWhereTheyWork() throws Exception {
        agreedPlan();
        submit();
        mvc.perform(as(authoriser, post(signOff() + "/return"))).andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Select at least one part of the plan that needs changing")));
        mvc.perform(as(authoriser, post(signOff() + "/return")).param("parts", "NEEDS"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("href=\"#reasons[NEEDS]\"")))
                .andExpect(content().string(containsString("Enter why this part of the plan needs changing")));
        mvc.perform(as(authoriser, post(signOff() + "/return")).param("reasons[BUDGET_SPLIT]", "Say what she pays"))
                .andExpect(redirectedUrl(plan()));
        for (String page : new String[] {plan(), plan() + "/check"}) {
            mvc.perform(as(coordinator, get(page))).andExpect(content().string(containsString("Returned on ")))
                    .andExpect(content().string(containsString("Say what she pays")))
                    .andExpect(content().string(containsString("href=\"/people/" + person + "/plan/budget/split\"")));
        }
        mvc.perform(as(coordinator, get(plan()))).andExpect(content().string(containsString(">Draft<")));
    }

    @Test
    void sendingAReturnedPlanAgainWithoutAChangeIsRefusedAndAfterAChangeItGoesBack() throws Exception {
        agreedPlan();
        submit();
        as(authoriser, () -> signOffs.returnWithReasons(person, java.util.List.of(
                new SignOffStatus.Reason("NEXT", "Add a review with her daughter"))));
        agreeAgain();
        mvc.perform(as(coordinator, post(signOff()))).andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Nothing has changed since the authoriser returned the plan")));
        asCoordinator(() -> plans.write(person, PlanPrompt.MATTERS_NOW, "My daughter at my reviews", Whose.PERSON, null, null));
        mvc.perform(as(coordinator, post(signOff()))).andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("The person has not agreed the plan as it stands")));
        agreeAgain();
        mvc.perform(as(coordinator, post(signOff()))).andExpect(redirectedUrl(plan()));
        assertThat(signOff(authoriser).steps()).extracting(SignOffStatus.Step::kind).containsExactly(
                SignOffStatus.Kind.SUBMITTED, SignOffStatus.Kind.RETURNED, SignOffStatus.Kind.RESUBMITTED,
                SignOffStatus.Kind.SIGNED_OFF);
    }

    @Test
    void aPlanThatReadsDifferentlySinceItWasSentCannotBeSignedOffButCanBeReturned() throws Exception {
        agreedPlan();
        submit();
        // Nothing changes a plan with the authoriser through its services; a renamed support type, say, still could.
        jdbc.update("update plan_entry set text = 'Something new' where prompt = 'CONVERSATION' and plan_id = "
                + "(select id from care_plan where person_id = ?)", person);
        mvc.perform(as(coordinator, get(plan()))).andExpect(content().string(containsString(
                "The plan reads differently from when it was sent")))
                .andExpect(content().string(not(containsString("Send it for sign-off again"))));
        mvc.perform(as(authoriser, get(signOff() + "/decision"))).andExpect(content().string(containsString(
                "The plan reads differently from when it was sent for sign-off")))
                .andExpect(content().string(not(containsString(">Sign off</button>"))));
        mvc.perform(as(authoriser, post(signOff() + "/decision"))).andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("There is a problem")));
        mvc.perform(as(authoriser, post(signOff() + "/return")).param("reasons[NEEDS]", "Check the new words"))
                .andExpect(redirectedUrl(plan()));
        agreeAgain();
        mvc.perform(as(coordinator, post(signOff()))).andExpect(redirectedUrl(plan()));
    }

    @Test
    void whoeverWroteThePlanIsToldTheyCannotDecideOnIt() throws Exception {
        UserAccount both = accounts.newUser(Set.of(team), Role.AUTHORISER, Role.COORDINATOR);
        agreedPlan();
        mvc.perform(as(both, post(plan() + "/matters-now")).param("text", "Singing").param("whose", "PERSON"))
                .andExpect(status().is3xxRedirection());
        agreeAgain();
        submit();
        mvc.perform(as(both, get(signOff() + "/decision")))
                .andExpect(content().string(containsString("You wrote part of this plan")))
                .andExpect(content().string(not(containsString(">Sign off</button>"))));
        mvc.perform(as(both, post(signOff() + "/decision"))).andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("You wrote part of this plan")));
    }

    @Test
    void aPlanThePersonHasNotAgreedCannotBeSent() throws Exception {
        everythingButTheBudget();
        recordWholeBudget();
        mvc.perform(as(coordinator, get(signOff()))).andExpect(content().string(containsString(
                "The plan can be sent once the person has agreed it")))
                .andExpect(content().string(not(containsString(">Send for sign-off<"))));
        mvc.perform(as(coordinator, post(signOff()))).andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("The person has not agreed the plan as it stands")));
    }
}
