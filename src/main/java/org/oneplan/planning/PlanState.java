package org.oneplan.planning;

import java.time.Instant;
import java.util.List;

/**
 * Where the plan is now, worked out from its content: agreed when it is exactly the latest agreed
 * version, ready to agree when it is exactly what was checked as ready, otherwise a draft.
 *
 * @param latestVersion the number of the latest agreed version, or 0 when none
 * @param withAuthoriserSince when the plan was sent for sign-off, while it is with the authoriser (nothing in it
 *                            can change until they sign it off or return it); null otherwise
 */
public record PlanState(PlanStatus status, int latestVersion, List<PlanPart.Gap> gaps, List<Agreement> agreements,
                        Instant withAuthoriserSince) {

    /** Whether the plan is with the authoriser, so that nothing in it can change. */
    public boolean withAuthoriser() {
        return withAuthoriserSince != null;
    }
}
