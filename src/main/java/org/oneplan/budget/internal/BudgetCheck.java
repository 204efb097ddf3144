package org.oneplan.budget.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.oneplan.planning.PlanPart;

/**
 * The budget's part of the Care Act completeness check, once the plan says there will be a personal budget:
 * the indicative and final budget, the s26 split, how it is managed, the direct payment where chosen, and a
 * spending plan that spends the whole budget (no more, no less) on the plan's outcomes.
 */
final class BudgetCheck {

    private BudgetCheck() {
    }

    /** {@code outcomes} are the ids of the outcomes still in the plan. */
    static List<PlanPart.Gap> gaps(UUID personId, PersonalBudget budget, List<SpendingLineView> lines,
                                   Set<UUID> outcomes) {
        String at = "/people/" + personId + "/plan/budget";
        List<PlanPart.Gap> gaps = new ArrayList<>();
        Split split = budget == null ? null : budget.split();
        Deployment deployment = budget == null ? null : budget.deployment();
        add(gaps, budget == null || budget.indicative() == null, "budget.gap.indicative", at + "/indicative");
        add(gaps, split == null, "budget.gap.final", at + "/split");
        add(gaps, split != null && !split.shared(), "budget.gap.split", at + "/split");
        add(gaps, deployment == null, "budget.gap.deployment", at + "/deployment");
        add(gaps, deployment != null && !deployment.fits(split), "budget.gap.deploymentParts", at + "/deployment");
        add(gaps, deployment != null && deployment.includesDirectPayment() && budget.directPayment() == null,
                "budget.gap.directPayment", at + "/direct-payment");
        add(gaps, lines.isEmpty(), "budget.gap.spending", at + "/spending/new");
        SpendingTotals totals = SpendingTotals.of(split, lines, budget == null ? null : budget.allowance());
        add(gaps, !lines.isEmpty() && totals.under(), "budget.gap.spendingUnder", at + "#spending");
        add(gaps, !lines.isEmpty() && totals.over(), "budget.gap.spendingOver", at + "#spending");
        add(gaps, lines.stream().anyMatch(l -> l.outcomeIds().stream().noneMatch(outcomes::contains)),
                "budget.gap.lineOutcomes", at + "#spending");
        return gaps;
    }

    private static void add(List<PlanPart.Gap> gaps, boolean missing, String key, String href) {
        if (missing) {
            gaps.add(new PlanPart.Gap(key, href));
        }
    }
}
