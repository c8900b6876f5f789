package dev.tifa.ingest;

import com.fasterxml.jackson.core.JsonParser;
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

    private final ObjectMapper json = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    @Override
    public boolean accepts(Path file) {
        return EXTENSIONS.contains(Locations.extension(file));
    }

    @Override
    public void read(Path file, ImportOptions options, Consumer<SourceItem> sink) throws IOException {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            ByteArrayOutputStream line = new ByteArrayOutputStream();
            int number = 0;
            boolean more = true;
            while (more) {
                int b = in.read();
                if (b != '\n' && b != -1) {
                    line.write(b);
                    continue;
                }
                more = b != -1;
                if (!more && line.size() == 0) break;
                number++;
                readLine(file, number, line.toByteArray(), options, sink);
                line.reset();
            }
        }
    }

    void readLine(Path file, int number, byte[] bytes, ImportOptions options, Consumer<SourceItem> sink) {
        String location = Locations.of(file, number);
        try {
            int start = number == 1 && TextBytes.startsWith(bytes, 0xEF, 0xBB, 0xBF) ? 3 : 0;
            String text = TextBytes.utf8(bytes, start, bytes.length - start, number);
            if (text.isBlank()) return;
            sink.accept(SourceItem.of(location, JsonRecords.toDocument(parse(text, number), location, number, options)));
        } catch (BadInput e) {
            sink.accept(SourceItem.problem(location, e.getMessage()));
        }
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
        long lines = 0;
        boolean content = false;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
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
