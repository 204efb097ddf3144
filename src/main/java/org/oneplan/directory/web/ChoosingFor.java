package org.oneplan.directory.web;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The form of a person's plan that sent someone to the directory to choose an entry ({@code ?for=}): only a path
 * on this site under {@code /people/}, letters, digits and hyphens between slashes, so that "Choose" and "Back"
 * never lead anywhere else. Anything else is ignored and the search is a plain one.
 */
final class ChoosingFor {

    private static final Pattern LOCAL = Pattern.compile("/people/[0-9a-fA-F-]{36}(/[A-Za-z0-9-]{1,60}){1,8}");

    private ChoosingFor() {
    }

    /** The path, if it is one a "Choose" button may go back to. */
    static Optional<String> path(String value) {
        return Optional.ofNullable(value).filter(v -> LOCAL.matcher(v).matches());
    }
}
