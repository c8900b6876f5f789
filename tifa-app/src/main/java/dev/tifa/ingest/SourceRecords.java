package dev.tifa.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tifa.model.RawDocument;

import java.nio.file.Path;

/**
 * The import's own rules for one record or one file, for callers that read the bytes themselves (the Spark job reads
 * from Hadoop file systems): the same readers, field rules and problem messages as {@code tifa import}, so that a
 * record means the same document wherever it is read.
 */
public final class SourceRecords {
    /** Record formats, by extension once a compression suffix ({@code .gz}) is taken off. */
    public enum Format { JSONL, TEXT }

    private final ImportOptions options;
    private final JsonlReader jsonl = new JsonlReader(ReadLimits.DEFAULT);

    public SourceRecords(ImportOptions options) {
        this.options = options == null ? ImportOptions.none() : options;
    }

    /** The format of a file named {@code name} (without compression suffix), or null when the import does not read it here. */
    public static Format format(String name) {
        Path file = Path.of(name);
        if (JsonlReader.EXTENSIONS.contains(Locations.extension(file))) return Format.JSONL;
        if (PlainTextReader.EXTENSIONS.contains(Locations.extension(file))) return Format.TEXT;
        return null;
    }

    /**
     * One line of a JSONL file, exactly as {@code tifa import} reads it.
     *
     * @param number 1-based line number
     * @return the document or the problem, or null for a blank line (which the import skips too)
     */
    public SourceItem jsonLine(Path file, int number, byte[] bytes) {
        SourceItem[] out = new SourceItem[1];
        jsonl.readLine(file, number, bytes, options, item -> out[0] = item);
        return out[0];
    }

    /** One record given as a JSON object (a Parquet row's named columns), with the JSONL field rules. */
    public SourceItem record(JsonNode fields, String location) {
        try {
            return SourceItem.of(location, JsonRecords.toDocument(fields, location, 0, options));
        } catch (BadInput e) {
            return SourceItem.problem(location, e.getMessage());
        }
    }

    /** A whole plain-text file: metadata from its name and front matter, as the import reads it. */
    public SourceItem textFile(Path file, byte[] bytes) {
        try {
            RawDocument d = PlainTextReader.document(file, bytes, options);
            return SourceItem.of(file.toString(), d);
        } catch (BadInput e) {
            return SourceItem.problem(file, e);
        }
    }
}
