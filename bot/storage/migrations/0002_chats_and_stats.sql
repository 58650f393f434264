-- 0002: group and channel settings, and anonymous counters.
--
-- chats holds one row per group or channel the bot is in; it is deleted when the bot leaves or is
-- removed, so nothing is kept that is no longer needed. No user ids are stored here.
CREATE TABLE chats (
    chat_id         INTEGER PRIMARY KEY,
    kind            TEXT    NOT NULL CHECK (kind IN ('group', 'supergroup', 'channel')),
    title           TEXT    NOT NULL DEFAULT '',
    language        TEXT    NOT NULL,
    public_commands INTEGER NOT NULL DEFAULT 1 CHECK (public_commands IN (0, 1)),
    quiet           INTEGER NOT NULL DEFAULT 0 CHECK (quiet IN (0, 1)),
    bot_status      TEXT    NOT NULL,
    updated_at      TEXT    NOT NULL
);

-- Anonymous counts: how many sessions started and finished, by source, language and outcome.
-- Only totals: nothing here can be traced back to a person.
CREATE TABLE stats (
    metric     TEXT    NOT NULL,  -- 'started' | 'completed'
    dimension  TEXT    NOT NULL,  -- 'source' | 'language' | 'outcome'
    value      TEXT    NOT NULL,
    count      INTEGER NOT NULL CHECK (count >= 0),
    PRIMARY KEY (metric, dimension, value)
);
