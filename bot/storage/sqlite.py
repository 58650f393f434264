"""`SqliteSessionStore`: the session store on one aiosqlite connection.

Concurrency. All work of one store goes through one connection, guarded by an asyncio.Lock so
that coroutines never interleave statements inside each other's transactions. Each aiosqlite call
is a round trip to its thread (about 0.15-0.2 ms of CPU, as much as the SQLite work of a whole
save), so every write that can be one statement is one statement, run in autocommit mode: its own
transaction, one round trip. ``save`` is a single ``INSERT INTO session_writes`` whose trigger
(migration 0003) checks for a duplicate, checks the version and writes; ``mark_processed``,
``put_chat``, ``delete_chat`` and each purge batch are single statements too. A writing statement
takes SQLite's write lock before its first read, exactly like ``BEGIN IMMEDIATE`` (which
``delete_user``, several statements, still uses), so the checks and the write see one snapshot
even against another process using the same file; that process waits up to ``busy_timeout_ms``
for the lock instead of failing. A failed statement writes nothing. If a task is cancelled while
its statement runs, the statement still completes or fails as a whole in aiosqlite's thread; a
cancelled ``BEGIN IMMEDIATE`` transaction is rolled back before the cancellation propagates.

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
import json
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

# One save, one statement: the INSTEAD OF trigger of migration 0003 does the checks and the writes.
# The RETURNING subquery gives created_at for the StoredSession; the trigger never changes it on an
# update, and a new session's is written_at, so whether SQLite evaluates it before or after the
# trigger body does not matter.
_SAVE: Final = (
    "INSERT INTO session_writes"
    " (user_id, data, expected_version, written_at, update_id, callback_query_id, stats)"
    " VALUES (?, ?, ?, ?, ?, ?, ?)"
    " RETURNING (SELECT created_at FROM sessions WHERE sessions.user_id = session_writes.user_id)"
)
# The trigger's RAISE messages (0003_session_writes.sql): change neither alone.
_REFUSED_DUPLICATE: Final = "bot: duplicate update"
_REFUSED_STALE: Final = "bot: stale session"
_REFUSED_LOST: Final = "bot: session write lost"


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


def _update_key(update_id: int | None) -> str | None:
    return None if update_id is None else str(int(update_id))


def _callback_key(callback_query_id: str | None) -> str | None:
    return None if callback_query_id is None else str(callback_query_id)


def _processed_keys(update_id: int | None, callback_query_id: str | None) -> list[tuple[str, str]]:
    keys: list[tuple[str, str]] = []
    update_key, callback_key = _update_key(update_id), _callback_key(callback_query_id)
    if update_key is not None:
        keys.append((_KIND_UPDATE, update_key))
    if callback_key is not None:
        keys.append((_KIND_CALLBACK_QUERY, callback_key))
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

    async def _write_one(self, sql: str, parameters: Sequence[object] = ()) -> int:
        """One writing statement in autocommit mode: its own transaction, one round trip; its row count."""
        async with self._lock:
            return await _execute(self._require_open(), sql, parameters)

    @asynccontextmanager
    async def _writing(self) -> AsyncIterator[aiosqlite.Connection]:
        """One BEGIN IMMEDIATE transaction (three round trips or more): for writes of several statements."""
        async with self._lock:
            conn = self._require_open()
            try:
                await _execute(conn, "BEGIN IMMEDIATE")
                yield conn
                await _execute(conn, "COMMIT")
            except BaseException:
                await _rollback(conn)
                raise

    async def _purge(self, sql: str, cutoff: datetime) -> int:
        """Run a batched DELETE (params: cutoff, limit) until a batch comes back short."""
        bound = to_db_time(cutoff)
        total = 0
        while True:
            deleted = await self._write_one(sql, (bound, self._purge_batch_size))
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
        increments = (
            json.dumps([[item.metric, item.dimension, item.value] for item in stats]) if stats else None
        )
        async with self._lock:
            conn = self._require_open()
            stamp = to_db_time(self._now())
            try:  # one statement, one transaction, one round trip: see 0003_session_writes.sql
                rows = await conn.execute_fetchall(
                    _SAVE,
                    (
                        user_id,
                        data,
                        expected_version,
                        stamp,
                        _update_key(update_id),
                        _callback_key(callback_query_id),
                        increments,
                    ),
                )
            except sqlite3.IntegrityError as exc:
                reason = str(exc)
                if reason == _REFUSED_DUPLICATE:
                    raise DuplicateUpdateError(update_id=update_id, callback_query_id=callback_query_id) from None
                if reason == _REFUSED_STALE:
                    # Rare: one more trip, after the refusal, for the version to report. Another
                    # writer may have changed it since; the caller reloads either way.
                    row = await _fetchone(conn, "SELECT version FROM sessions WHERE user_id = ?", (user_id,))
                    actual = 0 if row is None else int(row[0])
                    raise StaleSessionError(expected_version=expected_version, actual_version=actual) from None
                if reason == _REFUSED_LOST:  # cannot happen: the check and the write share a snapshot
                    raise StorageError("session changed during its own write transaction") from None
                raise
        created = stamp
        if expected_version > 0:
            returned = next(iter(rows), None)
            if returned is None or returned[0] is None:  # cannot happen: the trigger checked the write
                raise StorageError("saved session has no creation time")
            created = str(returned[0])
        return StoredSession(
            user_id=user_id,
            data=data,
            version=expected_version + 1,
            created_at=from_db_time(created),
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
        # One multi-row INSERT, one round trip: a known id fails the primary key, and the failed
        # statement writes none of its rows, so both ids are recorded or neither.
        values = ", ".join(["(?, ?, ?)"] * len(keys))
        seen_at = to_db_time(self._now())
        try:
            await self._write_one(
                f"INSERT INTO processed_updates (kind, id, seen_at) VALUES {values}",
                [value for kind, key in keys for value in (kind, key, seen_at)],
            )
        except sqlite3.IntegrityError as exc:
            if exc.sqlite_errorname == "SQLITE_CONSTRAINT_PRIMARYKEY":
                return False
            raise
        return True

    async def is_processed(
        self, *, update_id: int | None = None, callback_query_id: str | None = None
    ) -> bool:
        keys = _processed_keys(update_id, callback_query_id)
        if not keys:
            raise ValueError("give update_id and/or callback_query_id")
        where = " OR ".join(["(kind = ? AND id = ?)"] * len(keys))
        async with self._reading() as conn:
            row = await _fetchone(
                conn,
                f"SELECT 1 FROM processed_updates WHERE {where} LIMIT 1",
                [value for key in keys for value in key],
            )
        return row is not None

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
        await self._write_one(
            "INSERT INTO chats (chat_id, kind, title, language, public_commands, quiet, bot_status, updated_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (chat_id) DO UPDATE SET kind = excluded.kind,"
            " title = excluded.title, language = excluded.language,"
            " public_commands = excluded.public_commands, quiet = excluded.quiet,"
            " bot_status = excluded.bot_status, updated_at = excluded.updated_at",
            (settings.chat_id, settings.kind, settings.title, settings.language, int(settings.public_commands),
             int(settings.quiet), settings.bot_status, to_db_time(self._now())),
        )

    async def delete_chat(self, chat_id: int) -> bool:
        return await self._write_one("DELETE FROM chats WHERE chat_id = ?", (chat_id,)) > 0

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
