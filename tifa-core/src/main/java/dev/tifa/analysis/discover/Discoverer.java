package dev.tifa.analysis.discover;

import com.hankcs.hanlp.HanLP;
import dev.tifa.analysis.Context;
import dev.tifa.analysis.Kwic;
import dev.tifa.analysis.Rates;
import dev.tifa.analysis.Trend;
import dev.tifa.glossary.FormKey;
import dev.tifa.glossary.Glossary;
import dev.tifa.model.Concept;
import dev.tifa.model.Document;
import dev.tifa.model.Hit;
import dev.tifa.model.Language;
import dev.tifa.text.match.FormulationMatcher;
import dev.tifa.text.match.MatchOptions;
import dev.tifa.text.segment.ChineseSegmenter;
import dev.tifa.text.segment.EnglishTokenizer;
import dev.tifa.text.segment.Token;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Finds candidate new formulations in a document that the glossary does not cover.
 *
 * <p>Candidates are Chinese strings of 2–8 characters within a clause (no punctuation, digit or Latin letter inside)
 * and English phrases of 2–5 words not beginning or ending with a stop word. A candidate must
 * <ul>
 *   <li>occur at least {@code minFrequency} times in the document;</li>
 *   <li>(Chinese) begin and end at word boundaries of the HanLP segmentation in at least half its occurrences, so
 *       that 业发展 (from 产业发展) is not proposed;</li>
 *   <li>have clear boundaries: left and right branching entropy both at least {@code minEntropy} (a fragment such as
 *       质生产力 always follows 新, entropy 0);</li>
 *   <li>not be a substring of a longer candidate that accounts for nearly all its occurrences ({@code nestedShare});</li>
 *   <li>not be, or lie inside, a glossary form (it may contain one: it is then flagged with that form);</li>
 *   <li>be news against the earlier documents: DEBUT (never before), RETURN (absent from the series' last
 *       {@code returnAfter} earlier documents, present before) or SPIKE (rate ≥ {@code spikeFactor} × earlier rate).</li>
 * </ul>
 *
 * <p><b>Score</b> = count × log ratio × boundary × log2(length in characters or words), where the log ratio is log2 of the document's rate over the recent
 * rate (the latest {@code recent} earlier documents of the series; a recent count of 0 taken as 0.5), and
 * boundary = min(left entropy, right entropy), capped at ln 8 ≈ 2.08 (beyond 8 equally likely neighbours a
 * boundary is as clear as it gets). So a frequent debut with clean edges ranks first, a fragment of it (low entropy on
 * the cut side) well below it, and a string merely a little commoner than before last. The length factor (1 for two
 * units, 2 for four) prefers compounds: common two-character words spike by chance far more often than set phrases.
 */
public final class Discoverer {
    private static final double MAX_BOUNDARY = Math.log(8);

    private final Glossary glossary;
    private final DiscoverOptions options;
    private final EnglishTokenizer english = new EnglishTokenizer();
    private ChineseSegmenter segmenter; // built on first Chinese document: loading HanLP takes a moment

    public Discoverer(Glossary glossary, DiscoverOptions options) {
        this.glossary = glossary;
        this.options = options;
    }

