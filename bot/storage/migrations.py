"""Schema migration runner.

Migrations are the numbered files ``bot/storage/migrations/NNNN_some_name.sql`` (package data,
read with importlib.resources). To change the schema, add the next file, e.g.
``0004_group_settings.sql``; nothing else needs editing. At start-up each pending file is applied,
in order, inside its own ``BEGIN IMMEDIATE`` transaction together with its row in
``schema_migrations`` and ``PRAGMA user_version`` (set to the highest applied number, for the
sqlite3 shell). If any statement fails the whole file is rolled back and start-up stops.

Rules for migration files:

* plain SQL statements separated by ``;`` (triggers with ``BEGIN ... END;`` bodies are fine);
* no transaction control (BEGIN, COMMIT, END, ROLLBACK, SAVEPOINT, RELEASE) and no VACUUM: the
  runner owns the transaction. ``PRAGMA foreign_keys`` is a no-op inside a transaction; for a
  table rebuild use ``PRAGMA defer_foreign_keys = ON`` instead;
* never edit or renumber a file once it has shipped; the runner refuses a database whose recorded
  name for a number differs from the file's, and a pending number lower than one already applied;
* a table with a ``user_id`` column must be added to ``USER_KEYED_TABLES`` in ``sqlite.py`` so that
  "/forget" removes it (a unit test enforces this).

Cost: reading ``schema_migrations`` (one row per migration) is all that start-up does when nothing
is pending, whatever the number of sessions.
"""

from __future__ import annotations

import logging
import re
import sqlite3
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path

import aiosqlite

from bot.storage.base import MigrationError

logger = logging.getLogger(__name__)

_FILE_NAME = re.compile(r"^(?P<version>\d{4})_[a-z0-9][a-z0-9_]*\.sql$")
_LEADING_NOISE = re.compile(r"(?:\s+|--[^\n]*(?:\n|$)|/\*.*?\*/)*", re.DOTALL)
_FIRST_WORD = re.compile(r"[A-Za-z]+")
_FORBIDDEN = frozenset({"BEGIN", "COMMIT", "END", "ROLLBACK", "SAVEPOINT", "RELEASE", "VACUUM"})

_CREATE_LEDGER = """
CREATE TABLE IF NOT EXISTS schema_migrations (
    version    INTEGER PRIMARY KEY,
    name       TEXT NOT NULL,
    applied_at TEXT NOT NULL
)
"""


@dataclass(frozen=True)
class Migration:
    """One numbered schema change."""

    version: int
    name: str  # file name without ".sql", e.g. "0001_initial"
    sql: str = field(repr=False)

    @property
    def statements(self) -> list[str]:
        return split_statements(self.sql)


def _code_of(chunk: str) -> str:
    """The chunk without leading whitespace/comments and without a trailing ";"."""
    noise = _LEADING_NOISE.match(chunk)
    start = noise.end() if noise is not None else 0
    return chunk[start:].strip().rstrip(";").strip()


def split_statements(sql: str) -> list[str]:
    """Split a script into single statements, respecting strings, comments and trigger bodies."""
    statements: list[str] = []
    pieces = sql.split(";")
    buffer = ""
    for index, piece in enumerate(pieces):
        buffer += piece
        if index < len(pieces) - 1:
            buffer += ";"
            if not sqlite3.complete_statement(buffer):
                continue
        if _code_of(buffer):
            statements.append(buffer.strip())
        buffer = ""
    return statements


def _check_statements(name: str, sql: str) -> None:
    for statement in split_statements(sql):
        word = _FIRST_WORD.match(_code_of(statement))
        if word is not None and word.group(0).upper() in _FORBIDDEN:
            raise MigrationError(f"migration {name} must not use {word.group(0).upper()}")


def load_migrations(source: Traversable | Path | None = None) -> tuple[Migration, ...]:
    """Read and validate the migration files from ``source`` (default: the packaged folder).

    Files not ending in ``.sql`` are ignored; a ``.sql`` file not named ``NNNN_name.sql`` with
    NNNN >= 1, or two files with the same number, is an error.
    """
    folder = source if source is not None else resources.files("bot.storage").joinpath("migrations")
    found: dict[int, Migration] = {}
    for entry in folder.iterdir():
        if not entry.name.endswith(".sql") or not entry.is_file():
            continue
        match = _FILE_NAME.match(entry.name)
        if match is None or int(match["version"]) == 0:
            raise MigrationError(f"bad migration file name {entry.name!r}; expected NNNN_name.sql, NNNN >= 1")
        version = int(match["version"])
        name = entry.name.removesuffix(".sql")
        if version in found:
            raise MigrationError(f"two migrations numbered {version:04d}: {found[version].name}, {name}")
        sql = entry.read_text(encoding="utf-8")
        _check_statements(name, sql)
        found[version] = Migration(version=version, name=name, sql=sql)
    return tuple(found[version] for version in sorted(found))


def pending_migrations(migrations: Sequence[Migration], applied: Mapping[int, str]) -> list[Migration]:
    """The migrations not in the ledger ``applied`` (number -> name), in order; MigrationError if the
    ledger names a number differently from the code, or if a pending number is below an applied one.
    The same rules for every database."""
    for migration in migrations:
        recorded = applied.get(migration.version)
        if recorded is not None and recorded != migration.name:
            raise MigrationError(
                f"database has migration {migration.version:04d} as {recorded!r}, code has {migration.name!r}"
            )
    pending = [migration for migration in migrations if migration.version not in applied]
    if pending and applied and pending[0].version < max(applied):
        raise MigrationError(
            f"migration {pending[0].version:04d} is pending but {max(applied):04d} is already applied"
        )
    return pending


async def _execute(conn: aiosqlite.Connection, sql: str, parameters: Sequence[object] = ()) -> None:
    async with conn.execute(sql, parameters):
        pass


async def _applied(conn: aiosqlite.Connection) -> dict[int, str]:
    rows = await conn.execute_fetchall("SELECT version, name FROM schema_migrations")
    return {int(row[0]): str(row[1]) for row in rows}


async def apply_migrations(
    conn: aiosqlite.Connection, migrations: Sequence[Migration], *, applied_at: str
) -> list[int]:
    """Apply the pending ``migrations`` in order; return the numbers applied (empty if none).

    ``conn`` must be in autocommit mode (``isolation_level=None``). Safe against a second process
    migrating the same file at the same time: each migration re-checks the ledger after taking
    the write lock.
    """
    await _execute(conn, _CREATE_LEDGER)
    pending = pending_migrations(migrations, await _applied(conn))
    done: list[int] = []
    for migration in pending:
        try:
            await _execute(conn, "BEGIN IMMEDIATE")
            already = await _applied(conn)  # another process may have applied it meanwhile
            if migration.version in already:
                await _execute(conn, "ROLLBACK")
                continue
            for statement in migration.statements:
                await _execute(conn, statement)
            await _execute(
                conn,
                "INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)",
                (migration.version, migration.name, applied_at),
            )
            # PRAGMA takes no parameters; the value is an int we parsed from the file name.
            await _execute(conn, f"PRAGMA user_version = {int(migration.version)}")
            await _execute(conn, "COMMIT")
        except sqlite3.Error as exc:
            await conn.rollback()  # a no-op if the transaction never started
            raise MigrationError(f"migration {migration.version:04d} failed and was rolled back") from exc
        except BaseException:
            await conn.rollback()
            raise
        logger.info("applied storage migration %04d", migration.version)
        done.append(migration.version)
    return done
