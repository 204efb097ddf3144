package org.oneplan.planning.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.oneplan.planning.EligibilityDecision;

/** The eligibility decision and its reason (needed for MEETS and DOES_NOT_MEET). */
record EligibilityBody(
        @NotNull(message = "{needs.error.decision.required}") EligibilityDecision decision,
        @Size(max = 2000, message = "{needs.error.reason.tooLong}") String reason) {
}
