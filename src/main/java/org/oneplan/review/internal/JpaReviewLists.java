package org.oneplan.review.internal;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.oneplan.access.CurrentUser;
import org.oneplan.access.CurrentUsers;
import org.oneplan.audit.AuditAction;
import org.oneplan.audit.AuditTrail;
import org.oneplan.people.People;
import org.oneplan.people.PersonSummary;
import org.oneplan.review.RequestedBy;
import org.oneplan.review.ReviewLists;
import org.oneplan.web.RecordNotFoundException;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each list is the four lists' sizes (two queries), the chosen list's page, the names of its people and their open reviews: the
 * same number of queries whatever the size of the team.
 */
@Service
@Transactional(readOnly = true)
class JpaReviewLists implements ReviewLists {

    private final ReviewQueries queries;
    private final ReviewRepository reviews;
    private final JpaReviewSettings settings;
    private final People people;
    private final CurrentUsers users;
    private final AuditTrail audit;
    private final ReviewCalendar calendar;

    JpaReviewLists(ReviewQueries queries, ReviewRepository reviews, JpaReviewSettings settings, People people,
                   CurrentUsers users, AuditTrail audit, ReviewCalendar calendar) {
        this.queries = queries;
        this.reviews = reviews;
        this.settings = settings;
        this.people = people;
        this.users = users;
        this.audit = audit;
        this.calendar = calendar;
    }

    @Override
    public Lists forTeam(UUID teamId, Kind kind, Pageable pageable) {
        if (!staff().teamIds().contains(teamId)) {
            throw new RecordNotFoundException("Team");
        }
        audit.record(AuditAction.SEARCHED, ReviewGuard.RECORD_TYPE, null, "Listed a team's reviews");
        return lists(ListScope.teams(Set.of(teamId)), kind, pageable, settings.responseDaysForTeams(Set.of(teamId)));
    }

    @Override
    public Lists mine(Kind kind, Pageable pageable) {
        CurrentUser user = staff();
        audit.record(AuditAction.SEARCHED, ReviewGuard.RECORD_TYPE, null, "Listed my people's reviews");
        return lists(ListScope.only(user.teamIds(), people.coordinatedByMe()), kind, pageable,
                settings.responseDaysForTeams(user.teamIds()));
    }

    @Override
    public Map<Kind, Long> myTeamsCounts() {
        CurrentUser user = users.current().filter(CurrentUser::isCaseworker).orElse(null);
        if (user == null || user.teamIds().isEmpty()) {
            return Map.of();
        }
        return ListScope.teams(user.teamIds()).counts(queries, calendar.today(), Kind.OVERDUE, Kind.REQUESTED);
    }

    private Lists lists(ListScope scope, Kind kind, Pageable pageable, int responseDays) {
        LocalDate today = calendar.today();
        Map<Kind, Long> counts = scope.counts(queries, today, Kind.values());
        Pageable page = PageRequest.of(pageable.getPageNumber(), pageable.getPageSize());
        List<Row> rows = kind == Kind.REQUESTED ? requests(scope.requests(queries, page), responseDays)
                : schedules(scope.schedules(queries, kind, today, page), kind);
        return new Lists(kind, new PageImpl<>(rows, page, counts.get(kind)), counts, responseDays);
    }

    private List<Row> schedules(List<ReviewQueries.ScheduleRow> found, Kind kind) {
        Names names = names(found.stream().map(ReviewQueries.ScheduleRow::getPersonId).toList());
        return found.stream().map(r -> {
            UUID id = UUID.fromString(r.getPersonId());
            return new Row(names.people.get(id), kind == Kind.NOT_REVIEWED ? r.getSinceOn() : r.getDueOn(),
                    kind == Kind.OVERDUE ? calendar.daysLate(r.getDueOn()) : 0, false, null, null, names.open.get(id));
        }).toList();
    }

    private List<Row> requests(List<ReviewQueries.RequestRow> found, int responseDays) {
        Names names = names(found.stream().map(ReviewQueries.RequestRow::getPersonId).toList());
        return found.stream().map(r -> {
            UUID id = UUID.fromString(r.getPersonId());
            return new Row(names.people.get(id), r.getRequestedOn(), calendar.age(r.getRequestedOn()),
                    calendar.overTarget(r.getRequestedOn(), responseDays), RequestedBy.valueOf(r.getRequestedBy()),
                    r.getRequesterName(), names.open.get(id));
        }).toList();
    }

    /** The names of a page's people, and the day of any review open for them: two queries. */
    private Names names(List<String> ids) {
        Set<UUID> personIds = ids.stream().map(UUID::fromString).collect(Collectors.toSet());
        if (personIds.isEmpty()) {
            return new Names(Map.of(), Map.of());
        }
        Map<UUID, PersonSummary> found = people.onMyCaseloadsAmong(personIds).stream()
                .collect(Collectors.toMap(PersonSummary::id, Function.identity()));
        Map<UUID, LocalDate> open = new HashMap<>();
        reviews.openFor(personIds).forEach(r -> open.put(r.personId(), r.reviewOn()));
        return new Names(found, open);
    }

    private CurrentUser staff() {
        CurrentUser user = users.require();
        if (!user.isCaseworker() || user.teamIds().isEmpty()) {
            throw new RecordNotFoundException("Team");
        }
        return user;
    }

    private record Names(Map<UUID, PersonSummary> people, Map<UUID, LocalDate> open) {
    }
}
