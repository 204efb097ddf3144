package org.oneplan.planning;

import java.time.Instant;

/**
 * One entry of an action's progress, never edited: a change of status (null when the entry is only a note) with
 * its reason, and a note (null when the status changed without one), by whom (their name) and when.
 */
public record ProgressNote(ActionStatus status, String reason, String note, String writtenBy, Instant writtenAt) {
}
