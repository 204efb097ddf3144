package org.oneplan.budget.internal;

import java.math.BigDecimal;
import java.util.Set;
import java.util.UUID;
import org.oneplan.planning.Whose;

/**
 * A line of the spending plan as written, before the plan takes it: what the money buys in the person's terms,
 * whose words those are, who provides it (a support type's code), the outcomes it serves, and its rough cost.
 */
public record SpendingLineDraft(String description, Whose whose, String whoseName, String supportType,
                                Set<UUID> outcomeIds, BigDecimal cost, Period period) {

    public SpendingLineDraft {
        outcomeIds = outcomeIds == null ? Set.of() : Set.copyOf(outcomeIds);
    }
}