    /**
     * @param doc  the document to search
     * @param past earlier documents to compare with (those of another language, or the document itself, are ignored)
     */
    public Discovery discover(Document doc, List<Document> past) {
        Language language = doc.meta().language();
        List<Document> earlier = past.stream()
                .filter(d -> d.meta().language() == language && !Objects.equals(d.key(), doc.key()))
                .sorted(Trend.CHRONOLOGICAL).toList();
        int min = language == Language.ZH ? options.minChars() : options.minWords();
        int max = language == Language.ZH ? options.maxChars() : options.maxWords();

        boolean[] words = language == Language.ZH ? wordBoundaries(doc.clean()) : null;
        Map<String, Ngrams.Stats> frequent = Ngrams.frequent(clauses(doc, language), min, max, options.minFrequency(), words);
        Map<String, Ngrams.Stats> kept = new HashMap<>();
        frequent.forEach((g, s) -> {
            if (s.leftEntropy() >= options.minEntropy() && s.rightEntropy() >= options.minEntropy()
                    && 2 * s.aligned >= s.count) kept.put(g, s);
        });
        dropNested(kept, language);
        List<String> forms = glossaryForms(language);
        Map<String, String> containsForm = new HashMap<>();
        kept.keySet().removeIf(g -> {
            String k = key(g, language);
            String inside = null;
            for (String f : forms) {
                if (contains(f, k, language)) return true; // equal to or inside a known form
                if (inside == null && contains(k, f, language)) inside = f;
            }
            if (inside != null) containsForm.put(g, inside);
            return false;
        });

        Past history = new Past(earlier, doc.meta().series(), kept.keySet(), language, min, max);
        int size = doc.size();
        List<Candidate> out = new ArrayList<>();
        for (var e : kept.entrySet()) {
            String g = e.getKey();
            Ngrams.Stats s = e.getValue();
            double rate = Rates.per10k(s.count, size);
            int pastCount = history.total(g);
            int[] recent = history.recent(g, options.recent());
            double recentRate = Rates.per10k(recent[0], recent[1]);
            Candidate.Flag flag = flag(rate, pastCount, recentRate, history.absentFromLatest(g, options.returnAfter()));
            if (flag == null) continue;
            double logRatio = recent[1] == 0 ? 0
                    : Math.log((s.count / (double) size) / ((recent[0] == 0 ? 0.5 : recent[0]) / (double) recent[1])) / Math.log(2);
            double boundary = Math.min(MAX_BOUNDARY, Math.min(s.leftEntropy(), s.rightEntropy()));
            int units = language == Language.ZH ? g.length() : g.split(" ").length;
            double score = s.count * Math.max(logRatio, 0.1) * boundary * (Math.log(units) / Math.log(2));
            out.add(new Candidate(g, language, s.count, rate, pastCount, history.documentsWith(g),
                    Rates.per10k(pastCount, history.size()), recentRate, logRatio, s.leftEntropy(), s.rightEntropy(), flag,
                    containsForm.get(g), score, List.of()));
        }
        out.sort(Comparator.comparingDouble(Candidate::score).reversed().thenComparing(Candidate::text));
        List<Candidate> top = out.subList(0, Math.min(options.limit(), out.size()));
        return new Discovery(doc, earlier.size(), withContexts(doc, top));
    }

    /** Where the segmenter (which keeps glossary forms whole) puts word boundaries; a candidate must mostly respect them. */
    private boolean[] wordBoundaries(String text) {
        if (segmenter == null) segmenter = ChineseSegmenter.forGlossary(glossary);
        boolean[] b = new boolean[text.length() + 1];
        for (Token t : segmenter.tokens(text)) {
            b[t.start()] = true;
            b[t.end()] = true;
        }
        for (int i = 0; i < text.length(); i++) if (!Character.isLetter(text.charAt(i))) b[i] = b[i + 1] = true;
        return b;
    }

    private Candidate.Flag flag(double rate, int pastCount, double recentRate, boolean returned) {
        if (pastCount == 0) return Candidate.Flag.DEBUT;
        if (returned) return Candidate.Flag.RETURN;
        if (rate >= options.spikeFactor() * recentRate) return Candidate.Flag.SPIKE;
        return null;
    }

    private List<Clause> clauses(Document d, Language language) {
        return language == Language.ZH ? Clause.chinese(d.clean()) : Clause.english(d.clean(), english);
    }

