-- A second factor (ASVS 5.0 V6): the secret an authenticator app shares with the account (RFC 6238,
-- base32), NULL when none is set, and the last 30-second step whose code was accepted, so that a
-- code is used once and never again, even within its half-minute.
ALTER TABLE account ADD COLUMN totp_secret TEXT;
ALTER TABLE account ADD COLUMN totp_step BIGINT NOT NULL DEFAULT 0;
-- Ten recovery codes per account, for a lost phone: stored as keyed hashes, each used once.
CREATE TABLE recovery_code (
    account_id BIGINT NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    code_hash  TEXT NOT NULL,
    used_at    TEXT,
    PRIMARY KEY (account_id, code_hash)
);
-- Codes are limited per client address apart from passwords: the buckets' table gains that scope.
-- Its rows live a few minutes, so it is made again rather than migrated.
DROP TABLE rate_limit;
CREATE TABLE rate_limit (
    scope  TEXT    NOT NULL CHECK (scope IN ('connexion', 'signalement', 'etre-rappele', 'code')),
    client TEXT    NOT NULL,
    tokens DOUBLE PRECISION NOT NULL,
    at_ms  BIGINT NOT NULL,
    PRIMARY KEY (scope, client)
);
CREATE INDEX rate_limit_at ON rate_limit (at_ms);
