package dev.tifa.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Consumer;

/** Turns one kind of file into documents. Bad content is reported to the sink, not thrown. */
interface DocumentReader {

    boolean accepts(Path file);

    /**
     * Reads a file, sending each document (or problem) to the sink.
     *
     * @throws IOException only when the file cannot be read at all; the caller reports it as a problem
     */
    void read(Path file, ImportOptions options, Consumer<SourceItem> sink) throws IOException;
}
