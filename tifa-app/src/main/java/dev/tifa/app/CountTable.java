package dev.tifa.app;

import dev.tifa.analysis.DocumentCounts;
import dev.tifa.model.Concept;
import dev.tifa.text.match.MatchOptions;

import java.util.List;

/**
 * Concepts × documents counts, with the hits behind every cell and the matching rules they were counted by.
 *
 * @param notes what the reader must know about the numbers (e.g. documents whose texts are not in the store)
 */
public record CountTable(List<Concept> concepts, List<DocumentCounts> documents, MatchOptions options, List<String> notes) {
    public CountTable(List<Concept> concepts, List<DocumentCounts> documents, MatchOptions options) {
        this(concepts, documents, options, List.of());
    }
}
