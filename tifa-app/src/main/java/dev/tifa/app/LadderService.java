package dev.tifa.app;

import dev.tifa.analysis.Trend;
import dev.tifa.analysis.ladder.IntensityLexicon;
import dev.tifa.analysis.ladder.LadderStep;
import dev.tifa.analysis.ladder.ModifierLadder;
import dev.tifa.model.Document;
import dev.tifa.model.Language;
import dev.tifa.store.DocumentFilter;
import dev.tifa.text.segment.ChineseSegmenter;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The modifier ladder of a formulation over a series: its governing words in each Chinese document, scored by the
 * intensity lexicon (the shipped one overlaid by {@code intensity.yaml} in the data directory).
 */
public final class LadderService {
    public static final String USER_LEXICON = "intensity.yaml";

    private final Workspace workspace;

    public LadderService(Workspace workspace) {
        this.workspace = workspace;
    }

    /** One document's step, with the document for its label and year. */
    public record Row(Document document, LadderStep step) {
    }

    public List<Row> ladder(Query query, DocumentFilter filter) {
        ModifierLadder ladder = new ModifierLadder(ChineseSegmenter.forGlossary(workspace.glossary()), lexicon());
        List<Document> docs = new ArrayList<>(workspace.store().documents(filter));
        docs.removeIf(d -> d.meta().language() != Language.ZH);
        docs.sort(Trend.CHRONOLOGICAL);
        List<LadderStep> steps = new ArrayList<>();
        for (Document d : docs) steps.add(ladder.step(d.key(), d.clean(), query.hits(d)));
        List<LadderStep> chained = ModifierLadder.chained(steps);
        List<Row> out = new ArrayList<>();
        for (int i = 0; i < docs.size(); i++) out.add(new Row(docs.get(i), chained.get(i)));
        return out;
    }

    public Path userLexiconFile() {
        return workspace.dataDir().resolve(USER_LEXICON);
    }

    /** The lexicon in force; a bad user file is an error naming it. */
    public IntensityLexicon lexicon() {
        IntensityLexicon base = IntensityLexicon.readDefault();
        Path file = userLexiconFile();
        if (!Files.exists(file)) return base;
        try (InputStream in = Files.newInputStream(file)) {
            return base.with(IntensityLexicon.read(in, file.toString()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }
}
