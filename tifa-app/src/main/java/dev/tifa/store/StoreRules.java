package dev.tifa.store;

import dev.tifa.model.DocumentMeta;

/**
 * The store's identity rules, for code that counts documents outside a store (the Spark job) and must name and
 * de-duplicate them exactly as an import into an empty store would.
 */
public final class StoreRules {
    private StoreRules() {
    }

    /** The key a document gets in a store where no key is taken yet; the n-th document with the same one gets {@code key-n}. */
    public static String baseKey(DocumentMeta meta) {
        return DocumentKeys.propose(meta, key -> false);
    }

    /** The hash of an original text, as the store keeps it. */
    public static String hash(String original) {
        return SqliteStore.hash(original);
    }

    /**
     * What re-imports are recognised by: a news item is its broadcast (series, date, running order, url), so the same
     * text aired on two days is two items; any other document is its original text's hash.
     */
    public static String identity(DocumentMeta meta, String original) {
        return DocumentIdentity.of(meta, hash(original));
    }
}
