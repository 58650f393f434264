-- 0005: when the bot should next look at a person (reminders, rule-change re-checks), as SQLite's
-- migration 0008 (read it for the why), with timestamptz for the times.
CREATE TABLE follow_ups (
    user_id        BIGINT      PRIMARY KEY REFERENCES sessions (user_id) ON DELETE CASCADE,
    due_at         TIMESTAMPTZ,
    rules_key      TEXT,
    attempts       INTEGER     NOT NULL DEFAULT 0 CHECK (attempts >= 0),
    claimed_until  TIMESTAMPTZ,
    CHECK (due_at IS NOT NULL OR rules_key IS NOT NULL)
);
-- The claim's look-up, in its order (earliest due first, then user id: SQLite's index has the rowid, its
-- user id, at the end by itself); partial, as most rows may hold only a subscription.
CREATE INDEX follow_ups_due_at ON follow_ups (due_at, user_id) WHERE due_at IS NOT NULL;
