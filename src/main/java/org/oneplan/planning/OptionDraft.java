package org.oneplan.planning;

import java.util.UUID;

/**
 * An option as written, before the plan accepts it; {@code directoryEntryId} is the community directory entry it
 * draws on, or null.
 */
public record OptionDraft(String text, SupportResource resource, boolean chosen, String why, Whose whose,
                          String whoseName, UUID directoryEntryId) {

    /** An option that draws on no directory entry. */
    public OptionDraft(String text, SupportResource resource, boolean chosen, String why, Whose whose,
                       String whoseName) {
        this(text, resource, chosen, why, whose, whoseName, null);
    }
}
