package org.oneplan.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.oneplan.access.Role;
import org.oneplan.support.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;

/** Question 4, "How will you spend your money?": for now, whether there will be a personal budget. */
class MoneyPagesTests extends PlanPagesSupport {

    @Autowired SpendingMoney money;

    String page() {
        return plan() + "/money";
    }

    <T> T signedIn(java.util.function.Supplier<T> work) {
        return SignedIn.as(accounts.principal(coordinator), work);
    }

    @Test
    void eachAnswerSetsTheStatusAndWhetherThereIsABudget() throws Exception {
        assertThat(signedIn(() -> money.statusOf(person))).isEqualTo(PlanView.SectionStatus.NOT_STARTED);
        assertThat(signedIn(() -> money.hasPersonalBudget(person))).isEmpty();
        mvc.perform(as(coordinator, get(page()))).andExpect(status().isOk())
                .andExpect(content().string(containsString("4. How will you spend your money?")))
                .andExpect(content().string(containsString("Will the person have a personal budget?")));
        mvc.perform(as(coordinator, post(page())).param("budget", "NOT_KNOWN_YET").param("note", "Waiting for the financial assessment"))
                .andExpect(redirectedUrl("/people/" + person + "/plan#money"));
        assertThat(signedIn(() -> money.statusOf(person))).isEqualTo(PlanView.SectionStatus.IN_PROGRESS);
        assertThat(signedIn(() -> money.hasPersonalBudget(person))).isEmpty();
        mvc.perform(as(coordinator, post(page())).param("budget", "YES").param("version", "0"));
        assertThat(signedIn(() -> money.statusOf(person))).isEqualTo(PlanView.SectionStatus.IN_PROGRESS);
        assertThat(signedIn(() -> money.hasPersonalBudget(person))).isEqualTo(Optional.of(true));
        mvc.perform(as(coordinator, get(page()))).andExpect(content().string(containsString(
                "Once this is saved, record the budget, how it is managed and the spending plan")));
        mvc.perform(as(coordinator, post(page())).param("budget", "NO").param("version", "1"));
        assertThat(signedIn(() -> money.statusOf(person))).isEqualTo(PlanView.SectionStatus.COMPLETED);
        assertThat(signedIn(() -> money.hasPersonalBudget(person))).isEqualTo(Optional.of(false));
    }

    @Test
    void aMissingAnswerIsShownKeepingTheNoteAndAStaleOneIsRefused() throws Exception {
        mvc.perform(as(coordinator, post(page())).param("note", "Kept note"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("<title>Error: How will you spend your money?")))
                .andExpect(content().string(containsString("Select whether the person will have a personal budget")))
                .andExpect(content().string(containsString("Kept note")));
        mvc.perform(as(coordinator, post(page())).param("budget", "NO").param("note", "Saved first"));
        mvc.perform(as(coordinator, post(page())).param("budget", "YES").param("note", "My later note"))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("Saved first")))
                .andExpect(content().string(containsString("My later note")))
                .andExpect(content().string(containsString("name=\"version\" value=\"0\"")));
    }

    @Test
    void onlyPlannersAnswerAndOthersAreRefused() throws Exception {
        var authoriser = accounts.newUser(Set.of(team), Role.AUTHORISER);
        mvc.perform(as(authoriser, post(page())).param("budget", "YES")).andExpect(status().isForbidden());
        var otherTeam = accounts.newUser(Set.of(accounts.newTeam("Other").id()), Role.COORDINATOR);
        mvc.perform(as(otherTeam, get(page()))).andExpect(status().isNotFound());
        mvc.perform(as(otherTeam, post(page())).param("budget", "YES")).andExpect(status().isNotFound());
        UUID noPlan = testPeople.onCaseload(team, "No", "Plan").id();
        mvc.perform(as(coordinator, get("/people/" + noPlan + "/plan/money"))).andExpect(status().isNotFound());
    }
}
