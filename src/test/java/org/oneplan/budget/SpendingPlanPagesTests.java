package org.oneplan.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.junit.jupiter.api.Test;

/** "How will you spend your money?": lines in the person's words, against the budget, over and under. */
class SpendingPlanPagesTests extends BudgetPagesSupport {

    UUID lineId(String words) {
        return jdbc.queryForObject("select id from spending_line where person_id = ? and description = ?", UUID.class,
                person, words);
    }

    @Test
    void linesAndTheAllowanceAreCountedAgainstTheBudgetWithClearOverAndUnder() throws Exception {
        recordWholeBudget();
        mvc.perform(as(coordinator, get(budget())))
                .andExpect(content().string(containsString("Someone I choose to take me to church")))
                .andExpect(content().string(containsString("A personal assistant the person employs")))
                .andExpect(content().string(containsString("For: I want to get to church on Sundays")))
                .andExpect(content().string(containsString("The spending plan spends the whole budget.")))
                .andExpect(content().string(containsString("Everything the plan&#39;s check asks for about the budget is recorded.")));
        line("A new kneeler", "equipment", "520", "ONE_OFF");
        mvc.perform(as(coordinator, get(budget())))
                .andExpect(content().string(containsString("The spending plan is £520 a year (£10 a week) over the budget.")))
                .andExpect(content().string(containsString("Spending plan \u2014 the spending plan is over the budget")));
        UUID kneeler = lineId("A new kneeler");
        mvc.perform(as(coordinator, post(budget() + "/spending/" + kneeler + "/remove")).param("version", "0"))
                .andExpect(redirectedUrl(budget() + "#spending"));
        assertThat(jdbc.queryForObject("select removed_by from spending_line where id = ?", String.class, kneeler))
                .isEqualTo(coordinator.username());
        UUID pa = lineId("Someone I choose to take me to church");
        mvc.perform(as(coordinator, post(budget() + "/spending/" + pa)).param("description", "Someone I choose to take me to church")
                .param("whose", "PERSON").param("supportType", "personal-assistant").param("outcomeIds", church.toString())
                .param("cost", "170").param("period", "WEEK").param("version", "0"));
        mvc.perform(as(coordinator, get(budget())))
                .andExpect(content().string(containsString("£520 a year (£10 a week) of the budget is not in the spending plan yet")));
        mvc.perform(save("allowance").param("amount", "10").param("period", "WEEK"))
                .andExpect(redirectedUrl(budget() + "#spending"));
        mvc.perform(as(coordinator, get(budget())))
                .andExpect(content().string(containsString("£10 a week (£520 a year)")))
                .andExpect(content().string(containsString("The spending plan spends the whole budget.")));
    }

    @Test
    void wordsThatReadLikeAServiceSpecificationAreSavedWithAGentleWarning() throws Exception {
        mvc.perform(as(coordinator, post(budget() + "/spending/new"))
                        .param("description", "Home care 3 calls a day, 30 minutes each").param("whose", "PRACTITIONER")
                        .param("supportType", "home-care").param("outcomeIds", church.toString())
                        .param("cost", "200").param("period", "WEEK"))
                .andExpect(redirectedUrl(budget() + "#spending"))
                .andExpect(flash().attribute("serviceLanguage", not(empty())));
        mvc.perform(as(coordinator, get(budget())))
                .andExpect(content().string(containsString("Reads like a service specification")))
                .andExpect(content().string(containsString("A practitioner&#39;s words")));
        mvc.perform(as(coordinator, post(budget() + "/spending/new"))
                        .param("description", "Lunch with my friends at church").param("whose", "PERSON")
                        .param("supportType", "community-group").param("outcomeIds", church.toString())
                        .param("cost", "8").param("period", "WEEK"))
                .andExpect(flash().attribute("serviceLanguage", hasSize(0)));
    }

    @Test
    void aLineNeedsWhatItBuysWhoProvidesItAnOutcomeAndACost() throws Exception {
        mvc.perform(as(coordinator, post(budget() + "/spending/new")).param("whose", "PERSON"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Enter what the money will buy")));
        mvc.perform(as(coordinator, post(budget() + "/spending/new")).param("description", "A gardener")
                        .param("whose", "PERSON").param("supportType", "agency-support").param("cost", "20")
                        .param("period", "WEEK"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Select at least one outcome it serves")))
                .andExpect(content().string(containsString("A gardener")));
        mvc.perform(as(coordinator, post(budget() + "/spending/new")).param("description", "A gardener")
                        .param("whose", "PERSON").param("supportType", "no-such-type").param("outcomeIds", church.toString())
                        .param("cost", "20").param("period", "WEEK"))
                .andExpect(content().string(containsString("Select who or what provides it from the list")));
        mvc.perform(as(coordinator, post(budget() + "/spending/new")).param("description", "A gardener")
                        .param("whose", "SUPPORTER").param("supportType", "agency-support").param("outcomeIds", church.toString())
                        .param("cost", "20").param("period", "WEEK"))
                .andExpect(content().string(containsString("Enter the supporter&#39;s name")));
    }

    @Test
    void twoPeopleChangingOneLineSeeEachOthersWordsNotAnOverwrite() throws Exception {
        line("Someone I choose to take me to church", "personal-assistant", "180", "WEEK");
        UUID pa = lineId("Someone I choose to take me to church");
        mvc.perform(as(coordinator, post(budget() + "/spending/" + pa)).param("description", "A friend of mine drives me")
                .param("whose", "PERSON").param("supportType", "transport").param("outcomeIds", church.toString())
                .param("cost", "20").param("period", "WEEK").param("version", "0"));
        mvc.perform(as(coordinator, post(budget() + "/spending/" + pa)).param("description", "My later words")
                        .param("whose", "PERSON").param("supportType", "transport").param("outcomeIds", church.toString())
                        .param("cost", "25").param("period", "WEEK").param("version", "0"))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("A friend of mine drives me")))
                .andExpect(content().string(containsString("My later words")))
                .andExpect(content().string(containsString("name=\"version\" value=\"1\"")));
    }

    @Test
    void aLineWhoseOutcomeIsRemovedIsFlaggedOnThePageAndInTheCheck() throws Exception {
        line("Someone I choose to take me to church", "personal-assistant", "180", "WEEK");
        mvc.perform(as(coordinator, post(plan() + "/outcomes/" + church + "/remove")));
        mvc.perform(as(coordinator, get(budget())))
                .andExpect(content().string(containsString("The outcome it served is no longer in the plan")))
                .andExpect(content().string(containsString("a line serves an outcome that is no longer in the plan")));
        mvc.perform(as(coordinator, get(budget() + "/spending/new")))
                .andExpect(content().string(containsString("There are no outcomes in the plan yet")));
    }
}
