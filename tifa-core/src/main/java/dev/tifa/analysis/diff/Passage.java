package dev.tifa.analysis.diff;

/**
 * A sentence of a cleaned text, the unit two editions are aligned by.
 *
 * @param index     its number in the whole text, from 0
 * @param paragraph the number of its paragraph, from 0
 * @param start     offset in the cleaned text
 * @param end       end offset (exclusive)
 * @param text      the sentence, surrounding white space trimmed
 */
public record Passage(int index, int paragraph, int start, int end, String text) {
    /** The sentence with all white space removed: two passages with the same key are the same passage. */
    public String key() {
        return Sentences.normalise(text);
    }
}
