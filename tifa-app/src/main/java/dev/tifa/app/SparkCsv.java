package dev.tifa.app;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Reads one table of a tifa-spark output ({@code OUT/csv/NAME/part-*.csv}: UTF-8, a header row, quotes doubled as in
 * RFC 4180, fields with line breaks quoted) row by row, without Spark. Empty cells are null.
 */
final class SparkCsv {
    private SparkCsv() {
    }

    static boolean exists(Path output, String table) {
        return Files.isDirectory(output.resolve("csv").resolve(table));
    }

    /** Every row of every part file, in part order, as column → value. */
    static void read(Path output, String table, Consumer<Map<String, String>> action) {
        Path dir = output.resolve("csv").resolve(table);
        List<Path> parts;
        try (Stream<Path> s = Files.list(dir)) {
            parts = s.filter(p -> p.getFileName().toString().startsWith("part-") && p.getFileName().toString().endsWith(".csv")).sorted().toList();
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read " + dir + ": " + e.getMessage(), e);
        }
        for (Path part : parts) {
            try (BufferedReader in = Files.newBufferedReader(part, StandardCharsets.UTF_8)) {
                List<String> header = record(in);
                if (header == null) continue; // an empty partition writes an empty part
                List<String> row;
                long n = 1;
                while ((row = record(in)) != null) {
                    n++;
                    if (row.size() != header.size()) {
                        throw new IllegalArgumentException(part + ": row " + n + " has " + row.size() + " cells, the header " + header.size());
                    }
                    Map<String, String> m = new LinkedHashMap<>();
                    for (int i = 0; i < header.size(); i++) m.put(header.get(i), row.get(i));
                    try {
                        action.accept(m);
                    } catch (RuntimeException e) { // a bad cell: name the file and the row, not a stack trace
                        throw new IllegalArgumentException(part + ": row " + n + ": " + e.getMessage(), e);
                    }
                }
            } catch (IOException e) {
                throw new IllegalArgumentException("cannot read " + part + ": " + e.getMessage(), e);
            }
        }
    }

    /** One CSV record (it may span lines inside quotes), or null at the end. */
    static List<String> record(Reader in) throws IOException {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false, any = false, wasQuoted = false;
        int c;
        while ((c = in.read()) != -1) {
            any = true;
            if (quoted) {
                if (c == '"') {
                    in.mark(1);
                    int next = in.read();
                    if (next == '"') cell.append('"');
                    else {
                        quoted = false;
                        if (next != -1) in.reset();
                    }
                } else {
                    cell.append((char) c);
                }
            } else if (c == '"') {
                quoted = true;
                wasQuoted = true;
            } else if (c == ',') {
                cells.add(cell.isEmpty() && !wasQuoted ? null : cell.toString());
                cell.setLength(0);
                wasQuoted = false;
            } else if (c == '\n') {
                break;
            } else if (c != '\r') {
                cell.append((char) c);
            }
        }
        if (!any) return null;
        cells.add(cell.isEmpty() && !wasQuoted ? null : cell.toString());
        return cells;
    }
}
