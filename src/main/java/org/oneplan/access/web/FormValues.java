package org.oneplan.access.web;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Turning what a form posted (always strings, so nothing typed is lost) into ids and numbers. */
final class FormValues {

    private FormValues() {
    }

    static Optional<UUID> uuid(String text) {
        try {
            return text == null || text.isBlank() ? Optional.empty() : Optional.of(UUID.fromString(text.strip()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The ids that parse; a tampered value is dropped, and the service refuses ids it does not know. */
    static Set<UUID> uuids(Collection<String> texts) {
        Set<UUID> ids = new LinkedHashSet<>();
        if (texts != null) {
            texts.forEach(t -> uuid(t).ifPresent(ids::add));
        }
        return ids;
    }

    /** The record version a form was opened at; -1 (never a real version) if the field was tampered with. */
    static long version(String text) {
        try {
            return text == null ? -1 : Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
