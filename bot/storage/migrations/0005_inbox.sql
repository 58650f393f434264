-- The durable inbox. An update is written here before Telegram is told it was received (the next
-- getUpdates offset, or the webhook's 200 answer), and deleted once it has been handled and its replies
-- sent. `replies` holds the replies the interview recorded in the same transaction as the session
-- change, so that after a crash they are sent again rather than never.
CREATE TABLE inbox (
    update_id   INTEGER PRIMARY KEY,
    payload     TEXT NOT NULL,
    received_at TEXT NOT NULL,
    replies     TEXT
) WITHOUT ROWID;
