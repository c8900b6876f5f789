package dev.tifa.analysis.time;

import dev.tifa.analysis.Rates;
import dev.tifa.model.Language;

import java.time.LocalDate;

/**
 * A concept in one period, in the documents of one language (rates of different units never share a scale).
 *
 * @param period     the period's label ({@code 2024-03})
 * @param start      its first day
 * @param total      occurrences
 * @param standalone occurrences not inside a longer form of another concept
 * @param itemsWith  documents that mention it
 * @param items      documents in the period, mentioning it or not
 * @param size       characters (zh) or words (en) of all text in the period
 * @param leadTotal  occurrences in lead items (running order 1)
 * @param gap        why this period has no number to draw ("no items", "stubs only"), or null
 */
public record PeriodPoint(String conceptId, Language language, String period, LocalDate start, int total, int standalone,
                          int itemsWith, int items, long size, int leadTotal, String gap) {
    /** Occurrences per 10,000 characters (zh) or words (en) of all text in the period. */
    public double rate() {
        return size == 0 ? 0 : total * (double) Rates.PER / size;
    }

    /** Share of occurrences that are in lead items, or null without occurrences. */
    public Double leadShare() {
        return total == 0 ? null : leadTotal / (double) total;
    }

    public boolean isGap() {
        return gap != null;
    }

    public String unit() {
        return language == Language.ZH ? "per 10,000 characters" : "per 10,000 words";
    }
}
