"""`SqliteSessionStore`: the session store on one aiosqlite connection.

Concurrency. All work of one store goes through one connection, guarded by an asyncio.Lock so that
coroutines never interleave statements inside each other's transactions. A write of several statements
(``save``, ``delete_user``) is one ``BEGIN IMMEDIATE ... COMMIT`` transaction: IMMEDIATE takes SQLite's
write lock before the first read, so the checks and the writes see one state, even against another
process using the same file; that process waits up to ``busy_timeout_ms`` for the lock instead of failing.
A write of one statement (``remember_question``, ``mark_processed``, the purge batches, the chat settings)
runs in autocommit mode: a writing statement is its own transaction and also takes the write lock before
it reads. Any error, refusal or cancellation inside a transaction rolls it back before the store moves on.
``claim_follow_ups`` is a BEGIN IMMEDIATE transaction too: it reads the due rows and marks them claimed
under the write lock, so two connections or processes claiming at once take turns and never get one person.

Each aiosqlite call is a trip to its thread, which costs CPU of its own, so the save keeps to one
statement per step (3 to 5 trips; see ``save``), and reads fetch their rows in the same trip.

Durability. WAL journal with ``synchronous=FULL`` by default: with NORMAL a committed transaction survives
a crash of the process but may be lost if the OS crashes or power fails before the next checkpoint. A lost
commit here is a lost answer that Telegram will not redeliver (the update was already acknowledged), and
FULL costs one fsync of the WAL per save. Pass ``synchronous="NORMAL"`` to trade that for throughput.

Privacy. The database file is created 0600 in a folder created 0700 (SQLite gives the -wal/-shm files the
database file's mode). ``secure_delete`` overwrites deleted rows with zeros, so "/forget" does not leave
answers in free pages. Nothing here is logged.

Cost. Every call touches rows by primary key or a bounded batch from an index; start-up reads only the
migration ledger. Purges delete in batches of ``purge_batch_size``, each in its own short transaction.

Timestamps are stored as fixed-width UTC ISO-8601 text, e.g. ``2025-01-31T12:00:00.000000Z``, so that
comparing the text compares the instants.
"""

from __future__ import annotations

import asyncio
import os
import sqlite3
from collections.abc import AsyncIterator, Callable, Mapping, Sequence
from contextlib import asynccontextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any, Final, Literal, Self

import aiosqlite

from bot.storage.base import (
    ClaimedFollowUp,
    FollowUp,
    InboxEntry,
    OpenQuestion,
    SaveOutcome,
    StorageError,
    StoredSession,
    checked_follow_up,
    follow_up_backoff,
)
from bot.storage.chats import ChatSettings, ChatStore, StatCount, StatIncrement, StatsStore
from bot.storage.migrations import Migration, apply_migrations, load_migrations

if TYPE_CHECKING:
    from bot.storage.base import SessionStore

MEMORY: Final = ":memory:"

# Every table holding rows keyed by a user's id. delete_user ("/forget") empties them all in one
# transaction. A migration that adds a table with a user_id column must add it here.
# (follow_ups also goes with its session by ON DELETE CASCADE; listed all the same, so that "/forget"
# does not depend on the foreign-key setting of the connection.)
USER_KEYED_TABLES: Final[tuple[str, ...]] = ("sessions", "follow_ups")

_KIND_UPDATE: Final = "update"
_KIND_CALLBACK_QUERY: Final = "callback_query"


def _record_ids_sql(count: int) -> str:
    """Insert ``count`` (kind, id) pairs and seen_at; none of them if any pair is recorded already."""
    rows = ", ".join(["(?, ?)"] * count)
    # INSERT comes before WITH because Python's sqlite3 counts changed rows (cursor.rowcount) only for
    # statements that start with INSERT, UPDATE, DELETE or REPLACE.
    return (
        "INSERT INTO processed_updates (kind, id, seen_at)"
        f" WITH new (kind, id) AS (VALUES {rows})"
        " SELECT kind, id, ? FROM new"
        " WHERE NOT EXISTS (SELECT 1 FROM processed_updates JOIN new USING (kind, id))"
    )


