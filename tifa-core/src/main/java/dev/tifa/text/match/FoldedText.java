package dev.tifa.text.match;

/**
 * The match view of a text for matchers other than the glossary automaton (pattern queries): the same folding
 * (lower case, hyphens as spaces, one space for a run), with offsets that map back to the text it was made from, so
 * that a pattern hit lands on the same offsets as a glossary hit.
 */
public final class FoldedText {
    private final MatchView view;

    private FoldedText(MatchView view) {
        this.view = view;
    }

    public static FoldedText of(String text) {
        return new FoldedText(MatchView.of(text));
    }

    public String text() {
        return view.text();
    }

    /** The source offset of view offset {@code i} (a char of the view). */
    public int toSource(int i) {
        return view.toSource(i);
    }

    /** The source span of the view span [start, end): first char's origin to just past the last char's origin. */
    public int[] sourceSpan(int start, int end) {
        if (end <= start) return new int[]{toSource(start), toSource(start)};
        return new int[]{toSource(start), toSource(end - 1) + 1};
    }

    /** One character folded like the view folds text (for the literal parts of a pattern). */
    public static String foldLiteral(String s) {
        return MatchView.ofPattern(s);
    }
}
