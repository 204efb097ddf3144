package org.oneplan.planning.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.oneplan.access.CurrentUsers;
import org.oneplan.audit.AuditAction;
import org.oneplan.audit.AuditTrail;
import org.oneplan.planning.Agreement;
import org.oneplan.planning.PlanPart;
import org.oneplan.planning.PlanRuleException;
import org.oneplan.planning.PlanState;
import org.oneplan.planning.PlanStatus;
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
    private final PlanGuard guard;
    private final CurrentUsers users;
    private final AuditTrail audit;
    private final Clock clock;
    private final AgreementEvents events;
    private final SignOffGates gates;

    JpaPlanVersions(CarePlanRepository plans, PlanVersionRepository versions, PlanAgreementRepository agreements,
                    PlanContent content, PlanGuard guard, CurrentUsers users, AuditTrail audit, Clock clock,
                    AgreementEvents events, SignOffGates gates) {
        this.events = events;
        this.gates = gates;
        this.plans = plans;
        this.versions = versions;
        this.agreements = agreements;
        this.content = content;
        this.guard = guard;
        this.users = users;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public PlanState state(UUID personId) {
        guard.visible(personId);
        return state(plan(personId), personId);
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
        return state(plan, personId);
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
        check(a, LocalDate.now(clock));
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
        return state(plan, personId);
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

    private PlanState state(CarePlan plan, UUID personId) {
        String hash = PlanContent.hash(content.toJson(content.of(plan.id())));
        Optional<PlanVersion> latest = versions.latest(plan.id());
        PlanStatus status = latest.filter(v -> v.contentHash().equals(hash)).isPresent() ? PlanStatus.AGREED
                : plan.awaitingSignOffWith(hash) ? PlanStatus.AGREED_AWAITING_SIGN_OFF
                : plan.readyWith(hash) ? PlanStatus.READY_TO_AGREE : PlanStatus.DRAFT;
        List<PlanPart.Gap> gaps = content.gaps(plan.id(), personId);
        return new PlanState(status, latest.map(PlanVersion::number).orElse(0), gaps,
                agreements.allOf(plan.id()).stream().map(PlanAgreement::view).toList(),
                gates.withAuthoriserSince(plan.id(), personId).orElse(null));
    }

    private static void check(Agreement a, LocalDate today) {
        if (a.capturedOn() == null || a.capturedOn().isAfter(today)) {
            throw new PlanRuleException("capturedOn", "planning.agreement.error.capturedOn");
        }
        if (a.decision() == null) {
            throw new PlanRuleException("decision", "planning.agreement.error.decision");
        }
        if (a.capturedHow() == null) {
            throw new PlanRuleException("capturedHow", "planning.agreement.error.capturedHow");
        }
        if (a.capturedBy() == null || a.capturedBy().isBlank() || a.capturedBy().length() > 200) {
            throw new PlanRuleException("capturedBy", "planning.agreement.error.capturedBy");
        }
        if (a.whoTookPart() == null || a.whoTookPart().isBlank() || a.whoTookPart().length() > 2000) {
            throw new PlanRuleException("whoTookPart", "planning.agreement.error.whoTookPart");
        }
        if (a.reasons() != null && a.reasons().length() > 4000) {
            throw new PlanRuleException("reasons", "planning.agreement.error.reasons");
        }
        if (!a.decision().agrees() && a.decision() != Agreement.Decision.COULD_NOT_ANSWER
                && (a.reasons() == null || a.reasons().isBlank())) {
            throw new PlanRuleException("reasons", "planning.agreement.error.reasonsNeeded");
        }
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
