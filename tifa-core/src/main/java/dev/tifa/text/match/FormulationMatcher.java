package dev.tifa.text.match;

import dev.tifa.model.Concept;
import dev.tifa.model.Hit;
import dev.tifa.text.CleanText;
import dev.tifa.text.clean.FullWidthFolding;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Finds every form of every concept in a text in one pass of an Aho–Corasick automaton, compiled once.
 *
 * <p>Semantics, which the README spells out for users:
 * <ul>
 *   <li>Chinese forms match as exact substrings of the cleaned text.</li>
 *   <li>English forms match case-insensitively, with hyphens and spaces alike, on whole words only, and (by default)
 *       with regular plurals of the last word.</li>
 *   <li>Overlapping occurrences are all found. An occurrence inside a longer occurrence of a form of the same
 *       concept is merged into it (so a concept is never counted twice at one place); one inside a longer form of
 *       another concept is kept and marked {@link Hit#nestedIn() nested}.</li>
 *   <li>A form of the same concept in parentheses right after a form — 区域全面经济伙伴关系协定（RCEP）,
 *       "Regional Comprehensive Economic Partnership (RCEP)" — is the same mention and counts once.</li>
 *   <li>An occurrence inside one of the concept's {@link Concept#except() exceptions} (民生 inside 人民生活) is no
 *       occurrence: there the characters belong to other words.</li>
 * </ul>
 */
public final class FormulationMatcher {
    /** {@code except}: not a form but a longer word the concept's forms are not counted inside ({@link Concept#except()}). */
    private record Pattern(String conceptId, String form, boolean latin, boolean except) {
        Pattern(String conceptId, String form, boolean latin) {
            this(conceptId, form, latin, false);
        }
    }

    private final Automaton<Pattern[]> automaton;
    private final List<String> patterns;

    private FormulationMatcher(Automaton<Pattern[]> automaton, List<String> patterns) {
        this.automaton = automaton;
        this.patterns = patterns;
    }

    public static FormulationMatcher compile(Collection<Concept> concepts, MatchOptions options) {
        Map<String, List<Pattern>> byKey = new TreeMap<>();
        for (Concept c : concepts) {
            for (String form : c.zh()) add(byKey, patternKey(form), new Pattern(c.id(), form, false));
            for (String form : c.en()) {
                String key = patternKey(form);
                boolean latin = !MatchView.hasCjk(key);
                if (options.inflect() && latin) {
                    for (String variant : EnglishInflections.of(key)) add(byKey, variant, new Pattern(c.id(), form, true));
                } else {
                    add(byKey, key, new Pattern(c.id(), form, latin));
                }
            }
            for (String word : c.except()) add(byKey, patternKey(word), new Pattern(c.id(), word, !MatchView.hasCjk(word), true));
        }
        Map<String, Pattern[]> map = new TreeMap<>();
        byKey.forEach((k, v) -> map.put(k, v.toArray(Pattern[]::new)));
        // the strings a hit needs (for the phrase index): forms only, never the words they are excepted in
        List<String> needed = byKey.entrySet().stream().filter(e -> e.getValue().stream().anyMatch(p -> !p.except()))
                .map(Map.Entry::getKey).toList();
        return new FormulationMatcher(map.isEmpty() ? null : new Automaton<>(map), needed);
    }

    private static void add(Map<String, List<Pattern>> byKey, String key, Pattern p) {
        if (key.isEmpty()) return;
        List<Pattern> list = byKey.computeIfAbsent(key, k -> new ArrayList<>(1));
        if (list.stream().noneMatch(x -> x.conceptId().equals(p.conceptId()) && x.except() == p.except())) list.add(p);
    }

    /** The string the automaton holds for a form: width-folded, then folded like the text's match view. */
    static String patternKey(String form) {
        String folded = FullWidthFolding.fold(form.strip());
        if (MatchView.hasCjk(folded)) folded = folded.replaceAll("(?<=[\\u2E80-\\uFFFF])\\s+(?=[\\u2E80-\\uFFFF])", "");
        return MatchView.ofPattern(folded);
    }

    /** Number of distinct strings in the automaton (forms and their variants). */
    public int patternCount() {
        return patterns.size();
    }

    /**
     * The distinct strings the automaton holds, in sorted order: Chinese forms as written (width-folded), English
     * forms and their variants folded like the match view (lower case, hyphens as spaces). For benchmarks and
     * diagnostics: matching one of them is necessary, not sufficient, for a hit (English needs whole words).
     */
    public List<String> patterns() {
        return patterns;
    }

    /** All hits in {@code text}, ordered by start, longer first at equal start. Offsets are in the cleaned text. */
    public List<Hit> match(CleanText text) {
        return match(text.text(), text);
    }

    /** Convenience for a plain string that needs no mapping back. */
    public List<Hit> match(String cleanText) {
        return match(cleanText, null);
    }

    /** {@code mapping}: where each offset of {@code s} maps to, or null when offsets stay as they are. */
    private List<Hit> match(String s, CleanText mapping) {
        if (automaton == null) return List.of();
        MatchView view = MatchView.of(s);
        String v = view.text();
        List<Hit> raw = new ArrayList<>();
        List<Hit> excepted = new ArrayList<>(0); // where a concept's forms are no word of their own
        automaton.scan(v, (int begin, int end, Pattern[] patterns) -> {
            boolean wholeWord = (begin == 0 || !MatchView.isWordChar(v.charAt(begin - 1)))
                    && (end == v.length() || !MatchView.isWordChar(v.charAt(end)));
            int start = view.toSource(begin);
            int stop = view.toSource(end - 1) + 1;
            for (Pattern p : patterns) {
                if (p.latin() && !wholeWord) continue;
                (p.except() ? excepted : raw).add(new Hit(p.conceptId(), p.form(), start, stop, null));
            }
        });
        if (!excepted.isEmpty()) raw.removeIf(h -> insideException(h, excepted));
        List<Hit> hits = Parentheticals.drop(Nesting.resolve(raw), s);
        if (mapping == null) return hits;
        List<Hit> mapped = new ArrayList<>(hits.size());
        for (Hit h : hits) {
            mapped.add(new Hit(h.conceptId(), h.form(), mapping.toOriginal(h.start()), mapping.toOriginal(h.end() - 1) + 1, h.nestedIn()));
        }
        return mapped;
    }

    private static boolean insideException(Hit h, List<Hit> excepted) {
        for (Hit e : excepted) {
            if (e.conceptId().equals(h.conceptId()) && e.start() <= h.start() && h.end() <= e.end()) return true;
        }
        return false;
    }

    /** Hits grouped by concept id, in the order concepts first occur. */
    public static Map<String, List<Hit>> byConcept(List<Hit> hits) {
        Map<String, List<Hit>> out = new LinkedHashMap<>();
        for (Hit h : hits) out.computeIfAbsent(h.conceptId(), k -> new ArrayList<>()).add(h);
        return out;
    }

    static final Comparator<Hit> ORDER = Comparator.comparingInt(Hit::start).thenComparing(Comparator.comparingInt(Hit::end).reversed());
}
