-- 0001: the schema of the SQLite store's migrations 0001 to 0004, for PostgreSQL.
--
-- Same tables, columns and meanings as bot/storage/migrations/ (read those for the why), with
-- PostgreSQL's own types: timestamps are timestamptz (UTC instants, compared as instants), flags are
-- boolean, Telegram ids are bigint (user and chat ids exceed 32 bits).

CREATE TABLE sessions (
    user_id             BIGINT      PRIMARY KEY,                -- Telegram user id
    -- The engine's session as UTF-8 JSON text, opaque here. bytea rather than text: text cannot hold
    -- U+0000, and the store keeps any string it is given, exactly as the SQLite store does.
    data                BYTEA       NOT NULL,
    version             INTEGER     NOT NULL CHECK (version >= 1), -- optimistic-concurrency version
    created_at          TIMESTAMPTZ NOT NULL,
    updated_at          TIMESTAMPTZ NOT NULL,
    -- The open question: its Telegram message id and the interview's id for it, or both NULL.
    question_message_id BIGINT,
    question_id         TEXT,
    CHECK ((question_id IS NULL) = (question_message_id IS NULL))
);

CREATE INDEX sessions_updated_at ON sessions (updated_at);

-- Updates already applied, so that a redelivered update is not applied twice.
-- kind 'update' holds Update.update_id (as text); 'callback_query' holds CallbackQuery.id.
CREATE TABLE processed_updates (
    kind     TEXT        NOT NULL CHECK (kind IN ('update', 'callback_query')),
    id       TEXT        NOT NULL,
    seen_at  TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (kind, id)
);

CREATE INDEX processed_updates_seen_at ON processed_updates (seen_at);

-- One row per group or channel the bot is in; no user ids.
CREATE TABLE chats (
    chat_id         BIGINT      PRIMARY KEY,
    kind            TEXT        NOT NULL CHECK (kind IN ('group', 'supergroup', 'channel')),
    title           TEXT        NOT NULL DEFAULT '',
    language        TEXT        NOT NULL,
    public_commands BOOLEAN     NOT NULL DEFAULT TRUE,
    quiet           BOOLEAN     NOT NULL DEFAULT FALSE,
    bot_status      TEXT        NOT NULL,
    updated_at      TIMESTAMPTZ NOT NULL
);

-- Anonymous counts: how many sessions started and finished, by source, language and outcome.
CREATE TABLE stats (
    metric     TEXT   NOT NULL,  -- 'started' | 'completed'
    dimension  TEXT   NOT NULL,  -- 'source' | 'language' | 'outcome'
    value      TEXT   NOT NULL,
    count      BIGINT NOT NULL CHECK (count >= 0),
    PRIMARY KEY (metric, dimension, value)
);
