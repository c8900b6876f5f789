package dev.tifa.analysis.expectations;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rule syntax of the command line: {@code KIND [N] TERM}, the term quoted when it has spaces
 * ({@code at-least 3 "new quality productive forces"}).
 */
public final class RuleSyntax {
    private static final Pattern RULE = Pattern.compile("^\\s*(?<kind>[A-Za-z_-]+)\\s+(?:(?<n>\\d+)\\s+)?(?<term>.+?)\\s*$");

    private RuleSyntax() {
    }

    public static Rule parse(String text) {
        if (text == null || text.isBlank()) throw new IllegalArgumentException("empty rule");
        Matcher m = RULE.matcher(text);
        if (!m.matches()) throw new IllegalArgumentException("cannot read rule '" + text + "' (expected e.g. appears 新质生产力, at-least 3 \"new quality productive forces\")");
        RuleKind kind = RuleKind.parse(m.group("kind"));
        String term = unquote(m.group("term"));
        Integer n = m.group("n") == null ? null : Integer.valueOf(m.group("n"));
        if (kind != RuleKind.AT_LEAST && n != null) term = m.group("n") + " " + term; // "appears 14 five-year plan"
        return new Rule(kind, term, n);
    }

    static String unquote(String t) {
        String s = t.strip();
        if (s.length() >= 2 && "\"'“‘「".indexOf(s.charAt(0)) >= 0 && "\"'”’」".indexOf(s.charAt(s.length() - 1)) >= 0) {
            return s.substring(1, s.length() - 1).strip();
        }
        return s;
    }
}
