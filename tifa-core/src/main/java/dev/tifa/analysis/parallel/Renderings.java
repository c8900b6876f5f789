package dev.tifa.analysis.parallel;

import dev.tifa.analysis.compare.Keyness;
import dev.tifa.model.Language;
import dev.tifa.text.segment.Tokenizer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Suggests renderings of a concept on one side from the pairs where only the other side has it: phrases that stand in
 * many of those pairs' sentences (the target) and in few of all the other pairs' sentences (the rest). Counts are of
 * pairs, not occurrences, so one long sentence repeating a phrase weighs like any other. Ranked by the log-likelihood
 * G² of the two pair counts (Dunning), with Dice's coefficient beside it; a phrase is dropped when a longer phrase
 * containing it stands in as many target pairs (the longer one says more).
 */
public final class Renderings {
    /** Fewest target pairs a phrase must stand in. */
    public static final int MIN_SUPPORT = 2;

    private final List<AlignedPair> pairs;
    private final Map<String, Integer> englishFrequency = new HashMap<>();
    private final Map<String, Integer> chineseFrequency = new HashMap<>();

    private final Function<String, List<String>> formsIn;
    private final Tokenizer segmenter;

    /**
     * @param formsIn the glossary forms standing in a sentence, as written there: they are candidates whatever their
     *                length, so that a rendering which is another concept's form is named whole, not as a fragment
     * @param segmenter the Chinese word segmenter (Chinese phrases start and end at word boundaries)
     */
    public Renderings(List<AlignedPair> pairs, Function<String, List<String>> formsIn, Tokenizer segmenter) {
        this.pairs = List.copyOf(pairs);
        this.formsIn = formsIn;
        this.segmenter = segmenter;
        for (AlignedPair p : this.pairs) {
            grams(Language.EN, p).forEach(g -> englishFrequency.merge(g, 1, Integer::sum));
            grams(Language.ZH, p).forEach(g -> chineseFrequency.merge(g, 1, Integer::sum));
        }
    }

    /**
     * @param language the side to find phrases on (the side that lacks the concept in {@code target})
     * @param target   pairs whose {@code language} side lacks the concept while the other side has it; where that side
     *                 has some hits of the concept they are cut out ({@link PhraseGrams#BREAK}), so no phrase overlaps them
     * @param own      true for a phrase that already contains one of the concept's forms (never suggested)
     * @param formOf   the concept whose form a phrase contains, or null
     */
    public List<Suggestion> suggest(String conceptId, Language language, List<AlignedPair> target, Predicate<String> own,
                                    Function<String, String> formOf, int limit) {
        Map<String, List<String>> support = new HashMap<>();
        for (AlignedPair p : target) {
            for (String g : grams(language, p)) support.computeIfAbsent(g, k -> new ArrayList<>()).add(p.id());
        }
        Map<String, Integer> frequency = language == Language.ZH ? chineseFrequency : englishFrequency;
        int t = target.size();
        int r = pairs.size() - t;
        List<Suggestion> out = new ArrayList<>();
        support.forEach((phrase, ids) -> {
            int a = ids.size();
            if (a < MIN_SUPPORT) return;
            int b = Math.max(0, frequency.getOrDefault(phrase, a) - a);
            if (r > 0 && (double) b / r >= (double) a / t) return;
            if (own.test(phrase)) return;
            double g2 = Keyness.g2(a, t, b, r);
            out.add(new Suggestion(conceptId, language, phrase, a, t, b, r, g2, 2.0 * a / (t + a + b), ids, formOf.apply(phrase)));
        });
        Map<String, Integer> longerSupport = new HashMap<>();
        for (Suggestion l : out) {
            for (String part : parts(l.phrase(), language)) longerSupport.merge(part, l.inTarget(), Math::max);
        }
        return out.stream().filter(s -> longerSupport.getOrDefault(s.phrase(), 0) < s.inTarget())
                .sorted(ORDER).limit(limit).toList();
    }

    /** By descending G², then Dice, then longer phrase first, then alphabetically, so that the order is stable. */
    static final Comparator<Suggestion> ORDER = Comparator.comparingDouble(Suggestion::g2).reversed()
            .thenComparing(Comparator.comparingDouble(Suggestion::dice).reversed())
            .thenComparing(Comparator.comparingInt((Suggestion s) -> s.phrase().length()).reversed())
            .thenComparing(Suggestion::phrase);

    /** The shorter phrases inside {@code phrase}: contiguous word runs in English, character runs in Chinese. */
    private static List<String> parts(String phrase, Language language) {
        List<String> units = language == Language.ZH ? phrase.codePoints().mapToObj(Character::toString).toList()
                : List.of(phrase.split(" "));
        String sep = language == Language.ZH ? "" : " ";
        List<String> out = new ArrayList<>();
        for (int i = 0; i < units.size(); i++) {
            for (int j = i + 1; j <= units.size(); j++) {
                if (j - i < units.size()) out.add(String.join(sep, units.subList(i, j)));
            }
        }
        return out;
    }

    private Set<String> grams(Language language, AlignedPair p) {
        String text = language == Language.ZH ? p.zh() : p.en();
        Set<String> grams = language == Language.ZH ? PhraseGrams.chinese(text, segmenter) : PhraseGrams.english(text);
        for (String form : formsIn.apply(text)) grams.add(language == Language.ZH ? form : PhraseGrams.foldEnglish(form));
        return grams;
    }
}
