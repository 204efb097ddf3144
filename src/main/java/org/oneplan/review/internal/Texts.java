package org.oneplan.review.internal;

import org.oneplan.planning.Whose;
import org.oneplan.review.ReviewRuleException;

/** How the review record checks what it is given: trimmed, blank as nothing, never longer than its limit. */
final class Texts {

    static final int SHORT = 200;
    static final int LONG = 2000;

    private Texts() {
    }

    /** The text trimmed, or null when blank; refused on {@code field} when longer than {@code max}. */
    static String optional(String text, int max, String field) {
        String clean = text == null || text.isBlank() ? null : text.strip();
        if (clean != null && clean.length() > max) {
            throw new ReviewRuleException(field, "review.error.tooLong", max);
        }
        return clean;
    }

    /** As {@link #optional}, and refused with {@code requiredKey} when blank. */
    static String required(String text, int max, String field, String requiredKey) {
        String clean = optional(text, max, field);
        if (clean == null) {
            throw new ReviewRuleException(field, requiredKey);
        }
        return clean;
    }

    static void require(boolean ok, String field, String key) {
        if (!ok) {
            throw new ReviewRuleException(field, key);
        }
    }

    /** Whose words these are: required, and a supporter or practitioner is named ({@code nameField}); else null. */
    static String whoseName(Whose whose, String name, String whoseField, String nameField) {
        require(whose != null, whoseField, "review.error.whose.required");
        String clean = optional(name, SHORT, nameField);
        require(whose == Whose.PERSON || clean != null, nameField, "review.error.whoseName.required");
        return whose == Whose.PERSON ? null : clean;
    }
}
