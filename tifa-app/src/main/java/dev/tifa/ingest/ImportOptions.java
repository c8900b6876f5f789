package dev.tifa.ingest;

import dev.tifa.model.Kind;
import dev.tifa.model.Language;

import java.time.LocalDate;
import java.util.Map;

/**
 * Overrides and defaults from the command line ({@code --series, --kind, --lang, --title, --date, --attr k=v}).
 * Any null field means "not given"; a given field wins over what the source says, and attributes are merged
 * (the command line's value winning on a clash).
 *
 * <p>A few attribute keys steer a reader instead of describing the document (see {@link #SWITCHES});
 * they are not copied into the documents' attributes.
 */
public record ImportOptions(String series, Kind kind, Language language, String title, LocalDate date,
                            Map<String, String> attributes) {

    /** Chooses the side(s) of an aligned-pairs TSV: {@code zh}, {@code en} (default) or {@code both}. */
    public static final String TSV_SIDE = "tsv-side";

    /** Attribute keys that are reader switches, not document attributes. */
    static final java.util.Set<String> SWITCHES = java.util.Set.of(TSV_SIDE);

    public ImportOptions {
        attributes = attributes == null ? Map.of() : Map.copyOf(attributes);
    }

    public static ImportOptions none() {
        return new ImportOptions(null, null, null, null, null, Map.of());
    }

    /** The value of an attribute or switch given on the command line, or null. */
    public String attribute(String key) {
        return attributes.get(key);
    }
}
