package org.oneplan.review.internal;

import java.util.UUID;
import org.oneplan.planning.PlanVersions;
import org.oneplan.review.ReviewRuleException;
import org.oneplan.review.Reviews;
import org.oneplan.web.RecordNotFoundException;
import org.springframework.stereotype.Component;

/**
 * Scheduling or starting a review, after the caller's access is checked: only for a person who has agreed a plan,
 * one open review at a time, and a requested review for a request still waiting. Opening any review answers every
 * request still waiting, as the team has responded with a review.
 */
@Component
class ReviewOpening {

    private final ReviewRepository reviews;
    private final ReviewRequestRepository requests;
    private final PlanVersions versions;
    private final ReviewCalendar calendar;

    ReviewOpening(ReviewRepository reviews, ReviewRequestRepository requests, PlanVersions versions,
                  ReviewCalendar calendar) {
        this.reviews = reviews;
        this.requests = requests;
        this.versions = versions;
        this.calendar = calendar;
    }

    Review open(UUID personId, Reviews.Opening opening, String by) {
        if (!agreed(personId)) {
            throw new ReviewRuleException("type", "review.open.error.noAgreedPlan");
        }
        if (reviews.anyOpen(personId)) {
            throw new ReviewRuleException("type", "review.open.error.alreadyOpen");
        }
        Review review = Review.open(personId, opening, calendar.today(), by, calendar.now());
        if (review.requestId() != null && request(personId, review.requestId()).answered()) {
            throw new ReviewRuleException("requestId", "review.request.error.answered");
        }
        reviews.saveAndFlush(review);
        requests.of(personId).stream().filter(r -> !r.answered())
                .forEach(r -> r.answerWith(review.id(), calendar.today(), by));
        return review;
    }

    ReviewRequest request(UUID personId, UUID requestId) {
        return requests.findById(requestId).filter(r -> r.personId().equals(personId))
                .orElseThrow(() -> new RecordNotFoundException("Request"));
    }

    /** Whether the person has agreed a version of their plan; not when it has not been started. */
    private boolean agreed(UUID personId) {
        try {
            return versions.state(personId).latestVersion() > 0;
        } catch (RecordNotFoundException notStarted) {
            return false;
        }
    }
}
