package dev.tifa.app;

import dev.tifa.analysis.Trend;
import dev.tifa.analysis.structure.DocumentPosition;
import dev.tifa.analysis.structure.Outline;
import dev.tifa.analysis.structure.Positions;
import dev.tifa.model.Document;
import dev.tifa.store.DocumentFilter;

import java.util.ArrayList;
import java.util.List;

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

    public Outline outline(Document doc) {
        return Outline.parse(doc.clean());
    }
}
