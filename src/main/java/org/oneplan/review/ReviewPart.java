package org.oneplan.review;

import java.util.Arrays;
import java.util.Optional;

/** The parts of the review record written as one answer each, in someone's words, in the order they are asked. */
public enum ReviewPart {
    ADMIRE("admire"), IMPORTANT_NOW("important-now"), IMPORTANT_FUTURE("important-future"),
    HEALTHY_AND_SAFE("healthy-and-safe"), QUESTIONS("questions"), IN_A_YEAR("in-a-year");

    private final String slug;

    ReviewPart(String slug) {
        this.slug = slug;
    }

    /** Its name in addresses, such as {@code important-now}. */
    public String slug() {
        return slug;
    }

    public static Optional<ReviewPart> ofSlug(String slug) {
        return Arrays.stream(values()).filter(p -> p.slug.equals(slug)).findFirst();
    }
}
