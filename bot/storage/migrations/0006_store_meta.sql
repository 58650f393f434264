-- 0005: a small table of named values about the database itself (never about a person).
--
-- The encryption layer (bot/storage/encrypted.py) keeps here the ids of the keys that stored rows may
-- be encrypted under, so that a start-up with the wrong key is refused before anything is written, and
-- whether the rows written before encryption existed have all been encrypted. No user id, no answer.
CREATE TABLE store_meta (
    name   TEXT PRIMARY KEY,
    value  TEXT NOT NULL
);
