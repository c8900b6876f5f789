package dev.tifa.web.instruments;

import dev.tifa.analysis.ladder.Governed;
import dev.tifa.analysis.ladder.ModifierLadder;
import dev.tifa.app.LadderService;
import dev.tifa.app.Query;
import dev.tifa.app.Workspace;
import dev.tifa.web.support.Params;
import dev.tifa.web.support.WebError;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** {@code /ladder}: the words governing a formulation in each Chinese document, scored, as a warming/cooling chart. */
public final class LadderInstrument implements Instrument {
    private final Workspace workspace;

    public LadderInstrument(Workspace workspace) {
        this.workspace = workspace;
    }

    @Override
    public About about() {
        return new About("ladder", "Modifier ladder", "修饰语阶梯", "The words governing a formulation (the " + ModifierLadder.GOVERNORS + " words before it in its clause, from the segmenter that "
                    + "keeps glossary formulations whole), scored 1 (tentative, 探索) to 5 (forceful, 坚决 / 加快) by the intensity lexicon.");
    }

    @Override
    public Answer answer(io.javalin.http.Context ctx) {
        Query q = Inputs.single(ctx, workspace);
        if (q == null) return null;
        LadderService service = new LadderService(workspace);
        List<LadderService.Row> rows;
        try {
            rows = Inputs.guarded(() -> service.ladder(q, Params.filter(ctx, true)));
        } catch (IllegalArgumentException e) {
            throw WebError.badRequest(e.getMessage());   // a bad user lexicon names its file
        }
        Rows steps = new Rows("document", "year", "count", "modifiers", "intensity", "change");
        Rows passages = new Rows("document", "position", "governors", "modifiers", "intensity", "clause");
        List<Map<String, Object>> stepRows = new ArrayList<>(), passageRows = new ArrayList<>(), points = new ArrayList<>();
        for (LadderService.Row r : rows) {
            var s = r.step();
            stepRows.add(steps.row(r.document().key(), r.document().meta().year(), s.occurrences().size(), s.modifierLabel(), s.intensity(), s.change()));
            if (s.intensity() != null) points.add(Map.of("key", r.document().key(), "intensity", s.intensity(), "modifiers", s.modifierLabel()));
            for (Governed g : s.occurrences()) {
                passageRows.add(passages.row(r.document().key(), g.start(), g.governorLabel(),
                        g.modifiers().stream().map(m -> m.word() + " " + m.intensity()).collect(Collectors.joining(", ")), g.intensity(), g.clause()));
            }
        }
        return new Answer(q.label(), List.of(steps.grid("ladder", "Per document", stepRows), passages.grid("passages", "Every occurrence", passageRows)),
                "ladder", Map.of("points", points),
                List.of("Intensity: the mean over occurrences with a lexicon word; warmer/cooler compares with the previous document that has one.",
                        "Lexicon: shipped with Tifa, overlaid by intensity.yaml in the data directory where present."), List.of());
    }
}
