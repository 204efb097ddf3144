package org.oneplan.support;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.oneplan.budget.internal.Deployment;
import org.oneplan.budget.internal.DirectPayment;
import org.oneplan.budget.internal.Indicative;
import org.oneplan.budget.internal.Period;
import org.oneplan.budget.internal.PersonalBudgets;
import org.oneplan.budget.internal.SpendingLineDraft;
import org.oneplan.budget.internal.SpendingPlans;
import org.oneplan.budget.internal.Split;
import org.oneplan.planning.ActionDraft;
import org.oneplan.planning.ActionLayer;
import org.oneplan.planning.ActionOwner;
import org.oneplan.planning.AdviceDraft;
import org.oneplan.planning.AdviceFormat;
import org.oneplan.planning.AdviceGiven;
import org.oneplan.planning.AssessedNeeds;
import org.oneplan.planning.CarePlans;
import org.oneplan.planning.CheckIn;
import org.oneplan.planning.EligibilityDecision;
import org.oneplan.planning.NeedDraft;
import org.oneplan.planning.NextSteps;
import org.oneplan.planning.OptionDraft;
import org.oneplan.planning.PlanPrompt;
import org.oneplan.planning.ReviewDraft;
import org.oneplan.planning.SupportArrangements;
import org.oneplan.planning.SupportResource;
import org.oneplan.planning.UnableToAchieve;
import org.oneplan.planning.Whose;
import org.springframework.context.ApplicationContext;

/**
 * Writes plans for tests through the planning and budget services, as whoever is signed in (see {@link SignedIn}):
 * everything the completeness check asks for of the plan itself, and a whole personal budget spent in full.
 */
public class TestPlans {

    private final CarePlans plans;
    private final AssessedNeeds needs;
    private final AdviceGiven advice;
    private final SupportArrangements arrangements;
    private final NextSteps next;
    private final PersonalBudgets budgets;
    private final SpendingPlans spending;

    /** The services from the application under test; not a bean itself, so test contexts stay shared. */
    public TestPlans(ApplicationContext context) {
        this.plans = context.getBean(CarePlans.class);
        this.needs = context.getBean(AssessedNeeds.class);
        this.advice = context.getBean(AdviceGiven.class);
        this.arrangements = context.getBean(SupportArrangements.class);
        this.next = context.getBean(NextSteps.class);
        this.budgets = context.getBean(PersonalBudgets.class);
        this.spending = context.getBean(SpendingPlans.class);
    }

    /** Everything the check asks for of a started plan with {@code outcome}, with eligible needs the council will meet. */
    public void everythingButTheBudget(UUID person, UUID outcome) {
        LocalDate today = LocalDate.now();
        plans.write(person, PlanPrompt.CONVERSATION, "At home, with my daughter", Whose.PERSON, null, null);
        for (String code : new String[] {"community-facilities", "home-safely"}) {
            needs.record(person, code, new NeedDraft(UnableToAchieve.YES, "Cannot manage alone", "Stays in",
                    true, "Through her personal budget"), null);
        }
        needs.decide(person, EligibilityDecision.MEETS, "Unable to achieve two outcomes", null);
        advice.add(person, new AdviceDraft("Falls leaflet", "Sam Patel", today.minusDays(1), AdviceFormat.PRINTED));
        arrangements.add(person, outcome, new OptionDraft("A personal assistant", SupportResource.PERSONAL_BUDGET,
                true, "I choose who", Whose.PERSON, null));
        next.add(person, new ActionDraft("Find a personal assistant", ActionOwner.THE_PERSON, null,
                today.plusWeeks(2), outcome, ActionLayer.PERSONAL_BUDGET));
        next.arrange(person, new ReviewDraft(Set.of(CheckIn.CALL), null, "At home", today.plusMonths(3)), null);
    }

    /** A £9,360-a-year budget held as a direct payment by the person, spent in full on {@code outcome}. */
    public void wholeBudget(UUID person, UUID outcome) {
        BigDecimal week = new BigDecimal("180.00");
        Long v = budgets.recordIndicative(person, new Indicative(week, Period.WEEK, LocalDate.now().minusWeeks(2),
                Indicative.Basis.RESOURCE_ALLOCATION, null), null).version();
        v = budgets.recordSplit(person, new Split(new BigDecimal("9360.00"), new BigDecimal("1560.00"),
                new BigDecimal("7800.00"), Period.YEAR, List.of()), v).version();
        v = budgets.decideDeployment(person, new Deployment(Deployment.Way.DIRECT_PAYMENT, null, null, null, null), v)
                .version();
        budgets.recordDirectPayment(person, new DirectPayment(DirectPayment.Holder.PERSON, null, Set.of("home-safely"),
                null, new BigDecimal("600.00"), DirectPayment.Frequency.FOUR_WEEKLY), v);
        spending.add(person, new SpendingLineDraft("Someone I choose to take me to church", Whose.PERSON, null,
                "personal-assistant", Set.of(outcome), week, Period.WEEK));
    }
}
