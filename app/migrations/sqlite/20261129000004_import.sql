-- Imports of national source files: one row per applied import (the audit log's entry for it), and
-- each revision it wrote points back at it, so that an admin can undo it as a whole.
CREATE TABLE import_run (
    id         INTEGER PRIMARY KEY,
    at         TEXT NOT NULL,
    author     TEXT NOT NULL,
    fichier    TEXT NOT NULL,
    format     TEXT NOT NULL,
    -- The one-line summary of the report (counts).
    resume     TEXT NOT NULL,
    undone_at  TEXT,
    undone_by  TEXT
);

ALTER TABLE revision ADD COLUMN import_id INTEGER REFERENCES import_run (id);
CREATE INDEX revision_import ON revision (import_id);

-- A file uploaded in the back-office, kept between its dry run and its application (post/redirect/
-- get): only its uploader sees it, and it is deleted once applied.
CREATE TABLE import_upload (
    token      TEXT PRIMARY KEY NOT NULL,
    account_id INTEGER NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    fichier    TEXT NOT NULL,
    date       TEXT,
    bytes      BLOB NOT NULL,
    created_at TEXT NOT NULL
);
