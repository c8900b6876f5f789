package dev.tifa.app;

import dev.tifa.glossary.Glossary;
import dev.tifa.model.Concept;

import java.util.List;

/**
 * Turns what the user typed into concepts: a concept id or any form of a glossary concept means that concept (all
 * its forms, in both languages); anything else is an ad-hoc phrase. {@code phrase} forces the literal phrase.
 */
public final class TermResolver {
    private final Glossary glossary;

    public TermResolver(Glossary glossary) {
        this.glossary = glossary;
    }

    public Concept resolve(String term, boolean phrase) {
        if (term == null || term.isBlank()) throw new IllegalArgumentException("empty term");
        if (phrase) return Concept.adHoc(term);
        return glossary.concept(term).or(() -> glossary.conceptWithForm(term)).orElseGet(() -> Concept.adHoc(term));
    }

    public List<Concept> resolveAll(List<String> terms, boolean phrase) {
        return terms.stream().map(t -> resolve(t, phrase)).distinct().toList();
    }
}
