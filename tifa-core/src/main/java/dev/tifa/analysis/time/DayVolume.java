package dev.tifa.analysis.time;

import dev.tifa.model.Language;

import java.time.LocalDate;

/**
 * One day's documents in one language, whatever they mention: the denominators of rates.
 *
 * @param size characters (Chinese) or words (English) of all their text
 * @param stubs documents too short to count for much (see {@link PeriodTrend#STUB})
 */
public record DayVolume(LocalDate day, Language language, int items, long size, int stubs) {
}
