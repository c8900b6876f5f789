package dev.tifa.app;

import dev.tifa.analysis.Trend;
import dev.tifa.analysis.structure.DocumentPosition;
import dev.tifa.analysis.structure.Outline;
import dev.tifa.analysis.structure.Positions;
import dev.tifa.model.Document;
import dev.tifa.store.DocumentFilter;

import dev.tifa.glossary.Glossary;
import dev.tifa.model.Concept;
import dev.tifa.model.Hit;
import dev.tifa.text.match.FormulationMatcher;
import dev.tifa.text.match.MatchOptions;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** Where a formulation sits in each document's outline (section, task rank, dispersion) and how its priority moved. */
public final class PositionService {
    private final Workspace workspace;

    public PositionService(Workspace workspace) {
        this.workspace = workspace;
    }

    /** One document's position, with the document for its label and year. */
    public record Row(Document document, DocumentPosition position) {
    }

    public record Result(List<Row> rows, List<Positions.Move> moves) {
    }

    /** The query's position in every selected document, in date order, and the moves between them. */
    public Result positions(Query query, DocumentFilter filter) {
        List<Row> rows = new ArrayList<>();
        List<Document> docs = new ArrayList<>(workspace.store().documents(filter));
        docs.sort(Trend.CHRONOLOGICAL);
        for (Document d : docs) rows.add(new Row(d, Positions.of(d.key(), d.clean(), query.hits(d))));
        return new Result(rows, Positions.moves(rows.stream().map(Row::position).toList()));
    }

    /**
     * A glossary concept whose priority differs between two documents.
     *
     * @param from priority in A (0: not in its task list)
     * @param to   priority in B
     */
    public record ConceptMove(Concept concept, DocumentPosition from, DocumentPosition to) {
        public String description() {
            return new Positions.Move(from.documentKey(), to.documentKey(), from.priority(), to.priority()).description();
        }
    }

    /** Every glossary concept in A's or B's task list whose priority moved, the highest new priority first. */
    public List<ConceptMove> moves(Document a, Document b) {
        Glossary g = workspace.glossary();
        FormulationMatcher m = new FormulationService(workspace).matcher(g.concepts(), MatchOptions.defaults());
        Map<String, List<Hit>> hitsA = FormulationMatcher.byConcept(m.match(a.clean()));
        Map<String, List<Hit>> hitsB = FormulationMatcher.byConcept(m.match(b.clean()));
        Outline outlineA = Outline.parse(a.clean()), outlineB = Outline.parse(b.clean());
        List<ConceptMove> out = new ArrayList<>();
        for (Concept c : g.concepts()) {
            if (!hitsA.containsKey(c.id()) && !hitsB.containsKey(c.id())) continue;
            DocumentPosition pa = Positions.of(a.key(), a.clean(), outlineA, hitsA.getOrDefault(c.id(), List.of()));
            DocumentPosition pb = Positions.of(b.key(), b.clean(), outlineB, hitsB.getOrDefault(c.id(), List.of()));
            if (pa.priority() != pb.priority()) out.add(new ConceptMove(c, pa, pb));
        }
        out.sort(Comparator.comparingInt((ConceptMove x) -> x.to().priority() == 0 ? Integer.MAX_VALUE : x.to().priority())
                .thenComparing(x -> x.concept().id()));
        return out;
    }

    public Outline outline(Document doc) {
        return Outline.parse(doc.clean());
    }
}
