"""`SqliteSessionStore`: the session store on one aiosqlite connection.

Concurrency. All work of one store goes through one connection, guarded by an asyncio.Lock so
that coroutines never interleave statements inside each other's transactions. Writes run in
``BEGIN IMMEDIATE`` transactions, which take SQLite's write lock before the first read, so the
version check and the write are atomic even against another process using the same file; that
process waits up to ``busy_timeout_ms`` for the lock instead of failing. If a task is cancelled
mid-transaction the transaction is rolled back before the cancellation propagates.

Durability. WAL journal with ``synchronous=FULL`` by default: with NORMAL a committed transaction
survives a crash of the process but may be lost if the OS crashes or power fails before the next
checkpoint. A lost commit here is a lost answer that Telegram will not redeliver (the update was
already acknowledged), and FULL costs one fsync of the WAL per save, which is negligible at the
rate people type. Pass ``synchronous="NORMAL"`` to trade that for throughput.

Privacy. The database file is created 0600 in a folder created 0700 (SQLite gives the -wal/-shm
files the database file's mode). ``secure_delete`` overwrites deleted rows with zeros, so
"/forget" does not leave answers in free pages. Nothing here is logged.

Cost. Every call touches rows by primary key or a bounded batch from an index; start-up reads
only the migration ledger; ``count_sessions`` reads one trigger-maintained counter. Purges delete
in batches of ``purge_batch_size``, each in its own short transaction.

Timestamps are stored as fixed-width UTC ISO-8601 text, e.g. ``2025-01-31T12:00:00.000000Z``.
"""

from __future__ import annotations

import asyncio
import os
import sqlite3
from collections.abc import AsyncIterator, Callable, Sequence
from contextlib import asynccontextmanager
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Final, Literal, Self

import aiosqlite

from bot.storage.base import DuplicateUpdateError, StaleSessionError, StorageError, StoredSession
from bot.storage.chats import ChatSettings, ChatStore, StatCount, StatIncrement, StatsStore
from bot.storage.migrations import Migration, apply_migrations, load_migrations

if TYPE_CHECKING:
    from bot.storage.base import SessionStore

MEMORY: Final = ":memory:"

# Every table holding rows keyed by a user's id. delete_user ("/forget") empties them all in one
# transaction. A migration that adds a table with a user_id column must add it here.
USER_KEYED_TABLES: Final[tuple[str, ...]] = ("sessions",)

_KIND_UPDATE: Final = "update"
_KIND_CALLBACK_QUERY: Final = "callback_query"


def utc_now() -> datetime:
    """The default clock."""
    return datetime.now(UTC)


def to_db_time(moment: datetime) -> str:
    """Fixed-width UTC text, so text order is time order. Naive datetimes are refused."""
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError("timestamps must be timezone-aware")
    return moment.astimezone(UTC).replace(tzinfo=None).isoformat(timespec="microseconds") + "Z"


def from_db_time(text: str) -> datetime:
    return datetime.fromisoformat(text)


def _processed_keys(update_id: int | None, callback_query_id: str | None) -> list[tuple[str, str]]:
    keys: list[tuple[str, str]] = []
    if update_id is not None:
        keys.append((_KIND_UPDATE, str(int(update_id))))
    if callback_query_id is not None:
        keys.append((_KIND_CALLBACK_QUERY, str(callback_query_id)))
    return keys


def _prepare_file(path: Path) -> None:
    """Create the parent folder (0700) and an empty database file (0600) if missing."""
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)  # an empty file is a valid empty database
    os.close(fd)


async def _execute(conn: aiosqlite.Connection, sql: str, parameters: Sequence[object] = ()) -> int:
    """Run one statement that returns no rows and give its row count.

    Every aiosqlite call is a round trip to its thread; a statement without result rows is complete
    once executed, so its cursor holds nothing open and is not closed explicitly (one trip, not two).
    """
    cursor = await conn.execute(sql, parameters)
    return cursor.rowcount


