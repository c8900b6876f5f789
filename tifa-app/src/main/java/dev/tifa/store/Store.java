package dev.tifa.store;

import dev.tifa.analysis.FormTally;
import dev.tifa.model.Document;
import dev.tifa.model.DocumentInfo;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Where documents live. The embedded default is {@link SqliteStore}; the interface keeps the services free of SQL so
 * that a server database can be added behind it. Metadata questions ({@link #infos}, {@link #count(DocumentFilter)})
 * never read texts; texts come one document at a time ({@link #forEachDocument}) or by key.
 */
public interface Store extends AutoCloseable {
    /** Outcome of storing one document. */
    record Saved(Document document, boolean alreadyStored) {
    }

    /** Stores all documents in one transaction: either every one is stored (or found already stored), or none. */
    List<Saved> saveAll(List<NewDocument> documents);

    /**
     * As {@link #saveAll(List)}, with each document's glossary tallies (counted with the glossary the store's
     * tallies are counted with); a null list leaves that document to be tallied later.
     */
    List<Saved> saveAll(List<NewDocument> documents, List<List<FormTally>> tallies);

    /** Documents matching the filter, with their texts, in chronological order. For small selections. */
    List<Document> documents(DocumentFilter filter);

    /** Documents matching the filter without their texts, in chronological order. */
    List<DocumentInfo> infos(DocumentFilter filter);

    /** The selected documents whose id is in {@code ids}, in the order of {@link #infos(DocumentFilter)} (metadata only). */
    List<DocumentInfo> infos(DocumentFilter filter, java.util.Set<Long> ids);

    /** One page of {@link #infos(DocumentFilter)}: {@code limit} documents from {@code offset}. */
    List<DocumentInfo> infos(DocumentFilter filter, int offset, int limit);

    /** Each selected document with its texts, in chronological order, one at a time (memory stays bounded). */
    void forEachDocument(DocumentFilter filter, Consumer<Document> action);

    /**
     * As {@link #forEachDocument(DocumentFilter, Consumer)}, for the selected documents whose id is in {@code ids}
     * only (candidates an index found), still in chronological order.
     */
    void forEachDocument(DocumentFilter filter, java.util.Set<Long> ids, Consumer<Document> action);

    /**
     * As {@link #forEachDocument(DocumentFilter, java.util.Set, Consumer)}, for many candidates that are read until
     * the caller has enough (a first page): the store puts them all in order at once rather than in steps.
     */
    default void forEachCandidate(DocumentFilter filter, java.util.Set<Long> ids, Consumer<Document> action) {
        forEachDocument(filter, ids, action);
    }

    /** Each document's id and cleaned text, for ids above {@code afterId}, in id order (for indexes). */
    void forEachText(long afterId, Consumer<java.util.Map.Entry<Long, String>> action);

    /** The highest document id and the number of documents: {0, 0} for an empty store. */
    long[] idRange();

    /** A document by key or numeric id. */
    Optional<Document> document(String keyOrId);

    int count();

    /** How many documents the filter selects. */
    int count(DocumentFilter filter);

    /** How many documents the filter selects, per language (languages with none left out). */
    java.util.Map<dev.tifa.model.Language, Integer> countByLanguage(DocumentFilter filter);

    @Override
    void close();
}
