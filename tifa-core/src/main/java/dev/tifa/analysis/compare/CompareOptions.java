package dev.tifa.analysis.compare;

import dev.tifa.text.match.MatchOptions;

/**
 * Thresholds of a comparison. A concept is UP only when its rate grew by {@code upRatio} or more <em>and</em> its count
 * by {@code minCountChange} or more: the rate alone would call a change from 1 to 2 occurrences "doubled", the count
 * alone would follow the texts' lengths.
 *
 * @param upRatio         rate ratio B/A from which a concept is UP (default 1.25)
 * @param downRatio       rate ratio B/A up to which a concept is DOWN (default 0.8)
 * @param minCountChange  smallest absolute count difference for UP or DOWN (default 2)
 * @param minKeyFrequency smallest combined count of a term in A and B for keyness (default 5)
 * @param maxP            largest p-value of a key term kept (default 0.05; 1 keeps all)
 * @param maxKeyTerms     how many key terms to keep (default 200)
 * @param pairs           also rank adjacent word pairs (default true)
 * @param match           how glossary forms are matched
 */
public record CompareOptions(double upRatio, double downRatio, int minCountChange, int minKeyFrequency, double maxP,
                             int maxKeyTerms, boolean pairs, MatchOptions match) {

    public static CompareOptions defaults() {
        return new CompareOptions(1.25, 0.8, 2, 5, 0.05, 200, true, MatchOptions.defaults());
    }

    public CompareOptions withMaxKeyTerms(int n) {
        return new CompareOptions(upRatio, downRatio, minCountChange, minKeyFrequency, maxP, n, pairs, match);
    }

    public CompareOptions withMinKeyFrequency(int n) {
        return new CompareOptions(upRatio, downRatio, minCountChange, n, maxP, maxKeyTerms, pairs, match);
    }

    public CompareOptions withMinCountChange(int n) {
        return new CompareOptions(upRatio, downRatio, n, minKeyFrequency, maxP, maxKeyTerms, pairs, match);
    }
}
