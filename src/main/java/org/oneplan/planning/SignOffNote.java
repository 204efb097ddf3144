package org.oneplan.planning;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The sign-off an agreed version carries, when its plan needed one: the sign-off it came from (kept by the
 * budget module), who signed it off (one or two authorisers, by name), when, their conditions, and when the
 * budget became active.
 */
public record SignOffNote(UUID signOffId, List<String> signedOffBy, Instant signedOffAt, String conditions,
                          LocalDate budgetActiveFrom) {
}
