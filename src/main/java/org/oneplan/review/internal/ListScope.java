package org.oneplan.review.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.oneplan.review.ReviewLists;
import org.oneplan.review.ReviewLists.Kind;
import org.springframework.data.domain.Pageable;

/**
 * Whose reviews a list shows: people on the teams' caseloads, all of them or only {@code people}. Counts each list and
 * reads one list's page, each a single query.
 */
record ListScope(Collection<UUID> teams, boolean everyone, Collection<UUID> people) {

    /** Stands for "no one" in an IN list, which may not be empty. */
    static final List<UUID> NO_ONE = List.of(new UUID(0, 0));

    static ListScope teams(Collection<UUID> teams) {
        return new ListScope(teams, true, NO_ONE);
    }

    static ListScope only(Collection<UUID> teams, Collection<UUID> people) {
        return new ListScope(teams, false, people.isEmpty() ? NO_ONE : people);
    }

    long count(ReviewQueries q, Kind kind, LocalDate today) {
        return switch (kind) {
            case OVERDUE -> q.countOverdue(teams, everyone, people, today);
            case DUE -> q.countDue(teams, everyone, people, today, horizon(today));
            case REQUESTED -> q.countRequested(teams, everyone, people);
            case NOT_REVIEWED -> q.countNotReviewed(teams, everyone, people, DueRules.notReviewedBefore(today));
        };
    }

    Map<Kind, Long> counts(ReviewQueries q, LocalDate today, Kind... kinds) {
        Map<Kind, Long> counts = new EnumMap<>(Kind.class);
        for (Kind kind : kinds) {
            counts.put(kind, count(q, kind, today));
        }
        return counts;
    }

    List<ReviewQueries.ScheduleRow> schedules(ReviewQueries q, Kind kind, LocalDate today, Pageable page) {
        return switch (kind) {
            case OVERDUE -> q.overdue(teams, everyone, people, today, page);
            case DUE -> q.due(teams, everyone, people, today, horizon(today), page);
            case NOT_REVIEWED -> q.notReviewed(teams, everyone, people, DueRules.notReviewedBefore(today), page);
            case REQUESTED -> throw new IllegalArgumentException("Requests are not schedules");
        };
    }

    List<ReviewQueries.RequestRow> requests(ReviewQueries q, Pageable page) {
        return q.requested(teams, everyone, people, page);
    }

    private static LocalDate horizon(LocalDate today) {
        return today.plusWeeks(ReviewLists.WEEKS_AHEAD);
    }
}
