-- What the analyst decided about a discovered candidate formulation, remembered across documents and sessions.
CREATE TABLE discovery_decisions (
    language     TEXT NOT NULL,
    candidate    TEXT NOT NULL,
    decision     TEXT NOT NULL CHECK (decision IN ('accepted', 'dismissed')),
    concept_id   TEXT,
    themes       TEXT NOT NULL DEFAULT '',
    document_key TEXT,
    decided_at   TEXT NOT NULL,
    PRIMARY KEY (language, candidate)
);
