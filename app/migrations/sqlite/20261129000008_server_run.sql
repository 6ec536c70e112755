-- Each server process of the deployment, while it runs (issue 12): it writes when it starts, says
-- it is alive every second, and says so when it stops cleanly. A run that stopped saying it is alive
-- without stopping cleanly was interrupted (killed, crashed, power cut): the next server to look
-- marks it, and /metrics counts these recoveries for the operator.
CREATE TABLE server_run (
    id         INTEGER PRIMARY KEY,
    started_at TEXT    NOT NULL,
    seen_ms    INTEGER NOT NULL,
    ended      TEXT    CHECK (ended IN ('arret', 'interrompu'))
);
CREATE INDEX server_run_open ON server_run (ended, seen_ms);
