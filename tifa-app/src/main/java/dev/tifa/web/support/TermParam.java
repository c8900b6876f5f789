package dev.tifa.web.support;

import dev.tifa.app.TermResolver;
import dev.tifa.glossary.Glossary;
import dev.tifa.model.Concept;
import io.javalin.http.Context;

/** {@code q} (a concept id, glossary form or phrase) and {@code phrase=1} (take it literally), as TermResolver reads them. */
public final class TermParam {
    private TermParam() {
    }

    public static Concept concept(Context ctx, Glossary glossary) {
        return new TermResolver(glossary).resolve(Params.required(ctx, "q"), Params.flag(ctx, "phrase"));
    }

    /** What to put in {@code q} to ask for this concept again: its id, or the phrase itself. */
    public static String query(Concept c) {
        return c.isAdHoc() ? c.label() : c.id();
    }
}
