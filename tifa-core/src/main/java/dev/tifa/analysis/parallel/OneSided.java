package dev.tifa.analysis.parallel;

/**
 * A pair where the two sides count a concept differently.
 *
 * @param shifted true when an adjacent pair has the opposite surplus: the aligner put the hit one pair over, so the
 *                difference cancels in the totals and is no evidence of a missing form
 */
public record OneSided(PairHits hits, boolean shifted) {
    /** The side that has more hits. */
    public boolean zhOnly() {
        return hits.surplus() > 0;
    }
}
