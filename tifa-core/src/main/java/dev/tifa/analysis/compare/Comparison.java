package dev.tifa.analysis.compare;

import dev.tifa.model.Document;

import java.util.List;

/**
 * What changed between two documents, A (older) and B (newer).
 *
 * @param a         the older document
 * @param b         the newer document
 * @param sizeA     A's length in characters (Chinese) or words (English)
 * @param sizeB     B's length
 * @param concepts  every glossary concept, most changed first (NEW, DROPPED, UP, DOWN, SAME, ABSENT; then by rate change)
 * @param themes    every theme of the glossary that either text touches, by largest share change
 * @param keyTerms  words and word pairs of the whole texts (not only the glossary), by descending G²
 */
public record Comparison(Document a, Document b, int sizeA, int sizeB, List<ConceptChange> concepts,
                         List<ThemeChange> themes, List<KeyTerm> keyTerms) {

    public List<ConceptChange> withStatus(ConceptChange.Status status) {
        return concepts.stream().filter(c -> c.status() == status).toList();
    }
}
