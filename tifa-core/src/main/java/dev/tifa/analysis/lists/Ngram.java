package dev.tifa.analysis.lists;

/**
 * A word sequence with its frequency and range.
 *
 * @param text      the words joined (Chinese without spaces, English with)
 * @param words     how many words
 * @param frequency occurrences in the selection
 * @param range     number of documents it occurs in
 */
public record Ngram(String text, int words, int frequency, int range) {
}
