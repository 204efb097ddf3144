package org.oneplan.planning.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.oneplan.access.CurrentUsers;
import org.oneplan.audit.AuditAction;
import org.oneplan.audit.AuditTrail;
import org.oneplan.planning.EligibilityOutcomes;
import org.oneplan.planning.OutcomeDraft;
import org.oneplan.planning.OutcomeView;
import org.oneplan.planning.Outcomes;
import org.oneplan.web.RecordNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
class JpaOutcomes implements Outcomes {

    private final PlanOutcomeRepository outcomes;
    private final PlanGuard guard;
    private final Set<String> needCodes;
    private final CurrentUsers users;
    private final AuditTrail audit;
    private final Clock clock;
    private final PlanOptionRepository options;
    private final DirectoryLinks links;

    JpaOutcomes(PlanOutcomeRepository outcomes, PlanGuard guard, EligibilityOutcomes eligibility, CurrentUsers users,
                AuditTrail audit, Clock clock, PlanOptionRepository options, DirectoryLinks links) {
        this.options = options;
        this.links = links;
        this.outcomes = outcomes;
        this.guard = guard;
        this.needCodes = eligibility.all().stream().map(EligibilityOutcomes.Outcome::code).collect(Collectors.toSet());
        this.users = users;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public List<OutcomeView> of(UUID personId) {
        guard.visible(personId);
        List<OutcomeView> found = outcomes.current(guard.planOf(personId)).stream().map(PlanOutcome::view).toList();
        audit.record(AuditAction.VIEWED, PlanGuard.RECORD_TYPE, personId, "Viewed the plan's outcomes");
        return found;
    }

    @Override
    @Transactional(readOnly = true)
    public OutcomeView one(UUID personId, UUID outcomeId) {
        guard.visible(personId);
        return find(personId, outcomeId).view();
    }

    @Override
    public OutcomeView add(UUID personId, OutcomeDraft draft) {
        guard.plannable(personId);
        UUID planId = guard.planOf(personId);
        PlanOutcome outcome = new PlanOutcome(planId, outcomes.countEver(planId) + 1);
        outcome.write(draft, needCodes, LocalDate.now(clock), users.require().username(), now());
        outcomes.saveAndFlush(outcome);
        audit.record(AuditAction.CREATED, PlanGuard.RECORD_TYPE, personId, "Added an outcome to the plan");
        return outcome.view();
    }

    @Override
    public OutcomeView change(UUID personId, UUID outcomeId, OutcomeDraft draft, long expectedVersion) {
        guard.plannable(personId);
        PlanOutcome outcome = find(personId, outcomeId);
        outcome.checkVersion(expectedVersion);
        outcome.write(draft, needCodes, LocalDate.now(clock), users.require().username(), now());
        outcomes.saveAndFlush(outcome);
        audit.record(AuditAction.UPDATED, PlanGuard.RECORD_TYPE, personId, "Changed an outcome of the plan");
        return outcome.view();
    }

    @Override
    public void remove(UUID personId, UUID outcomeId) {
        guard.plannable(personId);
        removed(personId, find(personId, outcomeId));
    }

    @Override
    public void remove(UUID personId, UUID outcomeId, long expectedVersion) {
        guard.plannable(personId);
        PlanOutcome outcome = find(personId, outcomeId);
        outcome.checkVersion(expectedVersion);
        removed(personId, outcome);
    }

    private void removed(UUID personId, PlanOutcome outcome) {
        outcome.remove(users.require().username(), now());
        outcomes.saveAndFlush(outcome);
        // Its options are no longer shown, so the directory should stop counting the plan for the entries they name.
        options.findByPlanIdAndRemovedAtIsNullOrderByAddedAt(outcome.planId()).stream()
                .filter(o -> outcome.id().equals(o.outcomeId()) && o.directoryEntryId() != null)
                .forEach(o -> links.relink(o.planId(), o.id(), o.directoryEntryId(), null));
        audit.record(AuditAction.DELETED, PlanGuard.RECORD_TYPE, personId, "Removed an outcome from the plan");
    }

    @Override
    @Transactional(readOnly = true)
    public Map<UUID, String> wordsOf(UUID planId) {
        Map<UUID, String> words = new LinkedHashMap<>();
        outcomes.current(planId).forEach(o -> words.put(o.id(), o.view().words().text()));
        return words;
    }

    private PlanOutcome find(UUID personId, UUID outcomeId) {
        UUID planId = guard.planOf(personId);
        return outcomes.findById(outcomeId).filter(o -> o.planId().equals(planId) && !o.removed())
                .orElseThrow(() -> new RecordNotFoundException("Outcome"));
    }

    private Instant now() {
        return Instant.now(clock);
    }
}
