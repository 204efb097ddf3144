package org.oneplan.budget.internal;

/** Parts of a personal budget to record together; a null part stays as it is. */
public record BudgetChanges(Indicative indicative, Split split, Deployment deployment, DirectPayment directPayment,
                            Allowance allowance) {
}
