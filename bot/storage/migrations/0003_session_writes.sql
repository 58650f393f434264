-- 0003: a whole session save as ONE SQL statement, so that the store makes one trip to its
-- database thread per save instead of seven to nine (BEGIN, checks, writes, COMMIT, each a trip).
--
-- SqliteSessionStore.save() runs
--     INSERT INTO session_writes (...) VALUES (...)
-- in autocommit mode. One statement is one transaction, and a writing statement takes the write
-- lock before its first read, exactly like BEGIN IMMEDIATE (another process waits busy_timeout
-- for it), so the checks below and the writes see the same snapshot. The trigger does, in order:
--   1. refuse an update id / callback query id already recorded ('bot: duplicate update'),
--      checked first so that a redelivered update is reported as a duplicate, not as stale;
--   2. refuse a version other than the stored one, 0 when absent ('bot: stale session');
--   3. insert (expected version 0) or update (expected version > 0) the session; never
--      INSERT OR REPLACE, which deletes without firing the session_count delete trigger;
--   4. refuse to go on unless the session now has the expected version + 1 (cannot happen
--      after 2 in the same snapshot: a guard, rather than a silently lost write);
--   5. record the ids as processed;
--   6. add 1 to each anonymous counter listed in stats.
-- RAISE(ABORT) undoes every change the statement made, the trigger's included, so a refused
-- save writes nothing. The error messages are matched by sqlite.py: change neither alone.
--
-- The view holds no rows: it only names the statement's parameters.
--   user_id, data        the session (data: the engine's JSON text, opaque here)
--   expected_version     the version the caller loaded, 0 for "must not exist yet"
--   written_at           the timestamp for updated_at, created_at (on insert) and seen_at
--   update_id            Update.update_id as text, or NULL
--   callback_query_id    CallbackQuery.id, or NULL
--   stats                NULL or a JSON array of [metric, dimension, value] triples; a triple
--                        listed twice counts twice
-- json_extract rather than ->>, which SQLite 3.38 added: this keeps older SQLite builds working.

CREATE VIEW session_writes (
    user_id, data, expected_version, written_at, update_id, callback_query_id, stats
) AS SELECT NULL, NULL, NULL, NULL, NULL, NULL, NULL WHERE 0;

CREATE TRIGGER session_writes_insert INSTEAD OF INSERT ON session_writes
BEGIN
    SELECT RAISE(ABORT, 'bot: duplicate update')
     WHERE EXISTS (SELECT 1 FROM processed_updates WHERE kind = 'update' AND id = NEW.update_id)
        OR EXISTS (SELECT 1 FROM processed_updates WHERE kind = 'callback_query' AND id = NEW.callback_query_id);

    SELECT RAISE(ABORT, 'bot: stale session')
     WHERE coalesce((SELECT version FROM sessions WHERE user_id = NEW.user_id), 0)
           IS NOT NEW.expected_version;

    INSERT INTO sessions (user_id, data, version, created_at, updated_at)
    SELECT NEW.user_id, NEW.data, 1, NEW.written_at, NEW.written_at
     WHERE NEW.expected_version = 0;

    UPDATE sessions SET data = NEW.data, version = version + 1, updated_at = NEW.written_at
     WHERE NEW.expected_version > 0 AND user_id = NEW.user_id AND version = NEW.expected_version;

    SELECT RAISE(ABORT, 'bot: session write lost')
     WHERE (SELECT version FROM sessions WHERE user_id = NEW.user_id) IS NOT NEW.expected_version + 1;

    INSERT INTO processed_updates (kind, id, seen_at)
    SELECT 'update', NEW.update_id, NEW.written_at WHERE NEW.update_id IS NOT NULL
    UNION ALL
    SELECT 'callback_query', NEW.callback_query_id, NEW.written_at WHERE NEW.callback_query_id IS NOT NULL;

    -- "WHERE true" is required: without it SQLite would read ON CONFLICT as part of the SELECT's join.
    INSERT INTO stats (metric, dimension, value, count)
    SELECT json_extract(value, '$[0]'), json_extract(value, '$[1]'), json_extract(value, '$[2]'), 1
      FROM json_each(NEW.stats) WHERE true
        ON CONFLICT (metric, dimension, value) DO UPDATE SET count = count + 1;
END;
