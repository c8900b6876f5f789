package dev.tifa.analysis.diff;

import dev.tifa.analysis.Cancellation;
import com.github.difflib.DiffUtils;
import com.github.difflib.algorithm.myers.MeyersDiffWithLinearSpace;
import com.github.difflib.patch.AbstractDelta;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Pairs the sentences of two editions, cheapest evidence first, each step only over what is still unpaired:
 * <ol>
 *   <li>identical sentences in order: a Myers diff (linear space) of the sentence keys — these are the anchors;</li>
 *   <li>identical sentences out of order (MOVED), by hash lookup;</li>
 *   <li>one sentence ≈ two consecutive ones (SPLIT / MERGED), then one ≈ one (CHANGED), by bigram Dice similarity,
 *       searched only within a window around the position the anchors predict, best pairs first.</li>
 * </ol>
 * The work is O((n + m) · window) similarity computations after the diff, never O(n · m).
 */
final class Aligner {
    /** One pairing: the sentences of A and of B it involves (ascending), and their similarity. */
    record Link(ChangeType type, int[] a, int[] b, double similarity) {
    }

    private record Candidate(int a, int b, double similarity, ChangeType type) {
    }

    private final DiffOptions options;
    /** Sentences of B between two questions to the cancellation: a question may look at a socket. */
    private static final int CHECK_EVERY = 64;
    private final Cancellation cancellation; // asked every CHECK_EVERY sentences of B in the windowed searches
    private final List<Passage> pa;
    private final List<Passage> pb;
    private final String[] ka;
    private final String[] kb;
    private final int[][] ga;
    private final int[][] gb;
    private final int[] aToB;  // -1 while unpaired
    private final int[] bToA;
    private final int[] anchorA; // for each B sentence: the A index of the last in-order anchor at or before it, -1 if none
    private final int[] anchorB;
    private final int[] nextAnchorA; // the first anchor after it, (length of A, length of B) if none
    private final int[] nextAnchorB;
    private final List<Link> links = new ArrayList<>();

    Aligner(List<Passage> a, List<Passage> b, DiffOptions options) {
        this(a, b, options, Cancellation.NEVER);
    }

    Aligner(List<Passage> a, List<Passage> b, DiffOptions options, Cancellation cancellation) {
        this.options = options;
        this.cancellation = cancellation;
        this.pa = a;
        this.pb = b;
        ka = a.stream().map(Passage::key).toArray(String[]::new);
        kb = b.stream().map(Passage::key).toArray(String[]::new);
        ga = new int[a.size()][];
        gb = new int[b.size()][];
        aToB = new int[a.size()];
        bToA = new int[b.size()];
        anchorA = new int[b.size()];
        anchorB = new int[b.size()];
        nextAnchorA = new int[b.size()];
        nextAnchorB = new int[b.size()];
        Arrays.fill(aToB, -1);
        Arrays.fill(bToA, -1);
    }

    List<Link> align() {
        cancellation.check();
        keptInOrder();
        cancellation.check();
        moved();
        splitsAndMerges();
        changed();
        return links;
    }

    private void keptInOrder() {
        List<String> la = Arrays.asList(ka);
        List<String> lb = Arrays.asList(kb);
        int i = 0, j = 0;
        for (AbstractDelta<String> d : DiffUtils.diff(la, lb, new MeyersDiffWithLinearSpace<String>()).getDeltas()) {
            for (; i < d.getSource().getPosition(); i++, j++) pair(ChangeType.KEPT, i, j, 1);
            i = d.getSource().getPosition() + d.getSource().size();
            j = d.getTarget().getPosition() + d.getTarget().size();
        }
        for (; i < ka.length && j < kb.length; i++, j++) pair(ChangeType.KEPT, i, j, 1);
        int lastA = -1, lastB = -1;
        for (int b = 0; b < kb.length; b++) {
            if (bToA[b] >= 0) {
                lastA = bToA[b];
                lastB = b;
            }
            anchorA[b] = lastA;
            anchorB[b] = lastB;
        }
        int nextA = ka.length, nextB = kb.length;
        for (int b = kb.length - 1; b >= 0; b--) {
            nextAnchorA[b] = nextA;
            nextAnchorB[b] = nextB;
            if (bToA[b] >= 0) {
                nextA = bToA[b];
                nextB = b;
            }
        }
    }

    private void moved() {
        Map<String, ArrayDeque<Integer>> free = new HashMap<>();
        for (int a = 0; a < ka.length; a++) if (aToB[a] < 0) free.computeIfAbsent(ka[a], k -> new ArrayDeque<>()).add(a);
        for (int b = 0; b < kb.length; b++) {
            if (bToA[b] >= 0) continue;
            ArrayDeque<Integer> q = free.get(kb[b]);
            if (q != null && !q.isEmpty()) pair(ChangeType.MOVED, q.poll(), b, 1);
        }
    }

