package org.oneplan.selfassessment.internal;

import java.util.List;
import java.util.UUID;
import org.oneplan.access.CurrentUser;
import org.oneplan.access.CurrentUsers;
import org.oneplan.access.Teams;
import org.oneplan.audit.AuditAction;
import org.oneplan.audit.AuditTrail;
import org.oneplan.web.RecordNotFoundException;
import org.springframework.stereotype.Component;

/**
 * Loads a self-assessment for the signed-in user or refuses. Staff of the team may see it, and for a
 * whole-organisation assessment staff of any team in the organisation; a refusal looks like a missing
 * assessment and is written to the audit trail.
 */
@Component
class AssessmentGuard {

    private final AssessmentRepository assessments;
    private final CurrentUsers users;
    private final Teams teams;
    private final AuditTrail audit;

    AssessmentGuard(AssessmentRepository assessments, CurrentUsers users, Teams teams, AuditTrail audit) {
        this.assessments = assessments;
        this.users = users;
        this.teams = teams;
        this.audit = audit;
    }

    /** The assessment if the caller may see it, without recording a view: for changes that record their own. */
    Assessment readable(UUID id) {
        CurrentUser user = users.require();
        Assessment assessment = assessments.findWhole(id).orElse(null);
        if (assessment == null || !user.isCaseworker() || !(user.teamIds().contains(assessment.teamId())
                || assessment.wholeOrganisation() && organisationsOf(user).contains(assessment.organisationId()))) {
            audit.record(AuditAction.REFUSED, SelfAssessments.RECORD_TYPE, id, "Tried to open a self-assessment");
            throw new RecordNotFoundException(SelfAssessments.RECORD_TYPE);
        }
        return assessment;
    }

    /** The organisations the caller's teams belong to: their staff take part in its whole-organisation assessments. */
    List<UUID> organisationsOf(CurrentUser user) {
        return user.teamIds().isEmpty() ? List.of() : teams.findAll(user.teamIds()).stream()
                .map(Teams.TeamSummary::organisationId).distinct().toList();
    }
}
