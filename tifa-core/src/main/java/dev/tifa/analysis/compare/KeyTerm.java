package dev.tifa.analysis.compare;

/**
 * One word or multi-word unit whose frequency differs between two texts.
 *
 * @param term      the word, or adjacent words joined (by a space in English, directly in Chinese)
 * @param words     1 for a word, 2 for a word pair
 * @param countA    occurrences in A
 * @param countB    occurrences in B
 * @param per10kA   occurrences per 10,000 words (of the same length) in A
 * @param per10kB   the same in B
 * @param g2        log-likelihood G² (Dunning), the ranking statistic
 * @param p         its p-value (chi-square, 1 degree of freedom)
 * @param logRatio  effect size: log2 of B's relative frequency over A's (Hardie); +1 means twice as frequent in B
 * @param direction in which text the term is overused
 */
public record KeyTerm(String term, int words, int countA, int countB, double per10kA, double per10kB,
                      double g2, double p, double logRatio, Direction direction) {

    public enum Direction {
        /** Relatively more frequent in B (the newer text, in a comparison). */
        MORE_IN_B,
        /** Relatively more frequent in A. */
        MORE_IN_A
    }
}
