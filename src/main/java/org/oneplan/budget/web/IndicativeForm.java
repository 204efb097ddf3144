package org.oneplan.budget.web;

import org.oneplan.budget.internal.BudgetRuleException;
import org.oneplan.budget.internal.Indicative;
import org.oneplan.budget.internal.Money;
import org.oneplan.budget.internal.Period;
import org.oneplan.web.DateParts;

/** The indicative budget as typed. */
public class IndicativeForm implements VersionedForm {

    private String amount;
    private Period period;
    private DateParts on = new DateParts();
    private Indicative.Basis basis;
    private String how;
    private Long version;

    static IndicativeForm of(Indicative i, Long version) {
        IndicativeForm f = new IndicativeForm();
        f.version = version;
        if (i != null) {
            f.amount = i.amount().toPlainString();
            f.period = i.period();
            f.on = DateParts.of(i.on());
            f.basis = i.basis();
            f.how = i.how();
        }
        return f;
    }

    Indicative toIndicative() {
        BudgetRuleException.require(on.isBlank() || on.toLocalDate().isPresent(), "on", "budget.error.indicative.on.real");
        return new Indicative(Money.parse(amount, "amount", "budget.amount.indicative"), period,
                on.toLocalDate().orElse(null), basis, how);
    }

    public String getAmount() { return amount; }
    public void setAmount(String amount) { this.amount = amount; }
    public Period getPeriod() { return period; }
    public void setPeriod(Period period) { this.period = period; }
    public DateParts getOn() { return on; }
    public void setOn(DateParts on) { this.on = on; }
    public Indicative.Basis getBasis() { return basis; }
    public void setBasis(Indicative.Basis basis) { this.basis = basis; }
    public String getHow() { return how; }
    public void setHow(String how) { this.how = how; }
    @Override public Long getVersion() { return version; }
    @Override public void setVersion(Long version) { this.version = version; }
}
