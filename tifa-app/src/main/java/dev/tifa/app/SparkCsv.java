package dev.tifa.app;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Reads one table of a tifa-spark output ({@code OUT/csv/NAME/part-*.csv}: UTF-8, a header row, RFC 4180 quoting,
 * fields with line breaks quoted) row by row, without Spark, with Jackson's CSV reader. An empty unquoted cell is null
 * (Spark writes a null so), a quoted empty one {@code ""}.
 */
final class SparkCsv {
    private static final CsvMapper CSV = CsvMapper.builder()
            .enable(CsvParser.Feature.EMPTY_UNQUOTED_STRING_AS_NULL)
            .enable(CsvParser.Feature.FAIL_ON_MISSING_HEADER_COLUMNS)
            .build();
    private static final CsvSchema HEADER = CsvSchema.emptySchema().withHeader();

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
                rows(in, part.toString(), action);
            } catch (IOException | UncheckedIOException e) {
                throw new IllegalArgumentException("cannot read " + part + ": " + e.getMessage(), e);
            }
        }
    }

    /**
     * The rows of one CSV text with a header row (an empty text, as an empty partition writes, has none); a problem is
     * named with {@code name} and the row (the header is row 1).
     */
    static void rows(Reader in, String name, Consumer<Map<String, String>> action) throws IOException {
        long n = 1;
        try (MappingIterator<Map<String, String>> it = CSV.readerForMapOf(String.class).with(HEADER).readValues(in)) {
            while (true) {
                Map<String, String> row;
                try {
                    if (!it.hasNextValue()) break;
                    n++;
                    row = it.nextValue();
                } catch (IOException | RuntimeException e) { // a malformed row: its file and number, not a stack trace
                    throw new IllegalArgumentException(name + ": row " + n + ": " + firstLine(e.getMessage()), e);
                }
                try {
                    action.accept(row);
                } catch (RuntimeException e) { // a bad cell: name the file and the row, not a stack trace
                    throw new IllegalArgumentException(name + ": row " + n + ": " + e.getMessage(), e);
                }
            }
        }
    }

    private static String firstLine(String message) {
        if (message == null) return "malformed CSV";
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}
