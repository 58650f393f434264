"""Schema migrations for PostgreSQL: the files ``bot/storage/migrations_postgres/NNNN_name.sql``.

The rules of the SQLite runner (``migrations.py``) hold: files named ``NNNN_name.sql``, read and checked by
the same `load_migrations`; no transaction control in a file (the runner owns the transaction); never edit
or renumber a shipped file (a ledger naming a number differently, or a pending number below an applied
one, stops start-up); a table with a ``user_id`` column goes into ``USER_KEYED_TABLES`` so that "/forget"
empties it. A file is sent whole, as one multi-statement query, so statements need no splitting
(dollar-quoted function bodies are fine at run time, but the loader's check reads ``BEGIN`` at the start
of a statement as transaction control: keep such bodies on the line of their ``CREATE FUNCTION``).

Several workers starting at once. Each migration is one transaction that first takes a transaction-level
advisory lock (`MIGRATION_LOCK`), then reads the ledger, checks it, and applies the next pending file with
its ledger row. A second worker waits on the lock, then sees the ledger the first one committed; the lock
is released by the commit or rollback, never left behind by a worker that died. Even the ledger's
``CREATE TABLE IF NOT EXISTS`` runs under the lock: run concurrently it can fail on PostgreSQL's catalog.

Cost: when nothing is pending, start-up is one short transaction: the lock and one read of the ledger.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from datetime import datetime
from importlib import resources
from typing import Final, TypeAlias

import asyncpg
from asyncpg.pool import PoolConnectionProxy

from bot.storage.base import MigrationError
from bot.storage.migrations import Migration, load_migrations, pending_migrations

logger = logging.getLogger(__name__)

# A connection of its own or one lent by a pool: the same methods.
PgConnection: TypeAlias = asyncpg.Connection | PoolConnectionProxy

# Any constant works, as long as nothing else on the database uses it; this one is "china-bot" in ASCII.
MIGRATION_LOCK: Final = 0x6368696E612D626F

_CREATE_LEDGER: Final = """
CREATE TABLE IF NOT EXISTS schema_migrations (
    version    INTEGER PRIMARY KEY,
    name       TEXT NOT NULL,
    applied_at TIMESTAMPTZ NOT NULL
)
"""


def load_postgres_migrations() -> tuple[Migration, ...]:
    """The packaged PostgreSQL migrations."""
    return load_migrations(resources.files("bot.storage").joinpath("migrations_postgres"))


async def _next_pending(conn: PgConnection, migrations: Sequence[Migration]) -> Migration | None:
    """Inside the locked transaction: the ledger checked, and the first migration not applied yet."""
    await conn.execute(_CREATE_LEDGER)
    rows = await conn.fetch("SELECT version, name FROM schema_migrations")
    pending = pending_migrations(migrations, {int(row["version"]): str(row["name"]) for row in rows})
    return pending[0] if pending else None


async def apply_postgres_migrations(
    conn: PgConnection, migrations: Sequence[Migration], *, applied_at: datetime
) -> list[int]:
    """Apply the pending ``migrations`` in order, each in its own transaction; the numbers applied.

    A failed file is rolled back whole (with its ledger row) and raises MigrationError; the files applied
    before it stay applied.
    """
    done: list[int] = []
    while True:
        async with conn.transaction():
            await conn.execute("SELECT pg_advisory_xact_lock($1)", MIGRATION_LOCK)
            migration = await _next_pending(conn, migrations)
            if migration is None:
                return done
            try:
                await conn.execute(migration.sql)  # no arguments: the simple protocol runs every statement
            except asyncpg.PostgresError as error:
                raise MigrationError(
                    f"migration {migration.version:04d} failed and was rolled back ({type(error).__name__})"
                ) from error
            await conn.execute(
                "INSERT INTO schema_migrations (version, name, applied_at) VALUES ($1, $2, $3)",
                migration.version, migration.name, applied_at,
            )
        logger.info("applied storage migration %04d", migration.version)
        done.append(migration.version)
