"""`PostgresSessionStore`: the session store on a PostgreSQL database, shared by any number of processes.

Driver. asyncpg, through its connection pool (bench/README.md: why asyncpg, and what a save costs). Each
call borrows a connection for the duration of its statements; `connection` and `transaction` lend one to
other parts of the bot that keep their tables in the same database.

Concurrency. PostgreSQL's row locks do what SQLite's write lock does in ``sqlite.py``: a save is one
transaction holding one statement (below) that records the ids with ``INSERT ... ON CONFLICT DO NOTHING``
and writes the session with ``UPDATE ... WHERE version = $n`` (or ``INSERT ... ON CONFLICT DO NOTHING`` for
a new one). Under READ COMMITTED, a second save of the same id or session waits for the first one's
transaction, then re-checks its condition against the committed row: the insert does nothing, the update
matches no row, and the counts it returns say DUPLICATE or STALE. Nothing is decided from error texts. A
refused save rolls its transaction back, so the id it may have recorded (one of two) is gone too. Rows are
locked in one order (ids sorted, then the session, then counters sorted), so concurrent saves cannot
deadlock.

Durability. Every connection sets ``synchronous_commit = on``, whatever the database's default: a save
returns only after its commit is flushed to the server's WAL. (``fsync`` is the server's: it must be on.)

Privacy. Nothing is logged; the password is never shown (`PostgresAddress.display`). "/forget" deletes the
person's rows in one transaction, so no row holds anything of theirs. Unlike SQLite's ``secure_delete``,
PostgreSQL has no way to overwrite deleted rows at once: their bytes stay in dead row versions, and in
the WAL, until VACUUM and later writes reuse the space (autovacuum does, within minutes on a busy table).

Several workers. `person_lock` is a session-level advisory lock on the person's key
(``pg_advisory_lock(hashtext(key))``), held on a connection of a second, small pool for the block: a
handler waiting for a person's turn never holds a connection the handlers that run need, so the two
pools cannot starve each other. The server drops the locks of a process that dies with its connections.
Two persons whose keys hash alike merely wait for each other. `claim_periodic_run` is one conditional
upsert of the job's row, timed by the server's clock, so workers' clocks may differ.

Follow-ups. `claim_follow_ups` is one statement that locks the due rows with ``FOR UPDATE SKIP LOCKED`` and
marks them claimed: workers claiming at once each get other people, none waits for another. `rules_changed`
locks the rows it moves in user id order, and a save locks its session before its follow-up (as
``delete_user`` does), so none of them can deadlock with another.

Timestamps are ``timestamptz``: stored as UTC instants and read back timezone-aware (UTC).
"""

from __future__ import annotations

import asyncio
from collections import Counter
from collections.abc import AsyncIterator, Awaitable, Callable, Sequence
from contextlib import asynccontextmanager
from datetime import UTC, datetime, timedelta
from types import TracebackType
from typing import TYPE_CHECKING, Final, Self, TypeVar

import asyncpg

