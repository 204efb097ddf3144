package org.oneplan.budget.web;

import org.oneplan.budget.internal.Allowance;
import org.oneplan.budget.internal.Money;
import org.oneplan.budget.internal.Period;

/** The flexible allowance as typed; no amount means no allowance. */
public class AllowanceForm implements VersionedForm {

    private String amount;
    private Period period;
    private Long version;

    static AllowanceForm of(Allowance a, Long version) {
        AllowanceForm f = new AllowanceForm();
        f.version = version;
        if (a != null) {
            f.amount = SplitForm.plain(a.amount());
            f.period = a.period();
        }
        return f;
    }

    Allowance toAllowance() {
        return new Allowance(Money.parse(amount, "amount", "budget.amount.allowance"), period);
    }

    public String getAmount() { return amount; }
    public void setAmount(String amount) { this.amount = amount; }
    public Period getPeriod() { return period; }
    public void setPeriod(Period period) { this.period = period; }
    @Override public Long getVersion() { return version; }
    @Override public void setVersion(Long version) { this.version = version; }
}
