package dev.tifa.spark;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a job read, counted and could not count — written as {@code summary.json} beside the outputs and printed.
 * Every row read is accounted for: {@code rowsRead = documentsRead + badRows}, and
 * {@code documentsRead = documentsCounted + duplicates}.
 *
 * @param rowsRead         JSONL lines that are not blank, Parquet rows, text files, unreadable or unsupported files
 * @param documentsRead    rows that made a document
 * @param duplicates       documents whose text an earlier one already had: counted once, as the store keeps them once
 * @param documentsCounted documents in the outputs
 * @param occurrences      occurrences of glossary forms, nested ones included
 * @param undated          counted documents without a date (by year: without a year), left out of the per-period aggregates
 * @param badRows          rows not counted, by reason and file
 * @param seconds          the whole job, from listing the inputs to the last table written
 * @param countingSeconds  of which reading, decompressing, parsing, cleaning and matching every row (the rest:
 *                         keys, aggregates, writing)
 */
public record Summary(long rowsRead, long documentsRead, long duplicates, long documentsCounted, long occurrences,
                      long undated, String period, long badRows, List<BadRows> problems, int files, String output,
                      double seconds, double countingSeconds) {

    /** Rows of one file not counted for one reason, with the first message as an example. */
    public record BadRows(String reason, String file, long rows, String example) {
    }

    @JsonProperty("bad_rows_by_reason")
    public Map<String, Long> byReason() {
        Map<String, Long> out = new TreeMap<>();
        for (BadRows b : problems) out.merge(b.reason(), b.rows(), Long::sum);
        return out;
    }

    public String json() {
        try {
            return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                    .setPropertyNamingStrategy(com.fasterxml.jackson.databind.PropertyNamingStrategies.SNAKE_CASE)
                    .writeValueAsString(this);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void print(PrintWriter out) {
        out.printf("read %,d rows from %,d files in %.1f s (%.1f s reading and counting, %.1f s keys, aggregates and writing)%n",
                rowsRead, files, seconds, countingSeconds, seconds - countingSeconds);
        out.printf("counted %,d documents (%,d occurrences)%s%n", documentsCounted, occurrences,
                duplicates > 0 ? "; " + duplicates + " repeated an earlier document's text and were counted once" : "");
        if (undated > 0) out.printf("%,d documents have no date and are left out of the per-%s aggregates%n", undated, period);
        if (badRows == 0) {
            out.println("bad rows: none");
        } else {
            out.printf("bad rows: %,d, not counted:%n", badRows);
            for (BadRows b : problems) out.printf("  %s: %,d in %s (e.g. %s)%n", b.reason(), b.rows(), b.file(), b.example());
        }
        out.println("written to " + output + " (summary.json, parquet/, csv/)");
        out.flush();
    }
}
