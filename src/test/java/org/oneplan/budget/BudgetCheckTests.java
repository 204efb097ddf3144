package org.oneplan.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;

import java.time.LocalDate;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.oneplan.planning.ActionDraft;
import org.oneplan.planning.ActionLayer;
import org.oneplan.planning.ActionOwner;
import org.oneplan.planning.AdviceDraft;
import org.oneplan.planning.AdviceFormat;
import org.oneplan.planning.AdviceGiven;
import org.oneplan.planning.Agreement;
import org.oneplan.planning.AssessedNeeds;
import org.oneplan.planning.CarePlans;
import org.oneplan.planning.CheckIn;
import org.oneplan.planning.EligibilityDecision;
import org.oneplan.planning.NeedDraft;
import org.oneplan.planning.NextSteps;
import org.oneplan.planning.OptionDraft;
import org.oneplan.planning.PlanPart;
import org.oneplan.planning.PlanPrompt;
import org.oneplan.planning.PlanRuleException;
import org.oneplan.planning.PlanVersions;
import org.oneplan.planning.ReviewDraft;
import org.oneplan.planning.SupportArrangements;
import org.oneplan.planning.SupportResource;
import org.oneplan.planning.UnableToAchieve;
import org.oneplan.planning.Whose;
import org.oneplan.support.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The budget in the plan's completeness check and its agreed versions: a plan that will have a personal budget is
 * not ready to agree until the budget's items are there, and an agreed version carries the budget in its words.
 */
class BudgetCheckTests extends BudgetPagesSupport {

    @Autowired CarePlans plans;
    @Autowired AssessedNeeds needs;
    @Autowired AdviceGiven advice;
    @Autowired SupportArrangements arrangements;
    @Autowired NextSteps next;
    @Autowired PlanVersions versions;

    <T> T asCoordinator(Supplier<T> work) {
        return SignedIn.as(accounts.principal(coordinator), work);
    }

    /** Everything the check asks for of the plan itself, with eligible needs the council will meet. */
    void everythingButTheBudget() {
        LocalDate today = LocalDate.now();
        asCoordinator(() -> {
            plans.write(person, PlanPrompt.CONVERSATION, "At home, with my daughter", Whose.PERSON, null, null);
            for (String code : new String[] {"community-facilities", "home-safely"}) {
                needs.record(person, code, new NeedDraft(UnableToAchieve.YES, "Cannot manage alone", "Stays in",
                        true, "Through her personal budget"), null);
            }
            needs.decide(person, EligibilityDecision.MEETS, "Unable to achieve two outcomes", null);
            advice.add(person, new AdviceDraft("Falls leaflet", "Sam Patel", today.minusDays(1), AdviceFormat.PRINTED));
            arrangements.add(person, church, new OptionDraft("A personal assistant", SupportResource.PERSONAL_BUDGET,
                    true, "I choose who", Whose.PERSON, null));
            next.add(person, new ActionDraft("Find a personal assistant", ActionOwner.THE_PERSON, null,
                    today.plusWeeks(2), church, ActionLayer.PERSONAL_BUDGET));
            return next.arrange(person, new ReviewDraft(Set.of(CheckIn.CALL), null, "At home", today.plusMonths(3)), null);
        });
    }

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
        asCoordinator(() -> versions.markReady(person));
        asCoordinator(() -> versions.recordAgreement(person, new Agreement(Agreement.Decision.AGREE, null,
                Agreement.Captured.IN_PERSON, "Sam Patel", LocalDate.now(), "Bea and Sam", null, null, null)));
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
