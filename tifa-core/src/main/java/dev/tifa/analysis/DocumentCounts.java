package dev.tifa.analysis;

import dev.tifa.model.Document;
import dev.tifa.model.Hit;

import java.util.List;
import java.util.Map;

/**
 * The counts of all matched concepts in one document, and the hits they were counted from (so that every number
 * can be shown with its passages).
 *
 * @param size the document's length in the unit of its language
 */
public record DocumentCounts(Document document, int size, Map<String, ConceptCount> counts, List<Hit> hits) {
    public ConceptCount count(String conceptId) {
        ConceptCount c = counts.get(conceptId);
        return c != null ? c : new ConceptCount(conceptId, 0, 0, Map.of(), 0);
    }

    public List<Hit> hitsOf(String conceptId) {
        return hits.stream().filter(h -> h.conceptId().equals(conceptId)).toList();
    }
}
