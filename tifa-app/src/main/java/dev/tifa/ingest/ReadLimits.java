package dev.tifa.ingest;

import java.time.Duration;

/**
 * How much one document may cost to read. A file beyond a limit is skipped as a problem naming the limit, so one
 * hostile or broken file never costs the rest of a batch.
 *
 * @param perDocument    longest time reading may take without yielding a document
 * @param maxChars       most characters one document's text may have (a bigger one is refused at import)
 * @param maxPdfOperators most content-stream operators one PDF may run (a generated PDF with millions of text
 *                        operators would otherwise fill the memory with glyph positions)
 */
public record ReadLimits(Duration perDocument, int maxChars, long maxPdfOperators) {
    public static final int DEFAULT_MAX_CHARS = 1_000_000;
    public static final ReadLimits DEFAULT = new ReadLimits(Duration.ofSeconds(60), DEFAULT_MAX_CHARS, 5_000_000);

    public ReadLimits {
        if (perDocument == null || perDocument.isNegative() || perDocument.isZero()) {
            throw new IllegalArgumentException("the time limit per document must be positive");
        }
        if (maxChars < 1) throw new IllegalArgumentException("the maximum document size must be at least 1 character");
        if (maxPdfOperators < 1) throw new IllegalArgumentException("the PDF operator limit must be at least 1");
    }

    public ReadLimits withMaxChars(int chars) {
        return new ReadLimits(perDocument, chars, maxPdfOperators);
    }

    public ReadLimits withPerDocument(Duration time) {
        return new ReadLimits(time, maxChars, maxPdfOperators);
    }

    /** Bytes one JSON line may take: every character escaped as {@code \}{@code uXXXX}, plus room for the fields. */
    long maxLineBytes() {
        return 6L * maxChars + 1_000_000L;
    }
}
