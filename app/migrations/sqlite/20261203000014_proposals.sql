-- « Proposer un lieu, un atelier ou une permanence » and « C'est ma structure » (issue 28). What the
-- field proposes waits here for a coordinator; nothing of it is in the directory before it is
-- accepted. Times are Unix seconds.
CREATE TABLE proposal (
    id            INTEGER PRIMARY KEY,
    created_at    INTEGER NOT NULL,
    updated_at    INTEGER NOT NULL,
    genre         TEXT NOT NULL CHECK (genre IN ('lieu', 'atelier', 'gestion')),
    status        TEXT NOT NULL CHECK (status IN ('attente', 'question', 'acceptee', 'refusee')),
    -- The place's fields as typed (JSON pairs), read again by the back-office forms on acceptance.
    champs        TEXT NOT NULL,
    -- « C'est ma structure »: the listed structure; once accepted: the entry it became or joined.
    structure_id  TEXT,
    proposant     TEXT NOT NULL,
    courriel      TEXT NOT NULL,
    -- A message to the proposer waiting for the relay: recue, question, acceptee, refusee.
    mail_pending  TEXT CHECK (mail_pending IS NULL OR mail_pending IN ('recue', 'question', 'acceptee', 'refusee')),
    -- A message to the coordination waiting: nouvelle, reponse.
    coord_pending TEXT CHECK (coord_pending IS NULL OR coord_pending IN ('nouvelle', 'reponse'))
);
CREATE INDEX proposal_status ON proposal (status, created_at);

-- What was said about a proposal, in order: the coordinator's questions and reasons, the proposer's
-- answers, and each decision.
CREATE TABLE proposal_message (
    id          INTEGER PRIMARY KEY,
    proposal_id INTEGER NOT NULL REFERENCES proposal (id),
    at          INTEGER NOT NULL,
    who         TEXT NOT NULL,
    action      TEXT NOT NULL,
    texte       TEXT
);
CREATE INDEX proposal_message_proposal ON proposal_message (proposal_id);

-- A refused form, kept an hour under a random key so that the page shows it again as it was typed
-- with its messages (a public form has no session to hold it; an e-mail address has no place in a
-- URL).
CREATE TABLE proposal_draft (
    cle        TEXT NOT NULL PRIMARY KEY,
    created_at INTEGER NOT NULL,
    contenu    TEXT NOT NULL
);
