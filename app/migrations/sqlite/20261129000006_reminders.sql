-- Reminders sent to structures by e-mail from /admin/rappels (issue 13): when, and by which
-- coordinator, so that the page can say « dernier rappel le … » and not send twice in a fortnight.
-- The message itself is not kept: it is rebuilt from the directory.
CREATE TABLE reminder_sent (
    structure_id TEXT NOT NULL,
    sent_at      TEXT NOT NULL,
    sent_by      TEXT NOT NULL,
    PRIMARY KEY (structure_id, sent_at)
);
