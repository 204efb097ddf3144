package org.oneplan.planning;

import java.util.Optional;
import java.util.UUID;

/**
 * Making the plan happen: the status and progress notes of each action, tracked once the plan is agreed (and
 * before, if wanted). Progress is not part of the plan's content, so recording it never makes an agreed plan a
 * draft again. Whoever may see the person reads it; every read and change is audited, never with a note's words.
 *
 * <p>Who may record progress: those who may plan with the person, on any action; and, for actions the person or
 * a supporter does ({@link ActionOwner#THE_PERSON}, {@link ActionOwner#SUPPORTER}), the person themself (signed in
 * as the person the action's plan is for) and any supporter the person shares their record with. They may start,
 * finish or reopen those actions and add notes; only planners decide an action is no longer needed, as that
 * changes the direction of the plan.
 */
public interface ActionTracking {

    /** The section with each action's progress, if the plan has been started; audited as one look. */
    Optional<TrackedSteps> section(UUID personId);

    /** One action with its progress and history. */
    ActionProgressView progress(UUID personId, UUID actionId);

    /**
     * Records a change of status and/or a note. {@code expectedVersion} is the progress version the writer saw
     * (null when they did not say): a change of status is refused as stale unless it matches. A note alone is
     * added whatever the version, as notes are never edited and so never overwrite anything.
     */
    ActionProgressView record(UUID personId, UUID actionId, ProgressChange change, Long expectedVersion);
}
