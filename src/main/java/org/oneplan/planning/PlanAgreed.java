package org.oneplan.planning;

import java.time.LocalDate;
import java.util.UUID;

/**
 * The person agreed their plan, wholly or in part, and it became an agreed version. Published in the agreement's
 * own transaction, while whoever recorded it is still signed in.
 *
 * @param agreedOn the day the person agreed, as captured (which may be before it was recorded)
 * @param nextReview the next formal review date the agreed version holds; null when it holds none
 */
public record PlanAgreed(UUID personId, int versionNumber, LocalDate agreedOn, LocalDate nextReview) {
}
