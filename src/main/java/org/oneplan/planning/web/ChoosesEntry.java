package org.oneplan.planning.web;

import java.util.UUID;

/** A form with a "From the community directory" part: the chosen entry's id as sent, blank when none is chosen. */
interface ChoosesEntry {

    String getDirectoryEntryId();

    void setDirectoryEntryId(String directoryEntryId);

    /** The chosen entry's id, or null; an {@link IllegalArgumentException} when what was sent is not an id. */
    default UUID directoryEntry() {
        String id = getDirectoryEntryId();
        return id == null || id.isBlank() ? null : UUID.fromString(id.strip());
    }

    /** Something other than an entry's id was sent. */
    default boolean entryNotAnId() {
        try {
            directoryEntry();
            return false;
        } catch (IllegalArgumentException e) {
            return true;
        }
    }
}
