package org.oneplan.planning.internal;

import java.time.LocalDate;
import java.util.UUID;
import org.oneplan.planning.PlanAgreed;
import org.oneplan.planning.ReviewArrangements;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** Tells other modules that the person agreed a version of their plan, with the review date it holds. */
@Component
class AgreementEvents {

    private final PlanReviewRepository reviews;
    private final ApplicationEventPublisher events;

    AgreementEvents(PlanReviewRepository reviews, ApplicationEventPublisher events) {
        this.reviews = reviews;
        this.events = events;
    }

    void agreed(UUID personId, UUID planId, int versionNumber, LocalDate agreedOn) {
        LocalDate nextReview = reviews.findByPlanId(planId).map(PlanReview::view).map(ReviewArrangements::nextReview)
                .orElse(null);
        events.publishEvent(new PlanAgreed(personId, versionNumber, agreedOn, nextReview));
    }
}
