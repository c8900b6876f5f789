package dev.tifa.cli;

import dev.tifa.app.Query;
import dev.tifa.app.Workspace;
import dev.tifa.analysis.pattern.QueryPattern;
import picocli.CommandLine.Option;

/** {@code --pattern} and {@code --regex}: read TERM as a pattern instead of a term (see docs/instruments.md). */
public final class PatternOptions {
    @Option(names = "--pattern", description = "Read TERM as a pattern: … gap (≤ 20 characters, within the sentence; …{0,8} bounds it), "
            + "{X} a slot that captures, (a|b) alternatives. E.g. '坚持…不动摇', '统筹{X}和{Y}', '加快(建设|构建|发展)'.")
    boolean pattern;

    @Option(names = "--regex", description = "Read TERM as a Java regular expression; named groups (?<X>...) are slots.")
    boolean regex;

    public boolean active() {
        return pattern || regex;
    }

    public Query.Mode mode() {
        if (pattern && regex) throw new UserError("--pattern and --regex exclude each other: choose one");
        return regex ? Query.Mode.REGEX : pattern ? Query.Mode.PATTERN : Query.Mode.TERM;
    }

    public QueryPattern compile(String text) {
        return QueryPattern.compile(text, mode() == Query.Mode.REGEX ? QueryPattern.Mode.REGEX : QueryPattern.Mode.PATTERN);
    }

    /** The query a TERM stands for under these options. */
    public Query query(Workspace ws, String text, MatchingOptions matching) {
        return Query.of(ws, text, mode(), matching.phrase(), matching.options());
    }

    /** The note under a pattern's table: what it was compiled to. */
    static String note(QueryPattern p) {
        return "Pattern " + p.label() + (p.mode() == QueryPattern.Mode.PATTERN ? " = regex " + p.regex() : "")
                + ". Matched on the cleaned text, folded like every match (case, hyphens); matches do not overlap.";
    }
}
