package dev.tifa.store;

import dev.tifa.model.DocumentMeta;
import dev.tifa.model.Kind;

/**
 * What makes two imports the same document. A news item is its broadcast — date, running order and url — so the
 * same text aired on two days is two items; every other document is its text (the SHA-256 of the original), so
 * re-importing a file changes nothing.
 */
final class DocumentIdentity {
    private DocumentIdentity() {
    }

    static String of(DocumentMeta m, String textHash) {
        if (m.kind() != Kind.NEWS) return textHash;
        return "news|" + (m.series() == null ? "" : m.series()) + "|" + m.date() + "|"
                + m.attributes().getOrDefault("num", "") + "|" + (m.source() == null ? textHash : m.source());
    }
}
