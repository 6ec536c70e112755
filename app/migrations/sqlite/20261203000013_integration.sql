-- Partner sites allowed to frame the parcours (issue 28), listed by coordinators in the back-office
-- beside those of AIGUILLAGE_INTEGRATIONS. The key as `domain::integration` checks it; the origins
-- space-separated, each `scheme://host[:port]` (checked by the same code before writing).
CREATE TABLE integration (
    cle       TEXT NOT NULL PRIMARY KEY CHECK (length(cle) BETWEEN 2 AND 40 AND cle NOT GLOB '*[^a-z0-9-]*'),
    origines  TEXT NOT NULL CHECK (length(origines) BETWEEN 8 AND 2000),
    ajoute_par TEXT NOT NULL,
    ajoute_le TEXT NOT NULL
);
