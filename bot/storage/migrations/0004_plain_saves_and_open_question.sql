-- 0004: saves are a plain BEGIN IMMEDIATE ... COMMIT transaction in sqlite.py, and each session keeps
-- the message id of its open question.
--
-- The view and trigger of 0003 go: SqliteSessionStore.save() now runs its checks and writes as
-- separate statements in one transaction, and reports its outcome as a value. The session counter
-- of 0001 goes too: nothing but tests read it, and its triggers added a write to every new session.
-- (Dropping a view drops its triggers; they are named here so that the file says what goes.)

DROP TRIGGER session_writes_insert;
DROP VIEW session_writes;

DROP TRIGGER sessions_count_insert;
DROP TRIGGER sessions_count_delete;
DROP TABLE session_count;

-- The question the bot last sent and is waiting on: its Telegram message id and the interview's id
-- for it, so that after a restart the old question's buttons can still be closed. Both NULL when no
-- question is open. Written with the session, or on their own without a new version
-- (SqliteSessionStore.remember_question), and removed with the session by "/forget".
ALTER TABLE sessions ADD COLUMN question_message_id INTEGER;
ALTER TABLE sessions ADD COLUMN question_id TEXT
    CHECK ((question_id IS NULL) = (question_message_id IS NULL));
