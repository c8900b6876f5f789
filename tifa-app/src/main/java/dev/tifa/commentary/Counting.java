package dev.tifa.commentary;

import dev.tifa.analysis.Context;
import dev.tifa.analysis.ConceptCount;
import dev.tifa.analysis.Counter;
import dev.tifa.analysis.DocumentCounts;
import dev.tifa.analysis.Kwic;
import dev.tifa.glossary.Glossary;
import dev.tifa.model.Concept;
import dev.tifa.model.Document;
import dev.tifa.model.Hit;
import dev.tifa.text.match.FormulationMatcher;
import dev.tifa.text.match.MatchOptions;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Counting for one service call: a concept is matched together with the whole glossary (so nesting is known), and
 * compiled matchers are kept for the call. Not shared between threads.
 */
final class Counting {
    static final int WINDOW = 30;

    private final Glossary glossary;
    private final Map<String, FormulationMatcher> matchers = new HashMap<>();
    private final Map<String, DocumentCounts> glossaryCounts = new HashMap<>();

    Counting(Glossary glossary) {
        this.glossary = glossary;
    }

    /** The counts of the concept in the document (every form in the document's language, nested ones included). */
    ConceptCount count(Document d, Concept c, MatchOptions options) {
        return counts(d, c, options).count(c.id());
    }

    List<Hit> hits(Document d, Concept c, MatchOptions options) {
        return counts(d, c, options).hitsOf(c.id());
    }

    List<Context> contexts(Document d, Concept c, int limit) {
        List<Hit> hits = hits(d, c, MatchOptions.defaults());
        return new Kwic(WINDOW).contexts(d, limit > 0 && hits.size() > limit ? hits.subList(0, limit) : hits);
    }

    /** Every glossary concept in the document, for theme profiles and suggestions. */
    DocumentCounts glossaryCounts(Document d) {
        return glossaryCounts.computeIfAbsent(d.key(), k -> new Counter(matcher(null, MatchOptions.defaults())).count(d));
    }

    private DocumentCounts counts(Document d, Concept c, MatchOptions options) {
        return new Counter(matcher(c, options)).count(d);
    }

    private FormulationMatcher matcher(Concept c, MatchOptions options) {
        String key = (c == null ? "" : c.id() + "\u0000" + String.join("|", c.zh()) + "\u0000" + String.join("|", c.en())) + "\u0000" + options.inflect();
        return matchers.computeIfAbsent(key, k -> {
            Map<String, Concept> all = new LinkedHashMap<>();
            glossary.concepts().forEach(x -> all.put(x.id(), x));
            if (c != null) all.put(c.id(), c);
            return FormulationMatcher.compile(all.values(), options);
        });
    }

    /** A phrase taken literally, under an id no glossary concept has. */
    static Concept literal(String phrase) {
        Concept a = Concept.adHoc(phrase);
        return new Concept("\u201C" + phrase.strip() + "\u201D", a.zh(), a.en(), List.of(), "ad-hoc phrase");
    }
}
