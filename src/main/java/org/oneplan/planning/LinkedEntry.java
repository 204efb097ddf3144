package org.oneplan.planning;

import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.oneplan.directory.DirectoryEntry;

/**
 * The community directory entry an option or action draws on, as the plan shows it: its name, category and area,
 * how to contact it (phone and email, or else its website; null when it has none) and whether it is retired.
 */
public record LinkedEntry(UUID id, String name, String category, String area, String contact, boolean retired) {

    public static LinkedEntry of(DirectoryEntry e) {
        var d = e.content();
        String contact = Stream.of(d.phone(), d.email()).filter(Objects::nonNull).collect(Collectors.joining(", "));
        if (contact.isEmpty()) {
            contact = d.website();
        }
        return new LinkedEntry(e.id(), d.name(), e.categoryLabel(), d.area(), contact, e.retired());
    }

    /** The name, with how to contact it in brackets when known: what a plan's version says of the entry. */
    public String nameAndContact() {
        return contact == null ? name : name + " (" + contact + ")";
    }
}
