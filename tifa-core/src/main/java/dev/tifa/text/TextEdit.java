package dev.tifa.text;

/**
 * Builds the output of one cleaning stage char by char, remembering for each output char which input char it
 * came from; {@link #applyTo} then composes that with the input's own map back to the original.
 */
public final class TextEdit {
    private final StringBuilder out;
    private int[] from;
    private int size;

    public TextEdit(int capacity) {
        out = new StringBuilder(capacity);
        from = new int[Math.max(16, capacity + 1)];
    }

    /** Emits {@code c}, which stands for input position {@code source}. */
    public TextEdit append(char c, int source) {
        if (size == from.length) from = java.util.Arrays.copyOf(from, size * 2);
        out.append(c);
        from[size++] = source;
        return this;
    }

    /** Emits every char of {@code s}, all standing for input position {@code source}. */
    public TextEdit append(CharSequence s, int source) {
        for (int i = 0; i < s.length(); i++) append(s.charAt(i), source);
        return this;
    }

    /** Copies input chars [start, end) unchanged. */
    public TextEdit copy(String input, int start, int end) {
        for (int i = start; i < end; i++) append(input.charAt(i), i);
        return this;
    }

    public int length() {
        return size;
    }

    public char lastChar() {
        return size == 0 ? '\0' : out.charAt(size - 1);
    }

    /** Drops output chars from {@code newLength} on. */
    public void truncate(int newLength) {
        out.setLength(newLength);
        size = newLength;
    }

    /** The stage's result as a CleanText mapped back to the original of {@code input}. */
    public CleanText applyTo(CleanText input) {
        int[] map = new int[size + 1];
        for (int i = 0; i < size; i++) map[i] = input.toOriginal(from[i]);
        map[size] = size == 0 ? input.toOriginal(0) : input.toOriginal(from[size - 1] + 1);
        return new CleanText(out.toString(), map);
    }
}
