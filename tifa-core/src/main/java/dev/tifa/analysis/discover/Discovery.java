package dev.tifa.analysis.discover;

import dev.tifa.model.Document;

import java.util.List;

/**
 * Candidate new formulations of one document.
 *
 * @param document      the document searched
 * @param pastDocuments how many earlier documents it was compared with
 * @param candidates    by descending score
 */
public record Discovery(Document document, int pastDocuments, List<Candidate> candidates) {
    public Discovery {
        candidates = List.copyOf(candidates);
    }
}
