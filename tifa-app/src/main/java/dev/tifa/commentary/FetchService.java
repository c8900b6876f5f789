package dev.tifa.commentary;

import dev.tifa.app.ImportService;
import dev.tifa.app.Workspace;
import dev.tifa.ingest.FetchException;
import dev.tifa.ingest.ImportOptions;
import dev.tifa.ingest.PageFetcher;
import dev.tifa.store.NewDocument;
import dev.tifa.store.CleanHashes;
import dev.tifa.store.Store;

import java.sql.PreparedStatement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Fetches pages and stores each in one transaction: the document read from it, the page as downloaded
 * (table {@code fetched_pages}), and its place in an event when one is named.
 */
public final class FetchService {
    private final Workspace workspace;
    private final PageFetcher fetcher;

    public FetchService(Workspace workspace, PageFetcher fetcher) {
        this.workspace = workspace;
        this.fetcher = fetcher;
    }

    /** What became of one address: the stored document, or the problem. */
    public record Result(String url, Store.Saved saved, PageFetcher.Fetched fetched, Role role, String problem) {
        public boolean ok() {
            return problem == null;
        }
    }

    /** Fetches each address; a failure is reported for its address and the others go on. */
    public List<Result> fetch(List<String> urls, ImportOptions options, ImportService.Simplify simplify, String eventKey) {
        EventService events = new EventService(workspace);
        if (eventKey != null) events.event(eventKey); // fail before downloading anything
        List<Result> out = new ArrayList<>();
        for (String url : urls) {
            try {
                PageFetcher.Fetched f = fetcher.fetch(url, options);
                NewDocument doc = ImportService.prepare(f.document(), simplify);
                Role role = Role.of(doc.meta().kind());
                workspace.database().requireSoundForWriting();
                Store.Saved saved = workspace.database().inTransaction(c -> {
                    Store.Saved s = workspace.store().saveAll(List.of(doc)).get(0);
                    CleanHashes.record(c, List.of(s));
                    try (PreparedStatement ps = c.prepareStatement("""
                            INSERT OR REPLACE INTO fetched_pages (document_id, requested_url, final_url, content_type, charset, status, fetched_at, body)
                            VALUES (?,?,?,?,?,?,?,?)""")) {
                        ps.setLong(1, s.document().id());
                        ps.setString(2, f.requestedUrl());
                        ps.setString(3, f.finalUrl());
                        ps.setString(4, f.contentType());
                        ps.setString(5, f.charset());
                        ps.setInt(6, f.status());
                        ps.setString(7, Instant.now().toString());
                        ps.setBytes(8, f.body());
                        ps.executeUpdate();
                    }
                    if (eventKey != null) events.add(eventKey, List.of(s.document().key()), role);
                    return s;
                });
                out.add(new Result(url, saved, f, role, null));
            } catch (FetchException e) {
                out.add(new Result(url, null, null, null, e.getMessage()));
            } catch (IllegalArgumentException e) {
                // e.g. an address the HTTP client itself rejects: this address fails, the batch goes on
                out.add(new Result(url, null, null, null, url + ": " + e.getMessage()));
            }
        }
        return out;
    }

    /** The page bytes as downloaded for a stored document, if it was fetched. */
    public java.util.Optional<byte[]> page(long documentId) {
        try (PreparedStatement ps = workspace.database().connection().prepareStatement("SELECT body FROM fetched_pages WHERE document_id = ?")) {
            ps.setLong(1, documentId);
            try (var rs = ps.executeQuery()) {
                return rs.next() ? java.util.Optional.of(rs.getBytes(1)) : java.util.Optional.empty();
            }
        } catch (java.sql.SQLException e) {
            throw new dev.tifa.store.StoreException("cannot read fetched page: " + e.getMessage(), e);
        }
    }
}
