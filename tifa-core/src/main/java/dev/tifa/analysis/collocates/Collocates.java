package dev.tifa.analysis.collocates;

import dev.tifa.analysis.compare.Keyness;
import dev.tifa.model.Hit;
import dev.tifa.text.segment.Token;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Collocates of a formulation: the content words within {@code left} words before and {@code right} words after
 * each occurrence (stop words and numbers are neither counted nor window-filling), against their frequency in the
 * whole selection. Words overlapping the occurrence itself are not its collocates. Ranked by log-likelihood, with
 * MI and t-score beside it, computed as the corpus-linguistics literature does (Evert 2008).
 */
public final class Collocates {
    private final int left;
    private final int right;

    public Collocates(int left, int right) {
        if (left < 0 || right < 0 || left + right == 0) throw new IllegalArgumentException("the window needs at least one word on one side");
        this.left = left;
        this.right = right;
    }

    /** One document of the selection: its words, and the formulation's occurrences in it. */
    public record Sample(List<Token> tokens, List<Hit> hits) {
    }

    public CollocateTable of(List<Sample> samples, int minObserved) {
        Map<String, Integer> frequency = new HashMap<>();
        Map<String, int[]> sides = new HashMap<>();
        long words = 0, windowWords = 0;
        int node = 0;
        for (Sample s : samples) {
            List<Token> content = s.tokens().stream().filter(Token::content).toList();
            words += content.size();
            for (Token t : content) frequency.merge(t.text(), 1, Integer::sum);
            for (Hit h : s.hits()) {
                node++;
                int firstAfter = firstStartingAtOrAfter(content, h.end());
                int lastBefore = firstStartingAtOrAfter(content, h.start()) - 1;
                while (lastBefore >= 0 && content.get(lastBefore).end() > h.start()) lastBefore--;
                for (int k = lastBefore; k >= 0 && k > lastBefore - left; k--) {
                    sides.computeIfAbsent(content.get(k).text(), w -> new int[2])[0]++;
                    windowWords++;
                }
                for (int k = firstAfter; k < content.size() && k < firstAfter + right; k++) {
                    sides.computeIfAbsent(content.get(k).text(), w -> new int[2])[1]++;
                    windowWords++;
                }
            }
        }
        List<Collocate> rows = new ArrayList<>();
        for (var e : sides.entrySet()) {
            int o = e.getValue()[0] + e.getValue()[1];
            if (o < minObserved) continue;
            int f = frequency.get(e.getKey());
            double expected = words == 0 ? 0 : f * (double) windowWords / words;
            double ll = Keyness.g2(o, windowWords, f - o, words - windowWords);
            double mi = Math.log(o / expected) / Math.log(2);
            double t = (o - expected) / Math.sqrt(o);
            rows.add(new Collocate(e.getKey(), e.getValue()[0], e.getValue()[1], f, expected, ll, mi, t));
        }
        rows.sort(ORDER);
        return new CollocateTable(node, windowWords, words, List.copyOf(rows));
    }

    /** By descending log-likelihood, then by word so that ties have a stable order. */
    public static final Comparator<Collocate> ORDER = Comparator.comparingDouble(Collocate::logLikelihood).reversed().thenComparing(Collocate::word);

    /** Index of the first token starting at or after {@code offset} (binary search; tokens are in text order). */
    private static int firstStartingAtOrAfter(List<Token> tokens, int offset) {
        int lo = 0, hi = tokens.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).start() < offset) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    /** A collocate in two editions side by side (absent in one: zero counts there). */
    public record Change(String word, Collocate a, Collocate b) {
        public int observedA() {
            return a == null ? 0 : a.observed();
        }

        public int observedB() {
            return b == null ? 0 : b.observed();
        }
    }

    /** The collocates of two editions joined by word, by the larger log-likelihood of the two. */
    public static List<Change> compare(CollocateTable a, CollocateTable b) {
        Map<String, Collocate[]> joined = new HashMap<>();
        a.rows().forEach(c -> joined.computeIfAbsent(c.word(), w -> new Collocate[2])[0] = c);
        b.rows().forEach(c -> joined.computeIfAbsent(c.word(), w -> new Collocate[2])[1] = c);
        List<Change> out = new ArrayList<>();
        joined.forEach((w, p) -> out.add(new Change(w, p[0], p[1])));
        out.sort(Comparator.comparingDouble((Change c) -> -Math.max(c.a() == null ? 0 : c.a().logLikelihood(), c.b() == null ? 0 : c.b().logLikelihood()))
                .thenComparing(Change::word));
        return out;
    }
}
