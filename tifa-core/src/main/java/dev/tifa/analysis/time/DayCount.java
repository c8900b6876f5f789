package dev.tifa.analysis.time;

import dev.tifa.model.Language;

import java.time.LocalDate;

/**
 * One day's mentions of one concept in the documents of one language.
 *
 * @param items     documents that mention it
 * @param leadTotal occurrences in lead items (running order 1)
 */
public record DayCount(LocalDate day, Language language, String conceptId, int total, int standalone, int items,
                       int leadTotal) {
}
