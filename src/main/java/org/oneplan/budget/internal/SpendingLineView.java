package org.oneplan.budget.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.oneplan.planning.ServiceLanguage;
import org.oneplan.planning.Words;

/**
 * A line of the spending plan: its words and whose they are, who provides it, the outcomes it serves, and its
 * approximate cost a week, month or year, or once.
 *
 * @param serviceLanguage why the words read like a service specification; empty when they do not
 */
public record SpendingLineView(UUID id, Words words, String supportType, Set<UUID> outcomeIds, BigDecimal cost,
                               Period period, List<ServiceLanguage.Hint> serviceLanguage) {

    public BigDecimal perYear() {
        return period.perYear(cost);
    }

    public BigDecimal perWeek() {
        return period.perWeek(cost);
    }
}
