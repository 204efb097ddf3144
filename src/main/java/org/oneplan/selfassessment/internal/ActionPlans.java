package org.oneplan.selfassessment.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.oneplan.access.CurrentUsers;
import org.oneplan.audit.AuditAction;
import org.oneplan.audit.AuditTrail;
import org.oneplan.selfassessment.AssessmentRuleException;
import org.oneplan.web.RecordNotFoundException;
import org.oneplan.web.StaleRecordException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The team's priorities after an assessment, each a detailed action plan with tracked first steps. */
@Service
@Transactional
public class ActionPlans {

    private final ActionPlanRepository plans;
    private final AssessmentGuard guard;
    private final CurrentUsers users;
    private final AuditTrail audit;
    private final Clock clock;

    ActionPlans(ActionPlanRepository plans, AssessmentGuard guard, CurrentUsers users, AuditTrail audit,
                Clock clock) {
        this.plans = plans;
        this.guard = guard;
        this.users = users;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<ActionPlan> of(UUID assessmentId) {
        guard.readable(assessmentId);
        return plans.findForAssessment(assessmentId);
    }

    /** Adds an item as the next priority (the first one added is the top priority). */
    public ActionPlan prioritise(UUID assessmentId, String itemCode) {
        Assessment assessment = guard.readable(assessmentId);
        if (assessment.answerFor(itemCode).isEmpty()) {
            throw new AssessmentRuleException("itemCode", "selfassessment.error.item.unanswered");
        }
        List<ActionPlan> existing = plans.findForAssessment(assessmentId);
        if (existing.stream().anyMatch(p -> p.itemCode().equals(itemCode))) {
            throw new AssessmentRuleException("itemCode", "selfassessment.error.plan.exists");
        }
        ActionPlan plan = plans.save(new ActionPlan(assessmentId, itemCode, existing.size() + 1));
        audit.record(AuditAction.CREATED, SelfAssessments.RECORD_TYPE, assessmentId, "Made " + itemCode + " a priority");
        return plan;
    }

    public ActionPlan describe(UUID assessmentId, UUID planId, long expectedVersion, ActionPlan.Details details) {
        ActionPlan plan = plan(assessmentId, planId);
        if (plan.version() != expectedVersion) {
            throw new StaleRecordException(plan.version());
        }
        plan.describe(details);
        plans.saveAndFlush(plan);
        audit.record(AuditAction.UPDATED, SelfAssessments.RECORD_TYPE, assessmentId, "Changed an action plan");
        return plan;
    }

    /** Swaps a priority with the one above it, so the team can put its priorities in order. */
    public void raise(UUID assessmentId, UUID planId) {
        ActionPlan plan = plan(assessmentId, planId);
        plans.findForAssessment(assessmentId).stream()
                .filter(p -> p.priority() == plan.priority() - 1).findFirst()
                .ifPresent(above -> {
                    above.moveTo(plan.priority());
                    plan.moveTo(plan.priority() - 1);
                    audit.record(AuditAction.UPDATED, SelfAssessments.RECORD_TYPE, assessmentId,
                            "Raised " + plan.itemCode() + " to priority " + plan.priority());
                });
    }

    public void addStep(UUID assessmentId, UUID planId, String description, String owner, LocalDate dueOn) {
        plan(assessmentId, planId).addStep(description, owner, dueOn, Instant.now(clock));
        audit.record(AuditAction.UPDATED, SelfAssessments.RECORD_TYPE, assessmentId, "Added a first step");
    }

    public void moveStep(UUID assessmentId, UUID planId, UUID stepId, ActionPlan.StepStatus status) {
        plan(assessmentId, planId).moveStep(stepId, status);
        audit.record(AuditAction.UPDATED, SelfAssessments.RECORD_TYPE, assessmentId, "Updated a first step");
    }

    /** First steps past their due date and not done, across the caller's teams. */
    @Transactional(readOnly = true)
    public long overdueForMyTeams() {
        var teams = users.require().teamIds();
        return teams.isEmpty() ? 0 : plans.countOverdue(teams, LocalDate.now(clock));
    }

    /** The overdue first steps themselves, oldest first, across the caller's teams. */
    @Transactional(readOnly = true)
    public List<ActionPlanRepository.OverdueStep> overdueStepsForMyTeams() {
        var teams = users.require().teamIds();
        return teams.isEmpty() ? List.of() : plans.findOverdue(teams, LocalDate.now(clock));
    }

    public ActionPlan plan(UUID assessmentId, UUID planId) {
        guard.readable(assessmentId);
        ActionPlan plan = plans.findById(planId).orElseThrow(() -> new RecordNotFoundException("ActionPlan"));
        if (!plan.assessmentId().equals(assessmentId)) {
            throw new RecordNotFoundException("ActionPlan");
        }
        plan.steps().size();
        return plan;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }
}
