package dev.tifa.spark;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.io.compress.CompressionCodec;
import org.apache.hadoop.io.compress.CompressionCodecFactory;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * Reads one JSONL or plain-text file from any Hadoop file system (decompressing {@code .gz}, {@code .bz2} … on the
 * way) and yields its tallies lazily, a line at a time, so that a task holds one record in memory, not a file.
 * A file that cannot be read, or breaks off (a truncated archive), becomes a problem row naming it.
 */
final class FileRows implements Iterator<DocumentTally> {
    private final InputFile file;
    private final Tallier tallier;
    private final Configuration conf;
    private InputStream in;
    private int line;
    private DocumentTally next;
    private boolean done;

    FileRows(InputFile file, Tallier tallier, Configuration conf) {
        this.file = file;
        this.tallier = tallier;
        this.conf = conf;
    }

    static String unsupported(InputFile file) {
        String name = new Path(file.path()).getName();
        int dot = name.lastIndexOf('.');
        return "unsupported file type " + (dot > 0 ? name.substring(dot) : "(no extension)")
                + " (the Spark job reads .jsonl .ndjson .txt .md .text .parquet, also compressed: .gz .bz2 …)";
    }

    @Override
    public boolean hasNext() {
        if (next == null && !done) next = advance();
        return next != null;
    }

    @Override
    public DocumentTally next() {
        if (!hasNext()) throw new NoSuchElementException();
        DocumentTally t = next;
        next = null;
        return t;
    }

    private DocumentTally advance() {
        if (file.format() == null) return last(DocumentTally.problem(file.index(), 0, file.name(), file.name(), unsupported(file)));
        try {
            if (in == null) in = open();
            if (file.format() == InputFile.Format.TEXT) return last(text());
            while (true) {
                byte[] bytes = readLine();
                if (bytes == null) return last(null);
                line++;
                var item = tallier.records().jsonLine(java.nio.file.Path.of(file.name()), line, bytes);
                if (item != null) return tallier.tally(item, file, line);
            }
        } catch (IOException | RuntimeException e) {
            String where = line > 0 ? " after line " + line : "";
            return last(DocumentTally.problem(file.index(), line + 1L, file.name(), file.name(),
                    "cannot read file" + where + ": " + e.getMessage()));
        }
    }

    private DocumentTally text() throws IOException {
        byte[] bytes = in.readAllBytes();
        return tallier.tally(tallier.records().textFile(java.nio.file.Path.of(file.name()), bytes), file, 0);
    }

    /** The bytes up to the next line feed, or null at the end; a last line without one counts. */
    private byte[] readLine() throws IOException {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) != -1 && b != '\n') buf.write(b);
        if (b == -1 && buf.size() == 0) return null;
        return buf.toByteArray();
    }

    private InputStream open() throws IOException {
        Path path = new Path(file.path());
        FileSystem fs = path.getFileSystem(conf);
        InputStream raw = fs.open(path);
        CompressionCodec codec = file.codec() ? new CompressionCodecFactory(conf).getCodec(path) : null;
        return new BufferedInputStream(codec == null ? raw : codec.createInputStream(raw), 1 << 16);
    }

    private DocumentTally last(DocumentTally t) {
        done = true;
        close();
        return t;
    }

    private void close() {
        if (in == null) return;
        try {
            in.close();
        } catch (IOException e) {
            // read to the end already; nothing is lost
        }
    }
}
