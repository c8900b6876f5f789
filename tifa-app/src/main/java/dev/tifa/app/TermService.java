package dev.tifa.app;

import dev.tifa.analysis.Context;
import dev.tifa.analysis.TrendPoint;
import dev.tifa.model.Concept;
import dev.tifa.store.DocumentFilter;
import dev.tifa.text.match.MatchOptions;

import java.util.List;
import java.util.Optional;

/** Everything about one formulation over a selection of documents: its trend, first appearance and passages. */
public final class TermService {
    /**
     * @param trend         one point per selected document, in date order
     * @param first         the earliest document it occurs in, if any
     * @param total         occurrences in all selected documents
     * @param documentsWith documents it occurs in
     * @param contexts      its passages, at most the asked number
     * @param contextsTotal all its passages
     */
    public record TermReport(Concept concept, List<TrendPoint> trend, Optional<TrendPoint> first, int total,
                             int documentsWith, List<Context> contexts, int contextsTotal) {
    }

    private final Workspace workspace;
    private final dev.tifa.analysis.Cancellation cancellation;

    public TermService(Workspace workspace) {
        this(workspace, dev.tifa.analysis.Cancellation.NEVER);
    }

    /** {@code cancellation}: asked before each text read (a web request whose client has gone stops). */
    public TermService(Workspace workspace, dev.tifa.analysis.Cancellation cancellation) {
        this.workspace = workspace;
        this.cancellation = cancellation;
    }

    public TermReport report(Concept concept, DocumentFilter filter, MatchOptions options, int window, int contextLimit) {
        FormulationService service = new FormulationService(workspace).stoppedBy(cancellation);
        List<TrendPoint> trend = service.trend(concept, filter, options);
        Optional<TrendPoint> first = trend.stream().filter(p -> p.count().total() > 0).findFirst();
        int total = trend.stream().mapToInt(p -> p.count().total()).sum();
        int with = (int) trend.stream().filter(p -> p.count().total() > 0).count();
        List<Context> shown = service.contexts(concept, filter, options, window, contextLimit);
        return new TermReport(concept, trend, first, total, with, List.copyOf(shown), total);
    }
}
