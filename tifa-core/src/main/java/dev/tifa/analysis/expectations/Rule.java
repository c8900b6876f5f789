package dev.tifa.analysis.expectations;

import java.util.Objects;

/**
 * One expectation about an outcome document: {@code appears 新质生产力}, {@code at-least 3 "new quality productive forces"},
 * {@code rises 安全}, {@code falls 改革开放}, {@code theme-rises technology}, {@code absent 计划经济}.
 *
 * @param kind  what is expected
 * @param term  the term (concept id, glossary form or phrase); for theme rules, the theme id
 * @param n     the minimum count for {@link RuleKind#AT_LEAST}, else null
 */
public record Rule(RuleKind kind, String term, Integer n) {
    public Rule {
        Objects.requireNonNull(kind, "kind");
        if (term == null || term.isBlank()) throw new IllegalArgumentException("rule '" + kind.code() + "' needs a term");
        term = term.strip();
        if (kind == RuleKind.AT_LEAST && (n == null || n < 1)) throw new IllegalArgumentException("rule 'at-least' needs a number ≥ 1");
        if (kind != RuleKind.AT_LEAST) n = null;
    }

    /** The rule in the syntax {@link RuleSyntax#parse} reads. */
    public String text() {
        String t = term.matches("\\S+") ? term : "\"" + term + "\"";
        return kind.code() + (n == null ? "" : " " + n) + " " + t;
    }
}
