package org.oneplan.workingdays;

import java.time.LocalDate;
import java.util.Collections;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * The bank holidays of one division (such as England and Wales) as read from a file, each date with its
 * title. Years outside {@link #firstYear()}..{@link #lastYear()} are not covered: there only weekends are
 * days off.
 */
record BankHolidays(String division, NavigableMap<LocalDate, String> days) {

    BankHolidays {
        if (days.isEmpty()) {
            throw new IllegalArgumentException("No bank holidays for " + division);
        }
        days = Collections.unmodifiableNavigableMap(new TreeMap<>(days));
    }

    int firstYear() {
        return days.firstKey().getYear();
    }

    int lastYear() {
        return days.lastKey().getYear();
    }

    boolean contains(LocalDate date) {
        return days.containsKey(date);
    }

    /** The bank holidays after {@code from} up to and including {@code to}. */
    NavigableMap<LocalDate, String> after(LocalDate from, LocalDate to) {
        return from.isBefore(to) ? days.subMap(from, false, to, true) : Collections.emptyNavigableMap();
    }
}
