package dev.tifa.analysis.discover;

/**
 * @param minFrequency fewest occurrences in the document (3)
 * @param minChars     shortest Chinese candidate, in characters (2)
 * @param maxChars     longest Chinese candidate (8)
 * @param minWords     shortest English candidate, in words (2)
 * @param maxWords     longest English candidate (5)
 * @param minEntropy   least branching entropy, in nats, on each side (0.5: with 3 occurrences, at least 2 different
 *                     neighbours; a fragment of a longer phrase has one neighbour and entropy 0)
 * @param nestedShare  a candidate inside a longer one that has at least this share of its occurrences is dropped (0.8)
 * @param spikeFactor  SPIKE when the rate is at least this many times the recent rate (3)
 * @param recent       how many of the latest earlier documents (of the series, if any share it) make the "recent" rate
 *                     that spikes and the score's log ratio are measured against (5): against all of history, every
 *                     word of today's style would spike
 * @param returnAfter  RETURN when absent from at least this many of the series' latest earlier documents (2)
 * @param limit        how many candidates to return (50)
 * @param contexts     passages shown per candidate (3)
 * @param window       characters of context on each side (30)
 */
public record DiscoverOptions(int minFrequency, int minChars, int maxChars, int minWords, int maxWords,
                              double minEntropy, double nestedShare, double spikeFactor, int recent, int returnAfter, int limit,
                              int contexts, int window) {
    public static DiscoverOptions defaults() {
        return new DiscoverOptions(3, 2, 8, 2, 5, 0.5, 0.8, 3, 5, 2, 50, 3, 30);
    }

    public DiscoverOptions withMinFrequency(int n) {
        return new DiscoverOptions(n, minChars, maxChars, minWords, maxWords, minEntropy, nestedShare, spikeFactor, recent, returnAfter, limit, contexts, window);
    }

    public DiscoverOptions withLimit(int n) {
        return new DiscoverOptions(minFrequency, minChars, maxChars, minWords, maxWords, minEntropy, nestedShare, spikeFactor, recent, returnAfter, n, contexts, window);
    }
}
