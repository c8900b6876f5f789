package dev.tifa.analysis.structure;

/**
 * A hit with its place in the document.
 *
 * @param start    offset in the cleaned text
 * @param end      end offset
 * @param text     what matched
 * @param section  its section path and task rank
 * @param relative its start as a fraction of the document's length (0 = beginning, 1 = end)
 */
public record PlacedHit(int start, int end, String text, Section section, double relative) {
}
