package dev.tifa.app;

import dev.tifa.model.Document;
import dev.tifa.model.DocumentInfo;
import dev.tifa.store.Catalog;
import dev.tifa.store.DocumentFilter;

import java.util.List;
import java.util.Map;

/**
 * What the store holds: one page of the documents a filter selects, how many per series, and what there is to
 * filter by. Everything is read from metadata in SQL, so a page of 75,000 news items costs what a page of 100 does.
 */
public final class CorpusService {
    /** Documents without a series are counted under this name. */
    public static final String NO_SERIES = Catalog.NO_SERIES;
    /** The page size of lists unless asked otherwise. */
    public static final int PAGE = 100;

    /**
     * @param documents the page of selected documents, in chronological order
     * @param selected  how many documents the filter selects in all
     * @param offset    the page's first document, 0-based, among the selected
     * @param perSeries selected documents per series
     * @param series    every series in the store, sorted
     * @param firstYear earliest year in the store, or null
     * @param lastYear  latest year in the store, or null
     * @param total     documents in the store
     */
    public record Overview(List<DocumentInfo> documents, int selected, int offset, Map<String, Long> perSeries,
                           List<String> series, Integer firstYear, Integer lastYear, int total) {
        /** Offset of the next page, or -1 on the last page. */
        public int next() {
            return offset + documents.size() < selected ? offset + documents.size() : -1;
        }

        /** Offset of the previous page, or -1 on the first. */
        public int previous(int limit) {
            return offset == 0 ? -1 : Math.max(0, offset - limit);
        }
    }

    private final Workspace workspace;

    public CorpusService(Workspace workspace) {
        this.workspace = workspace;
    }

    /** Every selected document (for small stores and choosers); see {@link #overview(DocumentFilter, int, int)}. */
    public Overview overview(DocumentFilter filter) {
        return overview(filter, 0, -1);
    }

    /** One page: {@code limit} selected documents from {@code offset} ({@code limit} -1: all). */
    public Overview overview(DocumentFilter filter, int offset, int limit) {
        Catalog catalog = new Catalog(workspace.database());
        Integer[] years = catalog.years();
        return new Overview(workspace.store().infos(filter, offset, limit), workspace.store().count(filter), Math.max(0, offset),
                catalog.perSeries(filter), catalog.series(), years[0], years[1], workspace.store().count());
    }

    /** Every series in the store, sorted (from metadata). */
    public List<String> series() {
        return new Catalog(workspace.database()).series();
    }

    public static String seriesOf(Document d) {
        return d.meta().series() == null ? NO_SERIES : d.meta().series();
    }
}
