-- How many documents, and how much text, per day × language × kind × series × year: a trend's rate per 10,000
-- characters needs the volume of every period, and at 750,000 news items summing the documents table cost most of a
-- trend (0.8 s), and counting them for the corpus page as much again; summing these rows costs milliseconds.
-- Triggers keep it in the same transaction as every write to documents, so it can never disagree with them
-- (`tifa verify` recounts it). day '' (undated), series '' and year -1 stand for none (a primary key column cannot
-- hold NULL usefully). stubs counts the documents a trend marks as stubs: not news, under PeriodTrend.STUB (100)
-- characters or words.
CREATE TABLE day_volumes (
    day       TEXT    NOT NULL,
    language  TEXT    NOT NULL,
    kind      TEXT    NOT NULL,
    series    TEXT    NOT NULL,
    year      INTEGER NOT NULL,
    documents INTEGER NOT NULL,
    size      INTEGER NOT NULL,
    stubs     INTEGER NOT NULL,
    PRIMARY KEY (day, language, kind, series, year)
) WITHOUT ROWID;

INSERT INTO day_volumes (day, language, kind, series, year, documents, size, stubs)
SELECT COALESCE(doc_date, CASE WHEN year IS NULL THEN '' ELSE printf('%04d-07-01', year) END), language, kind, COALESCE(series, ''), COALESCE(year, -1),
       COUNT(*), SUM(size), SUM(CASE WHEN size < 100 AND kind <> 'news' THEN 1 ELSE 0 END)
FROM documents
GROUP BY 1, 2, 3, 4, 5;

CREATE TRIGGER day_volumes_insert AFTER INSERT ON documents
BEGIN
    INSERT INTO day_volumes (day, language, kind, series, year, documents, size, stubs)
    VALUES (COALESCE(NEW.doc_date, CASE WHEN NEW.year IS NULL THEN '' ELSE printf('%04d-07-01', NEW.year) END), NEW.language, NEW.kind, COALESCE(NEW.series, ''),
            COALESCE(NEW.year, -1), 1, NEW.size, CASE WHEN NEW.size < 100 AND NEW.kind <> 'news' THEN 1 ELSE 0 END)
    ON CONFLICT (day, language, kind, series, year) DO UPDATE SET
        documents = documents + 1, size = size + excluded.size, stubs = stubs + excluded.stubs;
END;

CREATE TRIGGER day_volumes_delete AFTER DELETE ON documents
BEGIN
    UPDATE day_volumes SET documents = documents - 1, size = size - OLD.size,
        stubs = stubs - CASE WHEN OLD.size < 100 AND OLD.kind <> 'news' THEN 1 ELSE 0 END
    WHERE day = COALESCE(OLD.doc_date, CASE WHEN OLD.year IS NULL THEN '' ELSE printf('%04d-07-01', OLD.year) END) AND language = OLD.language AND kind = OLD.kind
      AND series = COALESCE(OLD.series, '') AND year = COALESCE(OLD.year, -1);
    DELETE FROM day_volumes WHERE documents = 0 AND day = COALESCE(OLD.doc_date, CASE WHEN OLD.year IS NULL THEN '' ELSE printf('%04d-07-01', OLD.year) END);
END;

-- an update is the old row taken out and the new one put in (the tallied flag and other columns do not fire it)
CREATE TRIGGER day_volumes_update_old AFTER UPDATE OF doc_date, year, series, kind, language, size ON documents
BEGIN
    UPDATE day_volumes SET documents = documents - 1, size = size - OLD.size,
        stubs = stubs - CASE WHEN OLD.size < 100 AND OLD.kind <> 'news' THEN 1 ELSE 0 END
    WHERE day = COALESCE(OLD.doc_date, CASE WHEN OLD.year IS NULL THEN '' ELSE printf('%04d-07-01', OLD.year) END) AND language = OLD.language AND kind = OLD.kind
      AND series = COALESCE(OLD.series, '') AND year = COALESCE(OLD.year, -1);
    DELETE FROM day_volumes WHERE documents = 0 AND day = COALESCE(OLD.doc_date, CASE WHEN OLD.year IS NULL THEN '' ELSE printf('%04d-07-01', OLD.year) END);
END;

CREATE TRIGGER day_volumes_update_new AFTER UPDATE OF doc_date, year, series, kind, language, size ON documents
BEGIN
    INSERT INTO day_volumes (day, language, kind, series, year, documents, size, stubs)
    VALUES (COALESCE(NEW.doc_date, CASE WHEN NEW.year IS NULL THEN '' ELSE printf('%04d-07-01', NEW.year) END), NEW.language, NEW.kind, COALESCE(NEW.series, ''),
            COALESCE(NEW.year, -1), 1, NEW.size, CASE WHEN NEW.size < 100 AND NEW.kind <> 'news' THEN 1 ELSE 0 END)
    ON CONFLICT (day, language, kind, series, year) DO UPDATE SET
        documents = documents + 1, size = size + excluded.size, stubs = stubs + excluded.stubs;
END;

-- Pages of a list come in the one chronological order (DocumentQuery.ORDER: day, undated last, Chinese before
-- English, key, id). An index in exactly that order lets a page of 50 out of 750,000 items be read without sorting
-- them all (0.4 s → 5 ms); one led by kind serves the corpus page's usual filter. The index in the order of titles
-- served no query.
DROP INDEX IF EXISTS documents_chronological;
DROP INDEX IF EXISTS documents_kind;
CREATE INDEX documents_in_order ON documents (
    COALESCE(doc_date, CASE WHEN year IS NULL THEN NULL ELSE printf('%04d-07-01', year) END) IS NULL,
    COALESCE(doc_date, CASE WHEN year IS NULL THEN NULL ELSE printf('%04d-07-01', year) END), language = 'en', doc_key, id);
CREATE INDEX documents_kind_in_order ON documents (kind,
    COALESCE(doc_date, CASE WHEN year IS NULL THEN NULL ELSE printf('%04d-07-01', year) END) IS NULL,
    COALESCE(doc_date, CASE WHEN year IS NULL THEN NULL ELSE printf('%04d-07-01', year) END), language = 'en', doc_key, id);
CREATE INDEX documents_series_in_order ON documents (series,
    COALESCE(doc_date, CASE WHEN year IS NULL THEN NULL ELSE printf('%04d-07-01', year) END) IS NULL,
    COALESCE(doc_date, CASE WHEN year IS NULL THEN NULL ELSE printf('%04d-07-01', year) END), language = 'en', doc_key, id);
