package dev.tifa.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;

/**
 * A {@code .gz} file holding any supported type, named by the inner name ({@code xwlb-2024.jsonl.gz}). JSON Lines
 * are decompressed as a stream, one line in memory at a time; any other type (a single document) is unpacked to a
 * temporary file for its reader and removed afterwards.
 */
final class Compressed implements DocumentReader {
    private final List<DocumentReader> readers;

    Compressed(List<DocumentReader> readers) {
        this.readers = readers;
    }

    @Override
    public boolean accepts(Path file) {
        return isGzip(file);
    }

    static boolean isGzip(Path file) {
        return Locations.extension(file).equals(".gz");
    }

    /** The file name inside: {@code a.jsonl.gz} → {@code a.jsonl}. */
    static Path inner(Path file) {
        String name = file.getFileName().toString();
        return Path.of(name.substring(0, name.length() - 3));
    }

    static long countItems(Path file) throws IOException {
        if (!JsonlReader.EXTENSIONS.contains(Locations.extension(inner(file)))) return 1;
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file), 1 << 16)) {
            return JsonlReader.countLines(in);
        } catch (java.io.EOFException e) {
            return 1;
        }
    }

    @Override
    public void read(Path file, ImportOptions options, Consumer<SourceItem> sink) throws IOException {
        Path inner = inner(file);
        DocumentReader reader = readers.stream().filter(r -> r.accepts(inner)).findFirst().orElse(null);
        if (reader == null) {
            String ext = Locations.extension(inner);
            sink.accept(SourceItem.problem(file.toString(), "unsupported file type inside .gz: " + (ext.isEmpty() ? "(no extension)" : ext)
                    + " (supported: " + DocumentSources.SUPPORTED + ")"));
            return;
        }
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file), 1 << 16)) {
            if (reader instanceof JsonlReader jsonl) {
                jsonl.read(in, file, options, sink);
                return;
            }
            Path dir = Files.createTempDirectory("tifa-gz");
            Path tmp = dir.resolve(inner.getFileName());
            try {
                Files.copy(in, tmp, StandardCopyOption.REPLACE_EXISTING);
                reader.read(tmp, options, item -> sink.accept(relocated(item, tmp, file)));
            } finally {
                Files.deleteIfExists(tmp);
                Files.deleteIfExists(dir);
            }
        } catch (java.io.EOFException | java.util.zip.ZipException e) {
            sink.accept(SourceItem.problem(file.toString(), "the compressed file is truncated or damaged (" + e.getMessage() + ")"));
        }
    }

    /** Items read from the unpacked copy name the .gz file the user gave. */
    private static SourceItem relocated(SourceItem item, Path tmp, Path file) {
        String location = item.location().replace(tmp.toString(), file.toString());
        if (!item.ok()) return SourceItem.problem(location, item.problem());
        var meta = item.document().meta();
        if (tmp.toString().equals(meta.source())) {
            meta = new dev.tifa.model.DocumentMeta(meta.title(), meta.date(), meta.year(), meta.series(), meta.kind(),
                    meta.language(), file.toString(), meta.attributes());
        }
        return SourceItem.of(location, new dev.tifa.model.RawDocument(meta, item.document().original(), item.document().profile()));
    }
}
