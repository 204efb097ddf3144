package org.oneplan.planning;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The two lists of "How will you stay in control?". Each item has three texts, first, second and third: a risk says
 * what could go wrong, what the person wants to try anyway (what matters to them about it) and what will
 * help make it safer; a contingency plan says if this happens, do this, and call these people.
 */
public enum ControlList {

    RISKS("risks"),
    CONTINGENCIES("contingencies");

    /** Longest text, in characters. */
    public static final int MAX_TEXT = 2000;

    private final String slug;
    private static final List<String> FIELDS = List.of("first", "second", "third");

    ControlList(String slug) {
        this.slug = slug;
    }

    /** The list's name in addresses and message keys. */
    public String slug() { return slug; }

    /** The names of the three texts, in order: in forms, and with the slug in message keys. */
    public List<String> fields() { return FIELDS; }

    public static Optional<ControlList> ofSlug(String slug) {
        return Arrays.stream(values()).filter(l -> l.slug.equals(slug)).findFirst();
    }
}
