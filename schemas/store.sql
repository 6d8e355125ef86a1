-- thidua store schema (DuckDB). One statement per ';'. Created on first use; every table is
-- documented in the README ("The store"). Offsets are character offsets into documents.text.

CREATE TABLE IF NOT EXISTS store_meta (
    key   VARCHAR PRIMARY KEY,   -- schema: digest of this file when it last set the store up
    value VARCHAR
);

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
    files_retried      INTEGER,              -- failed last time, tried again
    files_failed       INTEGER,
    extractor_versions VARCHAR               -- JSON {extractor: version}
);

CREATE TABLE IF NOT EXISTS documents (
    doc_id             VARCHAR PRIMARY KEY,  -- path relative to the ingested folder, no extension
    path               VARCHAR,
    format             VARCHAR,              -- txt | html | pdf | docx
    sha256             VARCHAR,              -- of the source bytes
    size_bytes         BIGINT,
    mtime_ns           BIGINT,               -- the file's modification time when read: with its size,
                                             -- an unchanged file is skipped without hashing it
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
    body_id VARCHAR, alias VARCHAR, alias_fold VARCHAR,  -- alias_fold: no diacritics, lowercase
    alias_words VARCHAR, words VARCHAR   -- the words a query matches: of the alias, of "alias parent"
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

-- Corrections and consolidated answers (pipeline/corrections.py, pipeline/research.py). The four
-- tables below are derived like the entity tables: rebuilt after every load from the fact tables
-- and the corrections file (corrections.yaml beside the store; see docs/research.md).
CREATE TABLE IF NOT EXISTS name_keys (
    name VARCHAR PRIMARY KEY,                -- every holder, member, award, recipient, campaign, person name
    name_key VARCHAR,                        -- its canonical form (schemas/names.py canon)
    name_fold VARCHAR                        -- no diacritics, lowercase (schemas/names.py fold)
);
CREATE TABLE IF NOT EXISTS corrections (
    correction_id VARCHAR PRIMARY KEY,       -- merge-1, reject-2, add-3: section and position in the file
    action VARCHAR,                          -- merge | reject | add
    fact_type VARCHAR,                       -- bodies | chairs | members | campaigns | awards | persons
    entry VARCHAR,                           -- the entry's fields, as JSON
    doc_id VARCHAR,                          -- reject: only this document's facts, add: the document cited
    cite VARCHAR,                            -- add: the free-text citation
    note VARCHAR,
    file VARCHAR,
    line INTEGER,
    matched INTEGER,                         -- merge: mentions renamed, reject: facts hidden, add: 1
    problem VARCHAR                          -- why `thidua corrections check` lists it (NULL: none)
);
CREATE TABLE IF NOT EXISTS rejected_facts (
    evidence_id VARCHAR, fact_type VARCHAR, correction_id VARCHAR   -- extracted facts every answer leaves out
);
CREATE TABLE IF NOT EXISTS added_facts (
    correction_id VARCHAR, fact_type VARCHAR,
    doc_id VARCHAR, cite VARCHAR,            -- the citation: a stored document and/or free text
    body_id VARCHAR, role VARCHAR, holder VARCHAR, holder_kind VARCHAR, holder_org VARCHAR, member VARCHAR,
    name VARCHAR, kind VARCHAR, parent VARCHAR, award VARCHAR, recipient VARCHAR, status VARCHAR,
    title VARCHAR, year INTEGER,
    start_char INTEGER, end_char INTEGER,    -- where the entry's quote is in the document (NULL: no quote)
    sent_start INTEGER, sent_end INTEGER
);

-- Every piece of support for a fact: extracted evidence, and the citations of added facts.
CREATE OR REPLACE VIEW all_evidence AS
SELECT e.evidence_id, e.doc_id, e.fact_type, e.start_char, e.end_char, e.sent_start, e.sent_end, e.rule,
       'extracted' AS source, NULL::VARCHAR AS cite,
       e.evidence_id IN (SELECT evidence_id FROM rejected_facts) AS rejected
FROM evidence e
UNION ALL
SELECT a.correction_id, a.doc_id, a.fact_type, a.start_char, a.end_char, a.sent_start, a.sent_end,
       'correction/' || a.correction_id, 'correction', a.cite, FALSE
FROM added_facts a;

-- Facts as answers use them: bodies resolved, rejected facts left out, added facts in, each row
-- with its source (extracted | correction). Members, campaigns and awards stated without a year
-- count for the year their document reports on (year_inferred).
CREATE OR REPLACE VIEW chair_facts AS
SELECT db.body_id, c.year, c.role, c.holder, c.holder_kind, c.holder_org,
       coalesce(ko.name_key, kh.name_key, c.holder) AS holder_key,   -- the unit: holder_org, else holder
       c.doc_id, c.evidence_id, 'extracted' AS source
FROM chairs c
JOIN doc_bodies db ON db.doc_id = c.doc_id AND db.doc_body = c.body
LEFT JOIN name_keys kh ON kh.name = c.holder
LEFT JOIN name_keys ko ON ko.name = c.holder_org
WHERE c.evidence_id NOT IN (SELECT evidence_id FROM rejected_facts)
UNION ALL
SELECT a.body_id, a.year, a.role, a.holder, a.holder_kind, a.holder_org,
       coalesce(ko.name_key, kh.name_key, a.holder), a.doc_id, a.correction_id, 'correction'
FROM added_facts a
LEFT JOIN name_keys kh ON kh.name = a.holder
LEFT JOIN name_keys ko ON ko.name = a.holder_org
WHERE a.fact_type = 'chairs';

CREATE OR REPLACE VIEW member_facts AS
SELECT db.body_id, coalesce(m.year, d.ref_year) AS year, m.year IS NULL AS year_inferred, m.member,
       coalesce(k.name_key, m.member) AS member_key, m.doc_id, m.evidence_id, 'extracted' AS source
FROM members m
JOIN doc_bodies db ON db.doc_id = m.doc_id AND db.doc_body = m.body
JOIN documents d ON d.doc_id = m.doc_id
LEFT JOIN name_keys k ON k.name = m.member
WHERE m.evidence_id NOT IN (SELECT evidence_id FROM rejected_facts)
UNION ALL
SELECT a.body_id, coalesce(a.year, d.ref_year), a.year IS NULL, a.member, coalesce(k.name_key, a.member),
       a.doc_id, a.correction_id, 'correction'
FROM added_facts a
LEFT JOIN documents d ON d.doc_id = a.doc_id
LEFT JOIN name_keys k ON k.name = a.member
WHERE a.fact_type = 'members';

-- Campaign titles are long and punctuated at will: one campaign is one name_fold ("chung sức đồng
-- lòng" = "chung sức, đồng lòng"), not one canonical form.
CREATE OR REPLACE VIEW campaign_facts AS
SELECT c.name, coalesce(k.name_fold, c.name) AS name_key, c.kind, coalesce(c.year, d.ref_year) AS year,
       c.year IS NULL AS year_inferred, c.doc_id, c.evidence_id, 'extracted' AS source
FROM campaigns c
JOIN documents d ON d.doc_id = c.doc_id
LEFT JOIN name_keys k ON k.name = c.name
WHERE c.evidence_id NOT IN (SELECT evidence_id FROM rejected_facts)
UNION ALL
SELECT a.name, coalesce(k.name_fold, a.name), a.kind, coalesce(a.year, d.ref_year), a.year IS NULL,
       a.doc_id, a.correction_id, 'correction'
FROM added_facts a
LEFT JOIN documents d ON d.doc_id = a.doc_id
LEFT JOIN name_keys k ON k.name = a.name
WHERE a.fact_type = 'campaigns';

CREATE OR REPLACE VIEW award_facts AS
SELECT coalesce(a.year, d.ref_year) AS year, a.year IS NULL AS year_inferred, a.award,
       coalesce(ka.name_key, a.award) AS award_key, a.recipient, coalesce(kr.name_key, a.recipient) AS recipient_key,
       a.status, a.doc_id, a.evidence_id, 'extracted' AS source
FROM awards a
JOIN documents d ON d.doc_id = a.doc_id
LEFT JOIN name_keys ka ON ka.name = a.award
LEFT JOIN name_keys kr ON kr.name = a.recipient
WHERE a.evidence_id NOT IN (SELECT evidence_id FROM rejected_facts)
UNION ALL
SELECT coalesce(a.year, d.ref_year), a.year IS NULL, a.award, coalesce(ka.name_key, a.award), a.recipient,
       coalesce(kr.name_key, a.recipient), a.status, a.doc_id, a.correction_id, 'correction'
FROM added_facts a
LEFT JOIN documents d ON d.doc_id = a.doc_id
LEFT JOIN name_keys ka ON ka.name = a.award
LEFT JOIN name_keys kr ON kr.name = a.recipient
WHERE a.fact_type = 'awards';

-- Consolidated answers: the same fact from several documents is one row with all its sources
-- (doc_ids; evidence_ids point into all_evidence). Shown spelling: the most frequent, then longest.
CREATE OR REPLACE VIEW chair_answers AS
WITH f AS (SELECT *, count(*) OVER (PARTITION BY body_id, year, role, holder_key, holder) AS n FROM chair_facts),
a AS (
    SELECT body_id, year, role, holder_key,
           first(holder ORDER BY n DESC, length(holder) DESC, holder) AS holder,
           first(holder_kind ORDER BY n DESC, length(holder) DESC, holder) AS holder_kind,
           first(holder_org ORDER BY holder_org IS NULL, length(holder_org) DESC, holder_org) AS holder_org,
           coalesce(list(DISTINCT doc_id ORDER BY doc_id) FILTER (WHERE doc_id IS NOT NULL), []) AS doc_ids,
           list(DISTINCT evidence_id ORDER BY evidence_id) AS evidence_ids,
           CASE WHEN bool_or(source = 'correction') THEN 'correction' ELSE 'extracted' END AS source
    FROM f GROUP BY body_id, year, role, holder_key)
SELECT a.body_id, b.name AS body, b.kind AS body_kind, a.year, a.role, a.holder, a.holder_kind, a.holder_org,
       a.holder_key, a.doc_ids, a.evidence_ids, a.source,
       -- a conflict: this body, year and role has more than one holder (by canonical form); all are kept
       (a.year IS NOT NULL AND count(*) OVER (PARTITION BY a.body_id, a.year, a.role) > 1) AS conflict
FROM a JOIN bodies b ON b.body_id = a.body_id;

CREATE OR REPLACE VIEW chair_conflicts AS
SELECT body_id, body, year, role, list(holder ORDER BY holder) AS holders,
       list_sort(list_distinct(flatten(list(doc_ids)))) AS doc_ids
FROM chair_answers WHERE conflict
GROUP BY body_id, body, year, role;

CREATE OR REPLACE VIEW member_answers AS
WITH f AS (SELECT *, count(*) OVER (PARTITION BY body_id, year, member_key, member) AS n FROM member_facts)
SELECT f.body_id, any_value(b.name) AS body, f.year, f.member_key,
       first(f.member ORDER BY f.n DESC, length(f.member) DESC, f.member) AS member,
       bool_and(f.year_inferred) AS year_inferred,
       coalesce(list(DISTINCT f.doc_id ORDER BY f.doc_id) FILTER (WHERE f.doc_id IS NOT NULL), []) AS doc_ids,
       list(DISTINCT f.evidence_id ORDER BY f.evidence_id) AS evidence_ids,
       CASE WHEN bool_or(f.source = 'correction') THEN 'correction' ELSE 'extracted' END AS source
FROM f JOIN bodies b ON b.body_id = f.body_id
GROUP BY f.body_id, f.year, f.member_key;

CREATE OR REPLACE VIEW campaign_answers AS
WITH f AS (SELECT *, count(*) OVER (PARTITION BY name_key, name) AS n FROM campaign_facts)
SELECT name_key, first(name ORDER BY n DESC, length(name) DESC, name) AS name,
       list(DISTINCT kind ORDER BY kind) AS kinds,
       list(DISTINCT year ORDER BY year) FILTER (WHERE year IS NOT NULL) AS years,
       coalesce(list(DISTINCT doc_id ORDER BY doc_id) FILTER (WHERE doc_id IS NOT NULL), []) AS doc_ids,
       list(DISTINCT evidence_id ORDER BY evidence_id) AS evidence_ids,
       CASE WHEN bool_or(source = 'correction') THEN 'correction' ELSE 'extracted' END AS source
FROM f GROUP BY name_key;

CREATE OR REPLACE VIEW award_answers AS
WITH f AS (SELECT *, count(*) OVER (PARTITION BY year, award_key, award, recipient_key, recipient, status) AS n
           FROM award_facts)
SELECT year, award_key, recipient_key, status,
       first(award ORDER BY n DESC, length(award) DESC, award) AS award,
       first(recipient ORDER BY n DESC, length(recipient) DESC, recipient) AS recipient,
       bool_and(year_inferred) AS year_inferred,
       coalesce(list(DISTINCT doc_id ORDER BY doc_id) FILTER (WHERE doc_id IS NOT NULL), []) AS doc_ids,
       list(DISTINCT evidence_id ORDER BY evidence_id) AS evidence_ids,
       CASE WHEN bool_or(source = 'correction') THEN 'correction' ELSE 'extracted' END AS source
FROM f GROUP BY year, award_key, recipient_key, status;

-- A body at a glance: its aliases, the years it is seen in (its documents' and its facts'), its documents.
CREATE OR REPLACE VIEW body_summary AS
WITH years AS (
    SELECT db.body_id, d.ref_year AS year FROM doc_bodies db JOIN documents d ON d.doc_id = db.doc_id
    UNION SELECT body_id, year FROM chair_facts
    UNION SELECT body_id, year FROM member_facts WHERE NOT year_inferred)
SELECT b.body_id, b.name, b.kind, b.parent,
       coalesce((SELECT list(DISTINCT a.alias ORDER BY a.alias) FROM body_aliases a
                 WHERE a.body_id = b.body_id AND a.alias <> b.name), []) AS aliases,
       coalesce((SELECT list(DISTINCT y.year ORDER BY y.year) FROM years y
                 WHERE y.body_id = b.body_id AND y.year IS NOT NULL), []) AS years,
       coalesce((SELECT list(DISTINCT x.doc_id ORDER BY x.doc_id) FROM doc_bodies x
                 WHERE x.body_id = b.body_id), []) AS doc_ids,
       b.n_docs
FROM bodies b;

-- A body year by year: chair, vice-chair, members, and awards to its members and chair holders.
CREATE OR REPLACE VIEW body_timeline AS
WITH units AS (
    SELECT DISTINCT body_id, member_key AS unit_key FROM member_facts
    UNION SELECT body_id, holder_key FROM chair_facts)
SELECT body_id, body, year, CASE role WHEN 'chair' THEN 1 ELSE 2 END AS rank, replace(role, '_', '-') AS role,
       holder AS name, holder_org AS detail, doc_ids, evidence_ids, source, conflict, FALSE AS year_inferred
FROM chair_answers
UNION ALL
SELECT body_id, body, year, 3, 'member', member, NULL, doc_ids, evidence_ids, source, FALSE, year_inferred
FROM member_answers
UNION ALL
SELECT u.body_id, b.name, a.year, 4, 'award', a.recipient,
       a.award || CASE WHEN a.status = 'proposed' THEN ' (proposed)' ELSE '' END,
       a.doc_ids, a.evidence_ids, a.source, FALSE, a.year_inferred
FROM award_answers a
JOIN units u ON u.unit_key = a.recipient_key
JOIN bodies b ON b.body_id = u.body_id;

-- The roles a person held over time: titles documents give them (in the year of the document),
-- chairs they held, awards they received.
CREATE OR REPLACE VIEW person_roles AS
SELECT coalesce(k.name_key, p.name) AS person_key, p.name AS person,
       coalesce(year(d.published), d.ref_year) AS year, p.title AS role, NULL::VARCHAR AS detail,
       NULL::VARCHAR AS body_id, p.doc_id, p.evidence_id, 'extracted' AS source
FROM person_mentions p
JOIN documents d ON d.doc_id = p.doc_id
LEFT JOIN name_keys k ON k.name = p.name
WHERE p.evidence_id NOT IN (SELECT evidence_id FROM rejected_facts)
UNION ALL
SELECT coalesce(k.name_key, a.name), a.name, year(d.published), a.title, NULL, NULL, a.doc_id, a.correction_id,
       'correction'
FROM added_facts a
LEFT JOIN documents d ON d.doc_id = a.doc_id
LEFT JOIN name_keys k ON k.name = a.name
WHERE a.fact_type = 'persons'
UNION ALL
SELECT coalesce(k.name_key, f.holder), f.holder, f.year, replace(f.role, '_', '-'), b.name, f.body_id, f.doc_id,
       f.evidence_id, f.source
FROM chair_facts f
JOIN bodies b ON b.body_id = f.body_id
LEFT JOIN name_keys k ON k.name = f.holder
WHERE f.holder_kind = 'person'
UNION ALL
SELECT f.recipient_key, f.recipient, f.year, 'award', f.award, NULL, f.doc_id, f.evidence_id, f.source
FROM award_facts f
WHERE f.recipient_key IN (SELECT name_key FROM persons);

-- Migrations: columns added after a store may have been created.
ALTER TABLE runs ADD COLUMN IF NOT EXISTS files_retried INTEGER;
ALTER TABLE runs ADD COLUMN IF NOT EXISTS derived_key VARCHAR;  -- see pipeline/ingest.py derived_key
ALTER TABLE documents ADD COLUMN IF NOT EXISTS mtime_ns BIGINT;
ALTER TABLE body_aliases ADD COLUMN IF NOT EXISTS alias_words VARCHAR;
ALTER TABLE body_aliases ADD COLUMN IF NOT EXISTS words VARCHAR;
