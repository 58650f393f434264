-- 0001: interview sessions, processed update ids, and a constant-time session counter.
--
-- Timestamps are UTC ISO-8601 text with microseconds and a "Z", always the same width
-- ("2025-01-31T12:00:00.000000Z"), so comparing the text compares the instants and the
-- updated_at / seen_at indexes serve the purges.

CREATE TABLE sessions (
    user_id     INTEGER PRIMARY KEY,                   -- Telegram user id (rowid alias)
    data        TEXT    NOT NULL,                      -- the engine's session as JSON, opaque here
    version     INTEGER NOT NULL CHECK (version >= 1), -- optimistic-concurrency version
    created_at  TEXT    NOT NULL,
    updated_at  TEXT    NOT NULL
);

CREATE INDEX sessions_updated_at ON sessions (updated_at);

-- Updates already applied, so that a redelivered update is not applied twice.
-- kind 'update' holds Update.update_id (as text); 'callback_query' holds CallbackQuery.id.
CREATE TABLE processed_updates (
    kind     TEXT NOT NULL CHECK (kind IN ('update', 'callback_query')),
    id       TEXT NOT NULL,
    seen_at  TEXT NOT NULL,
    PRIMARY KEY (kind, id)
);

CREATE INDEX processed_updates_seen_at ON processed_updates (seen_at);

-- COUNT(*) over sessions is a scan; this single row is kept exact by the triggers below.
-- Never write sessions with INSERT OR REPLACE: REPLACE deletes without firing the delete trigger.
CREATE TABLE session_count (
    singleton  INTEGER PRIMARY KEY CHECK (singleton = 1),
    n          INTEGER NOT NULL CHECK (n >= 0)
);

INSERT INTO session_count (singleton, n) VALUES (1, 0);

CREATE TRIGGER sessions_count_insert AFTER INSERT ON sessions
BEGIN
    UPDATE session_count SET n = n + 1 WHERE singleton = 1;
END;

CREATE TRIGGER sessions_count_delete AFTER DELETE ON sessions
BEGIN
    UPDATE session_count SET n = n - 1 WHERE singleton = 1;
END;
