package org.oneplan.planning.api;

import jakarta.validation.constraints.Size;
import org.oneplan.planning.ActionStatus;
import org.oneplan.planning.ProgressChange;

/**
 * Progress on an action: a new status (left out, or the status it has, for a note only), the reason when it is
 * NO_LONGER_NEEDED, and a note. A change of status needs If-Match with the progress version.
 */
record ProgressBody(
        ActionStatus status,
        @Size(max = 1000, message = "{progress.error.reason.tooLong}") String reason,
        @Size(max = 2000, message = "{progress.error.note.tooLong}") String note) {

    ProgressChange change() {
        return new ProgressChange(status, reason, note);
    }
}
