package org.oneplan.planning.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
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
import org.oneplan.planning.ActionOwner;
import org.oneplan.planning.ActionStatus;
import org.oneplan.planning.ActionsDue;
import org.oneplan.planning.DueAction;
import org.oneplan.planning.DueFilter;
import org.oneplan.web.RecordNotFoundException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each list is its page of actions, their count and the names of the people on the page: three queries whatever
 * the size of the team. The listing is audited once, like a caseload search, naming nobody.
 */
@Service
@Transactional(readOnly = true)
class JpaActionsDue implements ActionsDue {

    /** Stands for "no one" in an IN list, which may not be empty. */
    private static final List<UUID> NO_ONE = List.of(new UUID(0, 0));

    private final DueQueries queries;
    private final People people;
    private final CurrentUsers users;
    private final AuditTrail audit;
    private final Clock clock;

    JpaActionsDue(DueQueries queries, People people, CurrentUsers users, AuditTrail audit, Clock clock) {
        this.queries = queries;
        this.people = people;
        this.users = users;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public Page<DueAction> forTeam(UUID teamId, DueFilter filter, Pageable pageable) {
        CurrentUser user = staff();
        if (!user.teamIds().contains(teamId)) {
            throw new RecordNotFoundException("Team");
        }
        LocalDate today = today();
        Page<DueQueries.DueRow> rows = queries.due(Set.of(teamId), horizon(today), owner(filter), statuses(filter),
                today, pageable);
        audit.record(AuditAction.SEARCHED, PlanGuard.RECORD_TYPE, null, "Listed the actions due for a team");
        return withPeople(rows, today);
    }

    @Override
    public Page<DueAction> mine(DueFilter filter, Pageable pageable) {
        CurrentUser user = staff();
        LocalDate today = today();
        Name name = Name.of(user);
        Page<DueQueries.DueRow> rows = queries.mine(user.teamIds(), horizon(today), owner(filter), statuses(filter),
                today, name.exact, name.thenSpace, name.thenComma, coordinated(), pageable);
        audit.record(AuditAction.SEARCHED, PlanGuard.RECORD_TYPE, null, "Listed my actions and my people's actions");
        return withPeople(rows, today);
    }

    @Override
    public long myOverdue() {
        CurrentUser user = users.current().filter(CurrentUser::isCaseworker).orElse(null);
        if (user == null || user.teamIds().isEmpty()) {
            return 0;
        }
        Name name = Name.of(user);
        return queries.countMine(user.teamIds(), today().minusDays(1), null, statuses(DueFilter.open()),
                name.exact, name.thenSpace, name.thenComma, coordinated());
    }

    private Page<DueAction> withPeople(Page<DueQueries.DueRow> rows, LocalDate today) {
        Set<UUID> ids = rows.stream().map(r -> UUID.fromString(r.getPersonId())).collect(Collectors.toSet());
        Map<UUID, PersonSummary> byId = people.onMyCaseloadsAmong(ids).stream()
                .collect(Collectors.toMap(PersonSummary::id, Function.identity()));
        List<DueAction> page = rows.stream().map(r -> {
            ActionStatus status = ActionStatus.valueOf(r.getStatus());
            return new DueAction(byId.get(UUID.fromString(r.getPersonId())), UUID.fromString(r.getActionId()),
                    r.getText(), ActionOwner.valueOf(r.getOwnerKind()), r.getOwnerName(), r.getDueDate(), status,
                    status.daysLate(r.getDueDate(), today));
        }).toList();
        return new PageImpl<>(page, rows.getPageable(), rows.getTotalElements());
    }

    private CurrentUser staff() {
        CurrentUser user = users.require();
        if (!user.isCaseworker() || user.teamIds().isEmpty()) {
            throw new RecordNotFoundException("Team");
        }
        return user;
    }

    private Collection<UUID> coordinated() {
        List<UUID> mine = people.coordinatedByMe();
        return mine.isEmpty() ? NO_ONE : mine;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private static LocalDate horizon(LocalDate today) {
        return today.plusWeeks(WEEKS_AHEAD);
    }

    private static String owner(DueFilter filter) {
        return filter.owner() == null ? null : filter.owner().name();
    }

    private static List<String> statuses(DueFilter filter) {
        return filter.status() != null ? List.of(filter.status().name())
                : Arrays.stream(ActionStatus.values()).filter(ActionStatus::open).map(Enum::name).toList();
    }

    /** The caller's name as an action's owner may give it, lower case, for LIKE with '!' as the escape. */
    private record Name(String exact, String thenSpace, String thenComma) {

        static Name of(CurrentUser user) {
            String name = user.displayName().strip().toLowerCase(Locale.ROOT);
            String escaped = name.replace("!", "!!").replace("%", "!%").replace("_", "!_");
            return new Name(name, escaped + " %", escaped + ",%");
        }
    }
}
