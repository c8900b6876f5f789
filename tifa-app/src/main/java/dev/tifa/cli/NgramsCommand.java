package dev.tifa.cli;

import dev.tifa.analysis.lists.Ngram;
import dev.tifa.app.NgramService;
import dev.tifa.app.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.util.concurrent.Callable;

@Command(name = "ngrams", mixinStandardHelpOptions = true,
        description = "Word n-grams (clusters) of the selection with their frequency and range (number of documents), most frequent first. "
                + "Words come from the segmenter that keeps glossary formulations whole; an n-gram stays within a clause and "
                + "begins and ends with a content word.")
public final class NgramsCommand implements Callable<Integer> {
    @Mixin DataOption data;
    @Mixin SelectionOptions selection;
    @Mixin FormatOption format;
    @Spec CommandSpec spec;

    @Option(names = "--min-words", defaultValue = "2", description = "Shortest n-gram in words (default: ${DEFAULT-VALUE}).")
    @Range(min = 1, max = 10, unit = "words")
    int minWords;

    @Option(names = "--max-words", defaultValue = "3", description = "Longest n-gram in words (default: ${DEFAULT-VALUE}).")
    @Range(min = 1, max = 10, unit = "words")
    int maxWords;

    @Option(names = "--min-frequency", defaultValue = "3", description = "Least occurrences (default: ${DEFAULT-VALUE}).")
    @Range(min = 1, max = 1_000_000_000, unit = "occurrences")
    int minFrequency;

    @Option(names = "--min-range", defaultValue = "1", description = "Least documents it occurs in (default: ${DEFAULT-VALUE}).")
    @Range(min = 1, max = 1_000_000_000, unit = "documents")
    int minRange;

    @Option(names = "--top", defaultValue = "50", description = "At most this many rows; 0 for all (default: ${DEFAULT-VALUE}).")
    @Range(min = 0, max = 1_000_000, unit = "rows")
    int top;

    @Override
    public Integer call() {
        try (Workspace ws = data.open()) {
            var rows = new NgramService(ws).ngrams(selection.filterDefaultOfficial(), minWords, maxWords, minFrequency, minRange, top);
            Table t = new Table("n-gram", "words", "frequency", "range");
            for (Ngram n : rows) t.row(n.text(), n.words(), n.frequency(), n.range());
            t.note("Range: number of documents. Passages: tifa kwic --phrase NGRAM");
            TableRenderer.render(t, format.format(), spec.commandLine().getOut());
        }
        return 0;
    }
}
