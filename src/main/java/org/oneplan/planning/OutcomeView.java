package org.oneplan.planning;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * An outcome the person wants, in their words, with why it matters, how everyone will know it is
 * achieved, a target date if set, and the assessed eligibility needs it meets (by code).
 *
 * @param serviceLanguage why the outcome reads like a service specification; empty when it does not
 */
public record OutcomeView(UUID id, Words words, String matters, String howWeKnow, LocalDate targetDate,
                          Set<String> needCodes, List<ServiceLanguage.Hint> serviceLanguage) {
}