    /** Drops each candidate that a longer candidate containing it accounts for (nearly) all occurrences of. */
    private void dropNested(Map<String, Ngrams.Stats> kept, Language language) {
        Set<String> drop = new HashSet<>();
        for (var e : kept.entrySet()) {
            String longer = e.getKey();
            for (String inner : parts(longer, language)) {
                Ngrams.Stats s = kept.get(inner);
                if (s != null && e.getValue().count >= options.nestedShare() * s.count) drop.add(inner);
            }
        }
        kept.keySet().removeAll(drop);
    }

    /** The proper sub-strings (Chinese) or sub-phrases (English) of a candidate. */
    private static List<String> parts(String g, Language language) {
        List<String> out = new ArrayList<>();
        if (language == Language.ZH) {
            for (int i = 0; i < g.length(); i++)
                for (int j = i + 2; j <= g.length(); j++)
                    if (j - i < g.length()) out.add(g.substring(i, j));
        } else {
            String[] w = g.split(" ");
            for (int i = 0; i < w.length; i++)
                for (int j = i + 2; j <= w.length; j++)
                    if (j - i < w.length) out.add(String.join(" ", java.util.Arrays.copyOfRange(w, i, j)));
        }
        return out;
    }

    private List<String> glossaryForms(Language language) {
        List<String> out = new ArrayList<>();
        for (Concept c : glossary.concepts()) for (String f : c.forms(language)) out.add(key(f, language));
        return out;
    }

    private static String key(String s, Language language) {
        return language == Language.ZH ? s.strip() : FormKey.of(s);
    }

    /** Whether {@code outer} contains {@code inner}: as a substring in Chinese, as whole words in English. */
    private static boolean contains(String outer, String inner, Language language) {
        if (language == Language.ZH) return outer.contains(inner);
        return (" " + outer + " ").contains(" " + inner + " ");
    }

    private List<Candidate> withContexts(Document doc, List<Candidate> top) {
        if (top.isEmpty() || options.contexts() <= 0) return top;
        List<Concept> phrases = top.stream().map(c -> new Concept(c.text(), c.language() == Language.ZH ? List.of(c.text()) : List.of(),
                c.language() == Language.EN ? List.of(c.text()) : List.of(), List.of(), "")).toList();
        Map<String, List<Hit>> hits = FormulationMatcher.byConcept(FormulationMatcher.compile(phrases, MatchOptions.exact()).match(doc.clean()));
        List<Hit> shown = new ArrayList<>();
        for (Candidate c : top) {
            List<Hit> h = hits.getOrDefault(c.text(), List.of());
            shown.addAll(h.subList(0, Math.min(options.contexts(), h.size())));
        }
        Map<String, List<Context>> contexts = new LinkedHashMap<>();
        for (Context x : new Kwic(options.window()).contexts(doc, shown)) {
            contexts.computeIfAbsent(x.conceptId(), k -> new ArrayList<>()).add(x);
        }
        return top.stream().map(c -> new Candidate(c.text(), c.language(), c.count(), c.rate(), c.pastCount(),
                c.pastDocuments(), c.pastRate(), c.recentRate(), c.logRatio(), c.leftEntropy(), c.rightEntropy(), c.flag(),
                c.containsForm(), c.score(), contexts.getOrDefault(c.text(), List.of()))).toList();
    }

    /**
     * The glossary entry for a chosen candidate: its id is the pinyin of a Chinese candidate (新质生产力 →
     * {@code xin-zhi-sheng-chan-li}) or the slug of an English one, its only form the candidate itself.
     */
    public static Concept toConcept(Candidate candidate, List<String> themes, String note) {
        String text = candidate.text();
        boolean zh = candidate.language() == Language.ZH;
        String id = slug(zh ? HanLP.convertToPinyinString(text, " ", false) : text);
        return new Concept(id, zh ? List.of(text) : List.of(), zh ? List.of() : List.of(text), themes, note);
    }

    static String slug(String s) {
        String t = s.toLowerCase(Locale.ROOT).replace("ü", "v").replaceAll("[^a-z0-9]+", "-");
        return t.replaceAll("^-+|-+$", "");
    }
}
