-- The directory: structures and their services, each stored as the JSON of its domain type (fields
-- and values of the national standards), so that storage is lossless and identical on SQLite and
-- PostgreSQL. Matching happens in memory over the whole directory; SQL only stores and versions it.
-- Nothing is deleted: `archived` hides an entry from the public side and can be undone.
CREATE TABLE structure (
    id         TEXT PRIMARY KEY NOT NULL,
    data       TEXT NOT NULL CHECK (json_valid(data)),
    archived   INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);

CREATE TABLE service (
    id           TEXT PRIMARY KEY NOT NULL,
    structure_id TEXT NOT NULL REFERENCES structure (id),
    data         TEXT NOT NULL CHECK (json_valid(data)),
    archived     INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
    updated_at   TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);
CREATE INDEX service_structure ON service (structure_id);