# An update comes with an update id, a callback query id, or both.
_RECORD_IDS: Final = {count: _record_ids_sql(count) for count in (1, 2)}

_INSERT_SESSION: Final = (
    "INSERT INTO sessions"
    " (user_id, data, version, created_at, updated_at, question_message_id, question_id)"
    " VALUES (:user_id, :data, 1, :now, :now, :question_message_id, :question_id)"
    " ON CONFLICT (user_id) DO NOTHING"
)
_UPDATE_SESSION: Final = (
    "UPDATE sessions SET data = :data, version = version + 1, updated_at = :now,"
    " question_message_id = :question_message_id, question_id = :question_id"
    " WHERE user_id = :user_id AND version = :expected_version"
)
_ADD_TO_COUNTER: Final = (
    "INSERT INTO stats (metric, dimension, value, count) VALUES (?, ?, ?, 1)"
    " ON CONFLICT (metric, dimension, value) DO UPDATE SET count = count + 1"
)


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


def _processed_ids(update_id: int | None, callback_query_id: str | None) -> list[tuple[str, str]]:
    """The (kind, id) pairs recorded for an update."""
    ids: list[tuple[str, str]] = []
    if update_id is not None:
        ids.append((_KIND_UPDATE, str(int(update_id))))
    if callback_query_id is not None:
        ids.append((_KIND_CALLBACK_QUERY, str(callback_query_id)))
    return ids


def _question_columns(question: OpenQuestion | None) -> dict[str, int | str | None]:
    if question is None:
        return {"question_message_id": None, "question_id": None}
    return {"question_message_id": int(question.message_id), "question_id": str(question.question_id)}


_SESSION_COLUMNS: Final = "data, version, created_at, updated_at, question_message_id, question_id"


def _stored_session(user_id: int, row: Sequence[Any]) -> StoredSession:
    """A session from the columns of ``_SESSION_COLUMNS``, in that order."""
    data, version, created_at, updated_at, question_message_id, question_id = row
    return StoredSession(
        user_id=user_id,
        data=str(data),
        version=int(version),
        created_at=from_db_time(created_at),
        updated_at=from_db_time(updated_at),
        open_question=(
            None
            if question_message_id is None
            else OpenQuestion(message_id=int(question_message_id), question_id=str(question_id))
        ),
    )


def _prepare_file(path: Path) -> None:
    """Create the parent folder (0700) and an empty database file (0600) if missing."""
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)  # an empty file is a valid empty database
    os.close(fd)


async def _run(conn: aiosqlite.Connection, sql: str, parameters: Sequence[object] | Mapping[str, object] = ()) -> int:
    """Run one statement that returns no rows, in one trip; its number of changed rows.

    The statement is complete once executed, so its cursor holds nothing open and is not closed
    explicitly (closing it would be a second trip).
    """
    cursor = await conn.execute(sql, parameters)
    return cursor.rowcount


async def _fetchone(conn: aiosqlite.Connection, sql: str, parameters: Sequence[object] = ()) -> sqlite3.Row | None:
    """The first row, in one trip (execute, fetch and close happen in aiosqlite's thread)."""
    rows = await conn.execute_fetchall(sql, parameters)
    return next(iter(rows), None)


async def _record_new_ids(conn: aiosqlite.Connection, ids: list[tuple[str, str]], seen_at: str) -> bool:
    """Record every id, or none of them if any is recorded already (then False): one statement."""
    parameters = [value for pair in ids for value in pair]
    return await _run(conn, _RECORD_IDS[len(ids)], [*parameters, seen_at]) == len(ids)


