package dev.tifa.analysis.collocates;

/**
 * A word near a formulation, with the evidence for ranking it.
 *
 * @param word           the collocate
 * @param left           co-occurrences in the left window
 * @param right          co-occurrences in the right window
 * @param frequency      its frequency in the whole selection
 * @param expected       co-occurrences expected by chance: frequency × window words / all words
 * @param logLikelihood  G² of the window against the rest of the selection (Dunning), as in keyness
 * @param mi             mutual information, log2(observed / expected)
 * @param tScore         (observed − expected) / √observed
 */
public record Collocate(String word, int left, int right, int frequency, double expected, double logLikelihood, double mi, double tScore) {
    /** Co-occurrences on both sides. */
    public int observed() {
        return left + right;
    }
}
