-- 0004: several workers on one database.
-- The person an inbox entry belongs to ("user:<id>", "chat:<id>"; NULL for updates of nobody): a worker
-- about to handle an update of a person first handles that person's earlier entries still pending,
-- whichever worker received them (bot/telegram_adapter/turns.py). The index serves that look-up.
ALTER TABLE inbox ADD COLUMN person TEXT;
CREATE INDEX inbox_by_person ON inbox (person, update_id);
-- When each periodic job (the purge) last ran, on any worker: a worker runs a job only if it wins the
-- conditional update of its row, so the job runs once per period across all workers.
CREATE TABLE periodic_runs (
    name     TEXT        PRIMARY KEY,
    last_run TIMESTAMPTZ NOT NULL
);
