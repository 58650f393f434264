-- 0003: the store's own named values (SQLite's migration 0006): facts about the database, such as the ids
-- of the encryption keys its rows are under; never about a person.
CREATE TABLE store_meta (
    name  TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
