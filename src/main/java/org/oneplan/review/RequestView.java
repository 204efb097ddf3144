package org.oneplan.review;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A request for a review: who asked, when and why, and the team's answer. Until it is answered (a response recorded,
 * or a review scheduled or started for it) its age in working days is shown, flagged once past the team's target.
 *
 * @param respondBy the last working day of the team's target
 */
public record RequestView(UUID id, RequestedBy requestedBy, String requesterName, LocalDate requestedOn, String why,
                          String response, LocalDate answeredOn, UUID reviewId, int ageInWorkingDays,
                          LocalDate respondBy, boolean overTarget, long version) {

    public boolean answered() {
        return answeredOn != null;
    }
}
