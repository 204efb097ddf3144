package org.oneplan.planning;

import java.util.List;

/**
 * One action with its progress and every entry of its history, newest first; {@code mayChange} when the caller
 * may record progress on it.
 */
public record ActionProgressView(ActionView action, ProgressView progress, List<ProgressNote> history,
                                 boolean mayChange) {
}
