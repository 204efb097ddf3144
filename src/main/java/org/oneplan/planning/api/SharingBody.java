package org.oneplan.planning.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.oneplan.planning.ControlList;
import org.oneplan.planning.Whose;

/** Who the plan is shared with and what they may see, in whose words; and whether risks were talked about and none needed writing down. */
record SharingBody(
        @NotBlank(message = "{control.error.sharing.text.required}")
        @Size(max = ControlList.MAX_TEXT, message = "{control.error.sharing.text.tooLong}") String text,
        @NotNull(message = "{control.error.whose.required}") Whose whose,
        @Size(max = 200, message = "{control.error.whoseName.tooLong}") String whoseName,
        boolean noRisksDiscussed) {
}
