package org.oneplan.review;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.oneplan.people.PersonSummary;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

/**
 * The review lists for team staff: reviews due in the next {@value #WEEKS_AHEAD} weeks, overdue ones, requests not yet
 * answered and people with no review in 12 months, for a team's caseload or for the people the caller coordinates.
 * Each page of a list costs the same number of queries however long the list. Listing is audited, naming nobody.
 */
public interface ReviewLists {

    int WEEKS_AHEAD = 4;

    /** The team must be one of the caller's, or it is not found. */
    Lists forTeam(UUID teamId, Kind kind, Pageable pageable);

    /** For the people whose named coordinator the caller is. */
    Lists mine(Kind kind, Pageable pageable);

    /** How many reviews are overdue and how many requests unanswered on the caller's teams; nothing is audited. */
    Map<Kind, Long> myTeamsCounts();

    enum Kind {
        OVERDUE, DUE, REQUESTED, NOT_REVIEWED;

        public String slug() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    /** The chosen list's page, how many each list holds, and the team's target for answering requests. */
    record Lists(Kind kind, Page<Row> page, Map<Kind, Long> counts, int responseDays) {
    }

    /**
     * A person on a list. {@code date} is the due date, the date of the request, or the last review (or first
     * agreement); {@code days} is how many days late, the request's age in working days, or 0.
     *
     * @param openReview the day a review is scheduled or being held, if one is
     */
    record Row(PersonSummary person, LocalDate date, long days, boolean overTarget, RequestedBy requestedBy,
               String requesterName, LocalDate openReview) {
    }
}
