package org.oneplan.planning.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.oneplan.planning.ControlList;
import org.oneplan.planning.ControlText;
import org.oneplan.planning.Whose;

/**
 * A risk (first: what could go wrong, second: what the person wants to try anyway, third: what will help make
 * it safer) or a contingency plan (first: if this happens, second: do this, third: call these people).
 */
record ControlItemBody(
        @Size(max = ControlList.MAX_TEXT, message = "{planning.api.error.tooLong}") String first,
        @Size(max = ControlList.MAX_TEXT, message = "{planning.api.error.tooLong}") String second,
        @Size(max = ControlList.MAX_TEXT, message = "{planning.api.error.tooLong}") String third,
        @NotNull(message = "{control.error.whose.required}") Whose whose,
        @Size(max = 200, message = "{control.error.whoseName.tooLong}") String whoseName) {

    ControlText text() {
        return new ControlText(first, second, third, whose, whoseName);
    }
}
