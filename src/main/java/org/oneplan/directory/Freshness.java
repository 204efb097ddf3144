package org.oneplan.directory;

import java.time.LocalDate;

/** How long ago someone checked an entry was still right: over a year ago, it is shown as needing a check. */
public enum Freshness {
    RECENT, OVER_A_YEAR, NEVER;

    public static Freshness of(LocalDate lastChecked, LocalDate today) {
        if (lastChecked == null) {
            return NEVER;
        }
        return lastChecked.isBefore(today.minusYears(1)) ? OVER_A_YEAR : RECENT;
    }

    public boolean needsChecking() {
        return this != RECENT;
    }
}
