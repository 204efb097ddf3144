package org.oneplan.review.web;

import org.oneplan.review.ReviewRecord;
import org.oneplan.web.DateParts;
import org.springframework.validation.BindingResult;

/** Whether a reassessment is needed, whether the budget needs to change, and the next review date, as typed. */
public class DecisionsForm extends RecordForm {

    private Boolean reassessmentNeeded;
    private String reassessmentWhy;
    private Boolean budgetNeedsToChange;
    private String budgetWhy;
    private DateParts nextReview = new DateParts();

    static DecisionsForm of(ReviewRecord r) {
        DecisionsForm f = new DecisionsForm();
        ReviewRecord.Decisions d = r.decisions();
        f.reassessmentNeeded = d.reassessmentNeeded();
        f.reassessmentWhy = d.reassessmentWhy();
        f.budgetNeedsToChange = d.budgetNeedsToChange();
        f.budgetWhy = d.budgetWhy();
        f.nextReview = DateParts.of(d.nextReview());
        f.setVersion(r.version());
        return f;
    }

    ReviewRecord.Decisions toDecisions(BindingResult result) {
        return new ReviewRecord.Decisions(reassessmentNeeded, reassessmentWhy, budgetNeedsToChange, budgetWhy,
                RecordForm.date(nextReview, result, "nextReview"));
    }

    public Boolean getReassessmentNeeded() { return reassessmentNeeded; }
    public void setReassessmentNeeded(Boolean reassessmentNeeded) { this.reassessmentNeeded = reassessmentNeeded; }
    public String getReassessmentWhy() { return reassessmentWhy; }
    public void setReassessmentWhy(String reassessmentWhy) { this.reassessmentWhy = reassessmentWhy; }
    public Boolean getBudgetNeedsToChange() { return budgetNeedsToChange; }
    public void setBudgetNeedsToChange(Boolean budgetNeedsToChange) { this.budgetNeedsToChange = budgetNeedsToChange; }
    public String getBudgetWhy() { return budgetWhy; }
    public void setBudgetWhy(String budgetWhy) { this.budgetWhy = budgetWhy; }
    public DateParts getNextReview() { return nextReview; }
    public void setNextReview(DateParts nextReview) { this.nextReview = nextReview; }
}
