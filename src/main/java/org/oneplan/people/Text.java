package org.oneplan.people;

/** Tidies what people type: surrounding spaces go, and an empty answer is no answer. */
final class Text {

    private Text() {
    }

    static String trim(String s) {
        return s == null ? null : s.strip();
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
