-- Archive scale. The documents table is rebuilt (SQLite cannot drop a UNIQUE constraint) so that:
--  * texts move to their own table (document_texts);
--  * identity, not the text hash, is unique: a news item is its broadcast (date, running order, url), so the same
--    text aired on two days is two items; every other document keeps its text hash as identity;
--  * size (the rate denominator: characters for Chinese, words for English) is stored, so that rates and lists
--    never read texts; -1 until the store computes it for documents stored before this version;
--  * tallied says whether the document's glossary tallies are stored.
-- The store runs its migrations with foreign keys off, so that dropping the old table cascades to nothing.
CREATE TABLE documents_v3 (
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
    cleaning    TEXT    NOT NULL,
    hash        TEXT    NOT NULL,
    imported_at TEXT    NOT NULL,
    identity    TEXT    NOT NULL UNIQUE,
    size        INTEGER NOT NULL DEFAULT -1,
    tallied     INTEGER NOT NULL DEFAULT 0
);
-- The texts live apart from the metadata, so that a list, a filter or a count over 75,000 items (or a gigabyte)
-- reads small metadata pages only, never a text.
CREATE TABLE document_texts (
    document_id INTEGER PRIMARY KEY REFERENCES documents (id) ON DELETE CASCADE,
    original    TEXT    NOT NULL,
    clean       TEXT    NOT NULL
);
INSERT INTO documents_v3 (id, doc_key, title, doc_date, year, series, kind, language, source, attributes,
                          cleaning, hash, imported_at, identity)
SELECT id, doc_key, title, doc_date, year, series, kind, language, source, attributes,
       cleaning, hash, imported_at, hash
FROM documents;
INSERT INTO document_texts (document_id, original, clean) SELECT id, original, clean FROM documents;
DROP TABLE documents;
ALTER TABLE documents_v3 RENAME TO documents;
CREATE INDEX documents_series_year ON documents (series, year);
CREATE INDEX documents_kind ON documents (kind);
CREATE INDEX documents_date ON documents (doc_date);
CREATE INDEX documents_hash ON documents (hash);
CREATE INDEX documents_untallied ON documents (tallied) WHERE tallied = 0;
-- Lists are in chronological order (day, else 1 July of the year; undated last; then title): pages of it need no sort.
CREATE INDEX documents_chronological ON documents (
    COALESCE(doc_date, CASE WHEN year IS NULL THEN NULL ELSE printf('%04d-07-01', year) END) IS NULL,
    COALESCE(doc_date, CASE WHEN year IS NULL THEN NULL ELSE printf('%04d-07-01', year) END), title, id);

-- Glossary tallies: how often each form of each glossary concept occurs in each document (every occurrence, and
-- those not inside a longer form of another concept), found by the same matcher as a full scan with the whole
-- glossary and default options. Glossary questions read these; a trend by month is a GROUP BY.
-- The layout (per document × concept × form: total, standalone) is the one tifa-spark writes.
CREATE TABLE tallies (
    document_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    concept_id  TEXT    NOT NULL,
    form        TEXT    NOT NULL,
    total       INTEGER NOT NULL,
    standalone  INTEGER NOT NULL,
    PRIMARY KEY (concept_id, document_id, form)
) WITHOUT ROWID;
CREATE INDEX tallies_document ON tallies (document_id);

-- The glossary the tallies were counted with: one fingerprint per concept (its forms), so that a change to the
-- glossary recounts only the documents that hold a form of a changed concept.
CREATE TABLE tallied_concepts (
    concept_id  TEXT PRIMARY KEY,
    fingerprint TEXT NOT NULL,
    forms       TEXT NOT NULL
);
