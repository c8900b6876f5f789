package dev.tifa.cli;

import dev.tifa.text.match.MatchOptions;
import picocli.CommandLine.Option;

/** {@code --exact} and {@code --phrase}: how literally a term is taken. */
public final class MatchingOptions {
    @Option(names = "--exact", description = "English: do not fold plurals of the last word (case and hyphens are still folded).")
    boolean exact;

    @Option(names = "--phrase", description = "Take each TERM as a literal phrase, even where it is a glossary form or concept id.")
    boolean phrase;

    @Option(names = "--with-title", description = "Count each document's title with its body (as press word counts usually do); the output says so.")
    boolean withTitle;

    public boolean withTitle() {
        return withTitle;
    }

    public MatchOptions options() {
        return exact ? MatchOptions.exact() : MatchOptions.defaults();
    }

    public boolean phrase() {
        return phrase;
    }
}
