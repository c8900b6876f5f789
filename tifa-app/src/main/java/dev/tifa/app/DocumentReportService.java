package dev.tifa.app;

import dev.tifa.analysis.ConceptCount;
import dev.tifa.analysis.DocumentCounts;
import dev.tifa.analysis.themes.ThemeProfile;
import dev.tifa.analysis.themes.ThemeProfiler;
import dev.tifa.model.Document;
import dev.tifa.store.DocumentFilter;
import dev.tifa.text.match.MatchOptions;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** One document with every glossary formulation found in it, its theme profile and its most frequent formulations. */
public final class DocumentReportService {
    /**
     * @param counts every glossary concept's count, with the hits (nested ones included) they come from
     * @param top    concepts by number of occurrences, most first
     */
    public record DocumentReport(Document document, DocumentCounts counts, ThemeProfile themes, List<ConceptCount> top) {
    }

    private final Workspace workspace;

    public DocumentReportService(Workspace workspace) {
        this.workspace = workspace;
    }

    public Optional<DocumentReport> report(String keyOrId, MatchOptions options) {
        Optional<Document> doc = workspace.store().document(keyOrId);
        if (doc.isEmpty()) return Optional.empty();
        DocumentFilter one = new DocumentFilter(List.of(doc.get().key()), null, null, null, null, null, null);
        DocumentCounts counts = new FormulationService(workspace).count(List.of(), one, options).documents().get(0);
        ThemeProfile themes = new ThemeProfiler(workspace.glossary()).profile(counts);
        List<ConceptCount> top = counts.counts().values().stream()
                .filter(c -> c.total() > 0)
                .sorted(Comparator.comparingInt(ConceptCount::total).reversed().thenComparing(ConceptCount::conceptId))
                .toList();
        return Optional.of(new DocumentReport(counts.document(), counts, themes, top));
    }
}
