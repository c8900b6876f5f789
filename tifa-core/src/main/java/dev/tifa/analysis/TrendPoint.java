package dev.tifa.analysis;

import dev.tifa.model.Document;

/** One document's count of one concept, as a point of a trend. */
public record TrendPoint(Document document, int size, ConceptCount count) {
}
