package dev.tifa.app;

import dev.tifa.analysis.Trend;
import dev.tifa.model.Document;
import dev.tifa.store.DocumentFilter;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A document's neighbours in its series: the texts it is compared with when an analyst says "up from last time".
 * Neighbours share the series, language and kind, and are the same kind of text ({@link #textType}): a communiqué is
 * compared with a communiqué, never with a Decision.
 */
public final class SeriesNeighbours {
    private final Workspace workspace;

    public SeriesNeighbours(Workspace workspace) {
        this.workspace = workspace;
    }

    /** The latest earlier document of the series that is the same kind of text. */
    public Optional<Document> predecessor(Document d) {
        if (d.meta().series() == null || d.meta().sortDate() == null) return Optional.empty();
        return sameSeries(d).stream()
                .filter(x -> x.meta().sortDate() != null && x.meta().sortDate().isBefore(d.meta().sortDate()))
                .filter(x -> sameType(x, d))
                .max(Comparator.comparing((Document x) -> x.meta().sortDate()).thenComparingLong(Document::id));
    }

    /** The document of the series from a given year (for "up from 15 in 2019"), the same kind of text; the longest. */
    public Optional<Document> ofYear(Document d, int year) {
        if (d.meta().series() == null) return Optional.empty();
        return sameSeries(d).stream().filter(x -> x.meta().year() != null && x.meta().year() == year)
                .filter(x -> sameType(x, d))
                .max(Comparator.comparingInt(Document::size));
    }

    /**
     * What kind of text a document is: its {@code doc-type} attribute, else what its title says (公报/communiqué →
     * communique, 决定/decision, 决议/resolution, 报告/report), else "" (unknown, the same as any other unknown).
     */
    public static String textType(Document d) {
        String type = d.meta().attributes().getOrDefault("doc-type", "").toLowerCase(java.util.Locale.ROOT);
        if (type.startsWith("communiq")) return "communique";
        if (!type.isEmpty()) return type;
        String title = d.meta().title().toLowerCase(java.util.Locale.ROOT);
        if (title.contains("公报") || title.contains("communiq")) return "communique";
        if (title.contains("决定") || title.contains("decision")) return "decision";
        if (title.contains("决议") || title.contains("resolution")) return "resolution";
        if (title.contains("报告") || title.contains("report")) return "report";
        return "";
    }

    private List<Document> sameSeries(Document d) {
        DocumentFilter f = new DocumentFilter(null, List.of(d.meta().series()), List.of(d.meta().kind()), d.meta().language(), null, null, null);
        return workspace.store().documents(f).stream().filter(x -> x.id() != d.id()).sorted(Trend.CHRONOLOGICAL).toList();
    }

    private static boolean sameType(Document a, Document b) {
        return textType(a).equals(textType(b));
    }
}
