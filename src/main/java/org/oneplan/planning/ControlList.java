package org.oneplan.planning;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The two lists of "How will you stay in control?". Each item has three texts, named per list: a risk says
 * what could go wrong, what the person wants to try anyway (what matters to them about it) and what will
 * help make it safer; a contingency plan says if this happens, do this, and call these people.
 */
public enum ControlList {

    RISKS("risks", "wrong", "matters", "helps"),
    CONTINGENCIES("contingencies", "situation", "action", "contacts");

    /** Longest text, in characters. */
    public static final int MAX_TEXT = 2000;

    private final String slug;
    private final List<String> parts;

    ControlList(String slug, String... parts) {
        this.slug = slug;
        this.parts = List.of(parts);
    }

    /** The list's name in addresses and message keys. */
    public String slug() { return slug; }

    /** The names of the first, second and third texts, for message keys. */
    public List<String> parts() { return parts; }

    public static Optional<ControlList> ofSlug(String slug) {
        return Arrays.stream(values()).filter(l -> l.slug.equals(slug)).findFirst();
    }
}
