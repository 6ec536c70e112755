-- « Être rappelé » (issue 27): a person's request to be called back, the structures designated to
-- receive them, and every access to one. Times are Unix seconds: the rules that read them
-- (`domain::callback`: reminder, late, deletion) compare durations.
--
-- Personal data (prenom, contact, message, commune, reponses, same_person, reference) is blanked
-- when the request is deleted (`purged_at`); what remains is what the comité's counts need.
CREATE TABLE callback_request (
    id              INTEGER PRIMARY KEY,
    reference       TEXT UNIQUE,
    created_at      INTEGER NOT NULL,
    -- When the structure that has it now got it (sent, or passed on).
    since_at        INTEGER NOT NULL,
    first_answer_at INTEGER,
    reminded_at     INTEGER,
    closed_at       INTEGER,
    purged_at       INTEGER,
    epci            TEXT NOT NULL,
    besoin          TEXT NOT NULL,
    mode            TEXT NOT NULL CHECK (mode IN ('public', 'guichet')),
    -- The structure that receives it; NULL: the departmental coordination.
    structure_id    TEXT,
    status          TEXT NOT NULL CHECK (status IN ('nouvelle', 'prise-en-charge', 'rendez-vous', 'injoignable', 'traitee')),
    rendez_vous     TEXT,
    -- A message waiting for the relay: 'demande' (the first) or 'rappel' (the one reminder).
    mail_pending    TEXT CHECK (mail_pending IS NULL OR mail_pending IN ('demande', 'rappel')),
    commune         TEXT,
    reponses        TEXT,
    prenom          TEXT,
    contact         TEXT,
    message         TEXT,
    -- A keyed hash of contact, need and day: one request per person, need and day.
    same_person     TEXT UNIQUE
);
CREATE INDEX callback_request_open ON callback_request (purged_at, closed_at);

-- Which structure receives the requests of an EPCI, for one need or for all ('' = every need).
CREATE TABLE callback_receiver (
    epci         TEXT NOT NULL,
    besoin       TEXT NOT NULL,
    structure_id TEXT NOT NULL,
    courriel     TEXT NOT NULL,
    updated_by   TEXT NOT NULL,
    PRIMARY KEY (epci, besoin)
);

-- Who opened or answered a request, and when (the structure's link, an account, the person).
CREATE TABLE callback_access (
    id         INTEGER PRIMARY KEY,
    request_id INTEGER NOT NULL,
    at         INTEGER NOT NULL,
    who        TEXT NOT NULL,
    action     TEXT NOT NULL
);
CREATE INDEX callback_access_request ON callback_access (request_id);

-- Requests are limited per client address like logins and reports: the buckets' table gains that
-- scope. Its rows live a few minutes, so it is made again rather than migrated.
DROP TABLE rate_limit;
CREATE TABLE rate_limit (
    scope  TEXT    NOT NULL CHECK (scope IN ('connexion', 'signalement', 'etre-rappele')),
    client TEXT    NOT NULL,
    tokens REAL    NOT NULL,
    at_ms  INTEGER NOT NULL,
    PRIMARY KEY (scope, client)
);
CREATE INDEX rate_limit_at ON rate_limit (at_ms);
