-- The SHA-256 of each document's cleaned text, kept at import so that `tifa verify` can tell a changed byte in the
-- cleaned text (which changes counts) from a change in Tifa's cleaning rules. Documents imported before this table
-- existed have no row: verify then compares with a fresh cleaning of the original.
CREATE TABLE clean_hashes (
    document_id INTEGER PRIMARY KEY REFERENCES documents (id) ON DELETE CASCADE,
    hash        TEXT    NOT NULL
);
