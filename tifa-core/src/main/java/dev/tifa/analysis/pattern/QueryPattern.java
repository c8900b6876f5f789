package dev.tifa.analysis.pattern;

import dev.tifa.text.match.FoldedText;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * A query with gaps, slots and alternatives, compiled to a {@link java.util.regex.Pattern} that runs over the same
 * folded match view as the glossary matcher, so that its hits have the offsets of any other hit.
 *
 * <p>The pattern language (Chinese-first):
 * <ul>
 *   <li>{@code …}, {@code ……} or {@code ...}: a gap of 0 to {@value #GAP} characters, shortest first, that does not
 *       cross a sentence end (。！？； or a line break); {@code …{2,8}} or {@code …{5}} gives the bounds
 *       (at most {@value #MAX_BOUND}).</li>
 *   <li>{@code {X}}: a slot named X (a Latin letter, then letters or digits) that captures 1 to {@value #SLOT}
 *       characters within a clause (no ，、：；。！？). A slot between literals takes the shortest fill; a slot at the
 *       start or end of the pattern (or of an alternative) runs to its clause's edge (still at most {@value #SLOT}
 *       characters).</li>
 *   <li>{@code (a|b|c)}: alternatives; groups may nest. {@code \} takes the next character literally.</li>
 *   <li>Everything else is literal, folded like the text (case, hyphens, full width).</li>
 * </ul>
 * In regex mode the source is a java.util.regex pattern as is; its named groups are the slots.
 *
 * <p>Matches do not overlap: the leftmost match is taken, and the search goes on after its end.
 */
public final class QueryPattern {
    public enum Mode { PATTERN, REGEX }

    public static final int GAP = 20;
    public static final int SLOT = 12;
    public static final int MAX_BOUND = 200;
    /** Steps (character reads) allowed per character of text, plus a fixed allowance; far above any sane pattern. */
    public static final long STEPS_PER_CHAR = 1_000;
    public static final long STEPS_BASE = 1_000_000;

    private static final String SENTENCE_END = "。！？；\\n";
    private static final String CLAUSE_END = "，、：；。！？\\n";

    private final String source;
    private final Mode mode;
    private final Pattern regex;
    private final List<String> slots;
    private final long stepsPerChar;
    private final List<String> requiredText;

    private QueryPattern(String source, Mode mode, Pattern regex, List<String> slots, long stepsPerChar, List<String> requiredText) {
        this.source = source;
        this.mode = mode;
        this.regex = regex;
        this.slots = List.copyOf(slots);
        this.stepsPerChar = stepsPerChar;
        this.requiredText = List.copyOf(requiredText);
    }

    /** This pattern with a smaller (or larger) step budget per character of text, e.g. for a shared web server. */
    public QueryPattern withStepsPerChar(long steps) {
        return new QueryPattern(source, mode, regex, slots, steps, requiredText);
    }

    /**
     * Text every match contains, as it stands in the match view (the literal runs outside parentheses, when the
     * pattern has no alternatives at its top level); empty for a regex. A document without one of them cannot match,
     * so an index may pass it over.
     */
    public List<String> requiredText() {
        return requiredText;
    }

    public static QueryPattern compile(String source, Mode mode) {
        if (source == null || source.isBlank()) throw new PatternSyntaxError(source == null ? "" : source, 0, "the pattern is empty");
        if (mode == Mode.REGEX) return regex(source);
        List<String> slots = new ArrayList<>();
        Translator t = new Translator(source, slots);
        String translated = t.translate();
        return new QueryPattern(source, mode, Pattern.compile(translated), slots, STEPS_PER_CHAR, t.required());
    }

    private static QueryPattern regex(String source) {
        try {
            Pattern p = Pattern.compile(source);
            List<String> slots = new ArrayList<>();
            Matcher names = Pattern.compile("\\(\\?<([a-zA-Z][a-zA-Z0-9]*)>").matcher(source);
            while (names.find()) slots.add(names.group(1));
            if (p.matcher("").matches()) throw new PatternSyntaxError(source, 0, "the regex matches the empty string");
            return new QueryPattern(source, Mode.REGEX, p, slots, STEPS_PER_CHAR, List.of());
        } catch (PatternSyntaxException e) {
            throw new PatternSyntaxError(source, Math.max(0, e.getIndex()), e.getDescription());
        }
    }

    public String source() {
        return source;
    }

    public Mode mode() {
        return mode;
    }

    /** The slot names, in the order they appear. */
    public List<String> slots() {
        return slots;
    }

    /** The java.util.regex it was compiled to (shown to the user who asks what a pattern means). */
    public String regex() {
        return regex.pattern();
    }

    /** A label that says what was asked, used as the id of the hits' pseudo-concept. */
    public String label() {
        return (mode == Mode.REGEX ? "re:" : "pattern:") + source;
    }

    /** Every match in {@code cleanText}, within this pattern's step budget. */
    public List<PatternHit> match(String cleanText) {
        return match(cleanText, STEPS_BASE + stepsPerChar * cleanText.length());
    }

    /**
     * Every match in {@code cleanText}; throws {@link PatternTooSlow} when the regex engine reads the text more than
     * {@code budget} times.
     */
    public List<PatternHit> match(String cleanText, long budget) {
        FoldedText view = FoldedText.of(cleanText);
        Matcher m = regex.matcher(new BudgetedText(view.text(), budget, source));
        List<PatternHit> out = new ArrayList<>();
        while (m.find()) {
            if (m.end() == m.start()) continue; // regex mode: an empty match counts nothing
            int[] span = view.sourceSpan(m.start(), m.end());
            Map<String, String> filled = new LinkedHashMap<>();
            for (String s : slots) {
                int gs = m.start(s);
                if (gs < 0) continue;
                int[] g = view.sourceSpan(gs, m.end(s));
                filled.put(s, cleanText.substring(g[0], g[1]));
            }
            out.add(new PatternHit(span[0], span[1], cleanText.substring(span[0], span[1]), filled));
        }
        return out;
    }

    /** Pattern language → regex, one left-to-right pass; every error names its position. */
    private static final class Translator {
        private final String src;
        private final List<String> slots;
        private final StringBuilder out = new StringBuilder();
        private final StringBuilder literals = new StringBuilder();
        /** Literal runs every match contains: those outside parentheses, unless the top level has alternatives. */
        private final List<String> required = new ArrayList<>();
        private boolean topLevelAlternatives;
        private int depth;
        private int i;

        Translator(String src, List<String> slots) {
            this.src = src;
            this.slots = slots;
        }

        String translate() {
            List<Integer> open = new ArrayList<>();
            boolean literalSeen = false;
            while (i < src.length()) {
                char c = src.charAt(i);
                int gapLength = gapAt(i);
                if (gapLength > 0) {
                    int at = i;
                    i += gapLength;
                    int[] bounds = bounds(at);
                    if (!literalSeen) throw error(at, "a gap needs text before it");
                    if (restIsEmpty()) throw error(at, "a gap needs text after it");
                    emit("[^" + SENTENCE_END + "]{" + bounds[0] + ',' + bounds[1] + "}?");
                    continue;
                }
                switch (c) {
                    case '{' -> {
                        slot(literalSeen);
                        continue;
                    }
                    case '}' -> throw error(i, "'}' without '{'");
                    case '(' -> {
                        open.add(i);
                        emit(""); // the text before it is at the outer level
                        depth++;
                        emit("(?:");
                    }
                    case ')' -> {
                        if (depth == 0) throw error(i, "')' without '('");
                        if (src.charAt(i - 1) == '(' || src.charAt(i - 1) == '|') throw error(i, "an empty alternative");
                        emit(""); // the text inside belongs to the group
                        depth--;
                        open.remove(open.size() - 1);
                        emit(")");
                    }
                    case '|' -> {
                        if (i == 0 || src.charAt(i - 1) == '(' || src.charAt(i - 1) == '|') throw error(i, "an empty alternative");
                        if (depth == 0) topLevelAlternatives = true;
                        emit("|");
                    }
                    case '\\' -> {
                        if (i + 1 >= src.length()) throw error(i, "'\\' at the end escapes nothing");
                        i++;
                        literal(src.charAt(i));
                        literalSeen = true;
                    }
                    default -> {
                        literal(c);
                        literalSeen = true;
                    }
                }
                i++;
            }
            emit("");
            if (!open.isEmpty()) throw error(open.get(open.size() - 1), "'(' is never closed");
            if (src.endsWith("|")) throw error(src.length() - 1, "an empty alternative");
            if (!literalSeen && slots.isEmpty()) throw error(0, "the pattern has no text to look for");
            return out.toString();
        }

        /** Length of the gap marker at {@code at} (…, ……, ...), or 0. */
        private int gapAt(int at) {
            if (src.startsWith("……", at)) return 2;
            if (src.charAt(at) == '…') return 1;
            if (src.startsWith("...", at)) return 3;
            return 0;
        }

        private int[] bounds(int gapAt) {
            if (i >= src.length() || src.charAt(i) != '{' || !Character.isDigit(next(i + 1))) return new int[]{0, GAP};
            int close = src.indexOf('}', i);
            if (close < 0) throw error(i, "'{' is never closed");
            String inner = src.substring(i + 1, close);
            Matcher m = Pattern.compile("(\\d{1,4})(?:,(\\d{1,4}))?").matcher(inner);
            if (!m.matches()) throw error(i, "bounds are {MIN,MAX} or {N}, not {" + inner + "}");
            int min = Integer.parseInt(m.group(1));
            int max = m.group(2) == null ? min : Integer.parseInt(m.group(2));
            if (min > max) throw error(i, "the gap's minimum " + min + " is above its maximum " + max);
            if (max > MAX_BOUND) throw error(i, "a gap of at most " + MAX_BOUND + " characters, not " + max);
            i = close + 1;
            return new int[]{min, max};
        }

        private void slot(boolean literalBefore) {
            int at = i;
            int close = src.indexOf('}', i);
            if (close < 0) throw error(at, "'{' is never closed");
            String name = src.substring(i + 1, close);
            if (!name.isEmpty() && Character.isDigit(name.charAt(0))) throw error(at, "bounds {" + name + "} must follow a gap (… or ...)");
            if (!name.matches("[a-zA-Z][a-zA-Z0-9]*")) throw error(at, "a slot is named by a Latin letter and letters or digits, like {X}, not {" + name + "}");
            if (slots.contains(name)) throw error(at, "slot {" + name + "} is used twice");
            slots.add(name);
            i = close + 1;
            boolean edge = !literalBefore || endsAlternative();
            emit("(?<" + name + ">[^" + CLAUSE_END + "]{1," + SLOT + (edge ? "})" : "}?)"));
        }

        /** Whether nothing literal follows in this alternative: the end, or | (past any closing parentheses). */
        private boolean endsAlternative() {
            for (int k = i; k < src.length(); k++) {
                char c = src.charAt(k);
                if (c == '|') return true;
                if (!Character.isWhitespace(c) && c != ')') return false;
            }
            return true;
        }

        private boolean restIsEmpty() {
            for (int k = i; k < src.length(); k++) if (!Character.isWhitespace(src.charAt(k)) && src.charAt(k) != ')') return false;
            return true;
        }

        private char next(int at) {
            return at < src.length() ? src.charAt(at) : '\0';
        }

        private void literal(char c) {
            // spaces in a Chinese pattern are for the eye: the cleaned text has none between Chinese characters
            if (Character.isWhitespace(c) && src.codePoints().anyMatch(x -> x >= 0x2E80)) return;
            String folded = Character.isWhitespace(c) ? " " : FoldedText.foldLiteral(String.valueOf(c));
            literals.append(folded);
        }

        /** Appends regex syntax after the literal text gathered so far, quoted as one run. */
        private void emit(String syntax) {
            if (!literals.isEmpty()) out.append(Pattern.quote(literals.toString()));
            if (!literals.isEmpty() && depth == 0) required.add(literals.toString());
            literals.setLength(0);
            out.append(syntax);
        }

        List<String> required() {
            return topLevelAlternatives ? List.of() : List.copyOf(required);
        }

        private PatternSyntaxError error(int at, String problem) {
            return new PatternSyntaxError(src, at, problem);
        }
    }
}
