package org.oneplan.review.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;
import org.oneplan.review.ReviewRecord;
import org.oneplan.review.ReviewRuleException;

/**
 * What the review decided: whether a reassessment is needed (needs have changed), whether the personal budget needs to
 * change, each with why when it does, and the next formal review, between today and the most months ahead allowed.
 */
@Embeddable
class Decided {

    private Boolean reassessmentNeeded;
    private String reassessmentWhy;
    @Column(name = "budget_change")
    private Boolean budgetNeedsToChange;
    private String budgetWhy;
    private LocalDate nextReview;

    protected Decided() {
    }

    static Decided of(ReviewRecord.Decisions d, LocalDate today, int maxMonths) {
        Texts.require(d.reassessmentNeeded() != null, "reassessmentNeeded", "review.decisions.error.reassessment");
        Texts.require(d.budgetNeedsToChange() != null, "budgetNeedsToChange", "review.decisions.error.budget");
        Decided made = new Decided();
        made.reassessmentNeeded = d.reassessmentNeeded();
        made.budgetNeedsToChange = d.budgetNeedsToChange();
        made.reassessmentWhy = d.reassessmentNeeded() ? Texts.required(d.reassessmentWhy(), Texts.LONG,
                "reassessmentWhy", "review.decisions.error.reassessmentWhy") : null;
        made.budgetWhy = d.budgetNeedsToChange() ? Texts.required(d.budgetWhy(), Texts.LONG, "budgetWhy",
                "review.decisions.error.budgetWhy") : null;
        Texts.require(d.nextReview() != null, "nextReview", "review.decisions.error.nextReview");
        Texts.require(d.nextReview().isAfter(today), "nextReview", "review.decisions.error.nextReview.past");
        if (d.nextReview().isAfter(today.plusMonths(maxMonths))) {
            throw new ReviewRuleException("nextReview", "review.decisions.error.nextReview.tooLate", maxMonths);
        }
        made.nextReview = d.nextReview();
        return made;
    }

    ReviewRecord.Decisions view() {
        return new ReviewRecord.Decisions(reassessmentNeeded, reassessmentWhy, budgetNeedsToChange, budgetWhy,
                nextReview);
    }
}
