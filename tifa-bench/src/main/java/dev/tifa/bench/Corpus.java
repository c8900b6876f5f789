package dev.tifa.bench;

import dev.tifa.app.ImportService;
import dev.tifa.app.ImportService.Simplify;
import dev.tifa.ingest.DocumentSources;
import dev.tifa.ingest.ImportOptions;
import dev.tifa.model.Document;
import dev.tifa.model.RawDocument;
import dev.tifa.store.NewDocument;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The shared corpus as the benchmarks see it: every document that {@code tifa import} would store from the corpus
 * folder, read by the real readers and cleaned by the real {@link ImportService#prepare} (default options).
 */
public final class Corpus {
    /** Where the corpus is: {@code -Dtifa.corpus}, {@code $TIFA_CORPUS}, else {@code ../shared/corpora} or {@code /work/shared/corpora}. */
    public static Path locate(String given) {
        if (given != null && !given.isBlank()) return Path.of(given);
        String p = System.getProperty("tifa.corpus", System.getenv("TIFA_CORPUS"));
        if (p != null && !p.isBlank()) return Path.of(p);
        for (String c : new String[]{"../shared/corpora", "../../shared/corpora", "/work/shared/corpora"}) {
            if (Files.isDirectory(Path.of(c))) return Path.of(c);
        }
        throw new IllegalStateException("corpus not found: pass -Dtifa.corpus=DIR or set TIFA_CORPUS");
    }

    /** The raw documents, in import order. Fails on any unreadable input: a benchmark over a partial corpus is wrong. */
    public static List<RawDocument> read(Path root) {
        List<RawDocument> out = new ArrayList<>();
        new DocumentSources(ImportOptions.none()).read(root, item -> {
            if (!item.ok()) throw new IllegalStateException("bad corpus input: " + item.describe());
            out.add(item.document());
        });
        if (out.isEmpty()) throw new IllegalStateException("no documents under " + root);
        return out;
    }

    /** The raw documents cleaned as the import cleans them, as stored {@link Document}s (ids and keys made up). */
    public static List<Document> cleaned(List<RawDocument> raw) {
        List<Document> out = new ArrayList<>(raw.size());
        for (RawDocument r : raw) {
            NewDocument n = ImportService.prepare(r, Simplify.AUTO);
            int id = out.size() + 1;
            out.add(new Document(id, "doc-" + id, n.meta(), n.original(), n.clean(), "", n.cleaning()));
        }
        return out;
    }

    public static long chars(List<Document> docs) {
        return docs.stream().mapToLong(d -> d.clean().length()).sum();
    }

    public static long utf8Bytes(List<Document> docs) {
        return docs.stream().mapToLong(d -> d.clean().getBytes(StandardCharsets.UTF_8).length).sum();
    }

    private Corpus() {
    }
}
