package dev.tifa.app;

import dev.tifa.analysis.pattern.QueryPattern;
import dev.tifa.model.Concept;
import dev.tifa.model.Document;
import dev.tifa.model.Hit;
import dev.tifa.text.match.FormulationMatcher;
import dev.tifa.text.match.MatchOptions;

import java.util.List;

/**
 * What an instrument (position, ladder, collocates) looks for: a term (a concept, all its forms, matched with the
 * whole glossary so that nesting is known) or a pattern. Either way its hits have offsets in the cleaned text.
 */
public final class Query {
    /** How the typed text is read. */
    public enum Mode {
        /** A concept id, glossary form or phrase. */
        TERM,
        /** The pattern language: gaps, slots, alternatives. */
        PATTERN,
        /** A java.util.regex. */
        REGEX
    }

    private final String label;
    private final Concept concept;
    private final FormulationMatcher matcher;
    private final QueryPattern pattern;
    private final MatchOptions options;

    private Query(String label, Concept concept, FormulationMatcher matcher, QueryPattern pattern, MatchOptions options) {
        this.label = label;
        this.concept = concept;
        this.matcher = matcher;
        this.pattern = pattern;
        this.options = options;
    }

    /** Reads {@code text} in {@code mode}; a bad pattern throws {@link dev.tifa.analysis.pattern.PatternSyntaxError}. */
    public static Query of(Workspace ws, String text, Mode mode, boolean phrase, MatchOptions options) {
        if (mode == Mode.TERM) {
            Concept c = new TermResolver(ws.glossary()).resolve(text, phrase);
            return new Query(c.label(), c, new FormulationService(ws).matcher(List.of(c), options), null, options);
        }
        return of(QueryPattern.compile(text, mode == Mode.REGEX ? QueryPattern.Mode.REGEX : QueryPattern.Mode.PATTERN));
    }

    /** A compiled pattern as a query (e.g. with the web's smaller step budget). */
    public static Query of(QueryPattern p) {
        return new Query(p.label(), null, null, p, MatchOptions.defaults());
    }

    public String label() {
        return label;
    }

    /** The concept asked for, or null for a pattern. */
    public Concept concept() {
        return concept;
    }

    /** The matching rules a term is counted by. */
    public MatchOptions options() {
        return options;
    }

    /** The pattern asked for, or null for a term. */
    public QueryPattern pattern() {
        return pattern;
    }

    /** Its hits in {@code doc}, in text order. */
    public List<Hit> hits(Document doc) {
        if (pattern != null) return pattern.match(doc.clean()).stream().map(h -> h.asHit(label)).toList();
        return matcher.match(doc.clean()).stream().filter(h -> h.conceptId().equals(concept.id())).toList();
    }
}
