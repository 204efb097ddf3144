package org.oneplan.planning;

import java.time.LocalDate;
import java.util.Set;

/** An outcome as written, before the plan accepts it. */
public record OutcomeDraft(String text, Whose whose, String whoseName, String matters, String howWeKnow,
                           LocalDate targetDate, Set<String> needCodes) {
}
