package org.oneplan.planning.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.oneplan.planning.CheckIn;
import org.oneplan.planning.ReviewDraft;

/** Review arrangements: informal check-ins, where and how often, and the next formal review (within the maximum). */
record ReviewBody(
        Set<CheckIn> checkIns,
        @Size(max = 1000, message = "{next.error.checkInDetail.tooLong}") String checkInDetail,
        @Size(max = 1000, message = "{next.error.whereAndHowOften.tooLong}") String whereAndHowOften,
        @NotNull(message = "{next.error.nextReview.required}") LocalDate nextReview) {

    ReviewDraft draft() {
        return new ReviewDraft(checkIns == null || checkIns.isEmpty() ? EnumSet.noneOf(CheckIn.class)
                : EnumSet.copyOf(checkIns), checkInDetail, whereAndHowOften, nextReview);
    }
}
