package org.oneplan.planning.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.oneplan.planning.BudgetAnswer;

/** Whether the person will have a personal budget, and an optional note. */
record MoneyBody(
        @NotNull(message = "{money.error.budget.required}") BudgetAnswer budget,
        @Size(max = 2000, message = "{money.error.note.tooLong}") String note) {
}
