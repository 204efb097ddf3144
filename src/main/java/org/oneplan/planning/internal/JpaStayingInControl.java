package org.oneplan.planning.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.oneplan.access.CurrentUsers;
import org.oneplan.audit.AuditAction;
import org.oneplan.audit.AuditTrail;
import org.oneplan.planning.ControlItem;
import org.oneplan.planning.ControlList;
import org.oneplan.planning.ControlText;
import org.oneplan.planning.ControlView;
import org.oneplan.planning.PlanView;
import org.oneplan.planning.StayingInControl;
import org.oneplan.planning.Whose;
import org.oneplan.web.RecordNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The audit details name what changed, never the words: risks and contingencies can be special-category data. */
@Service
@Transactional
class JpaStayingInControl implements StayingInControl {

    private final CarePlanRepository plans;
    private final PlanRiskRepository risks;
    private final PlanContingencyRepository contingencies;
    private final PlanSharingRepository sharing;
    private final ControlReader reader;
    private final PlanGuard access;
    private final CurrentUsers users;
    private final AuditTrail audit;
    private final Clock clock;

    JpaStayingInControl(CarePlanRepository plans, PlanRiskRepository risks, PlanContingencyRepository contingencies,
                        PlanSharingRepository sharing, ControlReader reader, PlanGuard access, CurrentUsers users,
                        AuditTrail audit, Clock clock) {
        this.plans = plans;
        this.risks = risks;
        this.contingencies = contingencies;
        this.sharing = sharing;
        this.reader = reader;
        this.access = access;
        this.users = users;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public Optional<ControlView> find(UUID personId) {
        return access.read(personId, reader::view, "Viewed staying in control");
    }

    @Override
    public PlanView.SectionStatus statusOf(UUID personId) {
        return access.status(personId, plan -> reader.view(plan).status());
    }

    @Override
    @Transactional(readOnly = true)
    public ControlItem item(UUID personId, ControlList list, UUID itemId) {
        access.visible(personId);
        return entry(plans.idForPerson(personId).orElseThrow(() -> new RecordNotFoundException("Plan")), list, itemId)
                .view();
    }

    @Override
    public UUID add(UUID personId, ControlList list, ControlText text) {
        UUID planId = planToChange(personId);
        ControlEntry entry = list == ControlList.RISKS ? new PlanRisk(planId, now()) : new PlanContingency(planId, now());
        entry.write(text, null, users.require().username(), now());
        entries(list).saveAndFlush(entry);
        audited(personId, AuditAction.CREATED, "Added", list);
        return entry.id();
    }

    @Override
    public ControlItem change(UUID personId, ControlList list, UUID itemId, ControlText text, long expectedVersion) {
        ControlEntry entry = entry(planToChange(personId), list, itemId);
        entry.write(text, expectedVersion, users.require().username(), now());
        entries(list).saveAndFlush(entry);
        audited(personId, AuditAction.UPDATED, "Changed", list);
        return entry.view();
    }

    @Override
    public void remove(UUID personId, ControlList list, UUID itemId, long expectedVersion) {
        ControlEntry entry = entry(planToChange(personId), list, itemId);
        entry.remove(expectedVersion, users.require().username(), now());
        entries(list).saveAndFlush(entry);
        audited(personId, AuditAction.DELETED, "Removed", list);
    }

    @Override
    public ControlView.Sharing share(UUID personId, String text, Whose whose, String whoseName,
                                     boolean noRisksDiscussed, Long expectedVersion) {
        UUID planId = planToChange(personId);
        PlanSharing shared = sharing.findByPlanId(planId).orElseGet(() -> new PlanSharing(planId));
        shared.write(text, whose, whoseName, noRisksDiscussed, expectedVersion, users.require().username(), now());
        sharing.saveAndFlush(shared);
        audit.record(AuditAction.UPDATED, JpaCarePlans.RECORD_TYPE, personId, "Wrote who the plan is shared with");
        return shared.view();
    }

    private UUID planToChange(UUID personId) {
        access.plannable(personId);
        return plans.idForPerson(personId).orElseThrow(() -> new RecordNotFoundException("Plan"));
    }

    private ControlEntry entry(UUID planId, ControlList list, UUID itemId) {
        return entries(list).findByIdAndPlanIdAndRemovedAtIsNull(itemId, planId)
                .orElseThrow(() -> new RecordNotFoundException("Plan item"));
    }

    @SuppressWarnings("unchecked")
    private ControlEntries<ControlEntry> entries(ControlList list) {
        return (ControlEntries<ControlEntry>) (ControlEntries<?>) (list == ControlList.RISKS ? risks : contingencies);
    }

    private void audited(UUID personId, AuditAction action, String verb, ControlList list) {
        String what = list == ControlList.RISKS ? "a risk" : "a contingency plan";
        audit.record(action, JpaCarePlans.RECORD_TYPE, personId, verb + " " + what + " in staying in control");
    }

    private Instant now() {
        return Instant.now(clock);
    }
}
