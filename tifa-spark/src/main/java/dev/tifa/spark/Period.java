package dev.tifa.spark;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.Locale;

/** The unit of the per-period aggregates, and the label of the period a document falls in. */
public enum Period {
    DAY, WEEK, MONTH, YEAR;

    public static Period parse(String text) {
        try {
            return valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown period '" + text + "' (expected day, week, month or year)");
        }
    }

    /**
     * {@code 2024-07-18}, {@code 2024-W29} (ISO week), {@code 2024-07} or {@code 2024}; null when the document has no
     * date and (except by year) no year: such documents are left out of the aggregates and counted in the summary.
     */
    public String label(LocalDate date, Integer year) {
        if (date == null) return this == YEAR && year != null ? Integer.toString(year) : null;
        return switch (this) {
            case DAY -> date.toString();
            case WEEK -> String.format(Locale.ROOT, "%d-W%02d", date.get(IsoFields.WEEK_BASED_YEAR), date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            case MONTH -> date.toString().substring(0, 7);
            case YEAR -> Integer.toString(date.getYear());
        };
    }
}
