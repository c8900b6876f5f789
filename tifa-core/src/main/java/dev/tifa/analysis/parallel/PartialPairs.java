package dev.tifa.analysis.parallel;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds pairs the aligner damaged: a pair next to one it dropped, whose two sentences are too different in length to be
 * translations of each other. Such a pair lost part of one side — typically the first sentence of a paragraph went into
 * the dropped pair — so a concept counted in it would look one-sided although the translation has it.
 *
 * <p>The length test is Gale and Church's (1993): the length of a translation is proportional to the length of the
 * original, with a variance that grows with it. Over the pairs checked together, {@code c} is the ratio of English to
 * Chinese characters and {@code s²} the variance of {@code (en − c·zh)/√zh}; a pair is improbable when
 * {@code |δ| = |en − c·zh| / √(zh·s²)} exceeds {@value #IMPROBABLE} (two-sided p &lt; 0.01). Improbable pairs away
 * from a dropped pair are left alone: there the surplus went one pair over, which the shift rule handles and which
 * cancels in the totals. The test knows nothing of concepts.
 */
public final class PartialPairs {
    /** |δ| beyond which a pair's lengths are improbable for a translation: the 0.995 quantile of the normal. */
    public static final double IMPROBABLE = 2.58;
    /** Fewer pairs than this do not tell what a usual length ratio is: nothing is judged partial. */
    static final int MIN_PAIRS = 30;

    private PartialPairs() {
    }

    /** The pairs next to a dropped pair whose lengths are improbable for a translation, in the order given. */
    public static List<AlignedPair> of(List<AlignedPair> pairs) {
        List<AlignedPair> measured = pairs.stream().filter(p -> length(p.zh()) > 0 && length(p.en()) > 0).toList();
        if (measured.size() < MIN_PAIRS) return List.of();
        double zh = measured.stream().mapToDouble(p -> length(p.zh())).sum();
        double en = measured.stream().mapToDouble(p -> length(p.en())).sum();
        double c = en / zh;
        double mean = measured.stream().mapToDouble(p -> spread(p, c)).average().orElse(0);
        double s2 = measured.stream().mapToDouble(p -> Math.pow(spread(p, c) - mean, 2)).sum() / measured.size();
        if (s2 <= 0) return List.of();
        List<AlignedPair> partial = new ArrayList<>();
        for (AlignedPair p : measured) {
            if (p.besideDropped() && Math.abs(delta(p, c, s2)) > IMPROBABLE) partial.add(p);
        }
        return partial;
    }

    /** Gale and Church's δ of one pair, given the length ratio {@code c} and variance {@code s2} of the pairs. */
    static double delta(AlignedPair p, double c, double s2) {
        return (length(p.en()) - c * length(p.zh())) / Math.sqrt(length(p.zh()) * s2);
    }

    private static double spread(AlignedPair p, double c) {
        return (length(p.en()) - c * length(p.zh())) / Math.sqrt(length(p.zh()));
    }

    /** Characters, not counting white space: the Chinese side has none, and line breaks are cleaning's business. */
    static int length(String text) {
        return (int) text.codePoints().filter(ch -> !Character.isWhitespace(ch)).count();
    }
}
