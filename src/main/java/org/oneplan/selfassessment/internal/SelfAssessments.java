package org.oneplan.selfassessment.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.oneplan.access.CurrentUser;
import org.oneplan.access.CurrentUsers;
import org.oneplan.access.Role;
import org.oneplan.access.Teams;
import org.oneplan.audit.AuditAction;
import org.oneplan.audit.AuditTrail;
import org.oneplan.selfassessment.AssessmentRuleException;
import org.oneplan.selfassessment.Framework;
import org.oneplan.selfassessment.Participant;
import org.oneplan.selfassessment.Results;
import org.oneplan.web.RecordNotFoundException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Starting, answering and submitting a team's self-assessment. Staff of the team read and answer it;
 * its managers start it. Anyone else is told it does not exist, and the refusal is audited.
 */
@Service
@Transactional
public class SelfAssessments {

    static final String RECORD_TYPE = "Assessment";

    private final AssessmentRepository assessments;
    private final FrameworkLibrary frameworks;
    private final StartPermissions starters;
    private final AssessmentGuard guard;
    private final Teams teams;
    private final CurrentUsers users;
    private final AuditTrail audit;
    private final Clock clock;

    SelfAssessments(AssessmentRepository assessments, FrameworkLibrary frameworks, StartPermissions starters,
                    AssessmentGuard guard, Teams teams, CurrentUsers users, AuditTrail audit, Clock clock) {
        this.assessments = assessments;
        this.frameworks = frameworks;
        this.starters = starters;
        this.guard = guard;
        this.teams = teams;
        this.users = users;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Starts an assessment run by the team, of the team alone or of its whole organisation (managers only).
     */
    public Assessment start(String frameworkKey, UUID teamId, boolean wholeOrganisation, String name,
                            LocalDate assessedOn, List<Participant> participants, boolean copyLastSubmitted) {
        CurrentUser user = users.require();
        if (!user.teamIds().contains(teamId)) {
            throw new RecordNotFoundException("Team");
        }
        if (!starters.teamsICanStartFor().contains(teamId)) {
            throw new AccessDeniedException("Needs a manager's permission to start a self-assessment for the team");
        }
        if (wholeOrganisation && !user.has(Role.MANAGER)) {
            throw new AssessmentRuleException("wholeOrganisation", "selfassessment.error.organisation.managersOnly");
        }
        UUID organisationId = teams.find(teamId).orElseThrow(() -> new RecordNotFoundException("Team")).organisationId();
        if (assessedOn.isAfter(LocalDate.now(clock))) {
            throw new AssessmentRuleException("assessedOn", "selfassessment.error.date.future");
        }
        Framework framework = frameworks.find(frameworkKey).orElseThrow(() -> new RecordNotFoundException("Framework"));
        Assessment assessment = new Assessment(framework,
                new Assessment.Scope(teamId, organisationId, wholeOrganisation), name, assessedOn, participants,
                user.username(), now());
        if (copyLastSubmitted) {
            assessments.findForTeams(List.of(teamId), List.of()).stream()
                    .filter(a -> a.status() == Assessment.Status.SUBMITTED && a.frameworkKey().equals(frameworkKey)
                            && a.wholeOrganisation() == wholeOrganisation
                            && a.frameworkVersion() == framework.version())
                    .findFirst().ifPresent(last -> assessment.copyAnswersFrom(last, user.username(), now()));
        }
        assessments.save(assessment);
        audit.record(AuditAction.CREATED, RECORD_TYPE, assessment.id(), "Started self-assessment");
        return assessment;
    }

    public Assessment read(UUID id) {
        Assessment assessment = guard.readable(id);
        audit.record(AuditAction.VIEWED, RECORD_TYPE, id, "Viewed self-assessment");
        return assessment;
    }

    public Answer answer(UUID id, String itemCode, int level, String note, String evidence, boolean confirmed,
                         Long expectedVersion) {
        Assessment assessment = guard.readable(id);
        Answer answer = assessment.answer(framework(assessment), itemCode, level, note, evidence, confirmed,
                expectedVersion, users.require().username(), now());
        assessments.saveAndFlush(assessment);
        audit.record(AuditAction.UPDATED, RECORD_TYPE, id, "Answered item " + itemCode);
        return answer;
    }

    /** Saves the summary of actions, item code to text; all or nothing. */
    public void summariseActions(UUID id, Map<String, String> workTowards) {
        Assessment assessment = guard.readable(id);
        workTowards.forEach(assessment::workTowards);
        audit.record(AuditAction.UPDATED, RECORD_TYPE, id, "Changed the summary of actions");
    }

    public Assessment submit(UUID id) {
        Assessment assessment = guard.readable(id);
        assessment.submit(framework(assessment), now());
        audit.record(AuditAction.UPDATED, RECORD_TYPE, id, "Submitted self-assessment");
        return assessment;
    }

    @Transactional(readOnly = true)
    public Results results(Assessment assessment) {
        return Results.of(framework(assessment), assessment.levels());
    }

    /** The team's last submitted assessment of the same framework before this one, to compare with. */
    @Transactional(readOnly = true)
    public java.util.Optional<Assessment> previous(Assessment a) {
        return assessments.findForTeams(List.of(a.teamId()), List.of()).stream()
                .filter(p -> !p.id().equals(a.id()) && p.status() == Assessment.Status.SUBMITTED)
                .filter(p -> p.wholeOrganisation() == a.wholeOrganisation())
                .filter(p -> p.frameworkKey().equals(a.frameworkKey()) && !p.assessedOn().isAfter(a.assessedOn()))
                .findFirst()
                .flatMap(p -> assessments.findWhole(p.id()));
    }

    /** The wording the assessment was started with, whatever has been loaded since. */
    public Framework framework(Assessment a) {
        return frameworks.find(a.frameworkKey(), a.frameworkVersion())
                .orElseThrow(() -> new IllegalStateException("Framework version missing: " + a.frameworkKey()));
    }

    private Instant now() {
        return Instant.now(clock);
    }
}
