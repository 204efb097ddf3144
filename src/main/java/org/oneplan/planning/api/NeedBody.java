package org.oneplan.planning.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.oneplan.planning.NeedDraft;
import org.oneplan.planning.UnableToAchieve;

/** What was assessed about one eligibility outcome; {@code cannotDo} is needed when the person is unable. */
record NeedBody(
        @NotNull(message = "{needs.error.unable.required}") UnableToAchieve unable,
        @Size(max = 2000, message = "{needs.error.cannotDo.tooLong}") String cannotDo,
        @Size(max = 2000, message = "{needs.error.wellbeingImpact.tooLong}") String wellbeingImpact,
        boolean councilWillMeet,
        @Size(max = 2000, message = "{needs.error.howMet.tooLong}") String howMet) {

    NeedDraft draft() {
        return new NeedDraft(unable, cannotDo, wellbeingImpact, councilWillMeet, howMet);
    }
}
