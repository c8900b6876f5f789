package dev.tifa.web.instruments;

import dev.tifa.analysis.collocates.Collocate;
import dev.tifa.analysis.collocates.CollocateTable;
import dev.tifa.app.CollocateService;
import dev.tifa.app.Query;
import dev.tifa.app.Workspace;
import dev.tifa.web.support.Params;
import dev.tifa.web.support.WebError;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** {@code /collocates}: the words near a formulation, left and right apart, ranked by log-likelihood. */
public final class CollocatesInstrument implements Instrument {
    private final Workspace workspace;

    public CollocatesInstrument(Workspace workspace) {
        this.workspace = workspace;
    }

    @Override
    public About about() {
        return new About("collocates", "Collocates", "搭配", "Content words within the window around each occurrence, against their frequency in the whole selection: "
                    + "log-likelihood (G²), mutual information and t-score, with observed and expected counts. Choose one language.");
    }

    @Override
    public List<Field> fields() {
        return List.of(new Field("left", "Left", "5"), new Field("right", "Right", "5"), new Field("min", "Min. observed", "2"));
    }

    @Override
    public Answer answer(io.javalin.http.Context ctx) {
        Query q = Inputs.single(ctx, workspace);
        if (q == null) return null;
        int left = Params.integer(ctx, "left", 5, 0, 20);
        int right = Params.integer(ctx, "right", 5, 0, 20);
        int min = Params.integer(ctx, "min", 2, 1, 1000);
        if (left + right == 0) throw WebError.badRequest("the window needs at least one word on one side");
        CollocateTable t;
        try {
            t = Inputs.guarded(() -> new CollocateService(workspace).collocates(q, Params.filter(ctx, true), left, right, min));
        } catch (IllegalArgumentException e) {
            throw WebError.badRequest(e.getMessage());
        }
        Rows rows = new Rows("collocate", "observed", "left", "right", "frequency", "expected", "log_likelihood", "mi", "t_score");
        List<Map<String, Object>> out = new ArrayList<>();
        for (Collocate c : t.rows().subList(0, Math.min(200, t.rows().size()))) {
            out.add(rows.row(c.word(), c.observed(), c.left(), c.right(), c.frequency(), c.expected(), c.logLikelihood(), c.mi(), c.tScore()));
        }
        return new Answer(q.label(), List.of(rows.grid("collocates", "Collocates", out)), null, null,
                List.of(t.node() + " occurrences; " + t.windowWords() + " words in their windows of " + t.words() + " in the selection. "
                        + "Stop words and numbers are skipped. At most 200 rows."), List.of());
    }
}
