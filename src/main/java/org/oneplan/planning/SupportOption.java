package org.oneplan.planning;

import java.util.UUID;

/**
 * An idea or option considered for one outcome: what it is, the resource it draws on, whether it was chosen,
 * and why (chosen or not) in someone's words. {@code why} also carries who typed it when, and the version.
 */
public record SupportOption(UUID id, UUID outcomeId, String text, SupportResource resource, boolean chosen,
                            Words why) {

    public long version() {
        return why.version();
    }
}
