package dev.tifa.analysis.time;

import java.time.LocalDate;
import java.time.YearMonth;

/** A {@code --from}/{@code --to} bound at day precision: {@code 2024}, {@code 2024-03} or {@code 2024-03-05}. */
public final class DayBound {
    private DayBound() {
    }

    /** The first day the text names: 2024 → 2024-01-01, 2024-03 → 2024-03-01. */
    public static LocalDate from(String text) {
        return parse(text, false);
    }

    /** The last day the text names: 2024 → 2024-12-31, 2024-02 → 2024-02-29. */
    public static LocalDate to(String text) {
        return parse(text, true);
    }

    private static LocalDate parse(String text, boolean end) {
        if (text == null || text.isBlank()) return null;
        String t = text.strip();
        try {
            if (t.matches("\\d{4}")) {
                int y = Integer.parseInt(t);
                return end ? LocalDate.of(y, 12, 31) : LocalDate.of(y, 1, 1);
            }
            if (t.matches("\\d{4}-\\d{1,2}")) {
                YearMonth ym = YearMonth.parse(t.length() == 6 ? t.substring(0, 5) + "0" + t.substring(5) : t);
                return end ? ym.atEndOfMonth() : ym.atDay(1);
            }
            return LocalDate.parse(t);
        } catch (java.time.DateTimeException e) {
            throw new IllegalArgumentException("'" + text + "' is not a date (expected yyyy, yyyy-mm or yyyy-mm-dd)");
        }
    }
}
