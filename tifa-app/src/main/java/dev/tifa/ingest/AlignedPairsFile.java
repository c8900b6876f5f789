package dev.tifa.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The rows of an aligned-pairs file ({@code pair_id source_line zh en}), kept as pairs: the import makes one document
 * per side, the parallel check needs both sentences of each pair together.
 */
public final class AlignedPairsFile {
    static final String HEADER = "pair_id\tsource_line\tzh\ten";
    private static final int COLUMNS = 4;

    /** One row: its 1-based line in the file and its cells. */
    public record Row(int line, String pairId, String zh, String en) {
    }

    /** The rows, and one message per row skipped for having the wrong number of columns. */
    public record Pairs(Path file, List<Row> rows, List<String> problems) {
    }

    private AlignedPairsFile() {
    }

    /** Reads {@code file}; a missing, unreadable or malformed file is an IllegalArgumentException naming it. */
    public static Pairs read(Path file) {
        try {
            List<String> problems = new ArrayList<>();
            List<Row> rows = rows(TextBytes.decodeFile(Files.readAllBytes(file)),
                    bad -> problems.add(file + ": " + bad.getMessage()));
            return new Pairs(file, rows, problems);
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException(file + ": no such file");
        } catch (IOException e) {
            throw new IllegalArgumentException(file + ": cannot read: " + e.getMessage());
        } catch (BadInput e) {
            throw new IllegalArgumentException(file + ": " + e.getMessage());
        }
    }

    /** The well-formed rows of {@code text}; a row with the wrong number of columns goes to {@code skipped}. */
    static List<Row> rows(String text, Consumer<BadInput> skipped) throws BadInput {
        List<String> lines = text.lines().toList();
        if (lines.isEmpty() || text.isBlank()) throw new BadInput("empty file");
        if (!lines.get(0).strip().equals(HEADER)) {
            throw new BadInput(1, "not an aligned-pairs file: the header must be 'pair_id<TAB>source_line<TAB>zh<TAB>en'");
        }
        List<Row> rows = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) continue;
            String[] cells = line.split("\t", -1);
            if (cells.length != COLUMNS) {
                skipped.accept(new BadInput(i + 1,
                        "expected " + COLUMNS + " tab-separated columns, found " + cells.length + "; row skipped"));
                continue;
            }
            rows.add(new Row(i + 1, cells[0].strip(), cells[2], cells[3]));
        }
        if (rows.isEmpty()) throw new BadInput("no pairs: the file has a header but no rows");
        return rows;
    }
}
