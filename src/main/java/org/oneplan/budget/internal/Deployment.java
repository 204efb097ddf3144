package org.oneplan.budget.internal;

import java.math.BigDecimal;

/**
 * How the budget is managed: as a direct payment, an Individual Service Fund held by a provider the person
 * chose, a council-managed account, or a mix of them with an amount for each part (in the budget's period),
 * the parts adding up to the whole budget.
 */
public record Deployment(Way way, String isfProvider, BigDecimal directPaymentPart, BigDecimal isfPart,
                         BigDecimal managedPart) {

    /** The budget options of the Care Act guidance, and a mix of them. */
    public enum Way { DIRECT_PAYMENT, INDIVIDUAL_SERVICE_FUND, MANAGED_ACCOUNT, MIXED }

    public boolean includesDirectPayment() {
        return way == Way.DIRECT_PAYMENT || way == Way.MIXED && positive(directPaymentPart);
    }

    public boolean includesServiceFund() {
        return way == Way.INDIVIDUAL_SERVICE_FUND || way == Way.MIXED && positive(isfPart);
    }

    /** What the parts of a mix add up to; zero for a single way. */
    public BigDecimal partsTotal() {
        return zero(directPaymentPart).add(zero(isfPart)).add(zero(managedPart));
    }

    /** Whether the budget goes one way, or the parts of a mix add up to it. */
    public boolean fits(Split split) {
        return way != Way.MIXED || split != null && partsTotal().compareTo(split.whole()) == 0;
    }

    /** The decision, checked against the budget as split now: a provider for a fund, and parts that add up. */
    Deployment checked(Split split) {
        BudgetRuleException.require(way != null, "way", "budget.error.deployment.way.required");
        if (way != Way.MIXED) {
            String provider = way == Way.INDIVIDUAL_SERVICE_FUND ? provider() : null;
            return new Deployment(way, provider, null, null, null);
        }
        BudgetRuleException.require(split != null, "way", "budget.error.deployment.noBudget");
        Period period = split.period();
        BigDecimal dp = Money.check(directPaymentPart, period, "directPaymentPart", "budget.amount.directPaymentPart");
        BigDecimal isf = Money.check(isfPart, period, "isfPart", "budget.amount.isfPart");
        BigDecimal managed = Money.check(managedPart, period, "managedPart", "budget.amount.managedPart");
        Deployment mix = new Deployment(way, null, dp, isf, managed);
        int parts = (positive(dp) ? 1 : 0) + (positive(isf) ? 1 : 0) + (positive(managed) ? 1 : 0);
        BudgetRuleException.require(parts >= 2, "directPaymentPart", "budget.error.deployment.twoParts");
        BigDecimal difference = mix.partsTotal().subtract(split.whole());
        BudgetRuleException.require(difference.signum() <= 0, "directPaymentPart", "budget.error.deployment.over",
                Money.pounds(mix.partsTotal()), Money.pounds(difference), Money.pounds(split.whole()));
        BudgetRuleException.require(difference.signum() >= 0, "directPaymentPart", "budget.error.deployment.under",
                Money.pounds(mix.partsTotal()), Money.pounds(difference.negate()), Money.pounds(split.whole()));
        return new Deployment(way, positive(isf) ? provider() : null, dp, isf, managed);
    }

    private String provider() {
        return Texts.required(isfProvider, "isfProvider", 200, "budget.error.deployment.isfProvider.required");
    }

    private static boolean positive(BigDecimal amount) {
        return amount != null && amount.signum() > 0;
    }

    private static BigDecimal zero(BigDecimal amount) {
        return amount == null ? BigDecimal.ZERO : amount;
    }
}
