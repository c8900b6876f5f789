package dev.tifa.cli;

import dev.tifa.app.Query;
import dev.tifa.app.Workspace;
import dev.tifa.store.DocumentFilter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** The TERM of an instrument command with how to read it (--phrase, --pattern, --regex) and where (the selection). */
public final class QueryArgument {
    @Mixin SelectionOptions selection;
    @Mixin MatchingOptions matching;
    @Mixin PatternOptions patterns;

    @Parameters(paramLabel = "TERM", description = "Concept id, glossary form or phrase (or a pattern with --pattern/--regex).")
    String term;

    public Query query(Workspace ws) {
        return patterns.query(ws, term, matching);
    }

    /** The selection, official documents unless --kind or --docs says otherwise. */
    public DocumentFilter filter() {
        return selection.filterDefaultOfficial();
    }

    /** How to ask for the passages of the same query. */
    public String kwicHint() {
        return "tifa kwic " + term + (patterns.active() ? (patterns.mode() == Query.Mode.REGEX ? " --regex" : " --pattern") : "");
    }
}
