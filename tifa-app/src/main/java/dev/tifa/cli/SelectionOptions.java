package dev.tifa.cli;

import dev.tifa.model.Kind;
import dev.tifa.model.Language;
import dev.tifa.store.DocumentFilter;
import picocli.CommandLine.Option;

import java.util.List;

/** Which documents a command looks at: {@code --docs --series --kind --lang --from --to}. */
public final class SelectionOptions {
    @Option(names = "--docs", split = ",", paramLabel = "KEY", description = "Documents by key or id (comma-separated).")
    List<String> docs;

    @Option(names = "--series", split = ",", paramLabel = "SERIES", description = "Series, e.g. gov-work-report, party-congress, third-plenum.")
    List<String> series;

    @Option(names = "--kind", split = ",", paramLabel = "KIND", description = "official, resolution, commentary, preview.")
    List<String> kinds;

    @Option(names = "--lang", paramLabel = "LANG", description = "zh or en.")
    String language;

    @Option(names = "--from", paramLabel = "YEAR", description = "First year (inclusive).")
    @Range(min = 1, max = 9999, unit = "a year")
    Integer from;

    @Option(names = "--to", paramLabel = "YEAR", description = "Last year (inclusive).")
    @Range(min = 1, max = 9999, unit = "a year")
    Integer to;

    public DocumentFilter filter() {
        return new DocumentFilter(docs, series,
                kinds == null ? null : kinds.stream().map(Kind::parse).toList(),
                language == null ? null : Language.parse(language), from, to, null);
    }

    /** The filter, official documents only unless kinds were asked for: counts are about what the Party said. */
    public DocumentFilter filterDefaultOfficial() {
        DocumentFilter f = filter();
        if (kinds != null || docs != null) return f;
        return new DocumentFilter(f.keys(), f.series(), List.of(Kind.OFFICIAL), f.language(), f.fromYear(), f.toYear(), f.text());
    }
}
