package dev.tifa.store;

import dev.tifa.model.Document;
import dev.tifa.model.Kind;
import dev.tifa.model.Language;

import java.util.List;
import java.util.function.Predicate;

/**
 * Which documents a question is about. Null or empty fields do not filter.
 *
 * @param keys     document keys or ids
 * @param series   series names
 * @param kinds    kinds
 * @param language one language
 * @param fromYear first year, inclusive
 * @param toYear   last year, inclusive
 * @param text     words the title must contain (case-insensitive)
 */
public record DocumentFilter(List<String> keys, List<String> series, List<Kind> kinds, Language language,
                             Integer fromYear, Integer toYear, String text) implements Predicate<Document> {
    public DocumentFilter {
        keys = keys == null ? List.of() : List.copyOf(keys);
        series = series == null ? List.of() : List.copyOf(series);
        kinds = kinds == null ? List.of() : List.copyOf(kinds);
    }

    public static DocumentFilter all() {
        return new DocumentFilter(null, null, null, null, null, null, null);
    }

    public DocumentFilter withSeries(String s) {
        return new DocumentFilter(keys, s == null ? List.of() : List.of(s), kinds, language, fromYear, toYear, text);
    }

    @Override
    public boolean test(Document d) {
        var m = d.meta();
        if (!keys.isEmpty() && !keys.contains(d.key()) && !keys.contains(Long.toString(d.id()))) return false;
        if (!series.isEmpty() && (m.series() == null || !series.contains(m.series()))) return false;
        if (!kinds.isEmpty() && !kinds.contains(m.kind())) return false;
        if (language != null && m.language() != language) return false;
        if (fromYear != null && (m.year() == null || m.year() < fromYear)) return false;
        if (toYear != null && (m.year() == null || m.year() > toYear)) return false;
        return text == null || text.isBlank() || m.title().toLowerCase().contains(text.toLowerCase());
    }
}
