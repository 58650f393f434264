-- When the bot should next look at a person: reminders and rule-change re-checks (bot/storage/base.py,
-- FollowUp). What is due, and the rules a snapshot was made with, live inside the person's encrypted
-- session; this table keeps only WHEN to look and under WHICH rules key, in the clear, so that a background
-- job finds the people due without decrypting everyone. Neither value is an answer.
--
--   due_at         the earliest time something may be due (NULL: nothing scheduled)
--   rules_key      the content version the person's rule-change snapshot was made with (NULL: not subscribed)
--   attempts       how many times the row was claimed since it was last saved (0 after a save)
--   claimed_until  the current claim holds until then (NULL: never claimed since the last save)
--
-- Timestamps are fixed-width UTC text, as everywhere (0001). A row with neither value is not kept: a save
-- of FollowUp(None, None) deletes it. The row goes with the session (ON DELETE CASCADE: "/forget" deletes
-- both, and purge_idle never deletes a session that has a row here).
CREATE TABLE follow_ups (
    user_id        INTEGER PRIMARY KEY REFERENCES sessions (user_id) ON DELETE CASCADE,
    due_at         TEXT,
    rules_key      TEXT,
    attempts       INTEGER NOT NULL DEFAULT 0 CHECK (attempts >= 0),
    claimed_until  TEXT,
    CHECK (due_at IS NOT NULL OR rules_key IS NOT NULL)
);

-- The claim's look-up: the earliest due first. Partial: most rows may be only subscribed (no due_at), and
-- "due_at <= ?" implies "due_at IS NOT NULL", so SQLite uses this index for it.
CREATE INDEX follow_ups_due_at ON follow_ups (due_at) WHERE due_at IS NOT NULL;
