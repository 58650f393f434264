"""One database of each kind for the store's contract tests: its stores, and a second client reading it.

`SqliteDatabase` reads its file with the sqlite3 module, `PostgresDatabase` its database with a plain
asyncpg connection of its own: both as an operator's shell would see the data, never through the store.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any, TypeAlias

import asyncpg

from bot.storage import SqliteSessionStore
from bot.storage.postgres import PostgresSessionStore
from bot.storage.postgres_address import parse_postgres_url

AnyStore: TypeAlias = SqliteSessionStore | PostgresSessionStore
Clock = Callable[[], datetime]
Row = tuple[Any, ...]


class SqliteDatabase:
    kind = "sqlite"

    def __init__(self, path: Path, clock: Clock) -> None:
        self.path = path
        self.clock = clock

    def store(self, **kwargs: Any) -> SqliteSessionStore:
        kwargs.setdefault("clock", self.clock)
        return SqliteSessionStore(self.path, **kwargs)

    def _query(self, sql: str) -> list[Row]:
        with contextlib.closing(sqlite3.connect(self.path)) as conn:
            return [tuple(row) for row in conn.execute(sql).fetchall()]

    async def every_row(self) -> dict[str, list[Row]]:
        tables = [row[0] for row in self._query("SELECT name FROM sqlite_master WHERE type = 'table'")]
        return {table: sorted(self._query(f"SELECT * FROM {table}"), key=repr) for table in tables}

    async def recorded_ids(self) -> set[tuple[str, str]]:
        return {(str(kind), str(key)) for kind, key in self._query("SELECT kind, id FROM processed_updates")}

    async def session_rows(self) -> int:
        return int(self._query("SELECT COUNT(*) FROM sessions")[0][0])

    async def no_transaction_left_open(self) -> bool:
        """True if another connection can take the write lock at once."""
        other = sqlite3.connect(self.path, timeout=0, isolation_level=None)
        try:
            other.execute("BEGIN IMMEDIATE")
            other.execute("ROLLBACK")
        except sqlite3.OperationalError:
            return False
        finally:
            other.close()
        return True

    async def close(self) -> None:
        pass


class PostgresDatabase:
    kind = "postgres"

    def __init__(self, url: str, clock: Clock) -> None:
        self.url = url
        self.address = parse_postgres_url(url)
        self.clock = clock
        self._conn: asyncpg.Connection | None = None

    def store(self, **kwargs: Any) -> PostgresSessionStore:
        kwargs.setdefault("clock", self.clock)
        return PostgresSessionStore(self.address, **kwargs)

    async def _query(self, sql: str) -> list[Row]:
        if self._conn is None or self._conn.is_closed():
            address = self.address
            self._conn = await asyncpg.connect(host=address.host, port=address.port, user=address.user,
                                               password=address.password, database=address.dbname)
        return [tuple(row) for row in await self._conn.fetch(sql)]

    async def every_row(self) -> dict[str, list[Row]]:
        tables = [row[0] for row in await self._query(
            "SELECT tablename FROM pg_tables WHERE schemaname = current_schema()")]
        return {table: sorted(await self._query(f"SELECT * FROM {table}"), key=repr) for table in tables}

    async def recorded_ids(self) -> set[tuple[str, str]]:
        return {(str(kind), str(key)) for kind, key in await self._query("SELECT kind, id FROM processed_updates")}

    async def session_rows(self) -> int:
        return int((await self._query("SELECT count(*) FROM sessions"))[0][0])

    async def no_transaction_left_open(self) -> bool:
        """True if no other connection to this database sits inside a transaction."""
        rows = await self._query(
            "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database()"
            " AND pid <> pg_backend_pid() AND xact_start IS NOT NULL"
            # Only the store's connections: an autovacuum worker on this database also has a transaction open.
            " AND backend_type = 'client backend'")
        return int(rows[0][0]) == 0

    async def empty(self) -> None:
        """Every table of the store emptied (the ledger kept), for a test that reuses the database."""
        await self._query("TRUNCATE sessions, follow_ups, processed_updates, chats, stats")

    async def close(self) -> None:
        if self._conn is not None:
            await self._conn.close()
            self._conn = None


Database: TypeAlias = SqliteDatabase | PostgresDatabase
