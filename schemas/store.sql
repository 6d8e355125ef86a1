-- thidua store schema (DuckDB). One statement per ';'. Created on first use; every table is
-- documented in the README ("The store"). Offsets are character offsets into documents.text.

CREATE TABLE IF NOT EXISTS runs (
    run_id             VARCHAR PRIMARY KEY,  -- one per `thidua ingest`
    started_at         TIMESTAMP,
    finished_at        TIMESTAMP,
    status             VARCHAR,              -- running | ok | failed_files | interrupted
    paths              VARCHAR,              -- what was asked to be ingested
    files_seen         INTEGER,
    files_new          INTEGER,
    files_changed      INTEGER,
    files_skipped      INTEGER,              -- unchanged since the last run
    files_failed       INTEGER,
    extractor_versions VARCHAR               -- JSON {extractor: version}
);

CREATE TABLE IF NOT EXISTS documents (
    doc_id             VARCHAR PRIMARY KEY,  -- path relative to the ingested folder, no extension
    path               VARCHAR,
    format             VARCHAR,              -- txt | html | pdf | docx
    sha256             VARCHAR,              -- of the source bytes
    size_bytes         BIGINT,
    title              VARCHAR,
    published          DATE,
    ref_year           INTEGER,              -- the year the document reports on
    body_end           INTEGER,              -- where the article's own text ends (-1: at the end)
    text               VARCHAR,              -- the stored, normalised text
    extractor_versions VARCHAR,
    load_id            VARCHAR               -- run that wrote this row
);

CREATE TABLE IF NOT EXISTS evidence (
    evidence_id        VARCHAR PRIMARY KEY,
    doc_id             VARCHAR,
    fact_type          VARCHAR,              -- bodies | chairs | members | campaigns | awards | persons
    start_char         INTEGER,              -- half-open span of the matched surface
    end_char           INTEGER,
    surface            VARCHAR,
    sent_start         INTEGER,
    sent_end           INTEGER,
    rule               VARCHAR,              -- extractor/rule that fired
    load_id            VARCHAR
);

CREATE TABLE IF NOT EXISTS body_mentions (
    evidence_id VARCHAR, doc_id VARCHAR, name VARCHAR, kind VARCHAR, parent VARCHAR,
    doc_body VARCHAR                          -- the body's fullest name in this document
);
CREATE TABLE IF NOT EXISTS chairs (
    evidence_id VARCHAR, doc_id VARCHAR, body VARCHAR, role VARCHAR, holder VARCHAR,
    holder_kind VARCHAR, holder_org VARCHAR, year INTEGER
);
CREATE TABLE IF NOT EXISTS members (
    evidence_id VARCHAR, doc_id VARCHAR, body VARCHAR, member VARCHAR, year INTEGER
);
CREATE TABLE IF NOT EXISTS campaigns (
    evidence_id VARCHAR, doc_id VARCHAR, name VARCHAR, kind VARCHAR, year INTEGER
);
CREATE TABLE IF NOT EXISTS awards (
    evidence_id VARCHAR, doc_id VARCHAR, award VARCHAR, recipient VARCHAR, year INTEGER, status VARCHAR
);
CREATE TABLE IF NOT EXISTS person_mentions (
    evidence_id VARCHAR, doc_id VARCHAR, name VARCHAR, title VARCHAR
);

-- Resolved entities: rebuilt from the fact tables after every load (resolve stage).
CREATE TABLE IF NOT EXISTS bodies (
    body_id VARCHAR PRIMARY KEY, name VARCHAR, kind VARCHAR, parent VARCHAR, n_docs INTEGER
);
CREATE TABLE IF NOT EXISTS body_aliases (
    body_id VARCHAR, alias VARCHAR, alias_fold VARCHAR   -- alias_fold: no diacritics, lowercase
);
CREATE TABLE IF NOT EXISTS doc_bodies (
    doc_id VARCHAR, doc_body VARCHAR, body_id VARCHAR    -- a document's body -> the resolved body
);
CREATE TABLE IF NOT EXISTS units (
    unit_id VARCHAR PRIMARY KEY, name VARCHAR, name_key VARCHAR, n_facts INTEGER
);
CREATE TABLE IF NOT EXISTS persons (
    person_id VARCHAR PRIMARY KEY, name VARCHAR, name_key VARCHAR, titles VARCHAR, n_docs INTEGER
);

CREATE TABLE IF NOT EXISTS ingest_errors (
    path VARCHAR PRIMARY KEY,                -- one row per file that currently fails
    code VARCHAR,                            -- stable code, see schemas/errors.py
    message VARCHAR,
    run_id VARCHAR                           -- the last run that tried it
);

-- Views a researcher writes first.
CREATE OR REPLACE VIEW chairs_by_year AS
SELECT b.body_id, b.name AS body, c.year, c.role, c.holder, c.holder_kind, c.holder_org,
       list(DISTINCT c.doc_id ORDER BY c.doc_id) AS doc_ids, count(*) AS n_evidence
FROM chairs c
JOIN doc_bodies db ON db.doc_id = c.doc_id AND db.doc_body = c.body
JOIN bodies b ON b.body_id = db.body_id
GROUP BY ALL;

CREATE OR REPLACE VIEW members_by_year AS
SELECT b.body_id, b.name AS body, m.year, m.member,
       list(DISTINCT m.doc_id ORDER BY m.doc_id) AS doc_ids
FROM members m
JOIN doc_bodies db ON db.doc_id = m.doc_id AND db.doc_body = m.body
JOIN bodies b ON b.body_id = db.body_id
GROUP BY ALL;

CREATE OR REPLACE VIEW fact_evidence AS
SELECT e.*, substr(d.text, e.sent_start + 1, e.sent_end - e.sent_start) AS sentence, d.path
FROM evidence e JOIN documents d USING (doc_id);
