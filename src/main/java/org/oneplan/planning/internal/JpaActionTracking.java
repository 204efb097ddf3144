package org.oneplan.planning.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.oneplan.access.CurrentUser;
import org.oneplan.access.CurrentUsers;
import org.oneplan.audit.AuditAction;
import org.oneplan.audit.AuditTrail;
import org.oneplan.people.People;
import org.oneplan.planning.ActionProgressView;
import org.oneplan.planning.ActionTracking;
import org.oneplan.planning.ActionView;
import org.oneplan.planning.NextStepsView;
import org.oneplan.planning.PlanRuleException;
import org.oneplan.planning.ProgressChange;
import org.oneplan.planning.ProgressNote;
import org.oneplan.planning.TrackedSteps;
import org.oneplan.web.RecordNotFoundException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Progress is read and written beside the plan's content, never through it. The audit never holds a note. */
@Service
@Transactional
class JpaActionTracking implements ActionTracking {

    private final PlanGuard guard;
    private final NextStepsReader reader;
    private final PlanActionRepository actions;
    private final ActionProgressRepository progress;
    private final ActionProgressEntryRepository entries;
    private final ProgressSummaries summaries;
    private final People people;
    private final CurrentUsers users;
    private final AuditTrail audit;
    private final Clock clock;

    JpaActionTracking(PlanGuard guard, NextStepsReader reader, PlanActionRepository actions,
                      ActionProgressRepository progress, ActionProgressEntryRepository entries,
                      ProgressSummaries summaries, People people, CurrentUsers users, AuditTrail audit, Clock clock) {
        this.guard = guard;
        this.reader = reader;
        this.actions = actions;
        this.progress = progress;
        this.entries = entries;
        this.summaries = summaries;
        this.people = people;
        this.users = users;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<TrackedSteps> section(UUID personId) {
        return guard.read(personId, planId -> {
            NextStepsView next = reader.view(planId);
            return new TrackedSteps(next, summaries.withLatestNotes(planId, next.actions()));
        }, "Viewed what will happen next");
    }

    @Override
    @Transactional(readOnly = true)
    public ActionProgressView progress(UUID personId, UUID actionId) {
        guard.visible(personId);
        PlanAction action = find(personId, actionId);
        ActionProgressView view = view(personId, action, tracker(personId, action));
        audit.record(AuditAction.VIEWED, PlanGuard.RECORD_TYPE, personId, "Viewed the progress of an action");
        return view;
    }

    @Override
    public ActionProgressView record(UUID personId, UUID actionId, ProgressChange change, Long expectedVersion) {
        guard.visible(personId);
        PlanAction action = find(personId, actionId);
        Tracker tracker = tracker(personId, action);
        if (!tracker.mayTrack()) {
            audit.record(AuditAction.REFUSED, PlanGuard.RECORD_TYPE, personId, "Tried to record progress on an action");
            throw new AccessDeniedException("May not record progress on this action");
        }
        ActionProgress current = progressOf(action);
        if (!tracker.mayMove(current.status(), change.status())) {
            throw new PlanRuleException("status", "progress.error.status.plannersOnly");
        }
        ActionProgressEntry entry = current.record(change, expectedVersion, users.require().displayName(),
                Instant.now(clock));
        if (entry.changesStatus()) {
            try {
                progress.saveAndFlush(current);
            } catch (org.springframework.dao.DataIntegrityViolationException firstChangeMeanwhile) {
                // Someone else recorded the action's first status change at the same moment.
                throw new org.oneplan.web.StaleRecordException(0);
            }
        }
        entries.save(entry);
        audit.record(AuditAction.UPDATED, PlanGuard.RECORD_TYPE, personId, !entry.changesStatus()
                ? "Added a progress note to an action"
                : "Changed the status of an action to " + current.status().name() + (entry.hasNote() ? ", with a note" : ""));
        return view(personId, action, tracker);
    }

    private ActionProgressView view(UUID personId, PlanAction action, Tracker tracker) {
        ActionView a = reader.view(action, reader.outcomeTexts(guard.planOf(personId)));
        List<ProgressNote> history = progress.historyOf(a.id()).stream().map(ActionProgressEntry::view).toList();
        ProgressNote latest = history.stream().filter(n -> n.note() != null).findFirst().orElse(null);
        return new ActionProgressView(a, summaries.summary(a, progressOf(action), latest), history, tracker.mayTrack());
    }

    private Tracker tracker(UUID personId, PlanAction action) {
        CurrentUser user = users.require();
        return Tracker.of(user, personId, action.ownerKind(), people.mayPlanFor(personId),
                () -> people.sharesWithMe(personId));
    }

    private ActionProgress progressOf(PlanAction action) {
        return progress.findById(action.id()).orElseGet(() -> new ActionProgress(action.id(), action.planId()));
    }

    private PlanAction find(UUID personId, UUID actionId) {
        return actions.findByIdAndPlanIdAndRemovedAtIsNull(actionId, guard.planOf(personId))
                .orElseThrow(() -> new RecordNotFoundException("Action"));
    }
}
