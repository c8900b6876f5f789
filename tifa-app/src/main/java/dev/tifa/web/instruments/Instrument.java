package dev.tifa.web.instruments;

import io.javalin.http.Context;

import java.util.List;

/** One of the analyst's instruments in the web: its form, and its answer to a request (page and API alike). */
public interface Instrument {
    /**
     * What the page says about an instrument.
     *
     * @param name the address part: the page is /NAME, the API /api/NAME
     */
    record About(String name, String heading, String zh, String lead) {
    }

    About about();

    default String name() {
        return about().name();
    }

    /** Whether it asks for a term or pattern (q), and so offers the term/pattern/regex choice. */
    default boolean asksQuery() {
        return true;
    }

    /** Whether it works on a selection (series, language, kind) rather than on documents named in its fields. */
    default boolean selects() {
        return true;
    }

    default List<Field> fields() {
        return List.of();
    }

    /** The answer, or null when the form has not been filled in yet. Bad input: {@link dev.tifa.web.support.WebError}. */
    Answer answer(Context ctx);
}