async def _save_statements(
    conn: aiosqlite.Connection,
    ids: list[tuple[str, str]],
    session: Mapping[str, object],
    counters: list[tuple[str, str, str]],
) -> SaveOutcome:
    """The statements of a save, inside its transaction. A refusal returns at once, and the caller
    rolls back whatever an earlier step wrote. ``session`` holds the named parameters of the writes."""
    # 1. The ids first: a redelivered update is a duplicate, although its version is stale too.
    if ids and not await _record_new_ids(conn, ids, str(session["now"])):
        return SaveOutcome.DUPLICATE
    # 2. The session, only if it is still at the version the caller loaded (0: absent).
    write = _INSERT_SESSION if session["expected_version"] == 0 else _UPDATE_SESSION
    if await _run(conn, write, session) == 0:
        return SaveOutcome.STALE
    # 3. The anonymous counters: one statement run once per counter, one trip.
    if counters:
        await conn.executemany(_ADD_TO_COUNTER, counters)
    return SaveOutcome.SAVED


_KEEP_REPLIES: Final = "UPDATE inbox SET replies = :replies WHERE update_id = :update_id"

# A save's follow-up: replaced whole (attempts back to 0, the claim released), or removed.
_PUT_FOLLOW_UP: Final = (
    "INSERT INTO follow_ups (user_id, due_at, rules_key, attempts, claimed_until)"
    " VALUES (:user_id, :due_at, :rules_key, 0, NULL)"
    " ON CONFLICT (user_id) DO UPDATE SET due_at = excluded.due_at, rules_key = excluded.rules_key,"
    " attempts = 0, claimed_until = NULL"
)
_REMOVE_FOLLOW_UP: Final = "DELETE FROM follow_ups WHERE user_id = :user_id"


