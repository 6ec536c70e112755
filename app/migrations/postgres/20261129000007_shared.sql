-- What several servers on one database must share (issue 12). The login and report rate limits: a
-- token bucket per scope and client address, so that a burst spread over several servers is still
-- one burst. And the version of the published data, raised by every write of the directory or the
-- agenda: each server compares it with the one it holds every second, and reads again when it moved.
CREATE TABLE rate_limit (
    scope  TEXT             NOT NULL CHECK (scope IN ('connexion', 'signalement')),
    client TEXT             NOT NULL,
    tokens DOUBLE PRECISION NOT NULL,
    at_ms  BIGINT           NOT NULL,
    PRIMARY KEY (scope, client)
);
CREATE INDEX rate_limit_at ON rate_limit (at_ms);

CREATE TABLE publication (
    id      BIGINT PRIMARY KEY CHECK (id = 1),
    version BIGINT NOT NULL
);
INSERT INTO publication (id, version) VALUES (1, 0);
