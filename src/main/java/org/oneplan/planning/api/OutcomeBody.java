package org.oneplan.planning.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Set;
import org.oneplan.planning.OutcomeDraft;
import org.oneplan.planning.Whose;

/** An outcome as written: the person's words (whose they are), why it matters, how we will know, a target date. */
record OutcomeBody(
        @NotBlank(message = "{planning.outcome.error.text.required}")
        @Size(max = 1000, message = "{planning.outcome.error.text.tooLong}") String text,
        @NotNull(message = "{planning.error.whose.required}") Whose whose,
        @Size(max = 200, message = "{planning.error.whoseName.tooLong}") String whoseName,
        @Size(max = 1000, message = "{planning.outcome.error.tooLong}") String matters,
        @Size(max = 1000, message = "{planning.outcome.error.tooLong}") String howWeKnow,
        LocalDate targetDate,
        @Size(max = 20, message = "{planning.outcome.error.needs.unknown}") Set<String> needCodes) {

    OutcomeDraft draft() {
        return new OutcomeDraft(text, whose, whoseName, matters, howWeKnow, targetDate,
                needCodes == null ? Set.of() : needCodes);
    }
}
