package org.oneplan.budget.internal;

import jakarta.persistence.Embeddable;
import java.math.BigDecimal;

/** A line of other public money in a personal budget, as stored. */
@Embeddable
class OtherLine {

    private String source;
    private BigDecimal amount;

    protected OtherLine() {
    }

    OtherLine(String source, BigDecimal amount) {
        this.source = source;
        this.amount = amount;
    }

    String source() { return source; }
    BigDecimal amount() { return amount; }
}
