package org.oneplan.planning;

import java.util.UUID;

/**
 * An idea or option considered for one outcome: what it is, the resource it draws on, whether it was chosen,
 * and why (chosen or not) in someone's words. {@code why} also carries who typed it when, and the version.
 * {@code directoryEntryId} is the community directory entry it draws on, or null, and {@code directoryEntry}
 * that entry as the plan shows it.
 */
public record SupportOption(UUID id, UUID outcomeId, String text, SupportResource resource, boolean chosen,
                            Words why, UUID directoryEntryId, LinkedEntry directoryEntry) {

    public long version() {
        return why.version();
    }
}
