package org.oneplan.planning;

import java.time.Instant;
import java.util.UUID;

/** One risk or contingency plan as the caller may see it, with whose words it is and who typed it when. */
public record ControlItem(UUID id, ControlList list, String first, String second, String third, Whose whose,
                          String whoseName, String writtenBy, Instant writtenAt, long version) {

    /** One of the three texts by its name in {@link ControlList#fields()}. */
    public String text(String field) {
        return switch (field) {
            case "first" -> first;
            case "second" -> second;
            case "third" -> third;
            default -> throw new IllegalArgumentException(field);
        };
    }
}
