package org.oneplan.planning.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.oneplan.access.CurrentUsers;
import org.oneplan.audit.AuditAction;
import org.oneplan.audit.AuditTrail;
import org.oneplan.planning.AssessedNeeds;
import org.oneplan.planning.EligibilityDecision;
import org.oneplan.planning.EligibilityOutcomes;
import org.oneplan.planning.EligibilityView;
import org.oneplan.planning.NeedDraft;
import org.oneplan.planning.NeedView;
import org.oneplan.planning.NeedsView;
import org.oneplan.planning.PlanView;
import org.oneplan.web.RecordNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The audit details name what changed, never the words or the outcome: needs are special-category data. */
@Service
@Transactional
class JpaAssessedNeeds implements AssessedNeeds {

    private final NeedsRecords records;
    private final PlanNeedRepository needs;
    private final PlanEligibilityRepository eligibility;
    private final CarePlanRepository plans;
    private final PlanGuard guard;
    private final CurrentUsers users;
    private final AuditTrail audit;
    private final Clock clock;

    JpaAssessedNeeds(NeedsRecords records, PlanNeedRepository needs, PlanEligibilityRepository eligibility,
                     CarePlanRepository plans, PlanGuard guard, CurrentUsers users, AuditTrail audit, Clock clock) {
        this.records = records;
        this.needs = needs;
        this.eligibility = eligibility;
        this.plans = plans;
        this.guard = guard;
        this.users = users;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<NeedsView> find(UUID personId) {
        return guard.read(personId, records::view, "Viewed the plan's assessed needs");
    }

    @Override
    @Transactional(readOnly = true)
    public PlanView.SectionStatus statusOf(UUID personId) {
        return guard.status(personId, plan -> records.view(plan).status());
    }

    @Override
    public NeedView record(UUID personId, String code, NeedDraft draft, Long expectedVersion) {
        guard.plannable(personId);
        UUID planId = guard.planOf(personId);
        EligibilityOutcomes.Outcome outcome = records.outcomes().find(code)
                .orElseThrow(() -> new RecordNotFoundException("Need"));
        PlanNeed need = needs.findByPlanIdAndCode(planId, code).orElseGet(() -> new PlanNeed(planId, code));
        need.write(draft, expectedVersion, users.require().username(), now());
        needs.saveAndFlush(need);
        audit.record(AuditAction.UPDATED, PlanGuard.RECORD_TYPE, personId, "Recorded an assessed need in the plan");
        return need.view(outcome);
    }

    @Override
    public EligibilityView decide(UUID personId, EligibilityDecision decision, String reason, Long expectedVersion) {
        guard.plannable(personId);
        UUID planId = guard.planOf(personId);
        long unable = needs.findByPlanId(planId).stream().filter(PlanNeed::unableToAchieve).count();
        PlanEligibility decided = eligibility.findByPlanId(planId).orElseGet(() -> new PlanEligibility(planId));
        decided.decide(decision, reason, unable, expectedVersion, users.require().username(), now());
        eligibility.saveAndFlush(decided);
        audit.record(AuditAction.UPDATED, PlanGuard.RECORD_TYPE, personId, "Recorded the eligibility decision");
        return decided.view();
    }

    private Instant now() {
        return Instant.now(clock);
    }
}
