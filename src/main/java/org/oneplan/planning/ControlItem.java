package org.oneplan.planning;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One risk or contingency plan as the caller may see it, with whose words it is and who typed it when. */
public record ControlItem(UUID id, ControlList list, String first, String second, String third, Whose whose,
                          String whoseName, String writtenBy, Instant writtenAt, long version) {

    /** The three texts in order, to show beside {@link ControlList#parts()}. */
    public List<String> texts() {
        return List.of(first, second, third);
    }
}
