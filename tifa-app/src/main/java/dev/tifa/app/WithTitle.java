package dev.tifa.app;

import dev.tifa.model.Document;
import dev.tifa.text.Cleaner;

/**
 * A document counted with its title, as the word-frequency tables in the press usually are (title and subtitle
 * included): the title, a blank line, then the body, both cleaned the document's way. Positions then count from the
 * start of the title; the stored document is not changed.
 */
public final class WithTitle {
    static final String JOIN = "\n\n";

    private WithTitle() {
    }

    public static Document of(Document d) {
        String title = d.meta().title();
        if (title == null || title.isBlank()) return d;
        String cleanTitle = Cleaner.forSpec(d.cleaning()).clean(title).text();
        return new Document(d.id(), d.key(), d.meta(), title + JOIN + d.original(), cleanTitle + JOIN + d.clean(), d.hash(), d.cleaning());
    }

    /** What the output says about the text counted. */
    public static String describe(boolean withTitle) {
        return withTitle ? "Counted in: title + body (--with-title); positions count from the start of the title."
                : "Counted in: the body; titles are not counted (--with-title counts them too, as press word counts often do).";
    }
}
