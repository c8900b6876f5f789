package dev.tifa.analysis.lists;

import dev.tifa.text.segment.Token;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Word n-grams (clusters) of a selection with frequency and range, as AntConc's cluster list: sequences of
 * {@code min}–{@code max} words within a clause that begin and end with a content word (not a stop word or number).
 */
public final class NgramList {
    private final int min;
    private final int max;
    private final String joiner;
    private final Map<String, int[]> counts = new HashMap<>();  // frequency, range, words
    private final Map<String, Set<Integer>> seenIn = new HashMap<>();
    private int documents;

    /** @param joiner "" for Chinese, " " for English */
    public NgramList(int min, int max, String joiner) {
        if (min < 1 || max < min) throw new IllegalArgumentException("n-gram sizes must satisfy 1 ≤ min ≤ max, not " + min + "–" + max);
        this.min = min;
        this.max = max;
        this.joiner = joiner;
    }

    /** Adds one document, as the clauses of its words. */
    public NgramList add(List<List<Token>> clauses) {
        int doc = documents++;
        for (List<Token> clause : clauses) {
            for (int i = 0; i < clause.size(); i++) {
                if (!clause.get(i).content()) continue;
                StringBuilder b = new StringBuilder();
                for (int n = 1; n <= max && i + n <= clause.size(); n++) {
                    if (n > 1) b.append(joiner);
                    Token last = clause.get(i + n - 1);
                    b.append(last.text());
                    if (n < min || !last.content()) continue;
                    String g = b.toString();
                    int[] c = counts.computeIfAbsent(g, k -> new int[]{0, 0, 0});
                    c[0]++;
                    c[2] = n;
                    if (seenIn.computeIfAbsent(g, k -> new HashSet<>()).add(doc)) c[1]++;
                }
            }
        }
        return this;
    }

    /** N-grams occurring at least {@code minFrequency} times in at least {@code minRange} documents, most frequent first. */
    public List<Ngram> top(int minFrequency, int minRange, int limit) {
        List<Ngram> out = new ArrayList<>();
        counts.forEach((g, c) -> {
            if (c[0] >= minFrequency && c[1] >= minRange) out.add(new Ngram(g, c[2], c[0], c[1]));
        });
        out.sort(Comparator.comparingInt(Ngram::frequency).reversed().thenComparing(Comparator.comparingInt(Ngram::range).reversed()).thenComparing(Ngram::text));
        return limit > 0 && out.size() > limit ? out.subList(0, limit) : out;
    }
}
