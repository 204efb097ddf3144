package org.oneplan.people;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What to look for in the caseloads. All given criteria must match. {@link #fromQuery} reads one search
 * box the way people type into it: ten digits are an NHS number, a date is a date of birth, anything
 * else is part of a name.
 */
public record PersonSearch(String name, String nhsNumber, LocalDate dateOfBirth) {

    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("(\\d{1,2})[ /.-](\\d{1,2})[ /.-](\\d{4})");
    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");

    public PersonSearch {
        name = Text.blankToNull(name);
        nhsNumber = NhsNumber.normalise(nhsNumber);
    }

    public static PersonSearch fromQuery(String query) {
        String q = Text.blankToNull(query);
        if (q == null) {
            return new PersonSearch(null, null, null);
        }
        String digits = q.replaceAll("[\\s-]", "");
        if (digits.matches("\\d{10}")) {
            return new PersonSearch(null, digits, null);
        }
        return parseDate(q).map(d -> new PersonSearch(null, null, d)).orElseGet(() -> new PersonSearch(q, null, null));
    }

    public boolean isEmpty() {
        return name == null && nhsNumber == null && dateOfBirth == null;
    }

    /** A LIKE pattern for the name, with the user's own % and _ taken literally. */
    public String namePattern() {
        if (name == null) {
            return null;
        }
        String escaped = name.toLowerCase(java.util.Locale.UK).replace("\\", "").replace("%", "").replace("_", "");
        return escaped.isBlank() ? null : "%" + escaped + "%";
    }

    static Optional<LocalDate> parseDate(String text) {
        try {
            Matcher dmy = DAY_MONTH_YEAR.matcher(text);
            if (dmy.matches()) {
                return Optional.of(LocalDate.of(Integer.parseInt(dmy.group(3)), Integer.parseInt(dmy.group(2)),
                        Integer.parseInt(dmy.group(1))));
            }
            Matcher iso = ISO.matcher(text);
            if (iso.matches()) {
                return Optional.of(LocalDate.of(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)),
                        Integer.parseInt(iso.group(3))));
            }
        } catch (DateTimeException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }
}
