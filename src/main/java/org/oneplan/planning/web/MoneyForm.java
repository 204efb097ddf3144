package org.oneplan.planning.web;

import org.oneplan.planning.BudgetAnswer;
import org.oneplan.planning.MoneyView;

/** Whether there will be a personal budget, as answered, with the note and the version the writer saw. */
public class MoneyForm {

    private BudgetAnswer budget;
    private String note;
    private Long version;

    static MoneyForm of(MoneyView m) {
        MoneyForm f = new MoneyForm();
        f.budget = m.budget();
        f.note = m.note();
        f.version = m.version();
        return f;
    }

    public BudgetAnswer getBudget() { return budget; }
    public void setBudget(BudgetAnswer budget) { this.budget = budget; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
}
