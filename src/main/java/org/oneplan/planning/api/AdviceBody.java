package org.oneplan.planning.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.oneplan.planning.AdviceDraft;
import org.oneplan.planning.AdviceFormat;

/** Advice or information given to prevent or delay needs: what, who gave it, when (not in the future), the format. */
record AdviceBody(
        @NotBlank(message = "{advice.error.what.required}")
        @Size(max = 2000, message = "{advice.error.what.tooLong}") String what,
        @NotBlank(message = "{advice.error.givenBy.required}")
        @Size(max = 200, message = "{advice.error.givenBy.tooLong}") String givenBy,
        @NotNull(message = "{advice.error.givenOn.required}") LocalDate givenOn,
        @NotNull(message = "{advice.error.format.required}") AdviceFormat format) {

    AdviceDraft draft() {
        return new AdviceDraft(what, givenBy, givenOn, format);
    }
}
