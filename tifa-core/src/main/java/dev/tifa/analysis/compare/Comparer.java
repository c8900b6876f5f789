package dev.tifa.analysis.compare;

import dev.tifa.analysis.Cancellation;
import dev.tifa.analysis.Counter;
import dev.tifa.analysis.DocumentCounts;
import dev.tifa.glossary.Glossary;
import dev.tifa.model.Concept;
import dev.tifa.model.Document;
import dev.tifa.model.Hit;
import dev.tifa.model.Language;
import dev.tifa.model.Theme;
import dev.tifa.text.match.FormulationMatcher;
import dev.tifa.text.segment.Tokenizer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Compares two documents of one language: glossary concepts, themes, and the keyness of all their words.
 * Build one per glossary and reuse it: the matcher and the Chinese segmenter are compiled once.
 */
public final class Comparer {
    private final Glossary glossary;
    private final CompareOptions options;
    private final Counter counter;
    private final Map<Language, Tokenizer> tokenizers;
    private final Cancellation cancellation;

    public Comparer(Glossary glossary, CompareOptions options) {
        this(glossary, options, new Counter(FormulationMatcher.compile(glossary.concepts(), options.match())),
                new java.util.EnumMap<>(Language.class), Cancellation.NEVER);
    }

    private Comparer(Glossary glossary, CompareOptions options, Counter counter, Map<Language, Tokenizer> tokenizers,
                     Cancellation cancellation) {
        this.glossary = glossary;
        this.options = options;
        this.counter = counter;
        this.tokenizers = tokenizers;
        this.cancellation = cancellation;
    }

    /** This comparer, asking {@code cancellation} between its steps and before each paragraph it segments. */
    public Comparer stoppedBy(Cancellation cancellation) {
        return new Comparer(glossary, options, counter, tokenizers, cancellation);
    }

    /** One-off comparison of A (older) with B (newer). */
    public static Comparison compare(Document a, Document b, Glossary g, CompareOptions o) {
        return new Comparer(g, o).compare(a, b);
    }

    public Comparison compare(Document a, Document b) {
        Language language = a.meta().language();
        if (b.meta().language() != language) {
            throw new IllegalArgumentException("cannot compare " + a.key() + " (" + language.code() + ") with "
                    + b.key() + " (" + b.meta().language().code() + "): compare documents of one language");
        }
        cancellation.check();
        DocumentCounts ca = counter.count(a);
        cancellation.check();
        DocumentCounts cb = counter.count(b);
        return new Comparison(a, b, ca.size(), cb.size(), concepts(ca, cb), themes(ca, cb), keyTerms(a, b, language));
    }

    private List<ConceptChange> concepts(DocumentCounts ca, DocumentCounts cb) {
        List<ConceptChange> out = new ArrayList<>();
        for (Concept c : glossary.concepts()) {
            int na = ca.count(c.id()).total();
            int nb = cb.count(c.id()).total();
            double ra = ca.count(c.id()).rate();
            double rb = cb.count(c.id()).rate();
            double ratio = ra == 0 ? (rb == 0 ? Double.NaN : Double.POSITIVE_INFINITY) : rb / ra;
            int sa = ca.count(c.id()).standalone();
            int sb = cb.count(c.id()).standalone();
            out.add(new ConceptChange(c.id(), c.label(), c.primaryTheme(), na, nb, ra, rb, nb - na, rb - ra, ratio,
                    status(na, nb, ratio), sa, sb, absorbedInto(c.id(), na - sa, nb - sb, nb, cb)));
        }
        out.sort(Comparator.comparing(ConceptChange::status)
                .thenComparing(Comparator.comparingDouble((ConceptChange x) -> Math.abs(x.rateChange())).reversed())
                .thenComparing(ConceptChange::conceptId));
        return out;
    }

    /** The longer form that took in the concept's occurrences from A to B, with how many of B's it holds; or null. */
    private String absorbedInto(String conceptId, int nestedA, int nestedB, int countB, DocumentCounts cb) {
        if (nestedB - nestedA < options.minCountChange()) return null;
        Map<String, Integer> containers = new LinkedHashMap<>();
        for (Hit h : cb.hitsOf(conceptId)) if (!h.standalone()) containers.merge(h.nestedIn(), 1, Integer::sum);
        return containers.entrySet().stream().max(Map.Entry.comparingByValue())
                .map(e -> e.getKey() + " (" + e.getValue() + " of " + countB + ")").orElse(null);
    }

