-- Documents counted on a cluster (tifa-spark) and loaded with `tifa import-counts`: metadata, size and glossary
-- tallies are stored, the text is not. text_location says where it lives ("file:line", "file#row" or the file);
-- NULL for every document whose text is in document_texts.
ALTER TABLE documents ADD COLUMN text_location TEXT;
CREATE INDEX documents_external ON documents (text_location) WHERE text_location IS NOT NULL;
-- The occurrences the job recorded (its `hits` output): offsets into the original text at text_location.
CREATE TABLE external_hits (
    document_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    concept_id  TEXT    NOT NULL,
    form        TEXT    NOT NULL,
    start_at    INTEGER NOT NULL,
    end_at      INTEGER NOT NULL,
    nested_in   TEXT,
    PRIMARY KEY (document_id, start_at, end_at, concept_id)
) WITHOUT ROWID;
