package dev.tifa.ingest;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.function.Consumer;

/**
 * JSON Lines ({@code .jsonl}, {@code .ndjson}): one document per line. A bad line is reported with its number
 * and the reader goes on with the next one, so one truncated record does not cost the whole collection.
 */
final class JsonlReader implements DocumentReader {
    static final Set<String> EXTENSIONS = Set.of(".jsonl", ".ndjson");

    private final ReadLimits limits;
    private final ObjectMapper json;

    JsonlReader(ReadLimits limits) {
        this.limits = limits;
        // Jackson's own string limit (20 M characters) must not undercut ours: the size check names --max-chars
        JsonFactory factory = JsonFactory.builder().streamReadConstraints(StreamReadConstraints.builder()
                .maxStringLength(Math.max(StreamReadConstraints.DEFAULT_MAX_STRING_LEN, limits.maxChars() + 1)).build()).build();
        this.json = new ObjectMapper(factory)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    }

    @Override
    public boolean accepts(Path file) {
        return EXTENSIONS.contains(Locations.extension(file));
    }

    @Override
    public void read(Path file, ImportOptions options, Consumer<SourceItem> sink) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            read(in, file, options, sink);
        }
    }

    /**
     * Reads lines from a stream (a file, or a {@code .gz} being decompressed), one line in memory at a time. A stream
     * that ends early (a truncated {@code .gz}) is reported at the line it broke off in; the lines before it stand.
     * A line longer than the limit is counted, not held.
     */
    void read(InputStream raw, Path file, ImportOptions options, Consumer<SourceItem> sink) throws IOException {
        // not a BufferedInputStream: its read keeps filling while the source has more, so a .gz that breaks off
        // would take the lines already decompressed in that read down with it
        java.io.PushbackInputStream in = new java.io.PushbackInputStream(raw, TextBytes.SNIFF);
        byte[] head;
        try {
            head = in.readNBytes(TextBytes.SNIFF);
        } catch (java.io.EOFException | java.util.zip.ZipException e) {
            sink.accept(SourceItem.problem(Locations.of(file, 1), "line 1: the compressed file is truncated or damaged here ("
                    + e.getMessage() + "); the lines before it were read"));
            return;
        }
        in.unread(head);
        // the same rules as for a single-document file: one problem for the file, not one per "line"
        if (TextBytes.looksBinary(head)) {
            sink.accept(SourceItem.problem(file.toString(), "binary file, not text"));
            return;
        }
        byte[] buf = new byte[1 << 16];
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        long lineBytes = 0;
        int number = 0;
        int records = 0;
        while (true) {
            int n;
            try {
                n = in.read(buf);
            } catch (java.io.EOFException | java.util.zip.ZipException e) {
                sink.accept(SourceItem.problem(Locations.of(file, number + 1), "line " + (number + 1)
                        + ": the compressed file is truncated or damaged here (" + e.getMessage() + "); the lines before it were read"));
                return;
            }
            if (n < 0) break;
            int start = 0;
            for (int k = 0; k <= n; k++) {
                boolean end = k < n && buf[k] == '\n';
                if (k < n && !end) continue;
                int len = k - start;
                if (lineBytes + len <= limits.maxLineBytes()) line.write(buf, start, len);
                lineBytes += len;
                if (!end) break; // the rest of this line comes with the next buffer
                number++;
                if (lineLimitedOrRead(file, number, line, lineBytes, options, sink)) records++;
                line.reset();
                lineBytes = 0;
                start = k + 1;
            }
        }
        if (lineBytes > 0 && lineLimitedOrRead(file, number + 1, line, lineBytes, options, sink)) records++;
        if (records == 0) sink.accept(SourceItem.problem(file.toString(), "empty file: no JSON records"));
    }

    /** @return false when the line is blank */
    private boolean lineLimitedOrRead(Path file, int number, ByteArrayOutputStream line, long lineBytes,
                                      ImportOptions options, Consumer<SourceItem> sink) {
        if (lineBytes <= limits.maxLineBytes()) return readLine(file, number, line.toByteArray(), options, sink);
        sink.accept(SourceItem.problem(Locations.of(file, number), String.format(java.util.Locale.ROOT,
                "line %d: record too large: %,d bytes (documents are limited to %,d characters; raise it with --max-chars)",
                number, lineBytes, limits.maxChars())));
        return true;
    }

    /** @return false when the line is blank */
    private boolean readLine(Path file, int number, byte[] bytes, ImportOptions options, Consumer<SourceItem> sink) {
        String location = Locations.of(file, number);
        try {
            int start = number == 1 && TextBytes.startsWith(bytes, 0xEF, 0xBB, 0xBF) ? 3 : 0;
            String text = TextBytes.utf8(bytes, start, bytes.length - start, number);
            if (text.isBlank()) return false;
            sink.accept(SourceItem.of(location, JsonRecords.toDocument(parse(text, number), location, number, options)));
        } catch (BadInput e) {
            sink.accept(SourceItem.problem(location, e.getMessage()));
        }
        return true;
    }

    private JsonNode parse(String text, int number) throws BadInput {
        try {
            return json.readTree(text);
        } catch (JsonProcessingException e) {
            throw new BadInput(number, "truncated or invalid JSON: " + e.getOriginalMessage().lines().findFirst().orElse(""));
        }
    }

    /** Non-blank lines, for a progress bar; counted on bytes so it is quick. */
    static long countLines(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return countLines(in);
        }
    }

    static long countLines(InputStream source) throws IOException {
        long lines = 0;
        boolean content = false;
        try (InputStream in = new BufferedInputStream(source, 1 << 16)) {
            for (int b = in.read(); b != -1; b = in.read()) {
                if (b == '\n') {
                    if (content) lines++;
                    content = false;
                } else if (b != ' ' && b != '\t' && b != '\r') {
                    content = true;
                }
            }
        }
        return content ? lines + 1 : lines;
    }
}
