-- The geography of the Ain: reference data, replaced from server/data/ain-geo.json at each start.
CREATE TABLE epci (
    siren          TEXT PRIMARY KEY NOT NULL CHECK (length(siren) = 9),
    nom            TEXT NOT NULL,
    type           TEXT NOT NULL CHECK (type IN ('ME', 'CU', 'CA', 'CC')),
    communes_ain   INTEGER NOT NULL CHECK (communes_ain > 0),
    communes_total INTEGER NOT NULL CHECK (communes_total >= communes_ain)
);

CREATE TABLE commune (
    insee      TEXT PRIMARY KEY NOT NULL CHECK (length(insee) = 5),
    nom        TEXT NOT NULL,
    population INTEGER NOT NULL CHECK (population >= 0),
    epci       TEXT NOT NULL REFERENCES epci (siren),
    lon        REAL NOT NULL,
    lat        REAL NOT NULL
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
