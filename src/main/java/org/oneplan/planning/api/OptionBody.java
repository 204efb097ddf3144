package org.oneplan.planning.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.oneplan.planning.OptionDraft;
import org.oneplan.planning.SupportResource;
import org.oneplan.planning.Whose;

/**
 * An option considered for an outcome: what it is, the resource it draws on, whether chosen, and why in whose words;
 * {@code directoryEntryId} is the community directory entry it draws on, if any (a retired one is refused as a new
 * link).
 */
record OptionBody(
        @NotBlank(message = "{control.error.option.text.required}")
        @Size(max = 2000, message = "{control.error.option.text.tooLong}") String text,
        @NotNull(message = "{control.error.option.resource.required}") SupportResource resource,
        boolean chosen,
        @NotBlank(message = "{control.error.option.why.required}")
        @Size(max = 2000, message = "{control.error.option.why.tooLong}") String why,
        @NotNull(message = "{control.error.whose.required}") Whose whose,
        @Size(max = 200, message = "{control.error.whoseName.tooLong}") String whoseName,
        UUID directoryEntryId) {

    OptionDraft draft() {
        return new OptionDraft(text, resource, chosen, why, whose, whoseName, directoryEntryId);
    }
}
