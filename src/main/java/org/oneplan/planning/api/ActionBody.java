package org.oneplan.planning.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import org.oneplan.planning.ActionDraft;
import org.oneplan.planning.ActionLayer;
import org.oneplan.planning.ActionOwner;

/**
 * An action: what will be done, who does it (named unless THE_PERSON), by when (today or later), the outcome it
 * serves (needed once the plan has outcomes), where the support comes from, and the community directory entry it
 * draws on, if any (a retired one is refused as a new link).
 */
record ActionBody(
        @NotBlank(message = "{next.error.text.required}")
        @Size(max = 1000, message = "{next.error.text.tooLong}") String text,
        @NotNull(message = "{next.error.owner.required}") ActionOwner owner,
        @Size(max = 200, message = "{next.error.ownerName.tooLong}") String ownerName,
        @NotNull(message = "{next.error.dueDate.required}") LocalDate dueDate,
        UUID outcomeId,
        @NotNull(message = "{next.error.layer.required}") ActionLayer layer,
        UUID directoryEntryId) {

    ActionDraft draft() {
        return new ActionDraft(text, owner, ownerName, dueDate, outcomeId, layer, directoryEntryId);
    }
}
