package org.oneplan.review.api;

import java.util.UUID;
import org.oneplan.planning.PlanJsonField;
import org.oneplan.review.Reviews;
import org.springframework.stereotype.Component;

/** The plan's JSON carries the date the next formal review is due as {@code nextReviewDate}: null until agreed. */
@Component
class NextReviewJsonField implements PlanJsonField {

    private final Reviews reviews;

    NextReviewJsonField(Reviews reviews) {
        this.reviews = reviews;
    }

    @Override
    public String name() {
        return "nextReviewDate";
    }

    @Override
    public Object valueFor(UUID personId) {
        return reviews.nextReviewDate(personId).orElse(null);
    }
}
