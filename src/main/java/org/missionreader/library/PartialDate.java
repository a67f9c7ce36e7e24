package org.missionreader.library;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;

/**
 * A date known to a year, a month or a day, written as ISO 8601 at its own precision:
 * {@code "2015"}, {@code "2015-03"} or {@code "2015-03-04"}.
 */
public record PartialDate(int year, int month, int day, Precision precision) implements Comparable<PartialDate> {

    public PartialDate {
        if (precision == null) {
            throw new IllegalArgumentException("precision");
        }
        // Fails for impossible dates such as 2023-02-30, so a PartialDate is always real.
        switch (precision) {
            case YEAR -> { if (month != 0 || day != 0) throw new IllegalArgumentException("year-only date with a month"); }
            case MONTH -> { YearMonth.of(year, month); if (day != 0) throw new IllegalArgumentException("month-only date with a day"); }
            case DAY -> LocalDate.of(year, month, day);
        }
    }

    public static PartialDate ofYear(int year) {
        return new PartialDate(year, 0, 0, Precision.YEAR);
    }

    public static PartialDate ofMonth(int year, int month) {
        return new PartialDate(year, month, 0, Precision.MONTH);
    }

    public static PartialDate ofDay(int year, int month, int day) {
        return new PartialDate(year, month, day, Precision.DAY);
    }

    /** Whether the text has the shape of a partial date (it may still be impossible, like 2023-02-30). */
    public static boolean hasDateForm(String text) {
        // Checked by hand rather than by a regular expression: it runs for every date of a library.
        if (text == null) return false;
        int n = text.length();
        if (n != 4 && n != 7 && n != 10) return false;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            boolean dash = i == 4 || i == 7;
            if (dash ? c != '-' : c < '0' || c > '9') return false;
        }
        return true;
    }

    /**
     * Reads {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}; empty when the text is not of that form or
     * names a day or month that does not exist.
     */
    public static Optional<PartialDate> parse(String text) {
        if (!hasDateForm(text)) {
            return Optional.empty();
        }
        try {
            int year = Integer.parseInt(text, 0, 4, 10);
            if (text.length() == 4) {
                return Optional.of(ofYear(year));
            }
            int month = Integer.parseInt(text, 5, 7, 10);
            if (text.length() == 7) {
                return Optional.of(ofMonth(year, month));
            }
            return Optional.of(ofDay(year, month, Integer.parseInt(text, 8, 10, 10)));
        } catch (DateTimeException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The first day this date can mean. */
    public LocalDate firstDay() {
        return switch (precision) {
            case YEAR -> LocalDate.of(year, 1, 1);
            case MONTH -> LocalDate.of(year, month, 1);
            case DAY -> LocalDate.of(year, month, day);
        };
    }

    /** The last day this date can mean: a month-only date spans its month, a year-only date its year. */
    public LocalDate lastDay() {
        return switch (precision) {
            case YEAR -> LocalDate.of(year, 12, 31);
            case MONTH -> YearMonth.of(year, month).atEndOfMonth();
            case DAY -> LocalDate.of(year, month, day);
        };
    }

    /** Orders by first day, then the more precise date first. */
    @Override
    public int compareTo(PartialDate other) {
        // The first days compared field by field, without making them: libraries sort thousands of dates.
        int c = Integer.compare(year, other.year);
        if (c == 0) c = Integer.compare(Math.max(month, 1), Math.max(other.month, 1));
        if (c == 0) c = Integer.compare(Math.max(day, 1), Math.max(other.day, 1));
        return c != 0 ? c : other.precision.compareTo(precision);
    }

    /** The ISO 8601 form at this date's precision, as written in the library. */
    @Override
    public String toString() {
        return switch (precision) {
            case YEAR -> String.format("%04d", year);
            case MONTH -> String.format("%04d-%02d", year, month);
            case DAY -> String.format("%04d-%02d-%02d", year, month, day);
        };
    }
}
