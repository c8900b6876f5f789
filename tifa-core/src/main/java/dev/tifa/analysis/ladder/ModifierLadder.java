package dev.tifa.analysis.ladder;

import dev.tifa.model.Hit;
import dev.tifa.text.segment.ChineseSegmenter;
import dev.tifa.text.segment.Token;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * The modifier ladder: for each occurrence of a formulation, the words that govern it (those just before it in its
 * clause, from the segmenter that keeps glossary formulations whole), scored by the intensity lexicon; per document
 * the mean intensity, so that a series shows a formulation warming or cooling.
 *
 * <p>The clause runs back to the nearest ，。；！？：） or line break (not 、, so that 大力发展甲、乙 still governs 乙).
 * The last {@value #GOVERNORS} words before the occurrence are its governors; lexicon entries are looked up among
 * them, longest first, so that 积极稳妥 counts as one hedged modifier.
 */
public final class ModifierLadder {
    public static final int GOVERNORS = 3;
    private static final String CLAUSE_END = "，,。；;！!？?：:）)\n";
    private static final int MAX_CLAUSE = 60;

    private final ChineseSegmenter segmenter;
    private final IntensityLexicon lexicon;

    public ModifierLadder(ChineseSegmenter segmenter, IntensityLexicon lexicon) {
        this.segmenter = segmenter;
        this.lexicon = lexicon;
    }

    public Governed governed(String text, Hit hit) {
        int from = hit.start();
        while (from > 0 && hit.start() - from < MAX_CLAUSE && CLAUSE_END.indexOf(text.charAt(from - 1)) < 0) from--;
        String prefix = text.substring(from, hit.start());
        List<Token> tokens = segmenter.tokens(prefix);
        List<String> words = tokens.subList(Math.max(0, tokens.size() - GOVERNORS), tokens.size()).stream().map(Token::text).toList();
        List<Governed.Modifier> mods = modifiers(words);
        Double intensity = mods.isEmpty() ? null : mods.stream().mapToInt(Governed.Modifier::intensity).average().orElse(0);
        return new Governed(hit.start(), hit.end(), words, mods, intensity, prefix + text.substring(hit.start(), hit.end()));
    }

    /** Lexicon entries among the words, right to left, the longest run of adjacent words first. */
    private List<Governed.Modifier> modifiers(List<String> words) {
        List<Governed.Modifier> out = new ArrayList<>();
        int j = words.size() - 1;
        while (j >= 0) {
            int taken = 0;
            for (int k = 0; k <= j; k++) {   // smallest k = longest run ending at j
                String joined = String.join("", words.subList(k, j + 1));
                if (joined.length() > lexicon.longest()) continue;
                OptionalInt v = lexicon.intensity(joined);
                if (v.isPresent()) {
                    out.add(0, new Governed.Modifier(joined, v.getAsInt()));
                    taken = j - k + 1;
                    break;
                }
            }
            j -= Math.max(1, taken);
        }
        return out;
    }

    /** One document's step: {@code hits} are the formulation's occurrences in {@code text}. */
    public LadderStep step(String documentKey, String text, List<Hit> hits) {
        List<Governed> gs = hits.stream().map(h -> governed(text, h)).toList();
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Governed g : gs) for (Governed.Modifier m : g.modifiers()) counts.merge(m.word(), 1, Integer::sum);
        Map<String, Integer> sorted = new LinkedHashMap<>();
        counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> sorted.put(e.getKey(), e.getValue()));
        double[] scored = gs.stream().filter(g -> g.intensity() != null).mapToDouble(Governed::intensity).toArray();
        Double mean = scored.length == 0 ? null : java.util.Arrays.stream(scored).average().orElse(0);
        return new LadderStep(documentKey, gs, sorted, mean, "");
    }

    /** Steps in date order, each marked warmer, cooler or the same as the last step with an intensity. */
    public static List<LadderStep> chained(List<LadderStep> inOrder) {
        List<LadderStep> out = new ArrayList<>();
        Double last = null;
        for (LadderStep s : inOrder) {
            String change = "";
            if (s.intensity() != null && last != null) {
                double d = s.intensity() - last;
                change = Math.abs(d) < 0.05 ? "same" : d > 0 ? "warmer" : "cooler";
            }
            if (s.intensity() != null) last = s.intensity();
            out.add(s.withChange(change));
        }
        return out;
    }
}
