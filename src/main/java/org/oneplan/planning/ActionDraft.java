package org.oneplan.planning;

import java.time.LocalDate;
import java.util.UUID;

/**
 * An action as written, before the plan accepts it: what will be done, who does it (named unless it is the
 * person), by when, the outcome it serves (null only while the plan has no outcomes) and its layer.
 */
public record ActionDraft(String text, ActionOwner owner, String ownerName, LocalDate dueDate, UUID outcomeId,
                          ActionLayer layer) {
}
