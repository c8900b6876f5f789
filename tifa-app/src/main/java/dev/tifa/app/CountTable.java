package dev.tifa.app;

import dev.tifa.analysis.DocumentCounts;
import dev.tifa.model.Concept;
import dev.tifa.text.match.MatchOptions;

import java.util.List;

/**
 * Concepts × documents counts and the matching rules they were counted by. The documents carry metadata only (their
 * texts are not read for a count); the hits behind a cell are there where the count was made by matching.
 *
 * @param selected     how many documents the selection holds
 * @param mentionsOnly true when only the documents that mention a term are listed (a selection of news items:
 *                     75,000 rows of zeros would bury the answer)
 * @param notes        what the reader must know about the numbers (e.g. documents whose texts are not in the store)
 */
public record CountTable(List<Concept> concepts, List<DocumentCounts> documents, MatchOptions options, int selected,
                         boolean mentionsOnly, List<String> notes) {
    public CountTable {
        notes = notes == null ? List.of() : List.copyOf(notes);
    }

    public CountTable(List<Concept> concepts, List<DocumentCounts> documents, MatchOptions options) {
        this(concepts, documents, options, documents.size(), false, List.of());
    }

    public CountTable(List<Concept> concepts, List<DocumentCounts> documents, MatchOptions options, int selected,
                      boolean mentionsOnly) {
        this(concepts, documents, options, selected, mentionsOnly, List.of());
    }
}
