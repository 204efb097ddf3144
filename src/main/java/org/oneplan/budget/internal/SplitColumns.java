package org.oneplan.budget.internal;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;
import java.util.List;

/** The s26 split of a personal budget as stored, but for its lines of other money; the budget checks it first. */
@Embeddable
class SplitColumns {

    private BigDecimal totalAmount;
    private BigDecimal personAmount;
    private BigDecimal councilAmount;
    @Enumerated(EnumType.STRING)
    private Period splitPeriod;

    protected SplitColumns() {
    }

    SplitColumns(Split s) {
        totalAmount = s.total();
        personAmount = s.personPays();
        councilAmount = s.councilPays();
        splitPeriod = s.period();
    }

    Split value(List<OtherLine> other) {
        return totalAmount == null ? null : new Split(totalAmount, personAmount, councilAmount, splitPeriod,
                other.stream().map(o -> new Split.OtherMoney(o.source(), o.amount())).toList());
    }
}
