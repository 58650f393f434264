-- 0002: the durable inbox, as SQLite's migration 0005 (read it for the why). The payload is bytea like
-- the sessions' data: it is the update's JSON, kept exactly as given.
CREATE TABLE inbox (
    update_id   BIGINT      PRIMARY KEY,
    payload     BYTEA       NOT NULL,
    received_at TIMESTAMPTZ NOT NULL,
    replies     BYTEA
);
