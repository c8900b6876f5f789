package dev.tifa.analysis.audit;

import dev.tifa.model.Concept;
import dev.tifa.text.segment.Token;
import dev.tifa.text.segment.Tokenizer;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where a short Chinese form is no word of its own: the places a word segmentation (one that does not know the
 * glossary) cuts through it, with the words it cuts it into — 民生 in 人民|生活, 国企 in 中国|企业. Chinese forms are
 * matched as substrings, so such places are counted unless the concept lists the longer word as an exception
 * ({@link Concept#except()}); this finds the candidates, a reader decides (内需 in 国内|需求 is the same idea).
 * Places already inside an exception are left out, so a second run shows what is left.
 */
public final class FormCuts {
    /** A form's places in the texts read, how many a segmentation cuts through, and the cutting words, most frequent first. */
    public record FormCut(String conceptId, String form, int places, int cut, List<Map.Entry<String, Integer>> words) {
        public double share() {
            return places == 0 ? 0 : cut / (double) places;
        }
    }

    private final Tokenizer segmenter;
    private final List<Concept> concepts;
    private final int maxLength;
    private final Map<String, int[]> counts = new LinkedHashMap<>(); // conceptId \t form → places, cut
    private final Map<String, Map<String, Integer>> words = new HashMap<>();

    /**
     * @param segmenter a segmentation that does not keep the glossary's forms whole
     * @param maxLength the longest forms looked at (longer ones are rarely cut: 2 or 3)
     */
    public FormCuts(Tokenizer segmenter, List<Concept> concepts, int maxLength) {
        this.segmenter = segmenter;
        this.concepts = List.copyOf(concepts);
        this.maxLength = maxLength;
    }

    /** Reads one cleaned Chinese text. */
    public void add(String text) {
        List<Token> tokens = new ArrayList<>();
        segmenter.clauses(text).forEach(tokens::addAll);
        BitSet starts = new BitSet(text.length() + 1);
        BitSet ends = new BitSet(text.length() + 1);
        for (Token t : tokens) {
            starts.set(t.start());
            ends.set(t.end());
        }
        for (Concept c : concepts) {
            for (String form : c.zh()) {
                if (form.length() < 2 || form.length() > maxLength) continue;
                for (int i = text.indexOf(form); i >= 0; i = text.indexOf(form, i + 1)) {
                    if (insideException(text, i, form, c.except())) continue;
                    int[] n = counts.computeIfAbsent(c.id() + "\t" + form, k -> new int[2]);
                    n[0]++;
                    int end = i + form.length();
                    if (boundary(text, starts, i) && boundary(text, ends, end)) continue;
                    n[1]++;
                    words.computeIfAbsent(c.id() + "\t" + form, k -> new HashMap<>()).merge(covering(tokens, i, end), 1, Integer::sum);
                }
            }
        }
    }

    /** Forms cut at least {@code minCut} times and in at least {@code minShare} of their places, most cut first. */
    public List<FormCut> results(int minCut, double minShare) {
        List<FormCut> out = new ArrayList<>();
        counts.forEach((key, n) -> {
            if (n[1] < minCut || n[1] < minShare * n[0]) return;
            String[] k = key.split("\t", 2);
            List<Map.Entry<String, Integer>> top = words.getOrDefault(key, Map.of()).entrySet().stream()
                    .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                    .map(e -> Map.entry(e.getKey(), e.getValue())).toList();
            out.add(new FormCut(k[0], k[1], n[0], n[1], top));
        });
        out.sort(Comparator.comparingInt(FormCut::cut).reversed().thenComparing(FormCut::form));
        return out;
    }

    /** A word boundary at {@code i}: a token starts (or ends) there, or the text is not a letter on the other side. */
    private static boolean boundary(String text, BitSet marks, int i) {
        if (marks.get(i) || i == 0 || i == text.length()) return true;
        return !Character.isLetter(text.charAt(i - 1)) || !Character.isLetter(text.charAt(i));
    }

    /** The words over {@code [start, end)}, joined by '|': 人民|生活. */
    private static String covering(List<Token> tokens, int start, int end) {
        StringBuilder b = new StringBuilder();
        for (Token t : tokens) {
            if (t.end() <= start) continue;
            if (t.start() >= end) break;
            if (b.length() > 0) b.append('|');
            b.append(t.text());
        }
        return b.toString();
    }

    private static boolean insideException(String text, int at, String form, List<String> except) {
        for (String w : except) {
            for (int k = w.indexOf(form); k >= 0; k = w.indexOf(form, k + 1)) {
                int s = at - k;
                if (s >= 0 && text.startsWith(w, s)) return true;
            }
        }
        return false;
    }
}