    /** Where B sentence b would be in A if the text between the surrounding anchors were rewritten evenly. */
    private int expectedA(int b) {
        int a0 = anchorA[b], b0 = anchorB[b];
        int a1 = nextAnchorA[b], b1 = nextAnchorB[b];
        if (b1 == b0) return a0;
        return a0 + (int) Math.round((b - b0) * (double) (a1 - a0) / (b1 - b0));
    }

    private int[] window(int b) {
        int e = expectedA(b);
        return new int[]{Math.max(0, e - options.window()), Math.min(ka.length - 1, e + options.window())};
    }

    private void splitsAndMerges() {
        List<Candidate> found = new ArrayList<>();
        for (int b = 0; b < kb.length; b++) {
            if (b % CHECK_EVERY == 0) cancellation.check();
            int[] w = window(b);
            for (int a = w[0]; a <= w[1]; a++) {
                // SPLIT: A sentence a ≈ B sentences b, b+1
                if (b + 1 < kb.length && free(a, b) && bToA[b + 1] < 0) {
                    double s = pairFit(a(a), b(b), b(b + 1));
                    if (s > 0) found.add(new Candidate(a, b, s, ChangeType.SPLIT));
                }
                // MERGED: A sentences a, a+1 ≈ B sentence b
                if (a + 1 < ka.length && free(a, b) && aToB[a + 1] < 0) {
                    double s = pairFit(b(b), a(a), a(a + 1));
                    if (s > 0) found.add(new Candidate(a, b, s, ChangeType.MERGED));
                }
            }
        }
        found.sort(Comparator.comparingDouble(Candidate::similarity).reversed());
        for (Candidate c : found) {
            if (c.type() == ChangeType.SPLIT && free(c.a(), c.b()) && bToA[c.b() + 1] < 0) {
                link(ChangeType.SPLIT, new int[]{c.a()}, new int[]{c.b(), c.b() + 1}, c.similarity());
            } else if (c.type() == ChangeType.MERGED && free(c.a(), c.b()) && aToB[c.a() + 1] < 0) {
                link(ChangeType.MERGED, new int[]{c.a(), c.a() + 1}, new int[]{c.b()}, c.similarity());
            }
        }
    }

    /**
     * How well {@code whole} equals {@code part1}+{@code part2}: their Dice similarity, when it reaches the threshold,
     * beats either part alone by the margin, and each part is mostly contained in the whole; otherwise 0.
     */
    private double pairFit(int[] whole, int[] part1, int[] part2) {
        double joint = Similarity.dice(whole, Similarity.union(part1, part2));
        if (joint < options.threshold()) return 0;
        double single = Math.max(Similarity.dice(whole, part1), Similarity.dice(whole, part2));
        if (joint < single + options.splitMargin()) return 0;
        if (Similarity.containment(part1, whole) < options.threshold() || Similarity.containment(part2, whole) < options.threshold()) return 0;
        return joint;
    }

    private void changed() {
        List<Candidate> found = new ArrayList<>();
        for (int b = 0; b < kb.length; b++) {
            if (b % CHECK_EVERY == 0) cancellation.check();
            if (bToA[b] >= 0) continue;
            int[] w = window(b);
            for (int a = w[0]; a <= w[1]; a++) {
                if (aToB[a] >= 0) continue;
                double s = Similarity.dice(a(a), b(b));
                if (s >= options.threshold()) found.add(new Candidate(a, b, s, ChangeType.CHANGED));
            }
        }
        found.sort(Comparator.comparingDouble(Candidate::similarity).reversed()
                .thenComparingInt(c -> Math.abs(c.a() - c.b())));
        for (Candidate c : found) if (free(c.a(), c.b())) pair(ChangeType.CHANGED, c.a(), c.b(), c.similarity());
    }

    private boolean free(int a, int b) {
        return aToB[a] < 0 && bToA[b] < 0;
    }

    private int[] a(int i) {
        if (ga[i] == null) ga[i] = Similarity.bigrams(ka[i]);
        return ga[i];
    }

    private int[] b(int j) {
        if (gb[j] == null) gb[j] = Similarity.bigrams(kb[j]);
        return gb[j];
    }

    private void pair(ChangeType type, int a, int b, double similarity) {
        link(type, new int[]{a}, new int[]{b}, similarity);
    }

    private void link(ChangeType type, int[] a, int[] b, double similarity) {
        for (int x : a) aToB[x] = b[0];
        for (int y : b) bToA[y] = a[0];
        links.add(new Link(type, a, b, similarity));
    }

    boolean pairedA(int a) {
        return aToB[a] >= 0;
    }

    boolean pairedB(int b) {
        return bToA[b] >= 0;
    }

    int pairOfA(int a) {
        return aToB[a];
    }

    List<Passage> passagesA() {
        return pa;
    }

    List<Passage> passagesB() {
        return pb;
    }
}
