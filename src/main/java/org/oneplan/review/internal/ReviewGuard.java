package org.oneplan.review.internal;

import java.util.UUID;
import org.oneplan.audit.AuditAction;
import org.oneplan.audit.AuditTrail;
import org.oneplan.people.People;
import org.oneplan.web.RecordNotFoundException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may see and change a person's reviews, as for their plan: whoever may see the person reads them; those who may
 * plan with them change them. A person the caller may not see looks missing; a refused change is audited.
 */
@Component
class ReviewGuard {

    static final String RECORD_TYPE = "Person";

    private final People people;
    private final ReviewRepository reviews;
    private final AuditTrail audit;

    ReviewGuard(People people, ReviewRepository reviews, AuditTrail audit) {
        this.people = people;
        this.reviews = reviews;
        this.audit = audit;
    }

    void visible(UUID personId) {
        if (people.findVisible(personId).isEmpty()) {
            throw new RecordNotFoundException(RECORD_TYPE);
        }
    }

    void plannable(UUID personId) {
        visible(personId);
        if (!people.mayPlanFor(personId)) {
            audit.record(AuditAction.REFUSED, RECORD_TYPE, personId, "Tried to change the reviews");
            throw new AccessDeniedException("May not plan for this person");
        }
    }

    /** The person's review, after {@link #visible} or {@link #plannable}; missing when it is someone else's. */
    Review review(UUID personId, UUID reviewId) {
        return reviews.findById(reviewId).filter(r -> r.personId().equals(personId))
                .orElseThrow(() -> new RecordNotFoundException("Review"));
    }
}
