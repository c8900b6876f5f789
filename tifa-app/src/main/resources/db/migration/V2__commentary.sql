-- Events: an official text and what was written about it before (previews) and after (commentary).
CREATE TABLE events (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    event_key   TEXT    NOT NULL UNIQUE,
    title       TEXT    NOT NULL,
    event_date  TEXT,
    created_at  TEXT    NOT NULL
);
CREATE TABLE event_documents (
    event_id    INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    document_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    role        TEXT    NOT NULL,
    added_at    TEXT    NOT NULL,
    PRIMARY KEY (event_id, document_id)
);
CREATE INDEX event_documents_document ON event_documents (document_id);

-- Expectations about an event's outcome, scored against its official text.
CREATE TABLE expectations (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    event_id    INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    kind        TEXT    NOT NULL,
    term        TEXT    NOT NULL,
    n           INTEGER,
    source      TEXT,
    created_at  TEXT    NOT NULL,
    UNIQUE (event_id, kind, term, n)
);

-- Pages fetched from the web: the bytes as downloaded, beside the document extracted from them.
CREATE TABLE fetched_pages (
    document_id  INTEGER PRIMARY KEY REFERENCES documents (id) ON DELETE CASCADE,
    requested_url TEXT   NOT NULL,
    final_url    TEXT    NOT NULL,
    content_type TEXT,
    charset      TEXT,
    status       INTEGER NOT NULL,
    fetched_at   TEXT    NOT NULL,
    body         BLOB    NOT NULL
);
