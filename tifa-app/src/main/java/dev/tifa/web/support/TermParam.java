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

    /** {@code q} and the terms of {@code also} (repeated or comma-separated): several terms in one trend. */
    public static java.util.List<Concept> concepts(Context ctx, Glossary glossary) {
        java.util.List<String> terms = new java.util.ArrayList<>();
        terms.add(Params.required(ctx, "q"));
        terms.addAll(Params.list(ctx, "also"));
        if (terms.size() > 10) throw WebError.badRequest("at most 10 terms in one trend");
        return new TermResolver(glossary).resolveAll(terms, Params.flag(ctx, "phrase"));
    }

    /** What to put in {@code q} to ask for this concept again: its id, or the phrase itself. */
    public static String query(Concept c) {
        return c.isAdHoc() ? c.label() : c.id();
    }
}
