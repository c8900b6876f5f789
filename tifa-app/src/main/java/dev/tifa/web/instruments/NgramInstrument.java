package dev.tifa.web.instruments;

import dev.tifa.analysis.lists.Ngram;
import dev.tifa.app.NgramService;
import dev.tifa.app.Workspace;
import dev.tifa.web.support.Params;
import dev.tifa.web.support.WebError;

import java.util.List;
import java.util.Map;

/** {@code /ngrams}: the selection's word n-grams with frequency and range. */
public final class NgramInstrument implements Instrument {
    private final Workspace workspace;

    public NgramInstrument(Workspace workspace) {
        this.workspace = workspace;
    }

    @Override
    public About about() {
        return new About("ngrams", "N-grams", "词串", "Word sequences of the selection (within a clause, beginning and ending with a content word) with their frequency and "
                    + "range (number of documents). Choose one language.");
    }

    @Override
    public boolean asksQuery() {
        return false;
    }

    @Override
    public List<Field> fields() {
        return List.of(new Field("min_words", "Min. words", "2"), new Field("max_words", "Max. words", "3"),
                new Field("min_frequency", "Min. frequency", "3"), new Field("min_range", "Min. range", "2"));
    }

    @Override
    public Answer answer(io.javalin.http.Context ctx) {
        if (ctx.queryParamMap().isEmpty()) return null;
        int minWords = Params.integer(ctx, "min_words", 2, 1, 6);
        int maxWords = Params.integer(ctx, "max_words", 3, 1, 6);
        if (maxWords < minWords) throw WebError.badRequest("max_words is below min_words");
        List<Ngram> grams;
        try {
            grams = new NgramService(workspace).ngrams(Params.filter(ctx, true), minWords, maxWords,
                    Params.integer(ctx, "min_frequency", 3, 1, 100_000), Params.integer(ctx, "min_range", 2, 1, 100_000), 500);
        } catch (IllegalArgumentException e) {
            throw WebError.badRequest(e.getMessage());
        }
        Rows rows = new Rows("n_gram", "words", "frequency", "range");
        List<Map<String, Object>> out = grams.stream().map(g -> rows.row(g.text(), g.words(), g.frequency(), g.range())).toList();
        return new Answer("n-grams", List.of(rows.grid("ngrams", "N-grams", out)), null, null,
                List.of("Range: number of documents. At most 500 rows, most frequent first."), List.of());
    }
}
