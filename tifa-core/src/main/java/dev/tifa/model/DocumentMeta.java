package dev.tifa.model;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;

/**
 * What is known about a document besides its text.
 *
 * @param title      as the source gives it
 * @param date       the day of adoption or publication, when known
 * @param year       the year the document belongs to (always set when {@code date} is)
 * @param series     e.g. {@code party-congress}, {@code gov-work-report}, {@code third-plenum}; may be null
 * @param kind       official text, resolution, commentary or preview
 * @param language   zh or en
 * @param source     URL or file path it came from
 * @param attributes free-form extras shown with every number: translation, byline, congress, section …
 */
public record DocumentMeta(String title, LocalDate date, Integer year, String series, Kind kind,
                           Language language, String source, Map<String, String> attributes) {
    public DocumentMeta {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(language, "language");
        if (year == null && date != null) year = date.getYear();
        attributes = attributes == null ? Map.of() : Map.copyOf(attributes);
    }

    public DocumentMeta withAttributes(Map<String, String> more) {
        var merged = new java.util.TreeMap<>(attributes);
        merged.putAll(more);
        return new DocumentMeta(title, date, year, series, kind, language, source, merged);
    }

    /** A sortable date: the date, else 1 July of the year, else null. */
    public LocalDate sortDate() {
        if (date != null) return date;
        return year == null ? null : LocalDate.of(year, 7, 1);
    }
}
