package org.oneplan.budget.api;

import java.time.LocalDate;
import java.util.List;
import org.oneplan.budget.SignOffStatus;

/** What the sign-off API takes: a return's reasons, and a sign-off's conditions, ticked criteria and start date. */
final class SignOffBodies {

    private SignOffBodies() {
    }

    /** Each reason names a part ({@code NEEDS}, {@code BUDGET_SPLIT} ...) and says why it needs changing. */
    record Return(List<SignOffStatus.Reason> reasons) {
    }

    /** {@code activeFrom} is today when left out; {@code ticked} are the organisation's criteria, as worded. */
    record Decision(String conditions, List<String> ticked, LocalDate activeFrom) {
    }
}
