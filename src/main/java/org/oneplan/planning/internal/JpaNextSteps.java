package org.oneplan.planning.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.oneplan.access.CurrentUsers;
import org.oneplan.audit.AuditAction;
import org.oneplan.audit.AuditTrail;
import org.oneplan.planning.ActionDraft;
import org.oneplan.planning.ActionView;
import org.oneplan.planning.LinkedEntry;
import org.oneplan.planning.NextSteps;
import org.oneplan.planning.NextStepsView;
import org.oneplan.planning.PlanningSettings;
import org.oneplan.planning.PlanView;
import org.oneplan.planning.ReviewArrangements;
import org.oneplan.planning.ReviewDraft;
import org.oneplan.web.RecordNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The audit details name what changed, never the words. */
@Service
@Transactional
class JpaNextSteps implements NextSteps {

    private static final String UNKNOWN_ENTRY = "next.error.directoryEntry.unknown";

    private final CarePlanRepository plans;
    private final PlanActionRepository actions;
    private final PlanReviewRepository reviews;
    private final NextStepsReader reader;
    private final DirectoryLinks links;
    private final PlanGuard guard;
    private final CurrentUsers users;
    private final AuditTrail audit;
    private final Clock clock;
    private final PlanningSettings settings;

    JpaNextSteps(CarePlanRepository plans, PlanActionRepository actions, PlanReviewRepository reviews,
                 NextStepsReader reader, DirectoryLinks links, PlanGuard guard,
                 CurrentUsers users, AuditTrail audit, Clock clock, PlanningSettings settings) {
        this.plans = plans;
        this.actions = actions;
        this.reviews = reviews;
        this.reader = reader;
        this.links = links;
        this.guard = guard;
        this.users = users;
        this.audit = audit;
        this.clock = clock;
        this.settings = settings;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<NextStepsView> find(UUID personId) {
        return guard.read(personId, reader::view, "Viewed what will happen next");
    }

    @Override
    @Transactional(readOnly = true)
    public PlanView.SectionStatus statusOf(UUID personId) {
        guard.visible(personId);
        return plans.idForPerson(personId).map(p -> NextStepsView.status(actions.existsByPlanIdAndRemovedAtIsNull(p),
                reviews.existsByPlanId(p))).orElse(PlanView.SectionStatus.NOT_STARTED);
    }

    @Override
    @Transactional(readOnly = true)
    public ActionView action(UUID personId, UUID actionId) {
        guard.visible(personId);
        return reader.view(find(personId, actionId), reader.outcomeTexts(guard.planOf(personId)));
    }

    @Override
    public ActionView add(UUID personId, ActionDraft draft) {
        guard.plannable(personId);
        PlanAction action = new PlanAction(guard.planOf(personId), now());
        return write(personId, action, draft, AuditAction.CREATED, "Added an action to the plan");
    }

    @Override
    public ActionView change(UUID personId, UUID actionId, ActionDraft draft, long expectedVersion) {
        guard.plannable(personId);
        PlanAction action = find(personId, actionId);
        action.checkVersion(expectedVersion);
        return write(personId, action, draft, AuditAction.UPDATED, "Changed an action of the plan");
    }

    @Override
    public void remove(UUID personId, UUID actionId, long expectedVersion) {
        guard.plannable(personId);
        PlanAction action = find(personId, actionId);
        action.remove(expectedVersion, users.require().username(), now());
        actions.saveAndFlush(action);
        links.relink(action.planId(), actionId, action.directoryEntryId(), null);
        audit.record(AuditAction.DELETED, PlanGuard.RECORD_TYPE, personId, "Removed an action from the plan");
    }

    @Override
    public ReviewArrangements arrange(UUID personId, ReviewDraft draft, Long expectedVersion) {
        guard.plannable(personId);
        UUID planId = guard.planOf(personId);
        PlanReview review = reviews.findByPlanId(planId).orElseGet(() -> new PlanReview(planId));
        review.write(draft, expectedVersion, LocalDate.now(clock), settings.maxReviewMonthsFor(personId), users.require().username(), now());
        reviews.saveAndFlush(review);
        audit.record(AuditAction.UPDATED, PlanGuard.RECORD_TYPE, personId, "Wrote the plan's review arrangements");
        return review.view();
    }

    @Override
    @Transactional(readOnly = true)
    public int maxReviewMonths(UUID personId) {
        return settings.maxReviewMonthsFor(personId);
    }

    private ActionView write(UUID personId, PlanAction action, ActionDraft draft, AuditAction auditAction,
                             String detail) {
        Map<UUID, String> outcomeTexts = reader.outcomeTexts(guard.planOf(personId));
        UUID before = action.directoryEntryId();
        LinkedEntry entry = links.named(draft.directoryEntryId(), UNKNOWN_ENTRY);
        action.write(draft, outcomeTexts, LocalDate.now(clock), users.require().username(), now());
        action.describeEntry(entry);
        links.relink(action.planId(), action.id(), before, action.directoryEntryId());
        actions.saveAndFlush(action);
        audit.record(auditAction, PlanGuard.RECORD_TYPE, personId, detail);
        return reader.view(action, outcomeTexts);
    }

    private PlanAction find(UUID personId, UUID actionId) {
        return actions.findByIdAndPlanIdAndRemovedAtIsNull(actionId, guard.planOf(personId))
                .orElseThrow(() -> new RecordNotFoundException("Action"));
    }

    private Instant now() {
        return Instant.now(clock);
    }
}