async def _fetchone(
    conn: aiosqlite.Connection, sql: str, parameters: Sequence[object] = ()
) -> sqlite3.Row | None:
    """The first row, in one round trip (execute, fetch and close happen in aiosqlite's thread)."""
    rows = await conn.execute_fetchall(sql, parameters)
    return next(iter(rows), None)


async def _rollback(conn: aiosqlite.Connection) -> None:
    try:
        await _execute(conn, "ROLLBACK")
    except sqlite3.OperationalError as exc:  # BEGIN failed, or COMMIT went through before a cancel
        if "no transaction is active" not in str(exc):
            raise


class SqliteSessionStore:
    """SessionStore on SQLite. ``path`` may be ``":memory:"`` (tests: private, gone on close)."""

    def __init__(
        self,
        path: str | Path,
        *,
        clock: Callable[[], datetime] = utc_now,
        migrations: Sequence[Migration] | None = None,
        busy_timeout_ms: int = 10_000,
        synchronous: Literal["FULL", "NORMAL"] = "FULL",
        purge_batch_size: int = 1_000,
    ) -> None:
        """``migrations`` defaults to the packaged files; tests may pass ``load_migrations(folder)``."""
        if synchronous not in ("FULL", "NORMAL"):
            raise ValueError("synchronous must be 'FULL' or 'NORMAL'")
        if busy_timeout_ms < 0 or purge_batch_size < 1:
            raise ValueError("busy_timeout_ms must be >= 0 and purge_batch_size >= 1")
        self._path: str | Path = MEMORY if str(path) == MEMORY else Path(path)
        self._clock = clock
        self._migrations = tuple(migrations) if migrations is not None else None
        self._busy_timeout_ms = int(busy_timeout_ms)
        self._synchronous = synchronous
        self._purge_batch_size = int(purge_batch_size)
        self._conn: aiosqlite.Connection | None = None
        self._lock = asyncio.Lock()

    # -- lifecycle ---------------------------------------------------------------------------

    async def open(self) -> None:
        async with self._lock:
            if self._conn is not None:
                raise StorageError("session store is already open")
            migrations = self._migrations
            if migrations is None:
                migrations = await asyncio.to_thread(load_migrations)
            if isinstance(self._path, Path):
                await asyncio.to_thread(_prepare_file, self._path)
            conn = await aiosqlite.connect(
                self._path, isolation_level=None, timeout=self._busy_timeout_ms / 1000
            )
            try:
                await self._configure(conn)
                await apply_migrations(conn, migrations, applied_at=to_db_time(self._now()))
            except BaseException:
                await conn.close()
                raise
            self._conn = conn

    async def _configure(self, conn: aiosqlite.Connection) -> None:
        # PRAGMAs take no bound parameters; every value below is an int or a checked literal.
        # busy_timeout first: switching to WAL may itself need to wait for another process.
        await _execute(conn, f"PRAGMA busy_timeout = {self._busy_timeout_ms}")
        row = await _fetchone(conn, "PRAGMA journal_mode = WAL")
        mode = str(row[0]).lower() if row is not None else ""
        if isinstance(self._path, Path) and mode != "wal":
            raise StorageError(f"could not enable WAL journal mode (got {mode!r})")
        await _execute(conn, f"PRAGMA synchronous = {self._synchronous}")
        await _execute(conn, "PRAGMA foreign_keys = ON")
        await _execute(conn, "PRAGMA secure_delete = ON")

    async def close(self) -> None:
        async with self._lock:
            conn, self._conn = self._conn, None
            if conn is not None:
                await conn.close()

    async def __aenter__(self) -> Self:
        await self.open()
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        await self.close()

    # -- plumbing ----------------------------------------------------------------------------

    def _now(self) -> datetime:
        moment = self._clock()
        if moment.tzinfo is None or moment.utcoffset() is None:
            raise ValueError("the clock must return timezone-aware datetimes")
        return moment

    def _require_open(self) -> aiosqlite.Connection:
        if self._conn is None:
            raise StorageError("session store is not open")
        return self._conn

    @asynccontextmanager
    async def _reading(self) -> AsyncIterator[aiosqlite.Connection]:
        async with self._lock:
            yield self._require_open()

    @asynccontextmanager
    async def _writing(self) -> AsyncIterator[aiosqlite.Connection]:
        """One BEGIN IMMEDIATE transaction: committed on exit, rolled back on any exception."""
        async with self._lock:
            conn = self._require_open()
            try:
                await _execute(conn, "BEGIN IMMEDIATE")
                yield conn
                await _execute(conn, "COMMIT")
            except BaseException:
                await _rollback(conn)
                raise

    @staticmethod
    async def _any_processed(conn: aiosqlite.Connection, keys: list[tuple[str, str]]) -> bool:
        for key in keys:
            if await _fetchone(conn, "SELECT 1 FROM processed_updates WHERE kind = ? AND id = ?", key):
                return True
        return False

    @staticmethod
    async def _record_processed(
        conn: aiosqlite.Connection, keys: list[tuple[str, str]], seen_at: str
    ) -> None:
        for kind, key in keys:
            await _execute(
                conn,
                "INSERT INTO processed_updates (kind, id, seen_at) VALUES (?, ?, ?)",
                (kind, key, seen_at),
            )

    async def _purge(self, sql: str, cutoff: datetime) -> int:
        """Run a batched DELETE (params: cutoff, limit) until a batch comes back short."""
        bound = to_db_time(cutoff)
        total = 0
        while True:
            async with self._writing() as conn:
                deleted = await _execute(conn, sql, (bound, self._purge_batch_size))
            total += deleted
            if deleted < self._purge_batch_size:
                return total

    # -- sessions ----------------------------------------------------------------------------

    async def load(self, user_id: int) -> StoredSession | None:
        async with self._reading() as conn:
            row = await _fetchone(
                conn,
                "SELECT data, version, created_at, updated_at FROM sessions WHERE user_id = ?",
                (user_id,),
            )
        if row is None:
            return None
        return StoredSession(
            user_id=user_id,
            data=str(row[0]),
            version=int(row[1]),
            created_at=from_db_time(row[2]),
            updated_at=from_db_time(row[3]),
        )

    async def save(
        self,
        user_id: int,
        data: str,
        *,
        expected_version: int,
        update_id: int | None = None,
        callback_query_id: str | None = None,
        stats: Sequence[StatIncrement] = (),
    ) -> StoredSession:
        if not isinstance(data, str):
            raise TypeError("session data must be JSON text (str)")
        if expected_version < 0:
            raise ValueError("expected_version must be >= 0")
        keys = _processed_keys(update_id, callback_query_id)
        async with self._writing() as conn:
            if await self._any_processed(conn, keys):
                raise DuplicateUpdateError(update_id=update_id, callback_query_id=callback_query_id)
            row = await _fetchone(
                conn, "SELECT version, created_at FROM sessions WHERE user_id = ?", (user_id,)
            )
            current = 0 if row is None else int(row[0])
            if current != expected_version:
                raise StaleSessionError(expected_version=expected_version, actual_version=current)
            now = self._now()
            stamp = to_db_time(now)
            if row is None:
                created_at = now
                await _execute(
                    conn,
                    "INSERT INTO sessions (user_id, data, version, created_at, updated_at)"
                    " VALUES (?, ?, 1, ?, ?)",
                    (user_id, data, stamp, stamp),
                )
            else:
                created_at = from_db_time(row[1])
                changed = await _execute(
                    conn,
                    "UPDATE sessions SET data = ?, version = version + 1, updated_at = ?"
                    " WHERE user_id = ? AND version = ?",
                    (data, stamp, user_id, current),
                )
                if changed != 1:  # cannot happen under BEGIN IMMEDIATE; refuse rather than guess
                    raise StorageError("session changed during its own write transaction")
            await self._record_processed(conn, keys, stamp)
            for increment in stats:  # anonymous counters, in the same transaction as the answer
                await _execute(
                    conn,
                    "INSERT INTO stats (metric, dimension, value, count) VALUES (?, ?, ?, 1)"
                    " ON CONFLICT (metric, dimension, value) DO UPDATE SET count = count + 1",
                    (increment.metric, increment.dimension, increment.value),
                )
        return StoredSession(
            user_id=user_id,
            data=data,
            version=current + 1,
            created_at=created_at,
            updated_at=from_db_time(stamp),
        )

    async def delete_user(self, user_id: int) -> bool:
        removed = 0
        async with self._writing() as conn:
            for table in USER_KEYED_TABLES:
                removed += await _execute(conn, f"DELETE FROM {table} WHERE user_id = ?", (user_id,))
        return removed > 0

    async def purge_idle(self, idle_since: datetime) -> int:
        return await self._purge(
            "DELETE FROM sessions WHERE user_id IN"
            " (SELECT user_id FROM sessions WHERE updated_at < ? LIMIT ?)",
            idle_since,
        )

    async def count_sessions(self) -> int:
        async with self._reading() as conn:
            row = await _fetchone(conn, "SELECT n FROM session_count WHERE singleton = 1")
        return 0 if row is None else int(row[0])

    # -- processed updates -------------------------------------------------------------------

    async def mark_processed(
        self, *, update_id: int | None = None, callback_query_id: str | None = None
    ) -> bool:
        keys = _processed_keys(update_id, callback_query_id)
        if not keys:
            raise ValueError("give update_id and/or callback_query_id")
        async with self._writing() as conn:
            if await self._any_processed(conn, keys):
                return False
            await self._record_processed(conn, keys, to_db_time(self._now()))
        return True

    async def is_processed(
        self, *, update_id: int | None = None, callback_query_id: str | None = None
    ) -> bool:
        keys = _processed_keys(update_id, callback_query_id)
        if not keys:
            raise ValueError("give update_id and/or callback_query_id")
        async with self._reading() as conn:
            return await self._any_processed(conn, keys)

    async def purge_processed(self, older_than: datetime) -> int:
        return await self._purge(
            "DELETE FROM processed_updates WHERE rowid IN"
            " (SELECT rowid FROM processed_updates WHERE seen_at < ? LIMIT ?)",
            older_than,
        )


    # -- groups and channels (ChatStore) and anonymous counts (StatsStore) ---------------------

    async def get_chat(self, chat_id: int) -> ChatSettings | None:
        async with self._reading() as conn:
            row = await _fetchone(
                conn,
                "SELECT kind, title, language, public_commands, quiet, bot_status FROM chats WHERE chat_id = ?",
                (chat_id,),
            )
        if row is None:
            return None
        return ChatSettings(chat_id=chat_id, kind=row[0], title=str(row[1]), language=str(row[2]),
                            public_commands=bool(row[3]), quiet=bool(row[4]), bot_status=str(row[5]))

    async def put_chat(self, settings: ChatSettings) -> None:
        async with self._writing() as conn:
            await _execute(
                conn,
                "INSERT INTO chats (chat_id, kind, title, language, public_commands, quiet, bot_status, updated_at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (chat_id) DO UPDATE SET kind = excluded.kind,"
                " title = excluded.title, language = excluded.language,"
                " public_commands = excluded.public_commands, quiet = excluded.quiet,"
                " bot_status = excluded.bot_status, updated_at = excluded.updated_at",
                (settings.chat_id, settings.kind, settings.title, settings.language, int(settings.public_commands),
                 int(settings.quiet), settings.bot_status, to_db_time(self._now())),
            )

    async def delete_chat(self, chat_id: int) -> bool:
        async with self._writing() as conn:
            return await _execute(conn, "DELETE FROM chats WHERE chat_id = ?", (chat_id,)) > 0

    async def stats(self) -> list[StatCount]:
        async with self._reading() as conn:
            cursor = await conn.execute(
                "SELECT metric, dimension, value, count FROM stats ORDER BY metric, dimension, count DESC, value")
            rows = await cursor.fetchall()
            await cursor.close()
        return [StatCount(str(r[0]), str(r[1]), str(r[2]), int(r[3])) for r in rows]


if TYPE_CHECKING:  # mypy proves the class satisfies the protocols
    _conforms: SessionStore = SqliteSessionStore(MEMORY)
    _chats: ChatStore = SqliteSessionStore(MEMORY)
    _stats: StatsStore = SqliteSessionStore(MEMORY)
