package dev.tifa.analysis.firsts;

import dev.tifa.model.DocumentInfo;

/**
 * A concept absent from consecutive documents of a series, then back.
 *
 * @param series      the series
 * @param after       the last document of the series that had it before the gap
 * @param backIn      the first document of the series that had it again
 * @param missedCount how many documents of the series in between did not have it
 */
public record Gap(String series, DocumentInfo after, DocumentInfo backIn, int missedCount) {
}
