-- Documents: the original text as imported, the cleaned text all matching runs on, and their metadata.
CREATE TABLE documents (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    doc_key     TEXT    NOT NULL UNIQUE,
    title       TEXT    NOT NULL,
    doc_date    TEXT,
    year        INTEGER,
    series      TEXT,
    kind        TEXT    NOT NULL,
    language    TEXT    NOT NULL,
    source      TEXT,
    attributes  TEXT    NOT NULL DEFAULT '{}',
    original    TEXT    NOT NULL,
    clean       TEXT    NOT NULL,
    cleaning    TEXT    NOT NULL,
    hash        TEXT    NOT NULL UNIQUE,
    imported_at TEXT    NOT NULL
);
CREATE INDEX documents_series_year ON documents (series, year);
CREATE INDEX documents_kind ON documents (kind);
