package org.oneplan.directory;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * What to look for: words that must all appear in an entry's name or description (any case), a category code
 * and an area, each optional. Retired entries are left out unless {@code includeRetired}, which only
 * administrators may ask for.
 */
public record DirectorySearch(String words, String category, String area, boolean includeRetired) {

    /** More words than this are ignored: a search is a few words, not a paragraph. */
    public static final int MAX_WORDS = 8;

    public static final DirectorySearch EVERYTHING = new DirectorySearch(null, null, null, false);

    public DirectorySearch {
        words = blankToNull(words);
        category = blankToNull(category);
        area = blankToNull(area);
    }

    /** The words, lower-cased, at most {@link #MAX_WORDS}. */
    public List<String> wordList() {
        if (words == null) {
            return List.of();
        }
        return Arrays.stream(words.toLowerCase(Locale.ROOT).split("\\s+")).filter(w -> !w.isEmpty())
                .limit(MAX_WORDS).toList();
    }

    public boolean isEmpty() {
        return words == null && category == null && area == null;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
