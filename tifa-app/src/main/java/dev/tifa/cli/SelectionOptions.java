package dev.tifa.cli;

import dev.tifa.analysis.time.DayBound;
import dev.tifa.model.Kind;
import dev.tifa.model.Language;
import dev.tifa.store.DocumentFilter;
import picocli.CommandLine.Option;

import java.time.LocalDate;
import java.util.List;

/** Which documents a command looks at: {@code --docs --series --kind --lang --from --to}. */
public final class SelectionOptions {
    @Option(names = "--docs", split = ",", paramLabel = "KEY", description = "Documents by key or id (comma-separated).")
    List<String> docs;

    @Option(names = "--series", split = ",", paramLabel = "SERIES", description = "Series, e.g. gov-work-report, party-congress, third-plenum, xwlb.")
    List<String> series;

    @Option(names = "--kind", split = ",", paramLabel = "KIND", description = "official, resolution, commentary, preview, news.")
    List<String> kinds;

    @Option(names = "--lang", paramLabel = "LANG", description = "zh or en.")
    String language;

    @Range(min = 1, max = 9_999, unit = "a year; or a day yyyy-mm-dd")
    @Option(names = "--from", paramLabel = "DATE", description = "First year or day, inclusive: yyyy, yyyy-mm or yyyy-mm-dd.")
    String from;

    @Range(min = 1, max = 9_999, unit = "a year; or a day yyyy-mm-dd")
    @Option(names = "--to", paramLabel = "DATE", description = "Last year or day, inclusive: yyyy, yyyy-mm or yyyy-mm-dd.")
    String to;

    public DocumentFilter filter() {
        Integer fromYear = year(from), toYear = year(to);
        LocalDate fromDay = fromYear != null ? null : day(from, true), toDay = toYear != null ? null : day(to, false);
        return new DocumentFilter(docs, series,
                kinds == null ? null : kinds.stream().map(Kind::parse).toList(),
                language == null ? null : Language.parse(language), fromYear, toYear, null, fromDay, toDay);
    }

    /**
     * The filter, official documents only unless kinds were asked for: counts are about what the Party said. Naming
     * a series takes its news items too (a news series holds nothing else).
     */
    public DocumentFilter filterDefaultOfficial() {
        DocumentFilter f = filter();
        if (kinds != null || docs != null) return f;
        return f.withKinds(series == null ? List.of(Kind.OFFICIAL) : List.of(Kind.OFFICIAL, Kind.NEWS));
    }

    /** The filter, official documents and news items unless kinds were asked for: where a formulation was said first. */
    public DocumentFilter filterOfficialAndNews() {
        DocumentFilter f = filter();
        if (kinds != null || docs != null) return f;
        return f.withKinds(List.of(Kind.OFFICIAL, Kind.NEWS));
    }

    /** A bare year keeps its year meaning (documents known by their year only are in it). */
    private static Integer year(String text) {
        return text != null && text.strip().matches("\\d{4}") ? Integer.valueOf(text.strip()) : null;
    }

    private static LocalDate day(String text, boolean start) {
        try {
            return start ? DayBound.from(text) : DayBound.to(text);
        } catch (IllegalArgumentException e) {
            throw new UserError((start ? "--from: " : "--to: ") + e.getMessage());
        }
    }
}
