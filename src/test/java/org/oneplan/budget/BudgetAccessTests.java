package org.oneplan.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.oneplan.access.Role;
import org.oneplan.access.internal.UserAccount;
import org.oneplan.budget.internal.Allowance;
import org.oneplan.budget.internal.Period;
import org.oneplan.budget.internal.PersonalBudgets;
import org.oneplan.support.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * Who sees and changes a personal budget, as for the plan: readers see it, planners change it, others are told
 * it is not there; every read and change is in the audit trail, with no amounts or words.
 */
class BudgetAccessTests extends BudgetPagesSupport {

    @Autowired PersonalBudgets budgets;
    @Autowired Budgets publicFace;

    List<String> audited() {
        return jdbc.queryForList("select action || ' ' || detail from audit_event where record_id = ? order by seq",
                String.class, person);
    }

    @Test
    void someoneWhoMayNotSeeThePersonIsToldTheBudgetIsNotThere() throws Exception {
        recordWholeBudget();
        UUID line = jdbc.queryForObject("select id from spending_line where person_id = ?", UUID.class, person);
        UserAccount elsewhere = accounts.newUser(Set.of(accounts.newTeam("Elsewhere").id()), Role.COORDINATOR);
        mvc.perform(as(elsewhere, get(budget()))).andExpect(status().isNotFound());
        mvc.perform(as(elsewhere, get(budget() + "/indicative"))).andExpect(status().isNotFound());
        mvc.perform(as(elsewhere, post(budget() + "/allowance")).param("amount", "1").param("period", "WEEK"))
                .andExpect(status().isNotFound());
        mvc.perform(as(elsewhere, get(budget() + "/spending/" + line))).andExpect(status().isNotFound());
        assertThat(SignedIn.as(accounts.principal(elsewhere), () -> {
            assertThatThrownBy(() -> publicFace.summary(person)).hasMessageContaining("not found");
            return true;
        })).isTrue();
    }

    @Test
    void readersWhoDoNotPlanSeeTheBudgetWithoutChangeLinksAndCannotChangeIt() throws Exception {
        recordWholeBudget();
        UserAccount authoriser = accounts.newUser(Set.of(team), Role.AUTHORISER);
        UserAccount own = accounts.linkToPerson(accounts.newUser(Set.of(), Role.PERSON), person);
        for (UserAccount reader : List.of(authoriser, own)) {
            mvc.perform(as(reader, get(budget()))).andExpect(status().isOk())
                    .andExpect(content().string(containsString("£180 a week (£9,360 a year)")))
                    .andExpect(content().string(not(containsString("/plan/budget/indicative\""))))
                    .andExpect(content().string(not(containsString("Add a line"))));
            mvc.perform(as(reader, get(budget() + "/split"))).andExpect(status().isForbidden());
            mvc.perform(as(reader, post(budget() + "/split")).param("total", "1")).andExpect(status().isForbidden());
        }
        assertThatThrownBy(() -> SignedIn.as(accounts.principal(authoriser), () -> budgets.setAllowance(person,
                new Allowance(BigDecimal.ONE, Period.WEEK), 4L))).isInstanceOf(AccessDeniedException.class);
        assertThat(audited()).contains("REFUSED Tried to change the personal budget");
    }

    @Test
    void everyReadAndChangeIsAuditedWithoutAmountsOrWords() throws Exception {
        recordWholeBudget();
        mvc.perform(as(coordinator, get(budget())));
        List<String> details = audited();
        assertThat(details).contains("UPDATED Recorded the indicative budget", "UPDATED Recorded the personal budget",
                "UPDATED Recorded how the personal budget is managed", "UPDATED Recorded the direct payment",
                "CREATED Added a line to the spending plan", "VIEWED Viewed the personal budget");
        assertThat(details).noneMatch(d -> d.matches(".*\\d.*") || d.contains("£") || d.contains("church"));
    }

    @Test
    void theSummaryForOtherModulesGivesYearlyFiguresAndWhetherTheBudgetIsComplete() throws Exception {
        recordWholeBudget();
        BudgetSummary summary = SignedIn.as(accounts.principal(coordinator), () -> publicFace.summary(person)).orElseThrow();
        assertThat(summary.indicativePerYear()).isEqualByComparingTo("9360");
        assertThat(summary.councilPaysPerYear()).isEqualByComparingTo("7800");
        assertThat(summary.wholePerYear()).isEqualByComparingTo("9360");
        assertThat(summary.spentPerYear()).isEqualByComparingTo("9360");
        assertThat(summary.complete()).isTrue();
        assertThat(summary.activeFrom()).isNull();
        UserAccount authoriser = accounts.newUser(Set.of(team), Role.AUTHORISER);
        SignedIn.as(accounts.principal(authoriser), () -> {
            publicFace.activate(person, java.time.LocalDate.of(2026, 4, 1));
            return null;
        });
        assertThat(SignedIn.as(accounts.principal(coordinator), () -> publicFace.summary(person)).orElseThrow()
                .activeFrom()).isEqualTo(java.time.LocalDate.of(2026, 4, 1));
        assertThat(audited()).contains("UPDATED Made the personal budget active");
    }
}
