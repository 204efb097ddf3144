package org.oneplan.budget.internal;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;
import java.time.LocalDate;

/** The indicative budget as stored; the budget checks it first. */
@Embeddable
class IndicativeColumns {

    private BigDecimal indicativeAmount;
    @Enumerated(EnumType.STRING)
    private Period indicativePeriod;
    private LocalDate indicativeOn;
    @Enumerated(EnumType.STRING)
    private Indicative.Basis indicativeBasis;
    private String indicativeHow;

    protected IndicativeColumns() {
    }

    IndicativeColumns(Indicative i) {
        indicativeAmount = i.amount();
        indicativePeriod = i.period();
        indicativeOn = i.on();
        indicativeBasis = i.basis();
        indicativeHow = i.how();
    }

    Indicative value() {
        return indicativeAmount == null ? null
                : new Indicative(indicativeAmount, indicativePeriod, indicativeOn, indicativeBasis, indicativeHow);
    }
}
