package org.oneplan.budget.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.oneplan.planning.PlanPart;

/**
 * A person's personal budget and spending plan as the caller may see them: each part null until recorded,
 * the lines still in the plan, what the completeness check still asks for, and the version to change it at
 * (null when nothing has been recorded yet).
 *
 * @param expected whether the plan says there will be a personal budget
 */
public record BudgetView(UUID personId, UUID planId, boolean expected, Indicative indicative, Split split,
                         Deployment deployment, DirectPayment directPayment, Allowance allowance,
                         List<SpendingLineView> lines, LocalDate activeFrom, String writtenBy, Instant writtenAt,
                         Long version, List<PlanPart.Gap> gaps) {

    public SpendingTotals totals() {
        return SpendingTotals.of(split, lines, allowance);
    }

    public boolean complete() {
        return expected && gaps.isEmpty();
    }

    /** Whether anything has been recorded at all. */
    public boolean started() {
        return version != null;
    }

    public boolean directPaymentChosen() {
        return deployment != null && deployment.includesDirectPayment();
    }
}
