package org.oneplan.selfassessment.internal;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.oneplan.access.CurrentUser;
import org.oneplan.access.CurrentUsers;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The self-assessments the caller's teams may see, each with how many of its items are answered. */
@Service
@Transactional(readOnly = true)
public class AssessmentList {

    private final AssessmentRepository assessments;
    private final SelfAssessments selfAssessments;
    private final AssessmentGuard guard;
    private final CurrentUsers users;

    AssessmentList(AssessmentRepository assessments, SelfAssessments selfAssessments, AssessmentGuard guard,
                   CurrentUsers users) {
        this.assessments = assessments;
        this.selfAssessments = selfAssessments;
        this.guard = guard;
        this.users = users;
    }

    public record Summary(Assessment assessment, int answered, int items) {
    }

    /** Those of the caller's teams (only {@code teamFilter} when given), with their organisations' when not. */
    public List<Summary> visible(UUID teamFilter) {
        CurrentUser user = users.require();
        var mine = user.isCaseworker() ? user.teamIds().stream()
                .filter(t -> teamFilter == null || t.equals(teamFilter)).toList() : List.<UUID>of();
        if (mine.isEmpty()) {
            return List.of();
        }
        List<Assessment> found = assessments.findForTeams(mine,
                teamFilter == null ? guard.organisationsOf(user) : List.of());
        Map<UUID, Long> counts = found.isEmpty() ? Map.of() : assessments.answeredCounts(
                found.stream().map(Assessment::id).toList()).stream()
                .collect(Collectors.toMap(r -> (UUID) r[0], r -> (Long) r[1]));
        return found.stream().map(a -> new Summary(a, counts.getOrDefault(a.id(), 0L).intValue(),
                (int) selfAssessments.framework(a).items().count())).toList();
    }
}
