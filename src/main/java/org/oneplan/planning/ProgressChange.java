package org.oneplan.planning;

/**
 * What someone records about an action's progress: a new status (null, or the status it has, for none), the
 * reason when it is no longer needed, and a note (null for none). At least one of a new status or a note.
 */
public record ProgressChange(ActionStatus status, String reason, String note) {
}
