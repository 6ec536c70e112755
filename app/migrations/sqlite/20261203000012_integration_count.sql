-- Which site an orientation was served on (issue 28): Aiguillage's own (''), or the key of the
-- partner site that framed the parcours (`/integre/{clé}/…`). A site, never a page of it nor a
-- person. SQLite cannot change a primary key in place: the table is copied into its new shape.
CREATE TABLE orientation_count_new (
    jour        TEXT    NOT NULL CHECK (length(jour) = 10 AND jour GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    besoin      TEXT    NOT NULL CHECK (length(besoin) BETWEEN 1 AND 40),
    precision   TEXT    NOT NULL CHECK (length(precision) BETWEEN 1 AND 200),
    epci        TEXT    NOT NULL CHECK (length(epci) = 9 AND epci NOT GLOB '*[^0-9]*'),
    atteint     TEXT    NOT NULL CHECK (atteint IN ('commune', 'epci', 'voisin', 'departement', 'distance', 'aucun')),
    mode        TEXT    NOT NULL CHECK (mode IN ('public', 'guichet')),
    integration TEXT    NOT NULL DEFAULT '' CHECK (integration = '' OR (length(integration) BETWEEN 2 AND 40 AND integration NOT GLOB '*[^a-z0-9-]*')),
    nombre      INTEGER NOT NULL CHECK (nombre > 0),
    PRIMARY KEY (jour, besoin, precision, epci, atteint, mode, integration)
) WITHOUT ROWID;
INSERT INTO orientation_count_new (jour, besoin, precision, epci, atteint, mode, integration, nombre)
    SELECT jour, besoin, precision, epci, atteint, mode, '', nombre FROM orientation_count;
DROP TABLE orientation_count;
ALTER TABLE orientation_count_new RENAME TO orientation_count;
