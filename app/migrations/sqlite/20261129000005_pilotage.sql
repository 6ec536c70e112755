-- Orientations served, counted per day: the only thing Aiguillage records about them (issue 13).
-- Anonymous by construction: no identifier, no address, no commune, no user agent, no time finer
-- than the day; WITHOUT ROWID, so not even the order in which rows were first written is kept.
-- The values are codes of the flow, the geography and the engine, checked here as in the code.
CREATE TABLE orientation_count (
    jour      TEXT    NOT NULL CHECK (length(jour) = 10 AND jour GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    besoin    TEXT    NOT NULL CHECK (length(besoin) BETWEEN 1 AND 40),
    precision TEXT    NOT NULL CHECK (length(precision) BETWEEN 1 AND 200),
    epci      TEXT    NOT NULL CHECK (length(epci) = 9 AND epci NOT GLOB '*[^0-9]*'),
    atteint   TEXT    NOT NULL CHECK (atteint IN ('commune', 'epci', 'voisin', 'departement', 'distance', 'aucun')),
    mode      TEXT    NOT NULL CHECK (mode IN ('public', 'guichet')),
    nombre    INTEGER NOT NULL CHECK (nombre > 0),
    PRIMARY KEY (jour, besoin, precision, epci, atteint, mode)
) WITHOUT ROWID;
