package dev.tifa.analysis.collocates;

import java.util.List;

/**
 * The collocates of a formulation in a selection.
 *
 * @param node        occurrences of the formulation
 * @param windowWords words in all its windows together
 * @param words       words in the whole selection
 * @param rows        collocates by descending log-likelihood
 */
public record CollocateTable(int node, long windowWords, long words, List<Collocate> rows) {
}
