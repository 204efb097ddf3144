package org.oneplan.budget.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.oneplan.budget.internal.SpendingLineView;
import org.oneplan.planning.ServiceLanguage;
import org.oneplan.planning.Whose;

/**
 * A line of the spending plan as the API shows it.
 *
 * @param serviceLanguage why the words read like a service specification: advice, never a refusal
 */
record SpendingLineJson(UUID id, String description, Whose whose, String whoseName, String supportType,
                        List<UUID> outcomeIds, AmountJson cost, boolean recurring, String writtenBy, Instant writtenAt,
                        long version, List<ServiceLanguage.Hint> serviceLanguage) {

    static SpendingLineJson of(SpendingLineView l) {
        return new SpendingLineJson(l.id(), l.words().text(), l.words().whose(), l.words().whoseName(), l.supportType(),
                l.outcomeIds().stream().sorted().toList(), AmountJson.of(l.cost(), l.period()), l.period().recurring(),
                l.words().writtenBy(), l.words().writtenAt(), l.words().version(), l.serviceLanguage());
    }
}
