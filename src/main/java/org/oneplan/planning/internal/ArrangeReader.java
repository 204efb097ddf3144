package org.oneplan.planning.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.oneplan.planning.ArrangeView;
import org.oneplan.planning.SupportOption;
import org.springframework.stereotype.Component;

/**
 * Reads "How will you arrange your support?" of a plan, for the service (after its access check) and the plan
 * part. Options of removed outcomes are not shown, as their outcome is not.
 */
@Component
class ArrangeReader {

    private final PlanOutcomeRepository outcomes;
    private final PlanOptionRepository options;

    ArrangeReader(PlanOutcomeRepository outcomes, PlanOptionRepository options) {
        this.outcomes = outcomes;
        this.options = options;
    }

    ArrangeView view(UUID planId) {
        Map<UUID, List<SupportOption>> byOutcome = options.findByPlanIdAndRemovedAtIsNullOrderByAddedAt(planId).stream()
                .map(PlanOption::view)
                .sorted(Comparator.comparing(SupportOption::resource))
                .collect(Collectors.groupingBy(SupportOption::outcomeId));
        return new ArrangeView(outcomes.current(planId).stream()
                .map(o -> new ArrangeView.OutcomeOptions(o.view(), byOutcome.getOrDefault(o.id(), List.of())))
                .toList());
    }

    /** Whether the outcome is one of the plan's current outcomes. */
    boolean currentOutcome(UUID planId, UUID outcomeId) {
        return outcomes.findById(outcomeId).filter(o -> o.planId().equals(planId) && !o.removed()).isPresent();
    }
}
