-- Which site an orientation was served on (issue 28): Aiguillage's own (''), or the key of the
-- partner site that framed the parcours (`/integre/{clé}/…`). A site, never a page of it nor a
-- person. The same shape as on SQLite.
ALTER TABLE orientation_count
    ADD COLUMN integration TEXT NOT NULL DEFAULT ''
    CHECK (integration = '' OR integration ~ '^[a-z0-9-]{2,40}$');
ALTER TABLE orientation_count DROP CONSTRAINT orientation_count_pkey;
ALTER TABLE orientation_count ADD PRIMARY KEY (jour, besoin, precision, epci, atteint, mode, integration);
