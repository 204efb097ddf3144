package org.oneplan.planning;

import java.util.List;

/**
 * Where the plan is now, worked out from its content: agreed when it is exactly the latest agreed
 * version, ready to agree when it is exactly what was checked as ready, otherwise a draft.
 *
 * @param latestVersion the number of the latest agreed version, or 0 when none
 */
public record PlanState(PlanStatus status, int latestVersion, List<PlanPart.Gap> gaps, List<Agreement> agreements) {
}
