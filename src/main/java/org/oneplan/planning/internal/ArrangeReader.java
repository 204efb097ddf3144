package org.oneplan.planning.internal;

import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.oneplan.planning.ArrangeView;
import org.oneplan.planning.LinkedEntry;
import org.oneplan.planning.SupportOption;
import org.springframework.stereotype.Component;

/**
 * Reads "How will you arrange your support?" of a plan, for the service (after its access check) and the plan
 * part, each option with the community directory entry it names. Options of removed outcomes are not shown, as
 * their outcome is not.
 */
@Component
class ArrangeReader {

    private final PlanOutcomeRepository outcomes;
    private final PlanOptionRepository options;
    private final DirectoryLinks links;

    ArrangeReader(PlanOutcomeRepository outcomes, PlanOptionRepository options, DirectoryLinks links) {
        this.outcomes = outcomes;
        this.options = options;
        this.links = links;
    }

    ArrangeView view(UUID planId) {
        List<PlanOption> all = options.findByPlanIdAndRemovedAtIsNullOrderByAddedAt(planId);
        Map<UUID, LinkedEntry> entries = links.entries(all.stream().map(PlanOption::directoryEntryId).toList());
        Map<UUID, List<SupportOption>> byOutcome = all.stream()
                .map(o -> o.view(entries))
                .sorted(Comparator.comparing(SupportOption::resource))
                .collect(Collectors.groupingBy(SupportOption::outcomeId));
        return new ArrangeView(outcomes.current(planId).stream()
                .map(o -> new ArrangeView.OutcomeOptions(o.view(), byOutcome.getOrDefault(o.id(), List.of())))
                .toList());
    }

    /** What the plan says of each current option's directory entry, as saved (see {@link PlanOption#directoryEntryText}). */
    Map<UUID, String> entryTexts(UUID planId) {
        return options.findByPlanIdAndRemovedAtIsNullOrderByAddedAt(planId).stream()
                .filter(o -> o.directoryEntryText() != null)
                .collect(Collectors.toMap(PlanOption::id, PlanOption::directoryEntryText));
    }

    /** One option, with the directory entry it names. */
    SupportOption view(PlanOption option) {
        return option.view(links.entries(Collections.singletonList(option.directoryEntryId())));
    }

    /** Whether the outcome is one of the plan's current outcomes. */
    boolean currentOutcome(UUID planId, UUID outcomeId) {
        return outcomes.findById(outcomeId).filter(o -> o.planId().equals(planId) && !o.removed()).isPresent();
    }
}
