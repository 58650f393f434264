-- The person an inbox entry belongs to ("user:<id>", "chat:<id>"; NULL for updates of nobody), as the
-- update processor keys its per-person order. SQLite serves one process, which keeps that order in
-- memory; the column is here so both stores keep the same entries (see PostgreSQL's 0004).
ALTER TABLE inbox ADD COLUMN person TEXT;
