-- Partner sites allowed to frame the parcours (issue 28), listed by coordinators in the back-office
-- beside those of AIGUILLAGE_INTEGRATIONS. The same shape as on SQLite.
CREATE TABLE integration (
    cle       TEXT NOT NULL PRIMARY KEY CHECK (cle ~ '^[a-z0-9-]{2,40}$'),
    origines  TEXT NOT NULL CHECK (length(origines) BETWEEN 8 AND 2000),
    ajoute_par TEXT NOT NULL,
    ajoute_le TEXT NOT NULL
);
