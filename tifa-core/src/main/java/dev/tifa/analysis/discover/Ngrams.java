package dev.tifa.analysis.discover;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Counts the candidate strings of a text, with what stands left and right of each occurrence. Two passes, so that
 * neighbours are only collected for strings frequent enough to matter.
 */
final class Ngrams {
    /** A frequent string's count and the neighbours of its occurrences; a clause boundary is a new neighbour each time. */
    static final class Stats {
        int count;
        /** Occurrences that begin and end at word boundaries of the segmented text. */
        int aligned;
        final Map<String, Integer> left = new HashMap<>();
        final Map<String, Integer> right = new HashMap<>();
        int leftBoundary;
        int rightBoundary;

        double leftEntropy() {
            return entropy(left, leftBoundary, count);
        }

        double rightEntropy() {
            return entropy(right, rightBoundary, count);
        }

        private static double entropy(Map<String, Integer> neighbours, int boundary, int total) {
            if (total == 0) return 0;
            double h = 0;
            for (int c : neighbours.values()) {
                double p = c / (double) total;
                h -= p * Math.log(p);
            }
            double p1 = 1.0 / total;
            h -= boundary * p1 * Math.log(p1);
            return h;
        }
    }

    private Ngrams() {
    }

    /**
     * @param wordBoundary for Chinese, whether a word of the segmented text starts at each offset (length + 1 entries);
     *                     null when units are words already
     */
    static Map<String, Stats> frequent(List<Clause> clauses, int min, int max, int minFrequency, boolean[] wordBoundary) {
        Map<String, Integer> counts = count(clauses, min, max, null);
        Map<String, Stats> out = new HashMap<>();
        counts.forEach((g, c) -> {
            if (c >= minFrequency) out.put(g, new Stats());
        });
        for (Clause cl : clauses) {
            for (int i = 0; i < cl.size(); i++) {
                if (!cl.edge()[i]) continue;
                for (int n = min; n <= max && i + n <= cl.size(); n++) {
                    if (!cl.edge()[i + n - 1]) continue;
                    Stats s = out.get(cl.gram(i, n));
                    if (s == null) continue;
                    s.count++;
                    if (wordBoundary == null || (wordBoundary[cl.offset() + cl.starts()[i]] && wordBoundary[cl.offset() + cl.ends()[i + n - 1]])) s.aligned++;
                    if (i == 0) s.leftBoundary++;
                    else s.left.merge(cl.unit(i - 1), 1, Integer::sum);
                    if (i + n == cl.size()) s.rightBoundary++;
                    else s.right.merge(cl.unit(i + n), 1, Integer::sum);
                }
            }
        }
        return out;
    }

    /** Occurrences of every candidate-shaped string, or only of those in {@code wanted} when it is not null. */
    static Map<String, Integer> count(List<Clause> clauses, int min, int max, Set<String> wanted) {
        Map<String, Integer> counts = new HashMap<>();
        for (Clause cl : clauses) {
            for (int i = 0; i < cl.size(); i++) {
                if (!cl.edge()[i]) continue;
                for (int n = min; n <= max && i + n <= cl.size(); n++) {
                    if (!cl.edge()[i + n - 1]) continue;
                    String g = cl.gram(i, n);
                    if (wanted == null || wanted.contains(g)) counts.merge(g, 1, Integer::sum);
                }
            }
        }
        return counts;
    }
}
