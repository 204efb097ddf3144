package org.oneplan.review;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.oneplan.planning.CheckIn;

/**
 * Each person's reviews: when the next formal review is due, requests for a review and their answers, planned,
 * unplanned and requested reviews, informal check-ins, and completing a review, which updates the plan as a new draft
 * for the person to agree. Read by whoever may see the person; changed by those who may plan with them, except that
 * anyone who may see the person may ask for a review. Every read and change is audited.
 */
public interface Reviews {

    ReviewsOverview of(UUID personId);

    /** The date the next formal review is due; empty until the person has agreed a plan. Not audited (shows a date). */
    Optional<LocalDate> nextReviewDate(UUID personId);

    RequestView request(UUID personId, RequestDraft draft);

    /** Records the team's response to a request, which answers it. */
    RequestView respond(UUID personId, UUID requestId, String response, long expectedVersion);

    /** Schedules a review for a day ahead, or starts one held today or before; one may be open at a time. */
    ReviewSummary open(UUID personId, Opening opening);

    /** Starts a scheduled review, as it is held. */
    ReviewSummary start(UUID personId, UUID reviewId, long expectedVersion);

    ReviewsOverview.CheckInView checkIn(UUID personId, CheckInDraft draft);

    /**
     * Completes the review once nothing is missing: closes achieved and unwanted outcomes, rewords changed ones, adds
     * new ones, closes or carries over actions, adds new actions and sets the next review date, all through the plan's
     * own services, so the plan becomes a draft for the person to agree again. Publishes {@link ReviewCompleted}.
     */
    ReviewRecord complete(UUID personId, UUID reviewId, long expectedVersion);

    /** @param requestedOn the day they asked, not after today */
    record RequestDraft(RequestedBy requestedBy, String requesterName, LocalDate requestedOn, String why) {
    }

    /** @param requestId the request it answers, for a requested review */
    record Opening(ReviewType type, LocalDate on, String whatHappened, UUID requestId) {
    }

    /** @param how by text, call, email or visit */
    record CheckInDraft(LocalDate on, CheckIn how, String whatWasSaid, String toActOn) {
    }
}
