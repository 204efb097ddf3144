package org.oneplan.budget.internal;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;

/** The spending plan's flexible allowance as stored; the budget checks it first. */
@Embeddable
class AllowanceColumns {

    private BigDecimal allowanceAmount;
    @Enumerated(EnumType.STRING)
    private Period allowancePeriod;

    protected AllowanceColumns() {
    }

    AllowanceColumns(Allowance a) {
        allowanceAmount = a.amount();
        allowancePeriod = a.period();
    }

    Allowance value() {
        return allowanceAmount == null ? null : new Allowance(allowanceAmount, allowancePeriod);
    }
}
