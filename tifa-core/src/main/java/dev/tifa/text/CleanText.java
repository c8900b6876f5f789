package dev.tifa.text;

import java.util.Arrays;
import java.util.Objects;

/**
 * A cleaned text with, for every position in it, the position in the original text it came from,
 * so that every hit can be shown in the text the user imported.
 */
public final class CleanText {
    private final String text;
    private final int[] toOriginal; // length text.length() + 1; the last entry maps the end

    CleanText(String text, int[] toOriginal) {
        this.text = Objects.requireNonNull(text);
        if (toOriginal.length != text.length() + 1) {
            throw new IllegalArgumentException("offset map has " + toOriginal.length + " entries for " + text.length() + " chars");
        }
        this.toOriginal = toOriginal;
    }

    /** A text that is its own original. */
    public static CleanText identity(String text) {
        int[] map = new int[text.length() + 1];
        Arrays.setAll(map, i -> i);
        return new CleanText(text, map);
    }

    public String text() {
        return text;
    }

    public int length() {
        return text.length();
    }

    /** The original offset of clean offset {@code i} (0 ≤ i ≤ length). */
    public int toOriginal(int i) {
        return toOriginal[i];
    }

    /** The original span of the clean span [start, end): from the first char's origin to just past the last char's origin. */
    public int[] originalSpan(int start, int end) {
        if (end <= start) return new int[]{toOriginal[start], toOriginal[start]};
        return new int[]{toOriginal[start], toOriginal[end - 1] + 1};
    }

    @Override
    public String toString() {
        return text;
    }
}
