package dev.tifa.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Reads files and folders into documents: finds the right reader for each file (folders are walked recursively,
 * in name order, skipping hidden files and folders) and streams what they yield. Readers turn sources into
 * {@link dev.tifa.model.RawDocument}s only: cleaning and storing happen elsewhere.
 */
public final class DocumentSources {
    static final String SUPPORTED = ".jsonl .txt .md .html .htm .pdf .tsv, and any of them as .gz";

    private final ImportOptions options;
    private final ReadLimits limits;
    private final List<DocumentReader> readers;
    /** Any of them inside a .gz. */
    private final DocumentReader compressed;

    /** Thrown by a sink that wants no more items (an import aborting): ends the reading, is never reported as a problem. */
    public static final class StopReading extends RuntimeException {
        public StopReading() {
            super("stop reading", null, false, false);
        }
    }

    public DocumentSources(ImportOptions options) {
        this(options, ReadLimits.DEFAULT);
    }

    public DocumentSources(ImportOptions options, ReadLimits limits) {
        this.options = options == null ? ImportOptions.none() : options;
        this.limits = limits == null ? ReadLimits.DEFAULT : limits;
        this.readers = List.of(new JsonlReader(this.limits), new PlainTextReader(), new HtmlArticleReader(),
                new PdfReader(this.limits), new AlignedPairsReader());
        this.compressed = new Compressed(readers);
    }

    /**
     * Reads a file or folder. Bad content never throws: it comes to the sink as a problem item naming the file
     * (and line).
     *
     * @throws IllegalArgumentException when the path does not exist
     */
    public void read(Path path, Consumer<SourceItem> sink) {
        requireExists(path);
        if (Files.isDirectory(path)) {
            for (Path file : files(path, sink)) readFile(file, sink);
        } else {
            readFile(path, sink);
        }
    }

    /** How many items reading the path will roughly give: lines for JSONL, one per other file. For a progress bar. */
    public static long countItems(Path path) {
        requireExists(path);
        long count = 0;
        for (Path file : Files.isDirectory(path) ? files(path, item -> { }) : List.of(path)) {
            try {
                if (Compressed.isGzip(file)) count += Compressed.countItems(file);
                else count += JsonlReader.EXTENSIONS.contains(Locations.extension(file)) ? JsonlReader.countLines(file) : 1;
            } catch (IOException | UncheckedIOException e) {
                count++; // it will come out as one problem item
            }
        }
        return count;
    }

    private void readFile(Path file, Consumer<SourceItem> sink) {
        DocumentReader reader = compressed.accepts(file) ? compressed : readers.stream().filter(r -> r.accepts(file)).findFirst().orElse(null);
        if (reader == null) {
            String ext = Locations.extension(file);
            sink.accept(SourceItem.problem(file.toString(), "unsupported file type " + (ext.isEmpty() ? "(no extension)" : ext)
                    + " (supported: " + SUPPORTED + ")"));
            return;
        }
        BoundedRead.run(file, limits.perDocument(), items -> readWith(reader, file, items),
                item -> sink.accept(TextChecks.check(item, limits.maxChars())));
    }

    /** Runs one reader; whatever goes wrong becomes one problem item naming the file ({@link Error}s: see BoundedRead). */
    private void readWith(DocumentReader reader, Path file, Consumer<SourceItem> sink) {
        try {
            reader.read(file, options, sink);
        } catch (IOException | UncheckedIOException e) {
            sink.accept(SourceItem.problem(file.toString(), "cannot read file: " + e.getMessage()));
        } catch (BoundedRead.Stopped | StopReading e) {
            throw e;
        } catch (RuntimeException e) {
            // a bug in a reader must not end an import of thousands of files; the message says what to report
            sink.accept(SourceItem.problem(file.toString(), "could not read (" + e.getClass().getSimpleName() + "): " + e.getMessage()));
        }
    }

    /** The regular files under a folder, depth first in name order; hidden entries and symlinked folders skipped. */
    private static List<Path> files(Path folder, Consumer<SourceItem> sink) {
        List<Path> out = new java.util.ArrayList<>();
        walk(folder, out, sink);
        return out;
    }

    private static void walk(Path folder, List<Path> out, Consumer<SourceItem> sink) {
        List<Path> children;
        try (Stream<Path> list = Files.list(folder)) {
            children = list.filter(p -> !p.getFileName().toString().startsWith("."))
                    .sorted(Comparator.comparing(p -> p.getFileName().toString()))
                    .toList();
        } catch (IOException | UncheckedIOException e) {
            sink.accept(SourceItem.problem(folder.toString(), "cannot list folder: " + e.getMessage()));
            return;
        }
        for (Path child : children) {
            if (Files.isDirectory(child, LinkOption.NOFOLLOW_LINKS)) walk(child, out, sink);
            else if (Files.isRegularFile(child)) out.add(child);
        }
    }

    private static void requireExists(Path path) {
        if (path == null || !Files.exists(path)) {
            throw new IllegalArgumentException("no such file or folder: " + path
                    + (path == null ? "" : " (looked for " + path.toAbsolutePath().normalize() + ")"));
        }
    }
}
