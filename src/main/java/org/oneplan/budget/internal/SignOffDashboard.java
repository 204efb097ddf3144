package org.oneplan.budget.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.oneplan.access.Caseloads;
import org.oneplan.access.CurrentUser;
import org.oneplan.access.CurrentUsers;
import org.oneplan.access.Role;
import org.oneplan.access.Teams;
import org.oneplan.budget.SignOffStatus;
import org.oneplan.workingdays.WorkingDays;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The sign-off dashboard for managers: for each of their teams (people on its caseload now) and for all of them,
 * the figures of {@link SignOffFigures}, computed from the sign-off history of the last 12 months. Shows counts and
 * working days only, never a person.
 */
@Service
@Transactional(readOnly = true)
public class SignOffDashboard {

    private final SignOffRepository signOffs;
    private final Teams teams;
    private final Caseloads caseloads;
    private final SignOffSettings settings;
    private final SignOffAges ages;
    private final CurrentUsers users;

    SignOffDashboard(SignOffRepository signOffs, Teams teams, Caseloads caseloads, SignOffSettings settings,
                     SignOffAges ages, CurrentUsers users) {
        this.signOffs = signOffs;
        this.teams = teams;
        this.caseloads = caseloads;
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
        Map<UUID, Set<UUID>> peopleOf = new java.util.HashMap<>();
        Set<UUID> everyone = new HashSet<>();
        mine.forEach(t -> everyone.addAll(peopleOf.computeIfAbsent(t.id(), id -> caseloads.peopleOn(Set.of(id)))));
        Instant since = today.minusMonths(12).atStartOfDay(WorkingDays.UK).toInstant();
        List<SignOffRepository.HistoryRow> history = everyone.isEmpty() ? List.of() : signOffs.history(everyone, since);
        List<SignOffRepository.WaitingRow> waiting = everyone.isEmpty() ? List.of()
                : signOffs.waiting(SignOffStatus.Stage.WITH_AUTHORISER, everyone);
        List<SignOffFigures> rows = mine.stream().map(t -> figures(t.name(), peopleOf.get(t.id()), history, waiting,
                today, target)).toList();
        return new Dashboard(target, rows, figures(null, everyone, history, waiting, today, target));
    }

    private SignOffFigures figures(String team, Set<UUID> people, List<SignOffRepository.HistoryRow> history,
                                   List<SignOffRepository.WaitingRow> waiting, LocalDate today, int target) {
        return SignOffFigures.of(team, history.stream().filter(h -> people.contains(h.getPersonId())).toList(),
                waiting.stream().filter(w -> people.contains(w.getPersonId()))
                        .map(w -> ages.since(w.getSubmittedAt())).toList(), today, target, ages);
    }
}
