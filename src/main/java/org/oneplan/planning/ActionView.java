package org.oneplan.planning;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * An action of the plan as the caller may see it.
 *
 * @param outcomeText the words of the outcome it serves; null when it serves none still in the plan
 * @param serviceLanguage why the action reads like a service specification; empty when it does not
 * @param directoryEntryId the community directory entry the action draws on, or null
 * @param directoryEntry that entry as the plan shows it; null when there is none
 */
public record ActionView(UUID id, String text, ActionOwner owner, String ownerName, LocalDate dueDate,
                         ActionLayer layer, UUID outcomeId, String outcomeText, String writtenBy, Instant writtenAt,
                         long version, List<ServiceLanguage.Hint> serviceLanguage, UUID directoryEntryId,
                         LinkedEntry directoryEntry) {
}
