package org.oneplan.budget;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/** A person's personal budget as other parts of OnePlan (sign-off, insights) see it. */
public interface Budgets {

    /** The budget as it stands, when one has been started for the person's plan; access checked, not audited. */
    Optional<BudgetSummary> summary(UUID personId);

    /** Makes the signed-off budget active from the given date; called by sign-off, never by a page. */
    void activate(UUID personId, LocalDate from);
}
