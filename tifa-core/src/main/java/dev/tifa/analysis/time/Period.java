package dev.tifa.analysis.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;

/**
 * A unit of the time axis. Periods are derived from a document's day, never stored: each date falls in exactly one
 * period, named by a label that sorts in time order ({@code 2024-03-05}, {@code 2024-W10}, {@code 2024-03},
 * {@code 2024-Q1}, {@code 2024}).
 */
public enum Period {
    DAY, WEEK, MONTH, QUARTER, YEAR;

    public static Period parse(String text) {
        try {
            return valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown period '" + text + "' (expected day, week, month, quarter or year)");
        }
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The first day of the period {@code date} falls in (weeks start on Monday, ISO). */
    public LocalDate start(LocalDate date) {
        return switch (this) {
            case DAY -> date;
            case WEEK -> date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case MONTH -> date.withDayOfMonth(1);
            case QUARTER -> LocalDate.of(date.getYear(), (date.getMonthValue() - 1) / 3 * 3 + 1, 1);
            case YEAR -> LocalDate.of(date.getYear(), 1, 1);
        };
    }

    /** The first day of the next period. */
    public LocalDate next(LocalDate start) {
        return switch (this) {
            case DAY -> start.plusDays(1);
            case WEEK -> start.plusWeeks(1);
            case MONTH -> start.plusMonths(1);
            case QUARTER -> start.plusMonths(3);
            case YEAR -> start.plusYears(1);
        };
    }

    /** The period's name, e.g. {@code 2024-W10} for the ISO week that holds 5 March 2024. */
    public String label(LocalDate date) {
        LocalDate s = start(date);
        return switch (this) {
            case DAY -> s.toString();
            case WEEK -> String.format(Locale.ROOT, "%d-W%02d", s.get(IsoFields.WEEK_BASED_YEAR), s.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            case MONTH -> String.format(Locale.ROOT, "%d-%02d", s.getYear(), s.getMonthValue());
            case QUARTER -> s.getYear() + "-Q" + ((s.getMonthValue() - 1) / 3 + 1);
            case YEAR -> Integer.toString(s.getYear());
        };
    }
}
