package dev.tifa.bench;

import dev.tifa.analysis.Counter;
import dev.tifa.analysis.DocumentCounts;
import dev.tifa.glossary.GlossaryReader;
import dev.tifa.model.Document;
import dev.tifa.text.match.FormulationMatcher;
import dev.tifa.text.match.MatchOptions;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes what the ripgrep side of the comparison reads: the cleaned texts (one UTF-8 file per document, exactly the
 * strings the count benchmark matches) and the default glossary's patterns (every string the matcher's automaton
 * holds, one a line), plus {@code corpus.properties} with the corpus's size and Tifa's own hit total.
 *
 * <p>Usage: {@code ExportTexts CORPUS_DIR OUT_DIR} → {@code OUT_DIR/texts/*.txt}, {@code OUT_DIR/patterns.txt},
 * {@code OUT_DIR/corpus.properties}.
 */
public final class ExportTexts {
    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: ExportTexts CORPUS_DIR OUT_DIR");
            System.exit(2);
        }
        Path corpus = Path.of(args[0]);
        Path out = Path.of(args[1]);
        List<Document> docs = Corpus.cleaned(Corpus.read(corpus));
        Path texts = Files.createDirectories(out.resolve("texts"));
        for (Document d : docs) {
            Files.writeString(texts.resolve(String.format("%04d.txt", d.id())), d.clean(), StandardCharsets.UTF_8);
        }
        FormulationMatcher matcher = FormulationMatcher.compile(new GlossaryReader().readDefault().concepts(), MatchOptions.defaults());
        for (String p : matcher.patterns()) {
            if (p.isEmpty() || p.indexOf('\n') >= 0) throw new IllegalStateException("pattern unusable for rg -f: '" + p + "'");
        }
        Files.write(out.resolve("patterns.txt"), matcher.patterns(), StandardCharsets.UTF_8);

        Counter counter = new Counter(matcher);
        long hits = 0;
        long standalone = 0;
        for (Document d : docs) {
            DocumentCounts c = counter.count(d);
            hits += c.hits().size();
            standalone += c.hits().stream().filter(h -> h.standalone()).count();
        }
        int concepts = new GlossaryReader().readDefault().concepts().size();
        String props = "documents=" + docs.size() + "\n"
                + "chars=" + Corpus.chars(docs) + "\n"
                + "utf8_bytes=" + Corpus.utf8Bytes(docs) + "\n"
                + "concepts=" + concepts + "\n"
                + "patterns=" + matcher.patternCount() + "\n"
                + "tifa_hits=" + hits + "\n"
                + "tifa_standalone_hits=" + standalone + "\n";
        Files.writeString(out.resolve("corpus.properties"), props, StandardCharsets.UTF_8);
        System.out.print(props);
    }

    private ExportTexts() {
    }
}