from bot.storage.base import (
    FOLLOW_UP_MAX_BACKOFF,
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
from bot.storage.chats import ChatSettings, StatCount, StatIncrement
from bot.storage.migrations import Migration
from bot.storage.postgres_address import PostgresAddress, parse_postgres_url
from bot.storage.postgres_migrations import PgConnection, apply_postgres_migrations, load_postgres_migrations

if TYPE_CHECKING:
    from bot.storage.base import SessionStore
    from bot.storage.chats import ChatStore, StatsStore

# Every table holding rows keyed by a user's id; delete_user ("/forget") empties them all in one
# transaction. A PostgreSQL migration that adds a table with a user_id column must add it here.
# The order is the order rows are locked in, the save's (the session, then its follow-up), so that a
# "/forget" and a save of the same person cannot deadlock. (follow_ups also goes with its session by
# ON DELETE CASCADE; listed all the same, so that "/forget" does not rest on the constraint alone.)
POSTGRES_USER_KEYED_TABLES: Final[tuple[str, ...]] = ("sessions", "follow_ups")

T = TypeVar("T")

_KIND_UPDATE: Final = "update"
_KIND_CALLBACK_QUERY: Final = "callback_query"

# What every connection of the pool sets. application_name shows the bot in pg_stat_activity.
_SERVER_SETTINGS: Final = {"synchronous_commit": "on", "application_name": "china-eligibility-bot"}

# A save in one statement. $1 user_id, $2 data (UTF-8 bytes), $3 expected_version, $4 now,
# $5/$6 the ids' kinds and values, $7/$8 the open question, $9..$12 counters (metric, dimension, value, n).
# "recorded" runs first in effect: the session write reads its count, so it waits for it; a duplicate
# (fewer rows recorded than ids given) writes no session, which is how DUPLICATE wins over STALE.
# The counters are added only if the session was written.
_RECORD_IDS: Final = """
    recorded AS (
        INSERT INTO processed_updates (kind, id, seen_at)
        SELECT kind, id, $4::timestamptz FROM unnest($5::text[], $6::text[]) AS given (kind, id)
        ON CONFLICT DO NOTHING
        RETURNING 1
    )"""
_ALL_IDS_NEW: Final = "(SELECT count(*) FROM recorded) = cardinality($5::text[])"
_ADD_COUNTERS_AND_REPORT: Final = """
    counted AS (
        INSERT INTO stats (metric, dimension, value, count)
        SELECT metric, dimension, value, n
          FROM unnest($9::text[], $10::text[], $11::text[], $12::bigint[]) AS given (metric, dimension, value, n)
         WHERE EXISTS (SELECT 1 FROM written)
        ON CONFLICT (metric, dimension, value) DO UPDATE SET count = stats.count + excluded.count
    )
SELECT (SELECT count(*) FROM recorded) AS recorded, (SELECT count(*) FROM written) AS written"""

_SAVE_NEW: Final = f"""
WITH {_RECORD_IDS},
    written AS (
        INSERT INTO sessions (user_id, data, version, created_at, updated_at, question_message_id, question_id)
        SELECT $1::bigint, $2::bytea, 1, $4, $4, $7::bigint, $8::text
         WHERE $3::integer = 0 AND {_ALL_IDS_NEW}  -- (true here: save() picks this for version 0; it types $3)
        ON CONFLICT (user_id) DO NOTHING
        RETURNING 1
    ),
{_ADD_COUNTERS_AND_REPORT}
"""

_SAVE_NEXT: Final = f"""
WITH {_RECORD_IDS},
    written AS (
        UPDATE sessions SET data = $2, version = version + 1, updated_at = $4,
               question_message_id = $7, question_id = $8
         WHERE user_id = $1 AND version = $3 AND {_ALL_IDS_NEW}
        RETURNING 1
    ),
{_ADD_COUNTERS_AND_REPORT}
"""

_MARK_PROCESSED: Final = """
INSERT INTO processed_updates (kind, id, seen_at)
SELECT kind, id, $3::timestamptz FROM unnest($1::text[], $2::text[]) AS given (kind, id)
ON CONFLICT DO NOTHING
RETURNING 1
"""


async def _roll_back_if_needed(conn: asyncpg.Connection) -> None:
    """What the pool does to a connection given back: end a transaction left open, nothing else.

    asyncpg's default reset is a statement of its own (unlisten, unlock, close cursors, reset settings)
    on every release: one more trip to the server per call (a save makes three). The borrowers
    here leave no such state behind (no LISTEN, no session-level locks or settings, no open cursors);
    code that does must undo it before giving the connection back."""
    if conn.is_in_transaction():
        await conn.execute("ROLLBACK")


class _Refused(Exception):
    """Raised inside a save's transaction to roll it back; carries the outcome to return."""

    def __init__(self, outcome: SaveOutcome) -> None:
        super().__init__(outcome.value)
        self.outcome = outcome


def utc_now() -> datetime:
    """The default clock."""
    return datetime.now(UTC)


def _aware(moment: datetime) -> datetime:
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError("timestamps must be timezone-aware")
    return moment


def _processed_ids(update_id: int | None, callback_query_id: str | None) -> tuple[list[str], list[str]]:
    """The kinds and ids recorded for an update, in the order rows are locked ("callback_query" first)."""
    kinds: list[str] = []
    ids: list[str] = []
    if callback_query_id is not None:
        kinds.append(_KIND_CALLBACK_QUERY)
        ids.append(str(callback_query_id))
    if update_id is not None:
        kinds.append(_KIND_UPDATE)
        ids.append(str(int(update_id)))
    return kinds, ids


def _counter_columns(stats: Sequence[StatIncrement]) -> tuple[list[str], list[str], list[str], list[int]]:
    """The counters as columns, one row per counter (one listed twice: n = 2), sorted: the lock order."""
    counted = sorted(Counter((item.metric, item.dimension, item.value) for item in stats).items())
    return ([key[0] for key, _ in counted], [key[1] for key, _ in counted], [key[2] for key, _ in counted],
            [n for _, n in counted])


def _question_columns(question: OpenQuestion | None) -> tuple[int | None, str | None]:
    if question is None:
        return None, None
    return int(question.message_id), str(question.question_id)


_KEEP_REPLIES: Final = "UPDATE inbox SET replies = $1 WHERE update_id = $2"

# A save's follow-up, replaced whole (attempts back to 0, the claim released), or removed.
_PUT_FOLLOW_UP: Final = (
    "INSERT INTO follow_ups (user_id, due_at, rules_key, attempts, claimed_until) VALUES ($1, $2, $3, 0, NULL)"
    " ON CONFLICT (user_id) DO UPDATE SET due_at = excluded.due_at, rules_key = excluded.rules_key,"
    " attempts = 0, claimed_until = NULL"
)
_REMOVE_FOLLOW_UP: Final = "DELETE FROM follow_ups WHERE user_id = $1"

# Claim the due people no one holds. $1 now, $2 limit, $3 the claim's end for 0, 1, 2... earlier attempts
# (_claim_ends; attempts beyond its last use the last). SKIP LOCKED: a row another worker is claiming (or a
# save is rewriting) at this moment is left to it; one it claimed and committed meanwhile is checked again
# against the WHERE when locked, and dropped as claimed. MATERIALIZED: the locking SELECT runs exactly once.
_CLAIM_FOLLOW_UPS: Final = """
WITH picked AS MATERIALIZED (
    SELECT user_id FROM follow_ups
     WHERE due_at <= $1 AND (claimed_until IS NULL OR claimed_until <= $1)
     ORDER BY due_at, user_id
     LIMIT $2
       FOR UPDATE SKIP LOCKED
)
UPDATE follow_ups
   SET attempts = attempts + 1,
       claimed_until = ($3::timestamptz[])[least(attempts, cardinality($3::timestamptz[]) - 1) + 1]
 WHERE user_id IN (SELECT user_id FROM picked)
RETURNING user_id, attempts, due_at
"""

# Make the people subscribed under other rules due now. $1 the rules key, $2 now. The rows are locked in
# user id order, so two workers running this at once wait for each other rather than deadlock; the second
# finds them moved already (the WHERE is checked again on a row changed meanwhile) and counts none.
_RULES_CHANGED: Final = """
WITH locked AS MATERIALIZED (
    SELECT user_id FROM follow_ups
     WHERE rules_key IS NOT NULL AND rules_key <> $1 AND (due_at IS NULL OR due_at > $2)
     ORDER BY user_id
       FOR UPDATE
),
moved AS (
    UPDATE follow_ups SET due_at = $2 WHERE user_id IN (SELECT user_id FROM locked) RETURNING 1
)
SELECT count(*) FROM moved
"""


def _claim_ends(now: datetime) -> list[datetime]:
    """When a claim made ``now`` ends after 0, 1, 2... earlier attempts, up to the first at the cap."""
    ends: list[datetime] = []
    while not ends or ends[-1] - now < FOLLOW_UP_MAX_BACKOFF:
        ends.append(now + follow_up_backoff(len(ends)))
    return ends
_SESSION_COLUMNS: Final = "data, version, created_at, updated_at, question_message_id, question_id"


def _stored_session(row: asyncpg.Record) -> StoredSession:
    question_message_id = row["question_message_id"]
    return StoredSession(
        user_id=int(row["user_id"]),
        data=bytes(row["data"]).decode("utf-8"),
        version=int(row["version"]),
        created_at=row["created_at"],
        updated_at=row["updated_at"],
        open_question=(
            None
            if question_message_id is None
            else OpenQuestion(message_id=int(question_message_id), question_id=str(row["question_id"]))
        ),
    )


async def _holding(conn: PgConnection, taking: Awaitable[T]) -> T:
    """Await the statement taking a lock; if that fails or is cancelled, the lock may have been granted
    all the same: close the connection, which releases whatever it held, before the pool takes it back."""
    try:
        return await taking
    except BaseException:
        conn.terminate()
        raise


async def _unlock(conn: PgConnection, person: str) -> None:
    """Release the person's lock; if that fails or is cancelled, close the connection (which releases it)."""
    try:
        await conn.execute("SELECT pg_advisory_unlock(hashtext($1))", person)
    except BaseException:
        conn.terminate()
        raise


class PostgresSessionStore:
    """SessionStore, ChatStore and StatsStore on PostgreSQL. ``address``: a `PostgresAddress` or its URL."""

    def __init__(
        self,
        address: PostgresAddress | str,
        *,
        clock: Callable[[], datetime] = utc_now,
        migrations: Sequence[Migration] | None = None,
        max_connections: int = 10,
        connect_timeout: float = 10.0,
        purge_batch_size: int = 1_000,
    ) -> None:
        """``migrations`` defaults to the packaged files; tests may pass ``load_migrations(folder)``."""
        if max_connections < 1 or connect_timeout <= 0 or purge_batch_size < 1:
            raise ValueError("max_connections and purge_batch_size must be >= 1, connect_timeout > 0")
        self.address = address if isinstance(address, PostgresAddress) else parse_postgres_url(address)
        self._clock = clock
        self._migrations = tuple(migrations) if migrations is not None else None
        self._max_connections = int(max_connections)
        self._connect_timeout = float(connect_timeout)
        self._purge_batch_size = int(purge_batch_size)
        self._pool: asyncpg.Pool | None = None
        self._lock_pool: asyncpg.Pool | None = None  # connections that hold person locks (module docstring)
        self._lifecycle = asyncio.Lock()

    def __repr__(self) -> str:
        return f"PostgresSessionStore({self.address.display!r})"

    # -- lifecycle ---------------------------------------------------------------------------

    async def open(self) -> None:
        async with self._lifecycle:
            if self._pool is not None:
                raise StorageError("session store is already open")
            migrations = self._migrations
            if migrations is None:
                migrations = await asyncio.to_thread(load_postgres_migrations)
            pool = await self._connect()
            try:
                async with pool.acquire() as conn:
                    await apply_postgres_migrations(conn, migrations, applied_at=self._now())
                self._lock_pool = await self._connect(min_size=0)
            except BaseException:
                await pool.close()
                raise
            self._pool = pool

    async def _connect(self, *, min_size: int = 1) -> asyncpg.Pool:
        """The pool, with one connection made: StorageError naming host:port/dbname (never the password)
        if the server cannot be reached or refuses us."""
        address = self.address
        try:
            return await asyncpg.create_pool(
                host=address.host, port=address.port, user=address.user, password=address.password,
                database=address.dbname, ssl=address.sslmode, timeout=self._connect_timeout,
                min_size=min_size, max_size=self._max_connections, server_settings=dict(_SERVER_SETTINGS),
                reset=_roll_back_if_needed,
            )
        except (OSError, TimeoutError, asyncpg.PostgresError, asyncpg.InterfaceError) as error:
            reason = str(error) or type(error).__name__
            if address.password:
                reason = reason.replace(address.password, "***")  # the server never echoes it; be sure
            raise StorageError(
                f"cannot use the PostgreSQL database {address.location} as user {address.user!r}: {reason}"
            ) from None  # asyncpg's own exception may carry connection arguments: not chained

    async def close(self) -> None:
        async with self._lifecycle:
            pool, self._pool = self._pool, None
            lock_pool, self._lock_pool = self._lock_pool, None
            for each in (lock_pool, pool):
                if each is not None:
                    await each.close()

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

    # -- connections, for this store and for other tables in the same database ------------------

    @asynccontextmanager
    async def connection(self) -> AsyncIterator[PgConnection]:
        """A connection of the pool, in autocommit mode, for the block."""
        pool = self._pool
        if pool is None:
            raise StorageError("session store is not open")
        async with pool.acquire() as conn:
            yield conn

    @asynccontextmanager
    async def transaction(self) -> AsyncIterator[PgConnection]:
        """A connection inside a READ COMMITTED transaction, committed when the block ends, rolled back
        if it raises or is cancelled."""
        async with self.connection() as conn, conn.transaction():
            yield conn

    def _now(self) -> datetime:
        moment = self._clock()
        if moment.tzinfo is None or moment.utcoffset() is None:
            raise ValueError("the clock must return timezone-aware datetimes")
        return moment

    async def _purge(self, sql: str, cutoff: datetime) -> int:
        """Run a batched delete (params: cutoff, limit; returns the count) until a batch comes back short."""
        bound = _aware(cutoff)
        total = 0
        while True:
            async with self.connection() as conn:
                deleted = int(await conn.fetchval(sql, bound, self._purge_batch_size))
            total += deleted
            if deleted < self._purge_batch_size:
                return total

    # -- sessions ----------------------------------------------------------------------------

    async def load(self, user_id: int) -> StoredSession | None:
        async with self.connection() as conn:
            row = await conn.fetchrow(f"SELECT user_id, {_SESSION_COLUMNS} FROM sessions WHERE user_id = $1", user_id)
        return None if row is None else _stored_session(row)

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
        """See `SessionStore.save`. Three trips to the server: BEGIN, the statement, COMMIT or ROLLBACK
        (one more with ``replies``, one more with ``follow_up``)."""
        if not isinstance(data, str):
            raise TypeError("session data must be JSON text (str)")
        if expected_version < 0:
            raise ValueError("expected_version must be >= 0")
        checked = checked_follow_up(follow_up)  # refused before anything is written
        kinds, ids = _processed_ids(update_id, callback_query_id)
        sql = _SAVE_NEW if expected_version == 0 else _SAVE_NEXT
        arguments = (user_id, data.encode("utf-8"), expected_version, self._now(), kinds, ids,
                     *_question_columns(open_question), *_counter_columns(stats))
        try:
            async with self.transaction() as conn:
                row = await conn.fetchrow(sql, *arguments)
                assert row is not None  # the statement's last SELECT always gives one row
                if row["recorded"] < len(ids):
                    raise _Refused(SaveOutcome.DUPLICATE)
                if row["written"] == 0:
                    raise _Refused(SaveOutcome.STALE)
                if replies is not None and update_id is not None:
                    await conn.execute(_KEEP_REPLIES, replies.encode("utf-8"), update_id)
                if checked is not None:  # after the session: the lock order of POSTGRES_USER_KEYED_TABLES
                    if checked.due_at is None and checked.rules_key is None:
                        await conn.execute(_REMOVE_FOLLOW_UP, user_id)
                    else:
                        await conn.execute(_PUT_FOLLOW_UP, user_id, checked.due_at, checked.rules_key)
        except _Refused as refused:  # the transaction was rolled back: nothing of the save is kept
            return refused.outcome
        return SaveOutcome.SAVED

    async def remember_question(self, user_id: int, *, version: int, question: OpenQuestion | None) -> bool:
        async with self.connection() as conn:
            row = await conn.fetchrow(
                "UPDATE sessions SET question_message_id = $3, question_id = $4"
                " WHERE user_id = $1 AND version = $2 RETURNING 1",
                user_id, version, *_question_columns(question),
            )
        return row is not None

    async def delete_user(self, user_id: int) -> bool:
        removed = 0
        async with self.transaction() as conn:
            for table in POSTGRES_USER_KEYED_TABLES:
                # The table names are the constants above, never input.
                removed += int(await conn.fetchval(
                    f"WITH gone AS (DELETE FROM {table} WHERE user_id = $1 RETURNING 1) SELECT count(*) FROM gone",
                    user_id,
                ))
        return removed > 0

    async def purge_idle(self, idle_since: datetime) -> int:
        # The outer "updated_at < $1" is checked again on a row a concurrent save has just changed:
        # a session saved while the purge runs is not deleted (nor one a save gave a follow-up meanwhile).
        # A session with a follow-up is kept however idle (see SessionStore.purge_idle).
        return await self._purge(
            "WITH gone AS (DELETE FROM sessions WHERE updated_at < $1 AND user_id IN"
            " (SELECT user_id FROM sessions WHERE updated_at < $1"
            " AND NOT EXISTS (SELECT 1 FROM follow_ups WHERE follow_ups.user_id = sessions.user_id) LIMIT $2)"
            " RETURNING 1) SELECT count(*) FROM gone",
            idle_since,
        )

    # -- follow-ups ----------------------------------------------------------------------------

    async def follow_up(self, user_id: int) -> FollowUp | None:
        async with self.connection() as conn:
            row = await conn.fetchrow("SELECT due_at, rules_key FROM follow_ups WHERE user_id = $1", user_id)
        if row is None:
            return None
        return FollowUp(due_at=row["due_at"], rules_key=None if row["rules_key"] is None else str(row["rules_key"]))

    async def claim_follow_ups(self, now: datetime, limit: int) -> list[ClaimedFollowUp]:
        """One statement (module text: _CLAIM_FOLLOW_UPS): one transaction, one trip."""
        if limit < 1:
            raise ValueError("limit must be >= 1")
        moment = _aware(now)
        async with self.connection() as conn:
            rows = await conn.fetch(_CLAIM_FOLLOW_UPS, moment, limit, _claim_ends(moment))
        rows = sorted(rows, key=lambda row: (row["due_at"], row["user_id"]))  # RETURNING keeps no order
        return [ClaimedFollowUp(user_id=int(row["user_id"]), attempts=int(row["attempts"])) for row in rows]

    async def rules_changed(self, rules_key: str, now: datetime) -> int:
        async with self.connection() as conn:
            return int(await conn.fetchval(_RULES_CHANGED, rules_key, _aware(now)))

    # -- processed updates -------------------------------------------------------------------

    async def mark_processed(self, *, update_id: int | None = None, callback_query_id: str | None = None,
                             replies: str | None = None) -> bool:
        kinds, ids = _processed_ids(update_id, callback_query_id)
        if not ids:
            raise ValueError("give update_id and/or callback_query_id")
        now = self._now()
        try:
            async with self.transaction() as conn:
                if len(await conn.fetch(_MARK_PROCESSED, kinds, ids, now)) < len(ids):
                    raise _Refused(SaveOutcome.DUPLICATE)  # all or nothing: roll back the one recorded
                if replies is not None and update_id is not None:
                    await conn.execute(_KEEP_REPLIES, replies.encode("utf-8"), update_id)
        except _Refused:
            return False
        return True

    # -- the durable inbox -------------------------------------------------------------------

    async def inbox_add(self, entries: Sequence[InboxEntry]) -> set[int]:
        if not entries:
            return set()
        async with self.connection() as conn:  # one statement: one transaction, whatever the batch's size
            rows = await conn.fetch(
                "INSERT INTO inbox (update_id, payload, received_at, person)"
                " SELECT entry.update_id, entry.payload, $3, entry.person"
                " FROM unnest($1::bigint[], $2::bytea[], $4::text[]) AS entry (update_id, payload, person)"
                " ON CONFLICT DO NOTHING RETURNING update_id",
                [e.update_id for e in entries], [e.payload.encode("utf-8") for e in entries], self._now(),
                [e.person for e in entries])
        return {int(row["update_id"]) for row in rows}

    async def inbox_pending(self, *, person: str | None = None, through: int | None = None) -> list[InboxEntry]:
        async with self.connection() as conn:
            rows = await conn.fetch(
                "SELECT update_id, payload, person FROM inbox"
                " WHERE ($1::text IS NULL OR person = $1) AND ($2::bigint IS NULL OR update_id <= $2)"
                " ORDER BY update_id", person, through)
        return [InboxEntry(int(row["update_id"]), bytes(row["payload"]).decode("utf-8"), row["person"])
                for row in rows]

    async def inbox_waiting_persons(self, received_before: datetime) -> list[str]:
        async with self.connection() as conn:
            rows = await conn.fetch(
                "SELECT DISTINCT person FROM inbox WHERE received_at < $1 AND person IS NOT NULL ORDER BY person",
                _aware(received_before))
        return [str(row["person"]) for row in rows]

    async def inbox_replies(self, update_id: int) -> str | None:
        async with self.connection() as conn:
            kept = await conn.fetchval("SELECT replies FROM inbox WHERE update_id = $1", update_id)
        return None if kept is None else bytes(kept).decode("utf-8")

    async def inbox_done(self, update_ids: Sequence[int]) -> None:
        if update_ids:
            async with self.connection() as conn:
                await conn.execute("DELETE FROM inbox WHERE update_id = ANY($1::bigint[])", list(update_ids))

    # -- several workers (module docstring) -----------------------------------------------------

    @property
    def shared_by_processes(self) -> bool:
        return True

    @asynccontextmanager
    async def _lock_connection(self) -> AsyncIterator[PgConnection]:
        pool = self._lock_pool
        if pool is None:
            raise StorageError("session store is not open")
        async with pool.acquire() as conn:
            yield conn

    @asynccontextmanager
    async def person_lock(self, person: str) -> AsyncIterator[None]:
        async with self._lock_connection() as conn:
            await _holding(conn, conn.execute("SELECT pg_advisory_lock(hashtext($1))", person))
            try:
                yield
            finally:
                await _unlock(conn, person)

    @asynccontextmanager
    async def try_person_lock(self, person: str) -> AsyncIterator[bool]:
        async with self._lock_connection() as conn:
            taken = bool(await _holding(conn, conn.fetchval("SELECT pg_try_advisory_lock(hashtext($1))", person)))
            try:
                yield taken
            finally:
                if taken:
                    await _unlock(conn, person)

    async def claim_periodic_run(self, name: str, period: timedelta) -> bool:
        async with self.connection() as conn:
            row = await conn.fetchrow(
                "INSERT INTO periodic_runs (name, last_run) VALUES ($1, clock_timestamp())"
                " ON CONFLICT (name) DO UPDATE SET last_run = excluded.last_run"
                " WHERE periodic_runs.last_run <= excluded.last_run - $2::interval RETURNING 1",
                name, period)
        return row is not None

    async def purge_processed(self, older_than: datetime) -> int:
        return await self._purge(
            "WITH gone AS (DELETE FROM processed_updates WHERE seen_at < $1 AND (kind, id) IN"
            " (SELECT kind, id FROM processed_updates WHERE seen_at < $1 LIMIT $2) RETURNING 1)"
            " SELECT count(*) FROM gone",
            older_than,
        )

    # -- for layers over the store (bot/storage/encrypted.py) -----------------------------------

    async def get_meta(self, name: str) -> str | None:
        async with self.connection() as conn:
            value = await conn.fetchval("SELECT value FROM store_meta WHERE name = $1", name)
        return None if value is None else str(value)

    async def put_meta(self, name: str, value: str) -> None:
        async with self.connection() as conn:
            await conn.execute("INSERT INTO store_meta (name, value) VALUES ($1, $2)"
                               " ON CONFLICT (name) DO UPDATE SET value = excluded.value", name, value)

    async def sessions_after(self, user_id: int | None, limit: int) -> list[StoredSession]:
        if limit < 1:
            raise ValueError("limit must be >= 1")
        async with self.connection() as conn:
            rows = await conn.fetch(f"SELECT user_id, {_SESSION_COLUMNS} FROM sessions WHERE user_id > $1"
                                    " ORDER BY user_id LIMIT $2", -(2**63) if user_id is None else user_id, limit)
        return [_stored_session(row) for row in rows]

    async def replace_data(self, sessions: Sequence[StoredSession]) -> int:
        if not all(isinstance(session.data, str) for session in sessions):
            raise TypeError("session data must be JSON text (str)")
        if not sessions:
            return 0
        async with self.transaction() as conn:  # one transaction: one durable commit for the batch
            replaced = await conn.fetchval(
                "WITH given AS (SELECT * FROM unnest($1::bigint[], $2::bytea[], $3::int[])"
                " AS g (user_id, data, version)),"
                " changed AS (UPDATE sessions SET data = given.data FROM given"
                " WHERE sessions.user_id = given.user_id AND sessions.version = given.version RETURNING 1)"
                " SELECT count(*) FROM changed",
                [s.user_id for s in sessions], [s.data.encode("utf-8") for s in sessions],
                [s.version for s in sessions])
        return int(replaced)

    async def erase_old_copies(self) -> None:
        """PostgreSQL keeps a replaced row's old version until VACUUM reclaims it; a plain VACUUM of the
        tables holding personal values makes that space reusable at once. It cannot scrub the bytes, old
        WAL segments or backups taken earlier (SECURITY.md says so); those were encrypted rows too, except
        in a database that held plain rows before encryption was switched on."""
        async with self.connection() as conn:
            await conn.execute("VACUUM sessions")
            await conn.execute("VACUUM inbox")

    # -- groups and channels (ChatStore) and anonymous counts (StatsStore) ---------------------

    async def get_chat(self, chat_id: int) -> ChatSettings | None:
        async with self.connection() as conn:
            row = await conn.fetchrow(
                "SELECT kind, title, language, public_commands, quiet, bot_status FROM chats WHERE chat_id = $1",
                chat_id,
            )
        if row is None:
            return None
        return ChatSettings(chat_id=chat_id, kind=row["kind"], title=str(row["title"]),
                            language=str(row["language"]), public_commands=bool(row["public_commands"]),
                            quiet=bool(row["quiet"]), bot_status=str(row["bot_status"]))

    async def put_chat(self, settings: ChatSettings) -> None:
        async with self.connection() as conn:
            await conn.execute(
                "INSERT INTO chats (chat_id, kind, title, language, public_commands, quiet, bot_status, updated_at)"
                " VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT (chat_id) DO UPDATE SET kind = excluded.kind,"
                " title = excluded.title, language = excluded.language,"
                " public_commands = excluded.public_commands, quiet = excluded.quiet,"
                " bot_status = excluded.bot_status, updated_at = excluded.updated_at",
                settings.chat_id, settings.kind, settings.title, settings.language, settings.public_commands,
                settings.quiet, settings.bot_status, self._now(),
            )

    async def delete_chat(self, chat_id: int) -> bool:
        async with self.connection() as conn:
            return await conn.fetchrow("DELETE FROM chats WHERE chat_id = $1 RETURNING 1", chat_id) is not None

    async def stats(self) -> list[StatCount]:
        # COLLATE "C": the byte order SQLite uses, whatever the database's locale.
        async with self.connection() as conn:
            rows = await conn.fetch(
                'SELECT metric, dimension, value, count FROM stats'
                ' ORDER BY metric COLLATE "C", dimension COLLATE "C", count DESC, value COLLATE "C"'
            )
        return [StatCount(str(r["metric"]), str(r["dimension"]), str(r["value"]), int(r["count"])) for r in rows]


if TYPE_CHECKING:  # mypy proves the class satisfies the protocols
    _conforms: SessionStore = PostgresSessionStore("postgresql://u@h/d")
    _chats: ChatStore = PostgresSessionStore("postgresql://u@h/d")
    _stats: StatsStore = PostgresSessionStore("postgresql://u@h/d")
