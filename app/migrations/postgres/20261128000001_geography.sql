-- The geography: reference data, replaced from server/data/ain-geo.json at each start.
-- The same tables as app/migrations/sqlite, in PostgreSQL's types: integers are BIGINT (what the
-- shared queries read), dates stay ISO 8601 text (compared as text on both backends, as the code
-- writes them), and every CHECK of the SQLite schema is kept.
CREATE TABLE epci (
    siren          TEXT PRIMARY KEY CHECK (length(siren) = 9),
    nom            TEXT NOT NULL,
    type           TEXT NOT NULL CHECK (type IN ('ME', 'CU', 'CA', 'CC')),
    communes_ain   BIGINT NOT NULL CHECK (communes_ain > 0),
    communes_total BIGINT NOT NULL CHECK (communes_total >= communes_ain)
);

CREATE TABLE commune (
    insee      TEXT PRIMARY KEY CHECK (length(insee) = 5),
    nom        TEXT NOT NULL,
    population BIGINT NOT NULL CHECK (population >= 0),
    epci       TEXT NOT NULL REFERENCES epci (siren),
    lon        DOUBLE PRECISION NOT NULL,
    lat        DOUBLE PRECISION NOT NULL
);
CREATE INDEX commune_epci ON commune (epci);

CREATE TABLE commune_code_postal (
    insee       TEXT NOT NULL REFERENCES commune (insee) ON DELETE CASCADE,
    code_postal TEXT NOT NULL CHECK (length(code_postal) = 5),
    PRIMARY KEY (insee, code_postal)
);

-- Delegated, associated and absorbed communes: names people still use.
CREATE TABLE ancienne_commune (
    insee   TEXT NOT NULL,
    nom     TEXT NOT NULL,
    commune TEXT NOT NULL REFERENCES commune (insee) ON DELETE CASCADE,
    statut  TEXT NOT NULL CHECK (statut IN ('deleguee', 'associee', 'ancienne')),
    PRIMARY KEY (insee, nom)
);
