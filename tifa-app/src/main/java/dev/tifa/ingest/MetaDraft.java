package dev.tifa.ingest;

import dev.tifa.model.DocumentMeta;
import dev.tifa.model.Kind;
import dev.tifa.model.Language;

import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;

/**
 * The metadata a reader has gathered for one document so far. Readers fill it from the source;
 * {@link #build} then lets the command line's options win and supplies the defaults.
 */
final class MetaDraft {
    String title;
    LocalDate date;
    Integer year;
    String series;
    Kind kind;
    Language language;
    String source;
    final Map<String, String> attributes = new TreeMap<>();

    MetaDraft attribute(String key, Object value) {
        if (key != null && value != null && !value.toString().isBlank()) attributes.put(key, value.toString().strip());
        return this;
    }

    /**
     * The final metadata: options override, then defaults (kind official, language guessed from the text,
     * title {@code fallbackTitle}).
     */
    DocumentMeta build(ImportOptions options, String text, String fallbackTitle) {
        String t = first(options.title(), title, fallbackTitle);
        LocalDate d = options.date() != null ? options.date() : date;
        // a date from the command line decides the year too, else a stale year from the source would contradict it
        Integer y = options.date() != null ? Integer.valueOf(options.date().getYear()) : year;
        Map<String, String> attrs = new TreeMap<>(attributes);
        options.attributes().forEach((k, v) -> {
            if (!ImportOptions.SWITCHES.contains(k)) attrs.put(k, v);
        });
        Kind k = options.kind() != null ? options.kind() : kind != null ? kind : Kind.OFFICIAL;
        Language l = options.language() != null ? options.language()
                : language != null ? language : LanguageGuess.of(text);
        return new DocumentMeta(t.strip(), d, y, first(options.series(), series, null), k, l, source, attrs);
    }

    private static String first(String a, String b, String c) {
        if (a != null && !a.isBlank()) return a;
        if (b != null && !b.isBlank()) return b;
        return c;
    }
}
