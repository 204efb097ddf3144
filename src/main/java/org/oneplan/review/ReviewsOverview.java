package org.oneplan.review;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.oneplan.planning.CheckIn;

/**
 * A person's reviews at a glance: the next formal review (null until they have agreed a plan), requests (unanswered
 * first), every review newest first, and the informal check-ins, newest first.
 *
 * @param responseDays the working days the team has to answer a request, for this person
 */
public record ReviewsOverview(NextReview next, List<RequestView> requests, List<ReviewSummary> reviews,
                              List<CheckInView> checkIns, int responseDays) {

    /**
     * When the next formal review is due and whether it is the first review of a new plan (due 6 to 8 weeks after
     * its first agreement, between {@code earliest} and {@code dueOn}).
     *
     * @param daysLate how many days it is overdue; 0 when it is not
     */
    public record NextReview(LocalDate dueOn, boolean firstReview, LocalDate earliest, LocalDate lastReviewedOn,
                             long daysLate) {
    }

    /** One informal check-in: when, how, what was said and anything to act on. */
    public record CheckInView(UUID id, LocalDate on, CheckIn how, String whatWasSaid, String toActOn, String writtenBy,
                              Instant writtenAt) {
    }

    public ReviewSummary openReview() {
        return reviews.stream().filter(r -> r.status() != ReviewStatus.COMPLETED).findFirst().orElse(null);
    }
}
