package org.oneplan.budget.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.oneplan.access.CurrentUser;
import org.oneplan.access.CurrentUsers;
import org.oneplan.access.Role;
import org.oneplan.access.Teams;
import org.oneplan.workingdays.WorkingDays;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The sign-off dashboard for managers: for each of their teams (people on its caseload now) and for all of them,
 * the figures of {@link SignOffFigures}, computed from the sign-off history of the last 12 months. Shows counts and
 * working days only, never a person. The same few queries whatever the number of teams, plans or steps: waiting
 * plans by band and returns are counted in the database; only the two times of each sign-off of the last 12 months
 * are read, as working days need the bank holidays.
 */
@Service
@Transactional(readOnly = true)
public class SignOffDashboard {

    private final SignOffQueries queries;
    private final Teams teams;
    private final SignOffSettings settings;
    private final SignOffAges ages;
    private final CurrentUsers users;

    SignOffDashboard(SignOffQueries queries, Teams teams, SignOffSettings settings, SignOffAges ages,
                     CurrentUsers users) {
        this.queries = queries;
        this.teams = teams;
        this.settings = settings;
        this.ages = ages;
        this.users = users;
    }

    /** @param all the figures across every team, each plan counted once */
    public record Dashboard(int targetDays, List<SignOffFigures> teams, SignOffFigures all) {

        /** Each team's row, then the row for all of them. */
        public List<SignOffFigures> rows() {
            List<SignOffFigures> rows = new ArrayList<>(teams);
            rows.add(all);
            return rows;
        }
    }

    public Dashboard forCurrentUser() {
        CurrentUser me = users.require();
        if (!me.has(Role.MANAGER)) {
            throw new AccessDeniedException("Only managers see the sign-off dashboard");
        }
        LocalDate today = ages.today();
        int target = settings.forCurrentUser().targetDays();
        List<Teams.TeamSummary> mine = new ArrayList<>(teams.findAll(me.teamIds()));
        mine.sort(Comparator.comparing(Teams.TeamSummary::name));
        if (mine.isEmpty()) {
            return new Dashboard(target, List.of(), SignOffFigures.of(null, SignOffFigures.Counts.NONE, List.of(),
                    target));
        }
        Set<UUID> ids = mine.stream().map(Teams.TeamSummary::id).collect(Collectors.toSet());
        Instant since = today.minusMonths(12).atStartOfDay(WorkingDays.UK).toInstant();
        Map<UUID, SignOffFigures.Counts> counts = counts(ids, since);
        Map<UUID, List<SignOffFigures.Signed>> signed = signed(ids, since, today);
        List<SignOffFigures> rows = mine.stream().map(t -> figures(t.name(), t.id(), counts, signed, target)).toList();
        return new Dashboard(target, rows, figures(null, null, counts, signed, target));
    }

    private SignOffFigures figures(String name, UUID team, Map<UUID, SignOffFigures.Counts> counts,
                                   Map<UUID, List<SignOffFigures.Signed>> signed, int target) {
        return SignOffFigures.of(name, counts.getOrDefault(team, SignOffFigures.Counts.NONE),
                signed.getOrDefault(team, List.of()), target);
    }

    /** Each team's counts, and under no team those of all of them. Two queries. */
    private Map<UUID, SignOffFigures.Counts> counts(Set<UUID> ids, Instant since) {
        Map<UUID, SignOffFigures.Counts> counts = new HashMap<>();
        queries.waitingByBand(ids, ages.sentWithin(SignOffAges.Band.UP_TO_5.most),
                ages.sentWithin(SignOffAges.Band.UP_TO_10.most)).forEach(w -> counts.put(team(w.getTeamId()),
                new SignOffFigures.Counts(number(w.getUpTo5()), number(w.getUpTo10()), number(w.getOver10()), 0, 0, 0)));
        queries.returns(ids, since).forEach(r -> counts.compute(team(r.getTeamId()), (t, waiting) ->
                (waiting == null ? SignOffFigures.Counts.NONE : waiting).withReturns(number(r.getSent()),
                        number(r.getReturnedPlans()), number(r.getReturns()))));
        return counts;
    }

    /**
     * Each team's sign-offs of the last 12 months, and under no team each of them once: one query, and working days
     * worked out once for each sign-off.
     */
    private Map<UUID, List<SignOffFigures.Signed>> signed(Set<UUID> ids, Instant since, LocalDate today) {
        Map<UUID, List<SignOffFigures.Signed>> byTeam = new HashMap<>();
        Map<Object, SignOffFigures.Signed> all = new HashMap<>();
        for (Object[] row : queries.signedOff(ids, since)) {
            SignOffFigures.Signed s = all.computeIfAbsent(row[1], id -> SignOffFigures.Signed.of(instant(row[2]),
                    instant(row[3]), today, ages));
            byTeam.computeIfAbsent(team((String) row[0]), t -> new ArrayList<>()).add(s);
        }
        byTeam.put(null, List.copyOf(all.values()));
        return byTeam;
    }

    private static UUID team(String id) {
        return id == null ? null : UUID.fromString(id);
    }

    /** A time as the database's driver gives it. */
    private static Instant instant(Object at) {
        return at instanceof java.util.Date date ? date.toInstant() : Instant.from((TemporalAccessor) at);
    }

    private static int number(Long count) {
        return count == null ? 0 : Math.toIntExact(count);
    }
}
