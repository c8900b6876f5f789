package dev.tifa.model;

/**
 * One occurrence of one form of a concept in a cleaned text.
 *
 * @param conceptId the concept (or ad-hoc term id) it belongs to
 * @param form      the glossary form that matched, as written in the glossary
 * @param start     start offset in the cleaned text (inclusive)
 * @param end       end offset in the cleaned text (exclusive)
 * @param nestedIn  the longest other form whose occurrence contains this one, or null when standalone
 */
public record Hit(String conceptId, String form, int start, int end, String nestedIn) {
    public boolean standalone() {
        return nestedIn == null;
    }

    public int length() {
        return end - start;
    }

    public boolean contains(Hit other) {
        return start <= other.start && other.end <= end && length() > other.length();
    }
}
