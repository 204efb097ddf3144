package org.oneplan.budget.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.oneplan.planning.Outcomes;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads a plan's budget and spending plan into one view, with what the completeness check still asks for.
 * Its callers have checked access and audit what they show.
 */
@Component
@Transactional(readOnly = true)
class BudgetReader {

    private final PersonalBudgetRepository budgets;
    private final SpendingLineRepository lines;
    private final Outcomes outcomes;
    private final BudgetGuard guard;

    BudgetReader(PersonalBudgetRepository budgets, SpendingLineRepository lines, Outcomes outcomes, BudgetGuard guard) {
        this.budgets = budgets;
        this.lines = lines;
        this.outcomes = outcomes;
        this.guard = guard;
    }

    /** The plan's budget as it stands, recorded or not. */
    BudgetView view(UUID planId, UUID personId) {
        return view(planId, personId, budgets.findByPlanId(planId).orElse(null));
    }

    /** The person's budget, once anything has been recorded for it. */
    Optional<BudgetView> started(UUID personId) {
        return budgets.findByPersonId(personId).map(b -> view(b.planId(), personId, b));
    }

    private BudgetView view(UUID planId, UUID personId, PersonalBudget b) {
        List<SpendingLineView> current = lines.current(planId).stream().map(SpendingLine::view).toList();
        boolean expected = guard.expected(personId);
        List<org.oneplan.planning.PlanPart.Gap> gaps = expected
                ? BudgetCheck.gaps(personId, b, current, outcomes.wordsOf(planId).keySet()) : List.of();
        if (b == null) {
            return new BudgetView(personId, planId, expected, null, null, null, null, null, current, null, null,
                    null, null, gaps);
        }
        return new BudgetView(personId, planId, expected, b.indicative(), b.split(), b.deployment(),
                b.directPayment(), b.allowance(), current, b.activeFrom(), b.writtenBy(), b.writtenAt(), b.version(),
                gaps);
    }
}
