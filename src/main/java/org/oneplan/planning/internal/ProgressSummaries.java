package org.oneplan.planning.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.oneplan.planning.ActionView;
import org.oneplan.planning.ProgressNote;
import org.oneplan.planning.ProgressView;
import org.springframework.stereotype.Component;

/**
 * Where each action of a plan stands, read for the whole plan at once (never one query per action): the status and
 * days late of every action from one query, and, where the page shows them, the latest notes from one more. An
 * action with no progress recorded has not been started. It neither checks access nor audits.
 */
@Component
class ProgressSummaries {

    private final ActionProgressRepository progress;
    private final Clock clock;

    ProgressSummaries(ActionProgressRepository progress, Clock clock) {
        this.progress = progress;
        this.clock = clock;
    }

    /** Each action's status and days late, by action id, without notes: one query (none for no actions). */
    Map<UUID, ProgressView> statuses(UUID planId, List<ActionView> actions) {
        return actions.isEmpty() ? Map.of() : of(planId, actions, Map.of());
    }

    /** Each action's status, days late and latest note, by action id: two queries. */
    Map<UUID, ProgressView> withLatestNotes(UUID planId, List<ActionView> actions) {
        Map<UUID, ProgressNote> notes = progress.latestNotes(planId).stream()
                .collect(Collectors.toMap(ActionProgressEntry::actionId, ActionProgressEntry::view, (a, b) -> a));
        return of(planId, actions, notes);
    }

    /** One action's progress as recorded ({@code p}), with its latest note or null. */
    ProgressView summary(ActionView a, ActionProgress p, ProgressNote latest) {
        return new ProgressView(p.status(), p.reason(), p.status().daysLate(a.dueDate(), LocalDate.now(clock)),
                p.changedBy(), p.changedAt(), latest, p.version());
    }

    private Map<UUID, ProgressView> of(UUID planId, List<ActionView> actions, Map<UUID, ProgressNote> notes) {
        Map<UUID, ActionProgress> recorded = progress.findByPlanId(planId).stream()
                .collect(Collectors.toMap(ActionProgress::actionId, Function.identity()));
        return actions.stream().collect(Collectors.toMap(ActionView::id, a -> summary(a,
                recorded.getOrDefault(a.id(), new ActionProgress(a.id(), planId)), notes.get(a.id()))));
    }
}
