-- A password someone else chose (a coordinator creating an account, or resetting a forgotten one)
-- is provisional: its owner must choose their own at the next login (ASVS 5.0, V6).
ALTER TABLE account ADD COLUMN must_change_password BIGINT NOT NULL DEFAULT 0 CHECK (must_change_password IN (0, 1));
-- The last request of a session: it ends after 30 minutes without one, besides its 12-hour limit.
ALTER TABLE session ADD COLUMN last_seen_at TEXT;
-- When the password was last typed in this session (at login, or to confirm it before an account
-- operation): coordinators retype it after 15 minutes to manage accounts (ASVS 5.0, V7).
ALTER TABLE session ADD COLUMN confirmed_at TEXT;
