package org.oneplan.planning;

import java.time.LocalDate;
import java.util.UUID;

/**
 * An action as written, before the plan accepts it: what will be done, who does it (named unless it is the
 * person), by when, the outcome it serves (null only while the plan has no outcomes), its layer, and the
 * community directory entry it draws on (or null).
 */
public record ActionDraft(String text, ActionOwner owner, String ownerName, LocalDate dueDate, UUID outcomeId,
                          ActionLayer layer, UUID directoryEntryId) {

    /** An action that draws on no directory entry. */
    public ActionDraft(String text, ActionOwner owner, String ownerName, LocalDate dueDate, UUID outcomeId,
                       ActionLayer layer) {
        this(text, owner, ownerName, dueDate, outcomeId, layer, null);
    }
}
