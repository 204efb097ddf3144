package org.oneplan.review.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.oneplan.review.ReviewLists;
import org.oneplan.review.ReviewLists.Kind;
import org.springframework.data.domain.Pageable;

/**
 * Whose reviews a list shows: people on the teams' caseloads, all of them or only {@code people}. Counts the lists (the
 * schedules' three in one query, the requests in another) and reads one list's page in a single query.
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

    /** Each of {@code kinds} with its list's size: one query for the lists of schedules, one for the requests. */
    Map<Kind, Long> counts(ReviewQueries q, LocalDate today, Kind... kinds) {
        Set<Kind> wanted = Set.of(kinds);
        Map<Kind, Long> counts = new EnumMap<>(Kind.class);
        if (wanted.stream().anyMatch(kind -> kind != Kind.REQUESTED)) {
            ReviewQueries.ScheduleCounts found = q.countSchedules(teams, everyone, people, today, horizon(today),
                    DueRules.notReviewedBefore(today));
            counts.put(Kind.OVERDUE, found.getOverdue());
            counts.put(Kind.DUE, found.getDue());
            counts.put(Kind.NOT_REVIEWED, found.getNotReviewed());
        }
        if (wanted.contains(Kind.REQUESTED)) {
            counts.put(Kind.REQUESTED, q.countRequested(teams, everyone, people));
        }
        counts.keySet().retainAll(wanted);
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
