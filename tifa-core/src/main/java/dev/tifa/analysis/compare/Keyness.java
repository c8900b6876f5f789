package dev.tifa.analysis.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Keyness of terms between two texts, from their frequency lists alone.
 *
 * <p>G² is the log-likelihood of Dunning (1993) as used by Rayson &amp; Garside (2000): for a term with counts a in A
 * and b in B, and totals c and d, the expected counts are E1 = c(a+b)/(c+d) and E2 = d(a+b)/(c+d), and
 * G² = 2 (a ln(a/E1) + b ln(b/E2)), a zero count contributing nothing. Its p-value is that of a chi-square with one
 * degree of freedom. The effect size is Hardie's (2014) log ratio, log2((b/d)/(a/c)), with a zero count taken as 0.5
 * so that a term absent from one text gets a finite value.
 */
public final class Keyness {
    private Keyness() {
    }

    /**
     * Rows for every term occurring at least {@code minFrequency} times in A and B together, by descending G².
     *
     * @param words the number of words of each term (1 or 2); used only to label the rows
     */
    public static List<KeyTerm> rank(Map<String, Integer> a, long totalA, Map<String, Integer> b, long totalB,
                                     int minFrequency, int words) {
        Set<String> terms = new HashSet<>(a.keySet());
        terms.addAll(b.keySet());
        List<KeyTerm> rows = new ArrayList<>();
        for (String t : terms) {
            int ca = a.getOrDefault(t, 0);
            int cb = b.getOrDefault(t, 0);
            if (ca + cb < minFrequency) continue;
            rows.add(row(t, words, ca, totalA, cb, totalB));
        }
        rows.sort(ORDER);
        return rows;
    }

    public static KeyTerm row(String term, int words, int countA, long totalA, int countB, long totalB) {
        double g2 = g2(countA, totalA, countB, totalB);
        double lr = logRatio(countA, totalA, countB, totalB);
        return new KeyTerm(term, words, countA, countB, per10k(countA, totalA), per10k(countB, totalB), g2, pValue(g2), lr,
                lr >= 0 ? KeyTerm.Direction.MORE_IN_B : KeyTerm.Direction.MORE_IN_A);
    }

    /** By descending G², then by term so that the order is stable. */
    public static final Comparator<KeyTerm> ORDER = Comparator.comparingDouble(KeyTerm::g2).reversed().thenComparing(KeyTerm::term);

    public static double g2(int a, long totalA, int b, long totalB) {
        double n = (double) totalA + totalB;
        if (n == 0 || a + b == 0) return 0;
        double e1 = totalA * (double) (a + b) / n;
        double e2 = totalB * (double) (a + b) / n;
        return 2 * (term(a, e1) + term(b, e2));
    }

    private static double term(int observed, double expected) {
        return observed == 0 ? 0 : observed * Math.log(observed / expected);
    }

    public static double logRatio(int a, long totalA, int b, long totalB) {
        if (totalA == 0 || totalB == 0) return 0;
        double fa = (a == 0 ? 0.5 : a) / (double) totalA;
        double fb = (b == 0 ? 0.5 : b) / (double) totalB;
        return Math.log(fb / fa) / Math.log(2);
    }

    /** P(X ≥ x) for X chi-square with 1 df: X is Z², so the tail is P(|Z| ≥ √x) = erfc(√(x/2)). */
    public static double pValue(double chiSquare) {
        if (chiSquare <= 0) return 1;
        return erfc(Math.sqrt(chiSquare / 2));
    }

    /**
     * Complementary error function, from the Chebyshev fit of Numerical Recipes (erfcc), relative error below 1.2e-7
     * everywhere: ample for significance levels.
     */
    static double erfc(double x) {
        double z = Math.abs(x);
        double t = 1 / (1 + 0.5 * z);
        double r = t * Math.exp(-z * z - 1.26551223 + t * (1.00002368 + t * (0.37409196 + t * (0.09678418
                + t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587
                + t * (-0.82215223 + t * 0.17087277)))))))));
        return x >= 0 ? r : 2 - r;
    }

    private static double per10k(int count, long total) {
        return total == 0 ? 0 : count * 10_000.0 / total;
    }
}
