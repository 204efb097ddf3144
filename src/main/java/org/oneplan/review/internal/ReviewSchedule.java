package org.oneplan.review.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.UUID;
import org.oneplan.review.ReviewsOverview;

/**
 * When a person's next formal review is due, kept as their plan is agreed and reviewed, so that the review lists are a
 * query over one table. {@code sinceOn} is the last review, or the first agreement while there has been none.
 */
@Entity
@Table(name = "review_schedule")
class ReviewSchedule {

    @Id
    private UUID personId;
    private LocalDate firstAgreedOn;
    private LocalDate lastAgreedOn;
    private int lastVersion;
    private LocalDate dueOn;
    private boolean firstReview;
    private LocalDate lastReviewedOn;
    private LocalDate sinceOn;
    @Version
    private Long version;

    protected ReviewSchedule() {
    }

    ReviewSchedule(UUID personId) {
        this.personId = personId;
    }

    /**
     * The person agreed version {@code number} on {@code agreedOn}, holding the review date {@code arranged}. A new
     * plan's first agreement starts the first review rule when the organisation has it on; until that review, no
     * later agreement moves the first review past 8 weeks.
     */
    void agreed(int number, LocalDate agreedOn, LocalDate arranged, int maxMonths, boolean firstReviewRule) {
        if (firstAgreedOn == null) {
            firstAgreedOn = agreedOn;
            firstReview = firstReviewRule && lastReviewedOn == null;
            sinceOn = agreedOn;
        }
        lastAgreedOn = agreedOn;
        lastVersion = Math.max(lastVersion, number);
        dueOn = DueRules.due(agreedOn, arranged, maxMonths);
        if (firstReview) {
            dueOn = DueRules.earlier(dueOn, DueRules.firstReviewBy(firstAgreedOn));
        }
    }

    /** A review was completed on {@code on}, setting the next for {@code next}. */
    void reviewed(LocalDate on, LocalDate next) {
        if (firstAgreedOn == null) {
            firstAgreedOn = on;
            lastAgreedOn = on;
        }
        lastReviewedOn = on;
        sinceOn = on;
        firstReview = false;
        dueOn = next;
    }

    ReviewsOverview.NextReview view(LocalDate today) {
        return new ReviewsOverview.NextReview(dueOn, firstReview,
                firstReview ? DueRules.firstReviewFrom(firstAgreedOn) : null, lastReviewedOn,
                DueRules.daysLate(dueOn, today));
    }

    LocalDate dueOn() {
        return dueOn;
    }
}
