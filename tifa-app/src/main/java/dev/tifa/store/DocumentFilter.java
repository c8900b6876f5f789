package dev.tifa.store;

import dev.tifa.model.Document;
import dev.tifa.model.DocumentMeta;
import dev.tifa.model.Kind;
import dev.tifa.model.Language;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Predicate;

/**
 * Which documents a question is about. Null or empty fields do not filter. The store turns it into SQL
 * ({@link DocumentQuery}); {@link #test} is the same rule in Java, for lists already in memory.
 *
 * @param keys     document keys or ids
 * @param series   series names
 * @param kinds    kinds
 * @param language one language
 * @param fromYear first year, inclusive
 * @param toYear   last year, inclusive
 * @param text     words the title must contain (case-insensitive)
 * @param fromDate first day, inclusive (a document with a year only counts as 1 July of it)
 * @param toDate   last day, inclusive
 */
public record DocumentFilter(List<String> keys, List<String> series, List<Kind> kinds, Language language,
                             Integer fromYear, Integer toYear, String text, LocalDate fromDate, LocalDate toDate)
        implements Predicate<Document> {
    public DocumentFilter {
        keys = keys == null ? List.of() : List.copyOf(keys);
        series = series == null ? List.of() : List.copyOf(series);
        kinds = kinds == null ? List.of() : List.copyOf(kinds);
    }

    public DocumentFilter(List<String> keys, List<String> series, List<Kind> kinds, Language language,
                          Integer fromYear, Integer toYear, String text) {
        this(keys, series, kinds, language, fromYear, toYear, text, null, null);
    }

    public static DocumentFilter all() {
        return new DocumentFilter(null, null, null, null, null, null, null);
    }

    public DocumentFilter withSeries(String s) {
        return new DocumentFilter(keys, s == null ? List.of() : List.of(s), kinds, language, fromYear, toYear, text, fromDate, toDate);
    }

    public DocumentFilter withKinds(List<Kind> k) {
        return new DocumentFilter(keys, series, k, language, fromYear, toYear, text, fromDate, toDate);
    }

    public DocumentFilter withLanguage(Language l) {
        return new DocumentFilter(keys, series, kinds, l, fromYear, toYear, text, fromDate, toDate);
    }

    public DocumentFilter withDays(LocalDate from, LocalDate to) {
        return new DocumentFilter(keys, series, kinds, language, fromYear, toYear, text, from, to);
    }

    public DocumentFilter withText(String words) {
        return new DocumentFilter(keys, series, kinds, language, fromYear, toYear, words, fromDate, toDate);
    }

    @Override
    public boolean test(Document d) {
        return matches(d.id(), d.key(), d.meta());
    }

    public boolean matches(long id, String key, DocumentMeta m) {
        if (!keys.isEmpty() && !keys.contains(key) && !keys.contains(Long.toString(id))) return false;
        if (!series.isEmpty() && (m.series() == null || !series.contains(m.series()))) return false;
        if (!kinds.isEmpty() && !kinds.contains(m.kind())) return false;
        if (language != null && m.language() != language) return false;
        if (fromYear != null && (m.year() == null || m.year() < fromYear)) return false;
        if (toYear != null && (m.year() == null || m.year() > toYear)) return false;
        LocalDate day = m.sortDate();
        if (fromDate != null && (day == null || day.isBefore(fromDate))) return false;
        if (toDate != null && (day == null || day.isAfter(toDate))) return false;
        return text == null || text.isBlank() || m.title().toLowerCase().contains(text.toLowerCase());
    }
}