def _follow_up_write(user_id: int, follow_up: FollowUp) -> tuple[str, dict[str, object]]:
    """The statement that stores ``follow_up`` for the user, and its parameters."""
    if follow_up.due_at is None and follow_up.rules_key is None:
        return _REMOVE_FOLLOW_UP, {"user_id": user_id}
    due_at = None if follow_up.due_at is None else to_db_time(follow_up.due_at)
    return _PUT_FOLLOW_UP, {"user_id": user_id, "due_at": due_at, "rules_key": follow_up.rules_key}


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
            conn = await aiosqlite.connect(self._path, isolation_level=None, timeout=self._busy_timeout_ms / 1000)
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
        await _run(conn, f"PRAGMA busy_timeout = {self._busy_timeout_ms}")
        row = await self._switch_to_wal(conn)
        mode = str(row[0]).lower() if row is not None else ""
        if isinstance(self._path, Path) and mode != "wal":
            raise StorageError(f"could not enable WAL journal mode (got {mode!r})")
        await _run(conn, f"PRAGMA synchronous = {self._synchronous}")
        await _run(conn, "PRAGMA foreign_keys = ON")
        await _run(conn, "PRAGMA secure_delete = ON")

    async def _switch_to_wal(self, conn: aiosqlite.Connection) -> sqlite3.Row | None:
        """``PRAGMA journal_mode = WAL``, waiting for another connection that is switching the same new
        file at the same moment: SQLite answers SQLITE_BUSY there without calling the busy handler."""
        deadline = asyncio.get_running_loop().time() + self._busy_timeout_ms / 1000
        while True:
            try:
                return await _fetchone(conn, "PRAGMA journal_mode = WAL")
            except sqlite3.OperationalError as error:
                if error.sqlite_errorname != "SQLITE_BUSY" or asyncio.get_running_loop().time() > deadline:
                    raise
            await asyncio.sleep(0.01)

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

    async def _write_one(self, sql: str, parameters: Sequence[object] | Mapping[str, object] = ()) -> int:
        """One writing statement in autocommit mode: its own transaction, one trip; its row count."""
        async with self._lock:
            return await _run(self._require_open(), sql, parameters)

    @asynccontextmanager
    async def _transaction(self) -> AsyncIterator[aiosqlite.Connection]:
        """BEGIN IMMEDIATE ... COMMIT around the block; rolled back if the block raises or is cancelled."""
        async with self._lock:
            conn = self._require_open()
            try:
                await _run(conn, "BEGIN IMMEDIATE")
                yield conn
                await _run(conn, "COMMIT")
            except BaseException:
                await conn.rollback()  # a no-op if BEGIN failed or COMMIT went through
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
            row = await _fetchone(conn, f"SELECT {_SESSION_COLUMNS} FROM sessions WHERE user_id = ?", (user_id,))
        return None if row is None else _stored_session(user_id, row)

    async def save(
        self,
        user_id: int,
        data: str,
        *,
        expected_version: int,
        update_id: int | None = None,
        callback_query_id: str | None = None,
        stats: Sequence[StatIncrement] = (),
        open_question: OpenQuestion | None = None,
        replies: str | None = None,
        follow_up: FollowUp | None = None,
    ) -> SaveOutcome:
        """See `SessionStore.save`. Trips to aiosqlite's thread: BEGIN, the ids (if any), the session,
        the counters (if any), the replies (if any), the follow-up (if any), COMMIT; a refusal ends with
        ROLLBACK instead."""
        if not isinstance(data, str):
            raise TypeError("session data must be JSON text (str)")
        if expected_version < 0:
            raise ValueError("expected_version must be >= 0")
        checked = checked_follow_up(follow_up)  # refused before anything is written
        follow_up_write = None if checked is None else _follow_up_write(user_id, checked)
        ids = _processed_ids(update_id, callback_query_id)
        counters = [(item.metric, item.dimension, item.value) for item in stats]
        async with self._lock:
            conn = self._require_open()
            session = {
                "user_id": user_id,
                "data": data,
                "expected_version": expected_version,
                "now": to_db_time(self._now()),
                **_question_columns(open_question),
            }
            try:
                await _run(conn, "BEGIN IMMEDIATE")
                outcome = await _save_statements(conn, ids, session, counters)
                if outcome is SaveOutcome.SAVED and replies is not None and update_id is not None:
                    await _run(conn, _KEEP_REPLIES, {"replies": replies, "update_id": update_id})
                if outcome is SaveOutcome.SAVED and follow_up_write is not None:
                    await _run(conn, *follow_up_write)
                await _run(conn, "COMMIT" if outcome is SaveOutcome.SAVED else "ROLLBACK")
            except BaseException:  # an error, or the task cancelled mid-transaction: keep nothing of it
                # aiosqlite runs calls in the order they were made, so this ROLLBACK comes after the
                # statement the cancellation interrupted, and before any call made after the lock is
                # released, even if this task is cancelled again while it waits.
                await conn.rollback()  # a no-op if BEGIN failed or COMMIT (or ROLLBACK) went through
                raise
        return outcome

    async def remember_question(self, user_id: int, *, version: int, question: OpenQuestion | None) -> bool:
        changed = await self._write_one(
            "UPDATE sessions SET question_message_id = :question_message_id, question_id = :question_id"
            " WHERE user_id = :user_id AND version = :version",
            {"user_id": user_id, "version": version, **_question_columns(question)},
        )
        return changed == 1

    async def delete_user(self, user_id: int) -> bool:
        removed = 0
        async with self._transaction() as conn:
            for table in USER_KEYED_TABLES:
                removed += await _run(conn, f"DELETE FROM {table} WHERE user_id = ?", (user_id,))
        return removed > 0

    async def purge_idle(self, idle_since: datetime) -> int:
        # A session with a follow-up is kept however idle (see SessionStore.purge_idle).
        return await self._purge(
            "DELETE FROM sessions WHERE user_id IN (SELECT user_id FROM sessions WHERE updated_at < ?"
            " AND NOT EXISTS (SELECT 1 FROM follow_ups WHERE follow_ups.user_id = sessions.user_id) LIMIT ?)",
            idle_since,
        )

    # -- follow-ups ----------------------------------------------------------------------------

    async def follow_up(self, user_id: int) -> FollowUp | None:
        async with self._reading() as conn:
            row = await _fetchone(conn, "SELECT due_at, rules_key FROM follow_ups WHERE user_id = ?", (user_id,))
        if row is None:
            return None
        return FollowUp(due_at=None if row[0] is None else from_db_time(row[0]),
                        rules_key=None if row[1] is None else str(row[1]))

    async def claim_follow_ups(self, now: datetime, limit: int) -> list[ClaimedFollowUp]:
        """One BEGIN IMMEDIATE transaction: the write lock is taken before the due rows are read, so
        another connection (or process) claiming at the same moment waits, then sees these claims."""
        if limit < 1:
            raise ValueError("limit must be >= 1")
        bound = to_db_time(now)
        async with self._transaction() as conn:
            due = await conn.execute_fetchall(
                "SELECT user_id, attempts FROM follow_ups"
                " WHERE due_at <= :now AND (claimed_until IS NULL OR claimed_until <= :now)"
                " ORDER BY due_at, user_id LIMIT :limit",
                {"now": bound, "limit": limit})
            claims = [(int(user_id), int(attempts)) for user_id, attempts in due]
            if claims:
                await conn.executemany(
                    "UPDATE follow_ups SET attempts = ?, claimed_until = ? WHERE user_id = ?",
                    [(attempts + 1, to_db_time(now + follow_up_backoff(attempts)), user_id)
                     for user_id, attempts in claims])
        return [ClaimedFollowUp(user_id=user_id, attempts=attempts + 1) for user_id, attempts in claims]

    async def rules_changed(self, rules_key: str, now: datetime) -> int:
        return await self._write_one(
            "UPDATE follow_ups SET due_at = :now"
            " WHERE rules_key IS NOT NULL AND rules_key <> :rules_key AND (due_at IS NULL OR due_at > :now)",
            {"now": to_db_time(now), "rules_key": rules_key})

    # -- processed updates -------------------------------------------------------------------

    async def mark_processed(self, *, update_id: int | None = None, callback_query_id: str | None = None,
                             replies: str | None = None) -> bool:
        ids = _processed_ids(update_id, callback_query_id)
        if not ids:
            raise ValueError("give update_id and/or callback_query_id")
        async with self._lock:
            conn = self._require_open()
            if replies is None or update_id is None:
                return await _record_new_ids(conn, ids, to_db_time(self._now()))
            try:  # the ids and the replies in one transaction
                await _run(conn, "BEGIN IMMEDIATE")
                recorded = await _record_new_ids(conn, ids, to_db_time(self._now()))
                if recorded:
                    await _run(conn, _KEEP_REPLIES, {"replies": replies, "update_id": update_id})
                await _run(conn, "COMMIT" if recorded else "ROLLBACK")
            except BaseException:
                await conn.rollback()
                raise
            return recorded

    # -- the durable inbox -------------------------------------------------------------------

    async def inbox_add(self, entries: Sequence[InboxEntry]) -> set[int]:
        if not entries:
            return set()
        received_at = to_db_time(self._now())
        values = ", ".join(["(?, ?, ?, ?)"] * len(entries))
        parameters = [value for entry in entries
                      for value in (entry.update_id, entry.payload, received_at, entry.person)]
        async with self._lock:  # one statement: one transaction, one trip, whatever the batch's size
            rows = await self._require_open().execute_fetchall(
                f"INSERT INTO inbox (update_id, payload, received_at, person) VALUES {values}"
                " ON CONFLICT DO NOTHING RETURNING update_id", parameters)
        return {int(row[0]) for row in rows}

    async def inbox_pending(self, *, person: str | None = None, through: int | None = None) -> list[InboxEntry]:
        sql = "SELECT update_id, payload, person FROM inbox"
        conditions: list[str] = []
        parameters: list[object] = []
        if person is not None:
            conditions.append("person = ?")
            parameters.append(person)
        if through is not None:
            conditions.append("update_id <= ?")
            parameters.append(through)
        if conditions:
            sql += " WHERE " + " AND ".join(conditions)
        async with self._reading() as conn:
            rows = await conn.execute_fetchall(sql + " ORDER BY update_id", parameters)
        return [InboxEntry(int(row[0]), str(row[1]), None if row[2] is None else str(row[2])) for row in rows]

    async def inbox_waiting_persons(self, received_before: datetime) -> list[str]:
        async with self._reading() as conn:
            rows = await conn.execute_fetchall(
                "SELECT DISTINCT person FROM inbox WHERE received_at < ? AND person IS NOT NULL ORDER BY person",
                (to_db_time(received_before),))
        return [str(row[0]) for row in rows]

    async def inbox_replies(self, update_id: int) -> str | None:
        async with self._reading() as conn:
            row = await _fetchone(conn, "SELECT replies FROM inbox WHERE update_id = ?", (update_id,))
        return None if row is None or row[0] is None else str(row[0])

    async def inbox_done(self, update_ids: Sequence[int]) -> None:
        if update_ids:
            marks = ", ".join("?" * len(update_ids))
            await self._write_one(f"DELETE FROM inbox WHERE update_id IN ({marks})", list(update_ids))

    # -- several processes: SQLite serves one, which keeps per-person order in memory ------------

    @property
    def shared_by_processes(self) -> bool:
        return False

    @asynccontextmanager
    async def person_lock(self, person: str) -> AsyncIterator[None]:
        yield

    @asynccontextmanager
    async def try_person_lock(self, person: str) -> AsyncIterator[bool]:
        yield True

    async def claim_periodic_run(self, name: str, period: timedelta) -> bool:
        return True

    async def purge_processed(self, older_than: datetime) -> int:
        return await self._purge(
            "DELETE FROM processed_updates WHERE rowid IN"
            " (SELECT rowid FROM processed_updates WHERE seen_at < ? LIMIT ?)",
            older_than,
        )

    # -- bookkeeping and rewriting rows, for layers over the store -----------------------------

    async def get_meta(self, name: str) -> str | None:
        async with self._reading() as conn:
            row = await _fetchone(conn, "SELECT value FROM store_meta WHERE name = ?", (name,))
        return None if row is None else str(row[0])

    async def put_meta(self, name: str, value: str) -> None:
        await self._write_one(
            "INSERT INTO store_meta (name, value) VALUES (?, ?)"
            " ON CONFLICT (name) DO UPDATE SET value = excluded.value",
            (name, value),
        )

    async def sessions_after(self, user_id: int | None, limit: int) -> list[StoredSession]:
        if limit < 1:
            raise ValueError("limit must be >= 1")
        async with self._reading() as conn:
            rows = await conn.execute_fetchall(
                f"SELECT user_id, {_SESSION_COLUMNS} FROM sessions WHERE user_id > ? ORDER BY user_id LIMIT ?",
                (-(2**63) if user_id is None else user_id, limit),
            )
        return [_stored_session(int(row[0]), row[1:]) for row in rows]

    async def replace_data(self, sessions: Sequence[StoredSession]) -> int:
        """One transaction, so one fsync for the whole batch rather than one per row."""
        rows = [(session.data, session.user_id, session.version) for session in sessions]
        if not all(isinstance(data, str) for data, _, _ in rows):
            raise TypeError("session data must be JSON text (str)")
        if not rows:
            return 0
        async with self._transaction() as conn:
            cursor = await conn.executemany("UPDATE sessions SET data = ? WHERE user_id = ? AND version = ?", rows)
            return cursor.rowcount

    async def erase_old_copies(self) -> None:
        """secure_delete already zeroes the space a replaced or deleted row leaves in the file; the WAL
        still holds the earlier page images until a checkpoint copies the pages back and TRUNCATE empties
        it. A reader of another process can hold the checkpoint back: then StorageError, and nothing lost."""
        async with self._reading() as conn:
            row = await _fetchone(conn, "PRAGMA wal_checkpoint(TRUNCATE)")
        if row is not None and int(row[0]) != 0:
            raise StorageError("the WAL could not be emptied: another connection is reading; try again")

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
            rows = await conn.execute_fetchall(
                "SELECT metric, dimension, value, count FROM stats ORDER BY metric, dimension, count DESC, value"
            )
        return [StatCount(str(r[0]), str(r[1]), str(r[2]), int(r[3])) for r in rows]


if TYPE_CHECKING:  # mypy proves the class satisfies the protocols
    _conforms: SessionStore = SqliteSessionStore(MEMORY)
    _chats: ChatStore = SqliteSessionStore(MEMORY)
    _stats: StatsStore = SqliteSessionStore(MEMORY)
