package org.oneplan.selfassessment.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.oneplan.access.CurrentUser;
import org.oneplan.access.CurrentUsers;
import org.oneplan.access.Teams;
import org.oneplan.selfassessment.Results;
import org.oneplan.web.RecordNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Progress over time and across teams, from submitted assessments only. Each page costs the same few
 * queries however many teams and assessments there are: the assessments, then all their levels at once.
 */
@Service
@Transactional(readOnly = true)
public class AssessmentOverviews {

    /** A submitted assessment with its scores. */
    public record Scored(Assessment assessment, Results results) {
    }

    /** A team, or the whole organisation when {@code team} is null, with its latest assessment in the period. */
    public record Row(Teams.TeamSummary team, String organisationName, Scored latest) {
    }

    private final AssessmentRepository assessments;
    private final SelfAssessments selfAssessments;
    private final AssessmentGuard guard;
    private final Teams teams;
    private final CurrentUsers users;

    AssessmentOverviews(AssessmentRepository assessments, SelfAssessments selfAssessments, AssessmentGuard guard,
                        Teams teams, CurrentUsers users) {
        this.assessments = assessments;
        this.selfAssessments = selfAssessments;
        this.guard = guard;
        this.teams = teams;
        this.users = users;
    }

    /** The team's submitted assessments, oldest first; only its own staff may see them. */
    public List<Scored> history(UUID teamId, String frameworkKey) {
        CurrentUser user = users.require();
        if (!user.isCaseworker() || !user.teamIds().contains(teamId)) {
            throw new RecordNotFoundException("Team");
        }
        return scored(assessments.submittedByTeam(teamId, frameworkKey));
    }

    /** Every active team of the caller's organisations, and each organisation as a whole, in that order. */
    public List<Row> organisation(String frameworkKey, LocalDate from, LocalDate to) {
        CurrentUser user = users.require();
        List<UUID> organisations = guard.organisationsOf(user);
        if (organisations.isEmpty()) {
            return List.of();
        }
        Map<UUID, Assessment> latestByTeam = new LinkedHashMap<>();
        Map<UUID, Assessment> latestByOrganisation = new HashMap<>();
        for (Assessment a : assessments.submittedIn(organisations, frameworkKey, from, to)) {
            (a.wholeOrganisation() ? latestByOrganisation : latestByTeam)
                    .putIfAbsent(a.wholeOrganisation() ? a.organisationId() : a.teamId(), a);
        }
        List<Assessment> chosen = new ArrayList<>(latestByTeam.values());
        chosen.addAll(latestByOrganisation.values());
        Map<UUID, Scored> scores = new HashMap<>();
        scored(chosen).forEach(s -> scores.put(s.assessment().id(), s));
        List<Row> rows = new ArrayList<>();
        for (Teams.TeamSummary team : teams.active()) {
            if (organisations.contains(team.organisationId())) {
                Assessment latest = latestByTeam.get(team.id());
                rows.add(new Row(team, team.organisationName(), latest == null ? null : scores.get(latest.id())));
            }
        }
        latestByOrganisation.forEach((organisation, a) -> rows.add(new Row(null, rows.stream()
                .filter(r -> r.team().organisationId().equals(organisation)).findFirst()
                .map(Row::organisationName).orElse(""), scores.get(a.id()))));
        return rows;
    }

    private List<Scored> scored(List<Assessment> found) {
        if (found.isEmpty()) {
            return List.of();
        }
        Map<UUID, Map<String, Integer>> levels = new HashMap<>();
        for (Object[] row : assessments.levelsOf(found.stream().map(Assessment::id).toList())) {
            levels.computeIfAbsent((UUID) row[0], k -> new HashMap<>()).put((String) row[1], (Integer) row[2]);
        }
        return found.stream().map(a -> new Scored(a, Results.of(selfAssessments.framework(a),
                levels.getOrDefault(a.id(), Map.of())))).toList();
    }
}
