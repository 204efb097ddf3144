package org.oneplan.web;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A date as typed into the GOV.UK date input: three strings, kept as typed so that a mistake is shown
 * back to the user unchanged. {@link #toLocalDate()} is empty unless the parts make a real date.
 */
public class DateParts {

    private String day;
    private String month;
    private String year;

    public DateParts() {
    }

    public static DateParts of(LocalDate date) {
        DateParts parts = new DateParts();
        if (date != null) {
            parts.day = Integer.toString(date.getDayOfMonth());
            parts.month = Integer.toString(date.getMonthValue());
            parts.year = Integer.toString(date.getYear());
        }
        return parts;
    }

    public boolean isBlank() {
        return blank(day) && blank(month) && blank(year);
    }

    public boolean isComplete() {
        return !blank(day) && !blank(month) && !blank(year);
    }

    public Optional<LocalDate> toLocalDate() {
        if (!isComplete()) {
            return Optional.empty();
        }
        try {
            int y = Integer.parseInt(year.trim());
            if (y < 1000 || y > 9999) {
                return Optional.empty();
            }
            return Optional.of(LocalDate.of(y, Integer.parseInt(month.trim()), Integer.parseInt(day.trim())));
        } catch (NumberFormatException | DateTimeException e) {
            return Optional.empty();
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    public String getDay() { return day; }
    public void setDay(String day) { this.day = day; }
    public String getMonth() { return month; }
    public void setMonth(String month) { this.month = month; }
    public String getYear() { return year; }
    public void setYear(String year) { this.year = year; }
}
