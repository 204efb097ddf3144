package org.oneplan.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;

import org.junit.jupiter.api.Test;
import org.oneplan.planning.PlanPart;
import org.oneplan.planning.PlanRuleException;

/**
 * The budget in the plan's completeness check and its agreed versions: a plan that will have a personal budget is
 * not ready to agree until the budget's items are there, and an agreed version (made when the plan is signed off) carries the budget in its words.
 */
class BudgetCheckTests extends SignOffSupport {

    @Test
    void aPlanWithABudgetIsNotReadyUntilTheBudgetsItemsAreThere() throws Exception {
        everythingButTheBudget();
        assertThat(asCoordinator(() -> versions.state(person)).gaps()).extracting(PlanPart.Gap::messageKey)
                .containsExactly("budget.gap.indicative", "budget.gap.final", "budget.gap.deployment", "budget.gap.spending");
        assertThatThrownBy(() -> asCoordinator(() -> versions.markReady(person))).isInstanceOf(PlanRuleException.class);
        mvc.perform(as(coordinator, get(plan() + "/check")))
                .andExpect(content().string(containsString("Budget option \u2014 record how the budget will be managed")))
                .andExpect(content().string(containsString("href=\"/people/" + person + "/plan/budget/deployment\"")));
        recordWholeBudget();
        assertThat(asCoordinator(() -> versions.state(person)).gaps()).isEmpty();
        asCoordinator(() -> versions.markReady(person));
    }

    @Test
    void anAgreedVersionCarriesTheBudgetAndTheSpendingPlanAfterTheBudgetQuestion() throws Exception {
        everythingButTheBudget();
        recordWholeBudget();
        agreeAgain();
        submit();
        signOff(authoriser);
        var version = asCoordinator(() -> versions.version(person, 1));
        assertThat(version.sections()).extracting(PlanPart.VersionedSection::title)
                .containsSubsequence("4. How will you spend your money?", "Personal budget", "The spending plan");
        var budget = version.sections().stream().filter(s -> s.title().equals("Personal budget")).findFirst().orElseThrow();
        assertThat(budget.items()).extracting(PlanPart.VersionedItem::text).contains(
                "£180 a week (£9,360 a year), given on 1 March 2025. Worked out by: The council's resource allocation figure",
                "£1,560 a year (£30 a week)", "A direct payment",
                "Held by the person. Meets: Getting out and about. £600 paid every four weeks: £7,800 a year (£150 a week).");
        var spending = version.sections().stream().filter(s -> s.title().equals("The spending plan")).findFirst().orElseThrow();
        assertThat(spending.items().get(0).label()).isEqualTo("A personal assistant the person employs");
        assertThat(spending.items().get(0).text()).isEqualTo(
                "Someone I choose to take me to church\nFor: I want to get to church on Sundays\nAbout £180 a week (£9,360 a year)");
        assertThat(spending.items().get(0).whose()).isEqualTo("The person's own words");
        line("A kneeler", "equipment", "30", "ONE_OFF");
        assertThat(asCoordinator(() -> versions.state(person)).status().name()).isEqualTo("DRAFT");
    }
}
