package dev.tifa.analysis.lists;

import dev.tifa.analysis.Context;

import java.util.Comparator;
import java.util.List;

/** Ways to arrange KWIC lines: cut to the sentence, sorted by the words left or right of the match. */
public final class KwicLines {
    private static final String SENTENCE_END = "。！？；!?;";

    private KwicLines() {
    }

    /** The line with its context cut at the sentence's ends (the closing mark kept on the right). */
    public static Context sentence(Context c) {
        String left = c.left();
        int cut = -1;
        for (int i = left.length() - 1; i >= 0; i--) {
            if (SENTENCE_END.indexOf(left.charAt(i)) >= 0) {
                cut = i;
                break;
            }
        }
        String right = c.right();
        int end = right.length();
        for (int i = 0; i < right.length(); i++) {
            if (SENTENCE_END.indexOf(right.charAt(i)) >= 0) {
                end = i + 1;
                break;
            }
        }
        return new Context(c.documentKey(), c.conceptId(), c.form(), c.start(), c.end(), c.originalStart(), c.originalEnd(),
                left.substring(cut + 1), c.match(), right.substring(0, end), c.nestedIn());
    }

    /**
     * Lines cut to their sentence when {@code sentence}, in the order {@code sort} names: position (as found), left or
     * right; null means position. Another name is an {@link IllegalArgumentException} naming the choices.
     */
    public static List<Context> arrange(List<Context> lines, String sort, boolean sentence) {
        List<Context> out = sentence ? lines.stream().map(KwicLines::sentence).toList() : lines;
        if (sort == null || sort.equals("position")) return out;
        return switch (sort) {
            case "left" -> out.stream().sorted(BY_LEFT).toList();
            case "right" -> out.stream().sorted(BY_RIGHT).toList();
            default -> throw new IllegalArgumentException("sort by position, left or right, not " + sort);
        };
    }

    /** By the left context read backwards from the match (the word just before first), as concordancers sort. */
    public static final Comparator<Context> BY_LEFT = Comparator.comparing((Context c) -> new StringBuilder(c.left()).reverse().toString())
            .thenComparing(Context::documentKey).thenComparingInt(Context::start);

    /** By the right context read forwards from the match. */
    public static final Comparator<Context> BY_RIGHT = Comparator.comparing(Context::right)
            .thenComparing(Context::documentKey).thenComparingInt(Context::start);
}
