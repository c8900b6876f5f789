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

    /** The hash re-imports are recognised by: a document whose original text has this hash is stored once. */
    public static String hash(String original) {
        return SqliteStore.hash(original);
    }
}
