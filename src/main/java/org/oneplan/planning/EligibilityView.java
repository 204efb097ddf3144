package org.oneplan.planning;

import java.time.Instant;

/** The eligibility decision on the person's needs, with its reason, who recorded it when, and its version. */
public record EligibilityView(EligibilityDecision decision, String reason, String decidedBy, Instant decidedAt,
                              long version) {

    /** NOT_YET_DECIDED is recorded but is not a decision. */
    public boolean decided() {
        return decision != EligibilityDecision.NOT_YET_DECIDED;
    }
}
