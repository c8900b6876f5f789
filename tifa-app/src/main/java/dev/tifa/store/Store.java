package dev.tifa.store;

import dev.tifa.model.Document;

import java.util.List;
import java.util.Optional;

/**
 * Where documents live. The embedded default is {@link SqliteStore}; the interface keeps the services free of SQL so
 * that a server database can be added behind it.
 */
public interface Store extends AutoCloseable {
    /** Outcome of storing one document. */
    record Saved(Document document, boolean alreadyStored) {
    }

    /** Stores all documents in one transaction: either every one is stored (or found already stored), or none. */
    List<Saved> saveAll(List<NewDocument> documents);

    /** Documents matching the filter, with their texts, in chronological order. */
    List<Document> documents(DocumentFilter filter);

    /** A document by key or numeric id. */
    Optional<Document> document(String keyOrId);

    int count();

    @Override
    void close();
}
