package dev.tifa.app;

import dev.tifa.analysis.ConceptCount;
import dev.tifa.analysis.Counter;
import dev.tifa.analysis.DocumentCounts;
import dev.tifa.analysis.themes.ThemeProfile;
import dev.tifa.analysis.themes.ThemeProfiler;
import dev.tifa.model.Document;
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
        // the reader needs the text and every hit: match it (a count table carries neither)
        DocumentCounts counts = new Counter(new FormulationService(workspace).matcher(workspace.glossary().concepts(), options)).count(doc.get());
        ThemeProfile themes = new ThemeProfiler(workspace.glossary()).profile(counts);
        List<ConceptCount> top = counts.counts().values().stream()
                .filter(c -> c.total() > 0)
                .sorted(Comparator.comparingInt(ConceptCount::total).reversed().thenComparing(ConceptCount::conceptId))
                .toList();
        return Optional.of(new DocumentReport(counts.document(), counts, themes, top));
    }
}
