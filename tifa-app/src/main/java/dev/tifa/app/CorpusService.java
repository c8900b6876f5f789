package dev.tifa.app;

import dev.tifa.model.Document;
import dev.tifa.store.DocumentFilter;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** What the store holds: the documents a filter selects, how many per series, and what there is to filter by. */
public final class CorpusService {
    /** Documents without a series are counted under this name. */
    public static final String NO_SERIES = "(none)";

    /**
     * @param documents the selected documents, in chronological order
     * @param perSeries selected documents per series
     * @param series    every series in the store, sorted
     * @param firstYear earliest year in the store, or null
     * @param lastYear  latest year in the store, or null
     * @param total     documents in the store
     */
    public record Overview(List<Document> documents, Map<String, Long> perSeries, List<String> series,
                           Integer firstYear, Integer lastYear, int total) {
    }

    private final Workspace workspace;

    public CorpusService(Workspace workspace) {
        this.workspace = workspace;
    }

    public Overview overview(DocumentFilter filter) {
        List<Document> all = workspace.store().documents(DocumentFilter.all());
        List<Document> selected = all.stream().filter(filter).toList();
        Map<String, Long> perSeries = selected.stream()
                .collect(Collectors.groupingBy(d -> seriesOf(d), TreeMap::new, Collectors.counting()));
        List<String> series = all.stream().map(CorpusService::seriesOf).distinct().sorted().toList();
        List<Integer> years = all.stream().map(d -> d.meta().year()).filter(Objects::nonNull).sorted().toList();
        return new Overview(selected, perSeries, series, years.isEmpty() ? null : years.get(0),
                years.isEmpty() ? null : years.get(years.size() - 1), all.size());
    }

    public static String seriesOf(Document d) {
        return d.meta().series() == null ? NO_SERIES : d.meta().series();
    }
}
