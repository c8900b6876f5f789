package dev.tifa.analysis.claims;

import dev.tifa.glossary.FormKey;
import dev.tifa.glossary.Glossary;
import dev.tifa.model.Concept;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * The glossary concept whose forms look most like a phrase that was not found: shared words (English) or shared
 * character pairs (Chinese). For "NOT_FOUND" claims, so that the user sees the formulation the text does use.
 */
public final class NearestConcept {
    private static final double MIN_SIMILARITY = 0.3;

    private NearestConcept() {
    }

    public record Suggestion(Concept concept, String form, double similarity) {
    }

    public static Optional<Suggestion> of(Glossary glossary, String phrase) {
        Set<String> p = grams(phrase);
        Suggestion best = null;
        for (Concept c : glossary.concepts()) {
            for (String f : concat(c)) {
                double s = similarity(p, grams(f));
                if (best == null || s > best.similarity()) best = new Suggestion(c, f, s);
            }
        }
        return best == null || best.similarity() < MIN_SIMILARITY ? Optional.empty() : Optional.of(best);
    }

    private static Iterable<String> concat(Concept c) {
        var all = new java.util.ArrayList<>(c.zh());
        all.addAll(c.en());
        return all;
    }

    static double similarity(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) return 0;
        Set<String> common = new HashSet<>(a);
        common.retainAll(b);
        Set<String> union = new HashSet<>(a);
        union.addAll(b);
        return common.size() / (double) union.size();
    }

    /** English: words (plural s dropped); Chinese: character pairs. */
    static Set<String> grams(String phrase) {
        String k = FormKey.of(phrase);
        Set<String> out = new HashSet<>();
        if (k.chars().anyMatch(c -> c >= 0x2E80)) {
            for (int i = 0; i + 2 <= k.length(); i++) out.add(k.substring(i, i + 2));
            if (k.length() == 1) out.add(k);
        } else {
            for (String w : k.split(" ")) {
                if (w.length() > 3 && w.endsWith("s")) w = w.substring(0, w.length() - 1);
                if (!w.isEmpty() && !Set.of("and", "the", "of", "a", "an", "in", "to", "for").contains(w)) out.add(w);
            }
        }
        return out;
    }
}