    ConceptChange.Status status(int countA, int countB, double ratio) {
        if (countA == 0 && countB == 0) return ConceptChange.Status.ABSENT;
        if (countA == 0) return ConceptChange.Status.NEW;
        if (countB == 0) return ConceptChange.Status.DROPPED;
        boolean clear = Math.abs(countB - countA) >= options.minCountChange();
        if (clear && ratio >= options.upRatio()) return ConceptChange.Status.UP;
        if (clear && ratio <= options.downRatio()) return ConceptChange.Status.DOWN;
        return ConceptChange.Status.SAME;
    }

    private List<ThemeChange> themes(DocumentCounts ca, DocumentCounts cb) {
        Map<String, Integer> ha = hitsByTheme(ca.hits());
        Map<String, Integer> hb = hitsByTheme(cb.hits());
        int totalA = ha.values().stream().mapToInt(Integer::intValue).sum();
        int totalB = hb.values().stream().mapToInt(Integer::intValue).sum();
        Set<String> ids = new LinkedHashSet<>();
        glossary.themes().stream().map(Theme::id).filter(id -> ha.containsKey(id) || hb.containsKey(id)).forEach(ids::add);
        ids.addAll(ha.keySet());
        ids.addAll(hb.keySet());
        List<ThemeChange> out = new ArrayList<>();
        for (String id : ids) {
            int a = ha.getOrDefault(id, 0), b = hb.getOrDefault(id, 0);
            double sa = totalA == 0 ? 0 : a / (double) totalA, sb = totalB == 0 ? 0 : b / (double) totalB;
            double ra = dev.tifa.analysis.Rates.per10k(a, ca.size()), rb = dev.tifa.analysis.Rates.per10k(b, cb.size());
            out.add(new ThemeChange(id, a, b, sa, sb, sb - sa, ra, rb, rb - ra));
        }
        out.sort(Comparator.comparingDouble((ThemeChange t) -> Math.abs(t.shareChange())).reversed().thenComparing(ThemeChange::themeId));
        return out;
    }

    /** Hits per primary theme; concepts without a theme are filed under "(none)" so that shares still add up. */
    private Map<String, Integer> hitsByTheme(List<Hit> hits) {
        Map<String, Integer> out = new LinkedHashMap<>();
        for (Hit h : hits) {
            String theme = glossary.concept(h.conceptId()).map(Concept::primaryTheme).orElse(null);
            out.merge(theme == null ? "(none)" : theme, 1, Integer::sum);
        }
        return out;
    }

    private List<KeyTerm> keyTerms(Document a, Document b, Language language) {
        Tokenizer tokenizer = tokenizers.computeIfAbsent(language, l -> Tokenizer.forLanguage(l, glossary));
        String joiner = language == Language.ZH ? "" : " ";
        TermFrequencies fa = TermFrequencies.of(a.clean(), tokenizer, joiner, cancellation);
        TermFrequencies fb = TermFrequencies.of(b.clean(), tokenizer, joiner, cancellation);
        List<KeyTerm> rows = new ArrayList<>(Keyness.rank(fa.words(), fa.wordTotal(), fb.words(), fb.wordTotal(), options.minKeyFrequency(), 1));
        if (options.pairs()) {
            rows.addAll(Keyness.rank(fa.pairs(), fa.pairTotal(), fb.pairs(), fb.pairTotal(), options.minKeyFrequency(), 2));
        }
        List<KeyTerm> key = rows.stream().filter(r -> r.p() <= options.maxP()).sorted(Keyness.ORDER).toList();
        if (language == Language.ZH) key = withoutFragments(key);
        return key.stream().limit(options.maxKeyTerms()).toList();
    }

    /**
     * Drops a Chinese key word that is part of a longer key term pointing the same way and is no more frequent than it
     * on either side: 务 (5 → 0) beside 地方债务 (5 → 0), 冠 beside 新冠 are leftovers of segmentation, not words the
     * text uses more. A word that also stands on its own (发展 beside 加快发展) is more frequent, and stays.
     */
    static List<KeyTerm> withoutFragments(List<KeyTerm> key) {
        List<KeyTerm> out = new ArrayList<>(key.size());
        for (KeyTerm k : key) {
            boolean fragment = key.stream().anyMatch(o -> o != k && o.direction() == k.direction()
                    && o.term().length() > k.term().length() && o.term().contains(k.term())
                    && k.countA() <= o.countA() && k.countB() <= o.countB());
            if (!fragment) out.add(k);
        }
        return out;
    }
}
