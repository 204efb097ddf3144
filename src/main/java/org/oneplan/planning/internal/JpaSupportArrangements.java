package org.oneplan.planning.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.oneplan.access.CurrentUsers;
import org.oneplan.audit.AuditAction;
import org.oneplan.audit.AuditTrail;
import org.oneplan.planning.ArrangeView;
import org.oneplan.planning.LinkedEntry;
import org.oneplan.planning.OptionDraft;
import org.oneplan.planning.PlanView;
import org.oneplan.planning.SupportArrangements;
import org.oneplan.planning.SupportOption;
import org.oneplan.web.RecordNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The audit details name what changed, never the words. */
@Service
@Transactional
class JpaSupportArrangements implements SupportArrangements {

    private static final String UNKNOWN_ENTRY = "arrange.error.directoryEntry.unknown";

    private final CarePlanRepository plans;
    private final PlanOptionRepository options;
    private final ArrangeReader reader;
    private final DirectoryLinks links;
    private final PlanGuard guard;
    private final CurrentUsers users;
    private final AuditTrail audit;
    private final Clock clock;

    JpaSupportArrangements(CarePlanRepository plans, PlanOptionRepository options, ArrangeReader reader,
                           DirectoryLinks links, PlanGuard guard, CurrentUsers users, AuditTrail audit, Clock clock) {
        this.plans = plans;
        this.options = options;
        this.reader = reader;
        this.links = links;
        this.guard = guard;
        this.users = users;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<ArrangeView> find(UUID personId) {
        return guard.read(personId, reader::view, "Viewed how support is arranged");
    }

    @Override
    @Transactional(readOnly = true)
    public PlanView.SectionStatus statusOf(UUID personId) {
        return guard.status(personId, plan -> reader.view(plan).status());
    }

    @Override
    @Transactional(readOnly = true)
    public SupportOption option(UUID personId, UUID optionId) {
        guard.visible(personId);
        return reader.view(find(guard.planOf(personId), optionId));
    }

    @Override
    public UUID add(UUID personId, UUID outcomeId, OptionDraft draft) {
        guard.plannable(personId);
        UUID planId = guard.planOf(personId);
        if (!reader.currentOutcome(planId, outcomeId)) {
            throw new RecordNotFoundException("Outcome");
        }
        PlanOption option = new PlanOption(planId, outcomeId, now());
        write(planId, option, draft, null);
        audit.record(AuditAction.CREATED, PlanGuard.RECORD_TYPE, personId, "Added an option for an outcome");
        return option.id();
    }

    @Override
    public SupportOption change(UUID personId, UUID optionId, OptionDraft draft, long expectedVersion) {
        guard.plannable(personId);
        UUID planId = guard.planOf(personId);
        PlanOption option = find(planId, optionId);
        write(planId, option, draft, expectedVersion);
        audit.record(AuditAction.UPDATED, PlanGuard.RECORD_TYPE, personId, "Changed an option for an outcome");
        return reader.view(option);
    }

    @Override
    public void remove(UUID personId, UUID optionId, long expectedVersion) {
        guard.plannable(personId);
        UUID planId = guard.planOf(personId);
        PlanOption option = find(planId, optionId);
        option.remove(expectedVersion, users.require().username(), now());
        options.saveAndFlush(option);
        links.relink(planId, optionId, option.directoryEntryId(), null);
        audit.record(AuditAction.DELETED, PlanGuard.RECORD_TYPE, personId, "Removed an option for an outcome");
    }

    /** Writes the option and its directory entry, and tells the directory of a change of entry. */
    private void write(UUID planId, PlanOption option, OptionDraft draft, Long expectedVersion) {
        UUID before = option.directoryEntryId();
        LinkedEntry entry = links.named(draft.directoryEntryId(), UNKNOWN_ENTRY);
        option.write(draft, expectedVersion, users.require().username(), now());
        option.describeEntry(entry);
        links.relink(planId, option.id(), before, option.directoryEntryId());
        options.saveAndFlush(option);
    }

    private PlanOption find(UUID planId, UUID optionId) {
        return options.findByIdAndPlanIdAndRemovedAtIsNull(optionId, planId)
                .orElseThrow(() -> new RecordNotFoundException("Option"));
    }

    private Instant now() {
        return Instant.now(clock);
    }
}
