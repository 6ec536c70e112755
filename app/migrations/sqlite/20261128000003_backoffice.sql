-- The back-office: accounts, their sessions, the audit log, séances and error reports.

-- No account can be created from the public site: the first admin comes from `server creer-compte`.
CREATE TABLE account (
    id            INTEGER PRIMARY KEY,
    email         TEXT NOT NULL UNIQUE COLLATE NOCASE,
    nom           TEXT NOT NULL,
    role          TEXT NOT NULL CHECK (role IN ('admin', 'editeur')),
    password_hash TEXT NOT NULL,
    disabled      INTEGER NOT NULL DEFAULT 0 CHECK (disabled IN (0, 1)),
    created_at    TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);

-- The structures an editor may change (admins may change everything).
CREATE TABLE account_structure (
    account_id   INTEGER NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    structure_id TEXT NOT NULL REFERENCES structure (id),
    PRIMARY KEY (account_id, structure_id)
);

-- Only a hash of the session id is stored: a leaked database does not leak live sessions.
CREATE TABLE session (
    id_hash    TEXT PRIMARY KEY NOT NULL,
    account_id INTEGER NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    created_at TEXT NOT NULL,
    expires_at TEXT NOT NULL,
    -- A form that failed validation, kept for the next page view (post/redirect/get).
    flash      TEXT
);
CREATE INDEX session_account ON session (account_id);

-- Failed logins per e-mail: they slow the next attempts down, they never lock anyone out.
CREATE TABLE login_failure (
    email    TEXT PRIMARY KEY NOT NULL COLLATE NOCASE,
    failures INTEGER NOT NULL,
    last_at  TEXT NOT NULL
);

-- Secrets generated once per database (the key signing form tokens), so a restart keeps forms valid.
CREATE TABLE secret (
    name  TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL
);

-- Dated sessions of a service (ateliers, conférences, permanences), stored like the directory.
CREATE TABLE seance (
    id         TEXT PRIMARY KEY NOT NULL,
    service_id TEXT NOT NULL REFERENCES service (id),
    debut      TEXT NOT NULL,
    data       TEXT NOT NULL CHECK (json_valid(data)),
    archived   INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);
CREATE INDEX seance_debut ON seance (debut);

-- Every change: who, when, what, the state before and after (`{"archived": …, "data": …}`).
CREATE TABLE revision (
    id          INTEGER PRIMARY KEY,
    entity_kind TEXT NOT NULL CHECK (entity_kind IN ('structure', 'service', 'seance')),
    entity_id   TEXT NOT NULL,
    account_id  INTEGER REFERENCES account (id),
    author      TEXT NOT NULL,
    at          TEXT NOT NULL,
    action      TEXT NOT NULL,
    before      TEXT CHECK (before IS NULL OR json_valid(before)),
    after       TEXT NOT NULL CHECK (json_valid(after))
);
CREATE INDEX revision_entity ON revision (entity_kind, entity_id);

-- « Signaler une erreur »: no personal data asked, attached to the entry.
CREATE TABLE report (
    id           INTEGER PRIMARY KEY,
    service_id   TEXT NOT NULL,
    structure_id TEXT NOT NULL,
    sujet        TEXT NOT NULL,
    message      TEXT NOT NULL,
    created_at   TEXT NOT NULL,
    closed_at    TEXT,
    closed_by    TEXT
);
CREATE INDEX report_open ON report (closed_at);
