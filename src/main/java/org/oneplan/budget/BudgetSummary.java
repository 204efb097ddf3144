package org.oneplan.budget;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A personal budget in figures, each a yearly amount in pounds (weekly amounts × 52), null until recorded.
 *
 * @param indicativePerYear the indicative budget given before planning
 * @param totalPerYear the total cost to the council of meeting the needs (Care Act s26(2)(a))
 * @param personPaysPerYear the person's assessed contribution (s26(2)(b))
 * @param councilPaysPerYear what the council pays (s26(2)(c))
 * @param otherPublicPerYear other public money, such as an NHS personal health budget, as a separate line
 * @param spentPerYear what the spending plan's lines add up to
 * @param complete whether every budget item the completeness check asks for is there
 * @param activeFrom when the signed-off budget became active; null until then
 */
public record BudgetSummary(BigDecimal indicativePerYear, BigDecimal totalPerYear, BigDecimal personPaysPerYear,
                            BigDecimal councilPaysPerYear, BigDecimal otherPublicPerYear, BigDecimal spentPerYear,
                            boolean complete, LocalDate activeFrom) {

    /** The whole budget the plan spends: the council's total plus any other public money. */
    public BigDecimal wholePerYear() {
        BigDecimal total = totalPerYear == null ? BigDecimal.ZERO : totalPerYear;
        return otherPublicPerYear == null ? total : total.add(otherPublicPerYear);
    }
}
