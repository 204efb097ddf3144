package org.oneplan.planning.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.oneplan.access.CurrentUsers;
import org.oneplan.audit.AuditAction;
import org.oneplan.audit.AuditTrail;
import org.oneplan.planning.Agreement;
import org.oneplan.planning.PlanPart;
import org.oneplan.planning.PlanRuleException;
import org.oneplan.planning.PlanState;
import org.oneplan.planning.PlanVersions;
import org.oneplan.planning.VersionView;
import org.oneplan.web.RecordNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
class JpaPlanVersions implements PlanVersions {

    private final CarePlanRepository plans;
    private final PlanVersionRepository versions;
    private final PlanAgreementRepository agreements;
    private final PlanContent content;
    private final PlanStates states;
    private final PlanGuard guard;
    private final SignOffGates gates;
    private final AgreementEvents events;
    private final CurrentUsers users;
    private final AuditTrail audit;
    private final Clock clock;

    JpaPlanVersions(CarePlanRepository plans, PlanVersionRepository versions, PlanAgreementRepository agreements,
                    PlanContent content, PlanStates states, PlanGuard guard, SignOffGates gates,
                    AgreementEvents events, CurrentUsers users, AuditTrail audit, Clock clock) {
        this.plans = plans;
        this.versions = versions;
        this.agreements = agreements;
        this.content = content;
        this.states = states;
        this.guard = guard;
        this.gates = gates;
        this.events = events;
        this.users = users;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public PlanState state(UUID personId) {
        guard.visible(personId);
        return states.of(plan(personId), personId);
    }

    @Override
    public PlanState markReady(UUID personId) {
        guard.plannable(personId);
        CarePlan plan = plan(personId);
        if (!content.gaps(plan.id(), personId).isEmpty()) {
            throw new PlanRuleException("gaps", "planning.error.gaps");
        }
        plan.markReady(PlanContent.hash(content.toJson(content.of(plan.id()))));
        audit.record(AuditAction.UPDATED, PlanGuard.RECORD_TYPE, personId, "Marked the plan ready to agree");
        return states.of(plan, personId);
    }

    @Override
    public PlanState recordAgreement(UUID personId, Agreement a) {
        guard.plannable(personId);
        CarePlan plan = plan(personId);
        String json = content.toJson(content.of(plan.id()));
        String hash = PlanContent.hash(json);
        if (!plan.readyWith(hash)) {
            throw new PlanRuleException("decision", "planning.error.notReady");
        }
        AgreementRules.check(a, LocalDate.now(clock));
        Integer number = null;
        String by = users.require().username();
        boolean awaits = a.decision().agrees() && gates.needSignOff(plan.id(), personId);
        if (a.decision().agrees() && !awaits) {
            number = versions.latest(plan.id()).map(PlanVersion::number).orElse(0) + 1;
            versions.save(new PlanVersion(plan.id(), number, json, hash, by, now()));
        }
        agreements.save(new PlanAgreement(plan.id(), a, number, by, now()));
        if (awaits) {
            plan.awaitSignOff(hash);
        } else {
            plan.backToDraft();
        }
        audit.record(AuditAction.UPDATED, PlanGuard.RECORD_TYPE, personId, awaits
                ? "Recorded the person's agreement: waiting for sign-off" : number == null
                ? "Recorded that the person did not agree the plan" : "Recorded the person's agreement: version " + number);
        if (number != null) {
            events.agreed(personId, plan.id(), number, a.capturedOn());
        }
        return states.of(plan, personId);
    }

    @Override
    @Transactional(readOnly = true)
    public List<VersionView> versions(UUID personId) {
        guard.visible(personId);
        List<VersionView> all = versions.allOf(plan(personId).id()).stream().map(this::view).toList();
        audit.record(AuditAction.VIEWED, PlanGuard.RECORD_TYPE, personId, "Viewed the plan's versions");
        return all;
    }

    @Override
    @Transactional(readOnly = true)
    public List<PlanPart.VersionedSection> current(UUID personId) {
        guard.visible(personId);
        List<PlanPart.VersionedSection> now = content.of(plan(personId).id());
        audit.record(AuditAction.VIEWED, PlanGuard.RECORD_TYPE, personId, "Viewed the whole plan");
        return now;
    }

    @Override
    @Transactional(readOnly = true)
    public VersionView version(UUID personId, int number) {
        guard.visible(personId);
        VersionView v = versions.find(plan(personId).id(), number).map(this::view)
                .orElseThrow(() -> new RecordNotFoundException("Version"));
        audit.record(AuditAction.VIEWED, PlanGuard.RECORD_TYPE, personId, "Viewed version " + number + " of the plan");
        return v;
    }

    private CarePlan plan(UUID personId) {
        return plans.findById(guard.planOf(personId)).orElseThrow(() -> new RecordNotFoundException("Plan"));
    }

    private VersionView view(PlanVersion v) {
        return new VersionView(v.number(), v.agreedAt(), v.recordedBy(), v.contentHash(), content.fromJson(v.content()),
                v.signOff());
    }

    private Instant now() {
        return Instant.now(clock);
    }
}
