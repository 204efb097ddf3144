package org.oneplan.directory.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
import org.oneplan.directory.Cost;

/**
 * A CSV row's values that are more than text: the cost and the date it was last checked. A value that cannot be
 * read adds a problem, in words from {@code text} (a message key and its arguments), and counts as not given.
 */
final class CsvValues {

    private static final DateTimeFormatter UK_DATE = DateTimeFormatter.ofPattern("d/M/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);

    private CsvValues() {
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** "free", "pay" or "donation" in any case; blank is "not recorded". */
    static Cost cost(String typed, List<String> problems, BiFunction<String, Object[], String> text) {
        String value = blankToNull(typed);
        if (value == null) {
            return null;
        }
        try {
            return Cost.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add(text.apply("directory.import.row.cost", new Object[] {value}));
            return null;
        }
    }

    /** A real date, as 2026-03-31 or 31/03/2026, not after today. */
    static LocalDate date(String typed, LocalDate today, List<String> problems,
                          BiFunction<String, Object[], String> text) {
        String value = blankToNull(typed);
        if (value == null) {
            return null;
        }
        LocalDate date;
        try {
            date = value.contains("/") ? LocalDate.parse(value, UK_DATE) : LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            problems.add(text.apply("directory.import.row.lastChecked", new Object[] {value}));
            return null;
        }
        if (date.isAfter(today)) {
            problems.add(text.apply("directory.import.row.lastChecked.future", new Object[] {value}));
            return null;
        }
        return date;
    }
}
