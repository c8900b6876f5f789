package dev.tifa.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.tifa.app.CsvCells;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The per-document lines of an import (status, key, title, where), written as they happen to a {@code --report}
 * file: CSV, or JSON when the file name ends in {@code .json}. Never held in memory.
 */
final class ImportLog implements AutoCloseable {
    private static final List<String> COLUMNS = List.of("status", "key", "title", "where");

    private final BufferedWriter out;
    private final JsonGenerator json;

    private ImportLog(BufferedWriter out, JsonGenerator json) {
        this.out = out;
        this.json = json;
    }

    static ImportLog open(Path file) {
        try {
            BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
            if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json")) {
                JsonGenerator g = new JsonFactory().createGenerator(w);
                g.writeStartArray();
                return new ImportLog(w, g);
            }
            w.write(String.join(",", COLUMNS));
            w.write("\r\n");
            return new ImportLog(w, null);
        } catch (IOException e) {
            throw new UserError("--report: cannot write " + file + ": " + e.getMessage());
        }
    }

    synchronized void row(String status, String key, String title, String where) {
        try {
            if (json != null) {
                json.writeStartObject();
                json.writeStringField("status", status);
                json.writeStringField("key", key);
                json.writeStringField("title", title);
                json.writeStringField("where", where);
                json.writeEndObject();
            } else {
                out.write(CsvCells.encode(status) + "," + CsvCells.encode(key) + "," + CsvCells.encode(title) + "," + CsvCells.encode(where) + "\r\n");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the import report: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        try {
            if (json != null) {
                json.writeEndArray();
                json.close();
            }
            out.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the import report: " + e.getMessage(), e);
        }
    }
}
