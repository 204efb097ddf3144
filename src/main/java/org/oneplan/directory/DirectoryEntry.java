package org.oneplan.directory;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One entry of the directory as read: its content, when and by whom it was last checked, whether it is retired,
 * its version (for If-Match and the pages' conflict check) and how many plans use it now.
 */
public record DirectoryEntry(UUID id, DirectoryDraft content, String categoryLabel, LocalDate lastChecked,
                             String checkedBy, Freshness freshness, Instant retiredAt, String retiredBy,
                             long version, long plansUsing) {

    public boolean retired() {
        return retiredAt != null;
    }

    public String name() {
        return content.name();
    }
}
