package dev.tifa.bench;

import dev.tifa.glossary.GlossaryReader;
import dev.tifa.model.Document;
import dev.tifa.model.Hit;
import dev.tifa.text.Cleaner;
import dev.tifa.text.CleanText;
import dev.tifa.text.match.FormulationMatcher;
import dev.tifa.text.match.MatchOptions;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes every hit of the default glossary over the corpus, and each document's size, one line each: a golden file
 * to diff before and after a change to the matcher's hot paths (same corpus, same glossary ⇒ same lines).
 * Hits are taken both on the cleaned string and on the original mapped through the cleaning ({@link CleanText}).
 *
 * <p>Usage: {@code DumpHits CORPUS_DIR OUT_FILE}
 */
public final class DumpHits {
    public static void main(String[] args) throws IOException {
        List<Document> docs = Corpus.cleaned(Corpus.read(Path.of(args[0])));
        for (MatchOptions options : List.of(MatchOptions.defaults(), MatchOptions.exact())) {
            FormulationMatcher m = FormulationMatcher.compile(new GlossaryReader().readDefault().concepts(), options);
            try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(Path.of(args[1] + (options.inflect() ? "" : ".exact")), StandardCharsets.UTF_8))) {
                for (Document d : docs) {
                    out.println("doc " + d.key() + " size=" + d.size());
                    for (Hit h : m.match(d.clean())) out.println("  " + h);
                    CleanText mapped = Cleaner.forSpec(d.cleaning()).clean(d.original());
                    for (Hit h : m.match(mapped)) out.println("  orig " + h);
                }
            }
        }
    }

    private DumpHits() {
    }
}
