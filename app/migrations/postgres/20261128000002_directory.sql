-- The directory: structures and their services, each stored as the JSON text of its domain type,
-- exactly as on SQLite (the cast to jsonb checks it is JSON). Matching happens in memory over the
-- whole directory; SQL only stores and versions it. Nothing is deleted: `archived` hides an entry.
CREATE TABLE structure (
    id         TEXT PRIMARY KEY,
    data       TEXT NOT NULL CHECK ((data::jsonb) IS NOT NULL),
    archived   BIGINT NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
    updated_at TEXT NOT NULL DEFAULT to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')
);

CREATE TABLE service (
    id           TEXT PRIMARY KEY,
    structure_id TEXT NOT NULL REFERENCES structure (id),
    data         TEXT NOT NULL CHECK ((data::jsonb) IS NOT NULL),
    archived     BIGINT NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
    updated_at   TEXT NOT NULL DEFAULT to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')
);
CREATE INDEX service_structure ON service (structure_id);
