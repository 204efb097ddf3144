package org.oneplan.planning;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * "What will you do next?" as the caller may see it: the actions still in the plan, and the review
 * arrangements (null until recorded).
 */
public record NextStepsView(List<ActionView> actions, ReviewArrangements review) {

    /** The actions by layer, from the person out; layers with no actions are left out. */
    public Map<ActionLayer, List<ActionView>> byLayer() {
        return actions.stream().collect(Collectors.groupingBy(ActionView::layer,
                () -> new EnumMap<>(ActionLayer.class), Collectors.toList()));
    }

    /** Completed with at least one action and a next review date; in progress with either; else not started. */
    public PlanView.SectionStatus status() {
        return status(!actions.isEmpty(), review != null && review.nextReview() != null);
    }

    public static PlanView.SectionStatus status(boolean anyAction, boolean reviewDated) {
        return anyAction && reviewDated ? PlanView.SectionStatus.COMPLETED
                : anyAction || reviewDated ? PlanView.SectionStatus.IN_PROGRESS : PlanView.SectionStatus.NOT_STARTED;
    }
}
