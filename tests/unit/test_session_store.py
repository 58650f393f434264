"""Tests for bot.storage: the session store's contract, on SQLite and on PostgreSQL, and the SQLite runner.

The contract tests run against both stores (the ``make_store``, ``store`` and ``database`` fixtures are
parametrized; PostgreSQL's are skipped where it is not installed). The store is checked through its public
methods, and through plain SQL from a second connection (tests/store_backends.py), as an operator's shell
would see the data. The tests about SQLite's file (its mode, WAL, secure_delete, its migration runner)
stay SQLite-only; PostgreSQL's own behaviour is in test_postgres_store.py. Nothing here reaches into
aiosqlite's or asyncpg's internals.
"""

from __future__ import annotations

import asyncio
import collections
import contextlib
import os
import shutil
import sqlite3
import stat
import subprocess
import sys
import tempfile
from collections.abc import AsyncIterator, Callable, Coroutine
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, timezone
from importlib import resources
from pathlib import Path
from typing import Any, ClassVar, TypeVar

import aiosqlite
import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule, run_state_machine_as_test

from bot.storage import (
    USER_KEYED_TABLES,
    ClaimedFollowUp,
    FollowUp,
    MigrationError,
    OpenQuestion,
    SaveOutcome,
    SessionStore,
    SqliteSessionStore,
    StatIncrement,
    StorageError,
    StoredSession,
    follow_up_backoff,
    load_migrations,
)
from bot.storage.migrations import apply_migrations, split_statements
from bot.storage.postgres import PostgresSessionStore
from bot.storage.postgres_migrations import load_postgres_migrations
from tests.store_backends import AnyStore, Database, PostgresDatabase, SqliteDatabase

T0 = datetime(2025, 3, 1, 12, 0, 0, 123456, tzinfo=UTC)
DAY = timedelta(days=1)
T = TypeVar("T")
SECRET = '{"salary_cny": 41000, "age": 37}'
REPO_ROOT = Path(__file__).resolve().parents[2]
SAVED, DUPLICATE, STALE = SaveOutcome.SAVED, SaveOutcome.DUPLICATE, SaveOutcome.STALE
STARTED = StatIncrement("started", "source", "private")
COMPLETED = StatIncrement("completed", "outcome", "eligible")
QUESTION = OpenQuestion(message_id=501, question_id="salary")


class FakeClock:
    """A settable clock; each reading is the current value."""

    def __init__(self, start: datetime = T0) -> None:
        self.now = start

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **kwargs: float) -> datetime:
        self.now += timedelta(**kwargs)
        return self.now


def packaged_migrations_dir() -> Path:
    folder = resources.files("bot.storage").joinpath("migrations")
    assert isinstance(folder, Path)
    return folder


def copy_migrations(target: Path, upto: int = 1) -> Path:
    """A migrations folder holding the first ``upto`` packaged migrations, for tests to add their own on top."""
    target.mkdir(parents=True, exist_ok=True)
    for source in sorted(packaged_migrations_dir().glob("*.sql"))[:upto]:
        shutil.copy(source, target / source.name)
    return target


def packaged_ledger() -> list[tuple[int, str]]:
    return [(int(p.stem[:4]), p.stem) for p in sorted(packaged_migrations_dir().glob("*.sql"))]


def ledger(db: Path) -> list[tuple[int, str]]:
    with contextlib.closing(sqlite3.connect(db)) as conn:
        return [(int(v), str(n)) for v, n in conn.execute("SELECT version, name FROM schema_migrations")]


def user_version(db: Path) -> int:
    with contextlib.closing(sqlite3.connect(db)) as conn:
        return int(conn.execute("PRAGMA user_version").fetchone()[0])


def wal_exists(db: Path) -> bool:
    return Path(f"{db}-wal").exists()


def file_modes(db: Path) -> tuple[int, int]:
    return stat.S_IMODE(db.parent.stat().st_mode), stat.S_IMODE(db.stat().st_mode)


def schema_names(db: Path) -> set[str]:
    with contextlib.closing(sqlite3.connect(db)) as conn:
        return {str(row[0]) for row in conn.execute("SELECT name FROM sqlite_master")}


def every_row(db: Path) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table, read through a second connection."""
    with contextlib.closing(sqlite3.connect(db)) as conn:
        tables = [row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        return {table: sorted(conn.execute(f"SELECT * FROM {table}").fetchall(), key=repr) for table in tables}


def recorded_ids(db: Path) -> set[tuple[str, str]]:
    with contextlib.closing(sqlite3.connect(db)) as conn:
        return {(str(kind), str(key)) for kind, key in conn.execute("SELECT kind, id FROM processed_updates")}


def session_rows(db: Path) -> int:
    with contextlib.closing(sqlite3.connect(db)) as conn:
        return int(conn.execute("SELECT COUNT(*) FROM sessions").fetchone()[0])


def write_lock_is_free(db: Path) -> bool:
    """True if another connection can take the write lock at once (no transaction left open)."""
    other = sqlite3.connect(db, timeout=0, isolation_level=None)
    try:
        other.execute("BEGIN IMMEDIATE")
        other.execute("ROLLBACK")
    except sqlite3.OperationalError:
        return False
    finally:
        other.close()
    return True


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture(params=["file", "memory", "postgres"])
def make_store(request: pytest.FixtureRequest, tmp_path: Path, clock: FakeClock) -> Callable[..., AnyStore]:
    """Makes stores on one database: a SQLite file, SQLite in memory, or a PostgreSQL database."""
    if request.param == "postgres":
        url = request.getfixturevalue("postgres_url")

        def on_postgres(**kwargs: Any) -> PostgresSessionStore:
            return PostgresSessionStore(url, clock=clock, **kwargs)

        return on_postgres
    path: str | Path = tmp_path / "db" / "sessions.sqlite3" if request.param == "file" else ":memory:"

    def on_sqlite(**kwargs: Any) -> SqliteSessionStore:
        return SqliteSessionStore(path, clock=clock, **kwargs)

    return on_sqlite


@pytest.fixture
async def store(make_store: Callable[..., AnyStore]) -> AsyncIterator[AnyStore]:
    async with make_store() as opened:
        yield opened


@pytest.fixture(params=["sqlite", "postgres"])
async def database(request: pytest.FixtureRequest, tmp_path: Path, clock: FakeClock) -> AsyncIterator[Database]:
    """A database that several stores (as several processes would) and a second client can reach."""
    made: Database
    if request.param == "postgres":
        made = PostgresDatabase(request.getfixturevalue("postgres_url"), clock)
    else:
        made = SqliteDatabase(tmp_path / "data" / "bot.sqlite3", clock)
    try:
        yield made
    finally:
        await made.close()


@pytest.fixture
def db_file(tmp_path: Path) -> Path:
    return tmp_path / "data" / "bot.sqlite3"


@pytest.fixture
async def file_store(db_file: Path, clock: FakeClock) -> AsyncIterator[SqliteSessionStore]:
    async with SqliteSessionStore(db_file, clock=clock) as opened:
        yield opened


# -- sessions ----------------------------------------------------------------------------------


async def test_satisfies_the_protocol(store: AnyStore) -> None:
    as_protocol: SessionStore = store
    assert await as_protocol.load(1) is None


async def test_round_trip(store: AnyStore) -> None:
    assert await store.load(7) is None
    assert await store.save(7, SECRET, expected_version=0) is SAVED
    assert await store.load(7) == StoredSession(user_id=7, data=SECRET, version=1, created_at=T0, updated_at=T0)


async def test_unicode_and_large_ids_round_trip(store: AnyStore) -> None:
    data = '{"name": "李雷", "note": "émigré 🇨🇳", "nul": "a\\u0000b"}'
    user_id = 2**53 + 1
    assert await store.save(user_id, data, expected_version=0) is SAVED
    loaded = await store.load(user_id)
    assert loaded is not None
    assert loaded.data == data


async def test_version_increments_and_timestamps_move(store: AnyStore, clock: FakeClock) -> None:
    assert await store.save(1, '{"step": 1}', expected_version=0) is SAVED
    later = clock.advance(minutes=5)
    assert await store.save(1, '{"step": 2}', expected_version=1) is SAVED
    assert await store.save(1, '{"step": 3}', expected_version=2) is SAVED
    assert await store.load(1) == StoredSession(
        user_id=1, data='{"step": 3}', version=3, created_at=T0, updated_at=later
    )


@pytest.mark.parametrize("wrong", [0, 2, 7])
async def test_stale_save_is_refused_and_changes_nothing(store: AnyStore, wrong: int) -> None:
    await store.save(1, SECRET, expected_version=0)
    original = await store.load(1)
    assert await store.save(1, "{}", expected_version=wrong, update_id=99, stats=[STARTED]) is STALE
    assert await store.load(1) == original
    assert await store.stats() == []
    # the refused update was not recorded: it is free for the save that reloads and retries
    assert await store.save(1, "{}", expected_version=1, update_id=99) is SAVED


async def test_expected_version_on_missing_session_does_not_create_it(store: AnyStore) -> None:
    assert await store.save(1, SECRET, expected_version=1) is STALE
    assert await store.load(1) is None


async def test_bad_arguments_are_rejected(store: AnyStore) -> None:
    with pytest.raises(ValueError):
        await store.save(1, SECRET, expected_version=-1)
    with pytest.raises(TypeError):
        await store.save(1, b"{}", expected_version=0)  # type: ignore[arg-type]
    assert await store.load(1) is None


async def test_duplicate_update_id_refused_even_with_right_version(store: AnyStore) -> None:
    await store.save(1, SECRET, expected_version=0, update_id=10)
    original = await store.load(1)
    assert await store.save(1, "{}", expected_version=1, update_id=10) is DUPLICATE
    assert await store.load(1) == original


async def test_duplicate_callback_query_refused_and_nothing_changes(store: AnyStore) -> None:
    await store.save(1, SECRET, expected_version=0, callback_query_id="cq-1")
    assert await store.save(2, SECRET, expected_version=0, callback_query_id="cq-1") is DUPLICATE
    assert await store.load(2) is None


async def test_duplicate_is_reported_before_stale(store: AnyStore) -> None:
    # A redelivered update carries the version it saw, which its first delivery made stale:
    # the caller must hear "duplicate" (drop it), not "stale" (reload and apply it again).
    await store.save(1, SECRET, expected_version=0, update_id=5)
    assert await store.save(1, SECRET, expected_version=0, update_id=5) is DUPLICATE
    assert await store.save(2, SECRET, expected_version=3, update_id=5) is DUPLICATE  # no session at all


async def test_duplicate_when_either_id_is_known_records_neither(store: AnyStore) -> None:
    await store.save(1, "{}", expected_version=0, update_id=1)
    assert await store.save(1, "{}", expected_version=1, update_id=1, callback_query_id="new") is DUPLICATE
    assert await store.save(1, "{}", expected_version=1, update_id=2, callback_query_id="new") is SAVED


async def test_update_ids_and_callback_ids_are_separate(store: AnyStore) -> None:
    await store.save(1, "{}", expected_version=0, update_id=5)
    assert await store.save(1, "{}", expected_version=1, callback_query_id="5") is SAVED


# -- the open question ---------------------------------------------------------------------------


async def test_open_question_is_saved_with_the_session(store: AnyStore) -> None:
    assert await store.save(1, SECRET, expected_version=0, open_question=QUESTION) is SAVED
    loaded = await store.load(1)
    assert loaded is not None
    assert loaded.open_question == QUESTION
    other = OpenQuestion(message_id=502, question_id="age")
    await store.save(1, SECRET, expected_version=1, open_question=other)
    assert (await store.load(1)) == StoredSession(1, SECRET, 2, T0, T0, open_question=other)
    await store.save(1, SECRET, expected_version=2)  # none given: no question is open any more
    loaded = await store.load(1)
    assert loaded is not None
    assert loaded.open_question is None


async def test_refused_save_keeps_the_open_question(store: AnyStore) -> None:
    await store.save(1, SECRET, expected_version=0, update_id=1, open_question=QUESTION)
    assert await store.save(1, "{}", expected_version=1, update_id=1) is DUPLICATE
    assert await store.save(1, "{}", expected_version=5) is STALE
    loaded = await store.load(1)
    assert loaded is not None
    assert loaded.open_question == QUESTION


async def test_remember_question_keeps_the_version(store: AnyStore, clock: FakeClock) -> None:
    await store.save(1, SECRET, expected_version=0)
    before = await store.load(1)
    assert before is not None
    clock.advance(minutes=1)
    assert await store.remember_question(1, version=1, question=QUESTION) is True
    after = await store.load(1)
    assert after is not None
    # only the question changed: not the version, not the data, not updated_at
    assert after == StoredSession(1, SECRET, 1, before.created_at, before.updated_at, open_question=QUESTION)
    # so the save that follows, made from the version loaded earlier, is not stale
    assert await store.save(1, "{}", expected_version=before.version) is SAVED
    assert await store.remember_question(1, version=2, question=None) is True
    cleared = await store.load(1)
    assert cleared is not None
    assert (cleared.version, cleared.open_question) == (2, None)


async def test_remember_question_refused_on_a_moved_version(store: AnyStore) -> None:
    assert await store.remember_question(1, version=0, question=QUESTION) is False  # no session
    assert await store.remember_question(1, version=1, question=QUESTION) is False
    assert await store.load(1) is None
    await store.save(1, SECRET, expected_version=0, open_question=QUESTION)
    await store.save(1, SECRET, expected_version=1, open_question=None)
    newer = OpenQuestion(message_id=900, question_id="age")
    assert await store.remember_question(1, version=1, question=newer) is False  # the session moved on
    loaded = await store.load(1)
    assert loaded is not None
    assert (loaded.version, loaded.open_question) == (2, None)


async def test_remember_question_does_not_make_a_concurrent_save_stale(store: AnyStore) -> None:
    await store.save(1, SECRET, expected_version=0)
    for round_ in range(10):
        version = round_ + 1
        remembered, saved = await asyncio.gather(
            store.remember_question(1, version=version, question=QUESTION),
            store.save(1, SECRET, expected_version=version),
        )
        assert saved is SAVED
        loaded = await store.load(1)
        assert loaded is not None
        # whichever ran first, the state is consistent: the save wrote no question
        assert (loaded.version, loaded.open_question) == (version + 1, None)
        assert isinstance(remembered, bool)


def test_half_a_question_cannot_be_stored(db_file: Path) -> None:
    asyncio.run(_create(db_file))
    with contextlib.closing(sqlite3.connect(db_file)) as conn, pytest.raises(sqlite3.IntegrityError):
        conn.execute(
            "INSERT INTO sessions (user_id, data, version, created_at, updated_at, question_message_id)"
            " VALUES (1, '{}', 1, 'x', 'x', 501)"
        )


def test_a_follow_up_cannot_outlive_its_session(db_file: Path) -> None:
    asyncio.run(_create(db_file))
    with contextlib.closing(sqlite3.connect(db_file, isolation_level=None)) as conn:
        conn.execute("PRAGMA foreign_keys = ON")  # as the store's connection has it
        with pytest.raises(sqlite3.IntegrityError):
            conn.execute("INSERT INTO follow_ups (user_id, rules_key) VALUES (1, 'r')")  # no such session
        conn.execute("INSERT INTO sessions (user_id, data, version, created_at, updated_at)"
                     " VALUES (1, '{}', 1, 'x', 'x')")
        with pytest.raises(sqlite3.IntegrityError):  # a row with nothing to follow up is not kept
            conn.execute("INSERT INTO follow_ups (user_id) VALUES (1)")
        conn.execute("INSERT INTO follow_ups (user_id, rules_key) VALUES (1, 'r')")
        conn.execute("DELETE FROM sessions")  # by hand, as an operator might: the follow-up goes too
        assert conn.execute("SELECT count(*) FROM follow_ups").fetchone() == (0,)


async def _create(db: Path) -> None:
    async with SqliteSessionStore(db):
        pass


# -- forgetting --------------------------------------------------------------------------------


async def test_delete_user(store: AnyStore) -> None:
    await store.save(1, SECRET, expected_version=0)
    await store.save(2, SECRET, expected_version=0)
    assert await store.delete_user(1) is True
    assert await store.load(1) is None
    assert await store.delete_user(1) is False
    assert await store.load(2) is not None
    # a writer that loaded the session before /forget must not bring it back
    assert await store.save(1, SECRET, expected_version=1) is STALE
    assert await store.remember_question(1, version=1, question=QUESTION) is False
    assert await store.load(1) is None
    assert await store.save(1, "{}", expected_version=0) is SAVED


PERSON, MARKER = 7_654_321, "salary-of-person-7654321"


async def _save_a_person_and_forget_them(store: AnyStore) -> None:
    for version in range(3):
        await store.save(PERSON, f'{{"note": "{MARKER}", "v": {version}}}', expected_version=version,
                         update_id=100 + version, callback_query_id=f"cq-{version}", stats=[STARTED],
                         open_question=QUESTION, follow_up=FollowUp(T0 + timedelta(days=version), "rules-1"))
    await store.save(1_234_567, SECRET, expected_version=0, update_id=200)
    assert await store.delete_user(PERSON) is True


async def test_forget_leaves_nothing_of_the_person(database: Database) -> None:
    async with database.store() as store:
        await _save_a_person_and_forget_them(store)
        rows = await database.every_row()
        assert all(str(PERSON) not in repr(row) and MARKER not in repr(row) for table in rows.values() for row in table)
        assert rows["sessions"] and all(row[0] == 1_234_567 for row in rows["sessions"])
        assert rows["follow_ups"] == []
        # what is left is anonymous: the ids of applied updates and the counters
        assert await database.recorded_ids() >= {("update", "100"), ("callback_query", "cq-0")}
        assert [(c.value, c.count) for c in await store.stats()] == [("private", 3)]


async def test_forget_leaves_nothing_in_the_sqlite_file(db_file: Path) -> None:
    async with SqliteSessionStore(db_file) as store:
        await _save_a_person_and_forget_them(store)
    # secure_delete: the answers are not left in the file's free space either
    leftovers = [path for path in db_file.parent.iterdir() if MARKER.encode() in path.read_bytes()]
    assert leftovers == []


# -- purges ------------------------------------------------------------------------------------


async def test_purge_idle_uses_the_clock(clock: FakeClock, make_store: Callable[..., AnyStore]) -> None:
    async with make_store(purge_batch_size=2) as store:
        for user in range(5):
            await store.save(user, "{}", expected_version=0)  # all at T0
        clock.advance(hours=2)
        await store.save(10, "{}", expected_version=0)
        await store.save(0, "{}", expected_version=1)  # user 0 is active again
        assert await store.purge_idle(T0 + timedelta(hours=1)) == 4
        assert [user for user in (0, 1, 2, 3, 4, 10) if await store.load(user) is not None] == [0, 10]
        assert await store.purge_idle(T0 + timedelta(hours=1)) == 0
        # the boundary is exclusive: a session updated exactly at idle_since stays
        assert await store.purge_idle(clock.now) == 0
        assert await store.purge_idle(clock.now + timedelta(microseconds=1)) == 2


async def test_remember_question_does_not_keep_a_session_alive(store: AnyStore, clock: FakeClock) -> None:
    await store.save(1, "{}", expected_version=0)
    clock.advance(hours=2)
    await store.remember_question(1, version=1, question=QUESTION)
    assert await store.purge_idle(T0 + timedelta(hours=1)) == 1


async def test_naive_datetimes_are_refused(store: AnyStore) -> None:
    with pytest.raises(ValueError):
        await store.purge_idle(datetime(2025, 1, 1))
    with pytest.raises(ValueError):
        await store.purge_processed(datetime(2025, 1, 1))


async def test_purge_accepts_other_time_zones(store: AnyStore) -> None:
    await store.save(1, "{}", expected_version=0)
    beijing = T0.astimezone(timezone(timedelta(hours=8)))
    assert await store.purge_idle(beijing) == 0
    assert await store.purge_idle(beijing + timedelta(microseconds=1)) == 1


async def test_purge_processed(clock: FakeClock, make_store: Callable[..., AnyStore]) -> None:
    async with make_store(purge_batch_size=2) as store:
        await store.mark_processed(update_id=1)
        await store.mark_processed(callback_query_id="a")
        await store.save(1, "{}", expected_version=0, update_id=2, callback_query_id="b")
        clock.advance(days=2)
        await store.mark_processed(update_id=3)
        assert await store.purge_processed(T0 + timedelta(days=1)) == 4
        assert await store.purge_processed(T0 + timedelta(days=1)) == 0
        assert await store.load(1) is not None  # sessions are untouched
        # forgotten ids are new again; the recent one is still known
        assert await store.mark_processed(update_id=1, callback_query_id="b") is True
        assert await store.mark_processed(update_id=3) is False


# -- processed updates -------------------------------------------------------------------------


async def test_mark_processed_update_ids(store: AnyStore) -> None:
    assert await store.mark_processed(update_id=5) is True
    assert await store.mark_processed(update_id=5) is False
    assert await store.mark_processed(callback_query_id="5") is True  # the two kinds are separate
    assert await store.mark_processed(callback_query_id="5") is False


async def test_mark_processed_with_both_ids_is_all_or_nothing(database: Database) -> None:
    async with database.store() as store:
        assert await store.mark_processed(update_id=1) is True
        assert await store.mark_processed(update_id=1, callback_query_id="x") is False
        assert await store.mark_processed(update_id=2, callback_query_id="a") is True
        assert await store.mark_processed(update_id=3, callback_query_id="a") is False
        assert await database.recorded_ids() == {("update", "1"), ("update", "2"), ("callback_query", "a")}


async def test_marked_ids_block_a_later_save(store: AnyStore) -> None:
    await store.mark_processed(update_id=8)
    assert await store.save(1, "{}", expected_version=0, update_id=8) is DUPLICATE
    assert await store.load(1) is None
    await store.save(1, "{}", expected_version=0, callback_query_id="c")
    assert await store.mark_processed(callback_query_id="c") is False


async def test_mark_processed_needs_an_id(store: AnyStore) -> None:
    with pytest.raises(ValueError):
        await store.mark_processed()


# -- refusals write nothing; counters are exact ------------------------------------------------


@pytest.mark.parametrize(
    ("user", "expected_version", "update_id", "callback_query_id", "outcome"),
    [
        (1, 2, 10, None, DUPLICATE),  # known update id, right version
        (1, 2, None, "cq-1", DUPLICATE),  # known callback id
        (2, 0, 11, "cq-1", DUPLICATE),  # new update id, known callback id: neither written
        (1, 2, 10, "cq-new", DUPLICATE),  # known update id, new callback id
        (1, 0, 10, None, DUPLICATE),  # duplicate and stale: duplicate wins
        (1, 7, None, "cq-1", DUPLICATE),  # duplicate and stale (ahead): duplicate wins
        (2, 1, 10, None, DUPLICATE),  # duplicate and stale on a missing session
        (1, 1, 12, "cq-2", STALE),  # behind
        (1, 3, 12, None, STALE),  # ahead
        (1, 0, None, None, STALE),  # "must not exist yet", but it does
        (2, 1, 12, None, STALE),  # no session stored
    ],
)
async def test_refused_save_writes_nothing(
    database: Database,
    user: int,
    expected_version: int,
    update_id: int | None,
    callback_query_id: str | None,
    outcome: SaveOutcome,
) -> None:
    async with database.store() as store:
        await store.save(1, SECRET, expected_version=0, update_id=10, stats=[STARTED], open_question=QUESTION)
        await store.save(1, SECRET, expected_version=1, callback_query_id="cq-1", stats=[COMPLETED])
        before = await database.every_row()
        refused = await store.save(
            user,
            "{}",
            expected_version=expected_version,
            update_id=update_id,
            callback_query_id=callback_query_id,
            stats=[STARTED, COMPLETED, StatIncrement("started", "language", "ru")],
            open_question=OpenQuestion(message_id=9, question_id="age"),
            follow_up=FollowUp(T0, "rules-2"),
        )
        assert refused is outcome
        assert await database.every_row() == before  # sessions, processed ids, counters: every table
        assert await database.no_transaction_left_open()


async def test_stats_are_counted_once_and_only_on_success(store: AnyStore) -> None:
    language = StatIncrement("started", "language", "zh")
    await store.save(1, "{}", expected_version=0, update_id=1, stats=[STARTED, language])
    await store.save(2, "{}", expected_version=0, update_id=2, stats=[STARTED])
    await store.save(2, "{}", expected_version=1, update_id=3)  # no counters
    assert await store.save(1, "{}", expected_version=1, update_id=1, stats=[STARTED, COMPLETED]) is DUPLICATE
    assert await store.save(1, "{}", expected_version=2, update_id=4, stats=[STARTED, COMPLETED]) is STALE
    assert await store.save(3, "{}", expected_version=1, update_id=5, stats=[COMPLETED]) is STALE
    assert await store.save(1, "{}", expected_version=1, update_id=4, stats=[COMPLETED, COMPLETED]) is SAVED
    counts = {(c.metric, c.dimension, c.value): c.count for c in await store.stats()}
    assert counts == {
        ("started", "source", "private"): 2,
        ("started", "language", "zh"): 1,
        ("completed", "outcome", "eligible"): 2,  # listed twice in one save: counted twice
    }


async def test_stats_with_awkward_text_round_trip(store: AnyStore) -> None:
    odd = StatIncrement('met"ric', "dim\\ension", "李雷 🇨🇳 'quoted' \n[1]")
    await store.save(1, "{}", expected_version=0, stats=[odd])
    assert [(c.metric, c.dimension, c.value, c.count) for c in await store.stats()] == [
        (odd.metric, odd.dimension, odd.value, 1)
    ]


def test_stored_session_repr_hides_data() -> None:
    session = StoredSession(user_id=1, data=SECRET, version=1, created_at=T0, updated_at=T0)
    assert "41000" not in repr(session)
    assert "41000" not in str(session)


async def test_closed_store_refuses_work(make_store: Callable[..., AnyStore]) -> None:
    store = make_store()
    with pytest.raises(StorageError):
        await store.load(1)
    await store.open()
    with pytest.raises(StorageError):
        await store.open()
    await store.close()
    await store.close()
    with pytest.raises(StorageError):
        await store.save(1, "{}", expected_version=0)
    with pytest.raises(StorageError):
        await store.remember_question(1, version=1, question=None)


async def test_nothing_is_logged(store: AnyStore, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level("DEBUG", logger="bot")
    await store.save(1, SECRET, expected_version=0, update_id=1, open_question=QUESTION)
    await store.load(1)
    await store.save(1, SECRET, expected_version=0)
    await store.save(1, SECRET, expected_version=1, update_id=1)
    await store.remember_question(1, version=1, question=None)
    await store.delete_user(1)
    assert [r for r in caplog.records if r.name.startswith("bot")] == []


# -- cancellation ------------------------------------------------------------------------------


@pytest.mark.parametrize("refused", [False, True])
async def test_cancelled_save_leaves_no_open_transaction(database: Database, refused: bool) -> None:
    """Cancelled at every point of its transaction, a save is applied whole or not at all, and the
    write lock is free the moment the cancelled task has ended."""
    async with database.store() as store:
        await store.save(1, "{}", expected_version=0)
        for yields in range(30):
            before = await store.load(1)
            assert before is not None
            update_id = 1_000 + yields
            expected_version = before.version - 1 if refused else before.version
            question = OpenQuestion(message_id=yields + 1, question_id="salary")
            task = asyncio.create_task(
                store.save(1, f'{{"try": {yields}}}', expected_version=expected_version, update_id=update_id,
                           callback_query_id=f"cq-{yields}", stats=[STARTED], open_question=question,
                           follow_up=FollowUp(T0 + timedelta(days=yields + 1), None))
            )
            for _ in range(yields):
                await asyncio.sleep(0)
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task
            assert await database.no_transaction_left_open()
            after = await store.load(1)
            assert after is not None
            applied = after.version == before.version + 1
            assert after.version in (before.version, before.version + 1)
            assert not (refused and applied)
            # all or nothing: the session, its question, its ids and its counter
            assert (after.data == f'{{"try": {yields}}}') is applied
            assert (after.open_question == question) is applied
            assert (await store.follow_up(1) == FollowUp(T0 + timedelta(days=yields + 1), None)) is applied
            assert (("update", str(update_id)) in await database.recorded_ids()) is applied
            assert (("callback_query", f"cq-{yields}") in await database.recorded_ids()) is applied
            assert sum(c.count for c in await store.stats()) == (after.version - 1)
        final = await store.load(1)
        assert final is not None
        assert await store.save(1, "{}", expected_version=final.version) is SAVED


# -- follow-ups: when to look at a person again -------------------------------------------------


async def test_follow_up_is_saved_with_the_session(store: AnyStore) -> None:
    assert await store.follow_up(1) is None
    reminder = FollowUp(T0 + 30 * DAY, "rules-1")
    assert await store.save(1, SECRET, expected_version=0, follow_up=reminder) is SAVED
    assert await store.follow_up(1) == reminder
    assert await store.save(1, SECRET, expected_version=1) is SAVED  # None: left as it is
    assert await store.follow_up(1) == reminder
    subscribed_only = FollowUp(None, "rules-1")
    assert await store.save(1, SECRET, expected_version=2, follow_up=subscribed_only) is SAVED
    assert await store.follow_up(1) == subscribed_only
    reminder_only = FollowUp(T0 + DAY, None)
    assert await store.save(1, SECRET, expected_version=3, follow_up=reminder_only) is SAVED
    assert await store.follow_up(1) == reminder_only
    assert await store.save(1, SECRET, expected_version=4, follow_up=FollowUp(None, None)) is SAVED
    assert await store.follow_up(1) is None
    assert await store.save(1, SECRET, expected_version=5, follow_up=FollowUp(None, None)) is SAVED  # none: fine
    assert await store.follow_up(1) is None
    assert await store.follow_up(2) is None


async def test_follow_up_times_come_back_as_the_same_instant(store: AnyStore) -> None:
    beijing = datetime(2026, 10, 19, 9, 30, 0, 250, tzinfo=timezone(timedelta(hours=8)))
    await store.save(1, SECRET, expected_version=0, follow_up=FollowUp(beijing, "李-rules 🇨🇳"))
    stored = await store.follow_up(1)
    assert stored == FollowUp(beijing, "李-rules 🇨🇳")  # the same instant (datetimes compare as instants)
    assert stored is not None and stored.due_at is not None and stored.due_at.utcoffset() == timedelta(0)


async def test_follow_up_is_written_only_with_a_saved_session(store: AnyStore) -> None:
    kept = FollowUp(T0 + DAY, "rules-1")
    await store.save(1, SECRET, expected_version=0, update_id=1, follow_up=kept)
    assert await store.save(1, SECRET, expected_version=1, update_id=1, follow_up=FollowUp(None, None)) is DUPLICATE
    assert await store.save(1, SECRET, expected_version=7, follow_up=FollowUp(T0, "rules-2")) is STALE
    assert await store.follow_up(1) == kept
    assert await store.save(2, SECRET, expected_version=1, follow_up=FollowUp(T0, "rules-2")) is STALE
    assert await store.follow_up(2) is None


async def test_naive_follow_up_times_are_refused(store: AnyStore) -> None:
    with pytest.raises(ValueError):
        await store.save(1, SECRET, expected_version=0, follow_up=FollowUp(datetime(2026, 1, 1), "rules-1"))
    assert await store.load(1) is None  # refused before anything was written
    with pytest.raises(ValueError):
        await store.claim_follow_ups(datetime(2026, 1, 1), 10)
    with pytest.raises(ValueError):
        await store.rules_changed("rules-2", datetime(2026, 1, 1))
    with pytest.raises(ValueError):
        await store.claim_follow_ups(T0, 0)


def test_the_backoff_doubles_from_a_minute_up_to_six_hours() -> None:
    assert [follow_up_backoff(n) for n in range(4)] == [timedelta(minutes=m) for m in (1, 2, 4, 8)]
    assert follow_up_backoff(8) == timedelta(minutes=256)
    assert follow_up_backoff(9) == follow_up_backoff(10**6) == timedelta(hours=6)
    with pytest.raises(ValueError):
        follow_up_backoff(-1)


async def _save_follow_ups(store: AnyStore, follow_ups: dict[int, FollowUp]) -> None:
    for user_id, follow_up in follow_ups.items():
        assert await store.save(user_id, SECRET, expected_version=0, follow_up=follow_up) is SAVED


async def test_claim_gives_the_due_unclaimed_people_earliest_first(store: AnyStore) -> None:
    await _save_follow_ups(store, {
        1: FollowUp(T0 - timedelta(hours=1), "rules-1"),
        2: FollowUp(T0 - timedelta(hours=2), None),
        3: FollowUp(T0 + timedelta(microseconds=1), "rules-1"),  # not due yet
        4: FollowUp(None, "rules-1"),  # subscribed, nothing scheduled
        5: FollowUp(T0, None),  # due exactly now: due
        6: FollowUp(T0 - timedelta(hours=1), None),  # as early as 1: the lower user id first
    })
    await store.save(7, SECRET, expected_version=0)  # no follow-up at all
    assert await store.claim_follow_ups(T0, 2) == [ClaimedFollowUp(2, 1), ClaimedFollowUp(1, 1)]
    assert await store.claim_follow_ups(T0, 10) == [ClaimedFollowUp(6, 1), ClaimedFollowUp(5, 1)]
    assert await store.claim_follow_ups(T0, 10) == []  # every due person is claimed
    # a claim changes neither the due time nor the rules key
    assert await store.follow_up(1) == FollowUp(T0 - timedelta(hours=1), "rules-1")


async def test_a_claim_holds_for_the_backoff_then_expires(store: AnyStore) -> None:
    await _save_follow_ups(store, {1: FollowUp(T0, "rules-1")})
    now = T0
    for attempt in range(1, 12):
        assert await store.claim_follow_ups(now, 10) == [ClaimedFollowUp(1, attempt)]
        held = follow_up_backoff(attempt - 1)
        assert await store.claim_follow_ups(now + held - timedelta(microseconds=1), 10) == []
        now += held  # the claim ends: the person is claimed again, one attempt more
    assert held == timedelta(hours=6)


async def test_a_save_with_a_follow_up_resets_the_attempts_and_releases_the_claim(store: AnyStore) -> None:
    await _save_follow_ups(store, {1: FollowUp(T0, "rules-1")})
    assert await store.claim_follow_ups(T0, 10) == [ClaimedFollowUp(1, 1)]
    assert await store.claim_follow_ups(T0 + timedelta(minutes=1), 10) == [ClaimedFollowUp(1, 2)]
    # a save without a follow-up leaves the claim (and the count) as they are
    assert await store.save(1, SECRET, expected_version=1) is SAVED
    assert await store.claim_follow_ups(T0 + timedelta(minutes=2), 10) == []
    # a save with one (here the same, as after a failed delivery the bot may write) releases it at once
    assert await store.save(1, SECRET, expected_version=2, follow_up=FollowUp(T0, "rules-1")) is SAVED
    assert await store.claim_follow_ups(T0 + timedelta(minutes=2), 10) == [ClaimedFollowUp(1, 1)]
    # the bot delivered the reminder: the next one is in a year, and nothing is due now
    assert await store.save(1, SECRET, expected_version=3, follow_up=FollowUp(T0 + 365 * DAY, "rules-1")) is SAVED
    assert await store.claim_follow_ups(T0 + 364 * DAY, 10) == []
    assert await store.claim_follow_ups(T0 + 365 * DAY, 10) == [ClaimedFollowUp(1, 1)]


async def test_rules_changed_makes_exactly_the_people_under_other_rules_due(store: AnyStore) -> None:
    await _save_follow_ups(store, {
        1: FollowUp(None, "rules-1"),  # subscribed under the old rules: due now
        2: FollowUp(T0 + 10 * DAY, "rules-1"),  # a reminder later, old rules: due now
        3: FollowUp(None, "rules-2"),  # already under the new rules
        4: FollowUp(T0 + 5 * DAY, None),  # a reminder, not subscribed
        5: FollowUp(T0 - DAY, "rules-1"),  # due already: stays as early
        6: FollowUp(T0 + DAY, "rules-0"),  # another old key: due now
    })
    assert await store.rules_changed("rules-2", T0) == 3
    assert {user: await store.follow_up(user) for user in range(1, 7)} == {
        1: FollowUp(T0, "rules-1"),
        2: FollowUp(T0, "rules-1"),
        3: FollowUp(None, "rules-2"),
        4: FollowUp(T0 + 5 * DAY, None),
        5: FollowUp(T0 - DAY, "rules-1"),
        6: FollowUp(T0, "rules-0"),
    }
    assert await store.rules_changed("rules-2", T0) == 0  # idempotent
    assert await store.rules_changed("rules-2", T0 + DAY) == 0
    assert [c.user_id for c in await store.claim_follow_ups(T0, 10)] == [5, 1, 2, 6]
    # the re-check saved with the new key: that person is no longer touched by the change
    assert await store.save(1, SECRET, expected_version=1, follow_up=FollowUp(None, "rules-2")) is SAVED
    # a newer change: those due earlier already (2, 5, 6) stay as they are
    assert await store.rules_changed("rules-3", T0 + DAY) == 2
    assert await store.follow_up(3) == FollowUp(T0 + DAY, "rules-2")
    assert await store.follow_up(1) == FollowUp(T0 + DAY, "rules-2")


async def test_rules_changed_does_not_release_a_claim(store: AnyStore) -> None:
    await _save_follow_ups(store, {1: FollowUp(T0, "rules-1")})
    assert await store.claim_follow_ups(T0, 10) == [ClaimedFollowUp(1, 1)]
    assert await store.rules_changed("rules-2", T0) == 0  # due already
    assert await store.claim_follow_ups(T0, 10) == []


async def test_delete_user_removes_the_follow_up(store: AnyStore) -> None:
    await _save_follow_ups(store, {1: FollowUp(T0, "rules-1"), 2: FollowUp(T0, "rules-1")})
    assert await store.delete_user(1) is True
    assert await store.follow_up(1) is None
    assert await store.claim_follow_ups(T0, 10) == [ClaimedFollowUp(2, 1)]
    assert await store.rules_changed("rules-2", T0 - DAY) == 1
    assert await store.delete_user(1) is False


async def test_purge_idle_keeps_the_people_with_a_follow_up(store: AnyStore, clock: FakeClock) -> None:
    await _save_follow_ups(store, {1: FollowUp(T0 + 3 * 365 * DAY, None), 2: FollowUp(None, "rules-1")})
    await store.save(3, SECRET, expected_version=0)
    clock.advance(days=400)
    assert await store.purge_idle(clock.now) == 1
    assert [user for user in (1, 2, 3) if await store.load(user) is not None] == [1, 2]
    assert await store.follow_up(1) == FollowUp(T0 + 3 * 365 * DAY, None)
    # the reminder cancelled: the session idles like any other
    assert await store.save(1, SECRET, expected_version=1, follow_up=FollowUp(None, None)) is SAVED
    assert await store.purge_idle(clock.now) == 0
    clock.advance(days=1)
    assert await store.purge_idle(clock.now) == 1
    assert await store.load(1) is None and await store.load(2) is not None


async def test_two_stores_claiming_at_once_never_get_the_same_person(database: Database,
                                                                     clock: FakeClock) -> None:
    """Two stores on one database (two connections, as two workers would have), claiming in a race,
    round after round: every due person goes to exactly one of them."""
    people = 40
    async with database.store() as first, database.store() as second:
        await _save_follow_ups(first, {user: FollowUp(T0 + timedelta(seconds=user % 7), "rules-1")
                                       for user in range(1, people + 1)})
        now = T0 + DAY
        for round_ in range(1, 6):
            claimed: list[ClaimedFollowUp] = []
            while batch := await asyncio.gather(*(store.claim_follow_ups(now, 3)
                                                  for store in (first, second, first, second))):
                flat = [claim for claims in batch for claim in claims]
                if not flat:
                    break
                claimed += flat
            assert sorted(c.user_id for c in claimed) == list(range(1, people + 1))  # each once
            assert {c.attempts for c in claimed} == {round_}
            now += timedelta(hours=6)  # every claim has expired
        assert await database.no_transaction_left_open()


async def test_rules_changed_from_two_stores_at_once_moves_each_person_once(database: Database) -> None:
    async with database.store() as first, database.store() as second:
        await _save_follow_ups(first, {user: FollowUp(None, "rules-1") for user in range(1, 31)})
        for round_ in range(1, 6):
            key = f"rules-{round_ + 1}"
            moved = await asyncio.gather(first.rules_changed(key, T0 + round_ * DAY),
                                         second.rules_changed(key, T0 + round_ * DAY))
            assert sum(moved) == (30 if round_ == 1 else 0)  # later rounds: everyone is due already
        assert {await first.follow_up(user) for user in range(1, 31)} == {FollowUp(T0 + DAY, "rules-1")}



# -- files, pragmas, migrations ----------------------------------------------------------------


async def test_creates_parent_folder_private_file_and_wal(db_file: Path) -> None:
    async with SqliteSessionStore(db_file) as store:
        await store.save(1, SECRET, expected_version=0)
        with contextlib.closing(sqlite3.connect(db_file)) as other:
            assert other.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert wal_exists(db_file)
    if sys.platform != "win32":
        assert file_modes(db_file) == (0o700, 0o600)


async def test_data_survives_reopen(database: Database) -> None:
    async with database.store() as store:
        await store.save(1, SECRET, expected_version=0, update_id=1, open_question=QUESTION)
        saved = await store.load(1)
    async with database.store() as store:
        assert await store.load(1) == saved
        assert await store.mark_processed(update_id=1) is False


async def test_migrations_applied_once(db_file: Path, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level("INFO", logger="bot.storage")
    async with SqliteSessionStore(db_file, clock=FakeClock()):
        pass
    assert ledger(db_file) == packaged_ledger()
    assert user_version(db_file) == len(packaged_ledger())
    assert [r.getMessage() for r in caplog.records] == [
        f"applied storage migration {version:04d}" for version, _ in packaged_ledger()]
    caplog.clear()
    async with SqliteSessionStore(db_file, clock=FakeClock(T0 + timedelta(days=1))):
        pass
    assert caplog.records == []
    with contextlib.closing(sqlite3.connect(db_file)) as conn:
        assert conn.execute("SELECT applied_at FROM schema_migrations").fetchall() == [
            ("2025-03-01T12:00:00.123456Z",)
        ] * len(packaged_ledger())


async def test_the_schema_has_no_view_trigger_or_counter(db_file: Path) -> None:
    async with SqliteSessionStore(db_file):
        pass
    with contextlib.closing(sqlite3.connect(db_file)) as conn:
        kinds = {str(row[0]) for row in conn.execute("SELECT type FROM sqlite_master")}
    assert kinds <= {"table", "index"}
    assert "session_count" not in schema_names(db_file)


async def test_extra_migration_is_applied_on_top(db_file: Path, tmp_path: Path) -> None:
    packaged = len(packaged_ledger())  # save() needs every packaged migration
    base = load_migrations(copy_migrations(tmp_path / "base", upto=packaged))
    async with SqliteSessionStore(db_file, migrations=base) as store:
        await store.save(1, SECRET, expected_version=0)
        saved = await store.load(1)
    folder = copy_migrations(tmp_path / "migrations", upto=packaged)
    extra = packaged + 1
    (folder / f"{extra:04d}_group_settings.sql").write_text(
        "-- not idempotent on purpose: applying it twice would fail or duplicate the row\n"
        "CREATE TABLE group_settings (chat_id INTEGER PRIMARY KEY, language TEXT NOT NULL);\n"
        "INSERT INTO group_settings (chat_id, language) VALUES (-100, 'ru');\n",
        encoding="utf-8",
    )
    migrations = load_migrations(folder)
    assert [m.version for m in migrations] == list(range(1, extra + 1))
    for _ in range(2):
        async with SqliteSessionStore(db_file, migrations=migrations) as store:
            assert await store.load(1) == saved
    assert ledger(db_file) == [*packaged_ledger(), (extra, f"{extra:04d}_group_settings")]
    assert user_version(db_file) == extra
    with contextlib.closing(sqlite3.connect(db_file)) as conn:
        assert conn.execute("SELECT chat_id, language FROM group_settings").fetchall() == [(-100, "ru")]
    # the code without the extra migration can still open the newer file
    async with SqliteSessionStore(db_file, migrations=base) as store:
        assert await store.load(1) == saved


def _write_as_the_previous_code(db: Path, schema: int, stamp: str) -> None:
    """Rows as the code of that schema wrote them: through the save view at schema 3, plainly before."""
    with contextlib.closing(sqlite3.connect(db, isolation_level=None)) as conn:
        for user, version in ((1, 3), (2, 1)):
            if schema >= 3:
                for step in range(version):
                    conn.execute(
                        "INSERT INTO session_writes (user_id, data, expected_version, written_at, update_id,"
                        " callback_query_id, stats) VALUES (?, ?, ?, ?, ?, NULL, ?)",
                        (user, SECRET, step, stamp, "77" if (user, step) == (1, 0) else None,
                         '[["started", "source", "private"]]' if step == 0 else None),
                    )
            else:
                conn.execute(
                    "INSERT INTO sessions (user_id, data, version, created_at, updated_at) VALUES (?, ?, ?, ?, ?)",
                    (user, SECRET, version, stamp, stamp),
                )
        if schema < 3:
            conn.execute("INSERT INTO processed_updates (kind, id, seen_at) VALUES ('update', '77', ?)", (stamp,))
        if schema == 2:
            conn.execute("INSERT INTO stats (metric, dimension, value, count)"
                         " VALUES ('started', 'source', 'private', 2)")


@pytest.mark.parametrize("schema", [1, 2, 3])
async def test_upgrade_keeps_the_data_and_the_checks(db_file: Path, tmp_path: Path, schema: int) -> None:
    """A database written by the code of an older schema, with rows, then opened by this code."""
    old = load_migrations(copy_migrations(tmp_path / "old", upto=schema))
    async with SqliteSessionStore(db_file, migrations=old):
        pass
    stamp = "2025-03-01T12:00:00.123456Z"
    _write_as_the_previous_code(db_file, schema, stamp)
    assert ledger(db_file) == packaged_ledger()[:schema]

    async with SqliteSessionStore(db_file, clock=FakeClock(T0 + timedelta(days=1))) as store:
        assert ledger(db_file) == packaged_ledger()
        assert user_version(db_file) == len(packaged_ledger())
        assert not {"session_writes", "session_writes_insert", "session_count"} & schema_names(db_file)
        assert await store.load(1) == StoredSession(1, SECRET, 3, T0, T0, open_question=None)
        assert await store.load(2) == StoredSession(2, SECRET, 1, T0, T0, open_question=None)
        # an id recorded before the upgrade still counts, and the version check still holds
        assert await store.save(1, "{}", expected_version=3, update_id=77, stats=[STARTED]) is DUPLICATE
        assert await store.save(2, "{}", expected_version=0, stats=[STARTED]) is STALE
        assert await store.save(1, "{}", expected_version=3, update_id=78, stats=[STARTED],
                                open_question=QUESTION) is SAVED
        assert await store.load(1) == StoredSession(1, "{}", 4, T0, T0 + timedelta(days=1), open_question=QUESTION)
        assert await store.save(3, "{}", expected_version=0) is SAVED
        assert session_rows(db_file) == 3
        if schema >= 2:
            assert [(c.value, c.count) for c in await store.stats()] == [("private", 3)]
        assert await store.mark_processed(update_id=77) is False


async def test_upgrade_from_the_schema_before_follow_ups(db_file: Path, tmp_path: Path) -> None:
    """A database of the previous schema (0007), with sessions, gets the follow-ups table in place."""
    previous = len(packaged_ledger()) - 1
    assert packaged_ledger()[previous] == (previous + 1, f"{previous + 1:04d}_follow_ups")
    old = load_migrations(copy_migrations(tmp_path / "old", upto=previous))
    async with SqliteSessionStore(db_file, migrations=old):
        pass
    stamp = "2025-03-01T12:00:00.123456Z"
    with contextlib.closing(sqlite3.connect(db_file, isolation_level=None)) as conn:  # as that code wrote them
        for user in (1, 2):
            conn.execute("INSERT INTO sessions (user_id, data, version, created_at, updated_at, question_message_id,"
                         " question_id) VALUES (?, ?, 2, ?, ?, 501, 'salary')", (user, SECRET, stamp, stamp))
        conn.execute("INSERT INTO processed_updates (kind, id, seen_at) VALUES ('update', '77', ?)", (stamp,))
    assert "follow_ups" not in schema_names(db_file)

    clock = FakeClock(T0 + 400 * DAY)
    async with SqliteSessionStore(db_file, clock=clock) as store:
        assert ledger(db_file) == packaged_ledger()
        assert user_version(db_file) == len(packaged_ledger())
        assert await store.load(1) == StoredSession(1, SECRET, 2, T0, T0, open_question=QUESTION)
        assert await store.follow_up(1) is None
        assert await store.save(1, "{}", expected_version=2, update_id=77, follow_up=FollowUp(T0, "r")) is DUPLICATE
        assert await store.save(1, "{}", expected_version=2, update_id=78, follow_up=FollowUp(T0, "r")) is SAVED
        assert await store.claim_follow_ups(clock.now, 10) == [ClaimedFollowUp(1, 1)]
        assert await store.rules_changed("s", clock.now) == 0  # due already
        assert await store.purge_idle(clock.now) == 1  # 2 idles; 1 has a follow-up
        assert await store.delete_user(1) is True
        assert await store.follow_up(1) is None
    assert every_row(db_file)["follow_ups"] == []


async def test_failed_migration_is_rolled_back(db_file: Path, tmp_path: Path) -> None:
    async with SqliteSessionStore(db_file, migrations=load_migrations(copy_migrations(tmp_path / "base"))):
        pass
    folder = copy_migrations(tmp_path / "migrations")
    (folder / "0002_broken.sql").write_text(
        "CREATE TABLE half_done (x INTEGER);\nINSERT INTO no_such_table VALUES (1);\n", encoding="utf-8"
    )
    store = SqliteSessionStore(db_file, migrations=load_migrations(folder))
    with pytest.raises(MigrationError):
        await store.open()
    with pytest.raises(StorageError):
        await store.load(1)  # the store did not open
    assert ledger(db_file) == [(1, "0001_initial")]
    assert user_version(db_file) == 1
    assert "half_done" not in schema_names(db_file)
    assert write_lock_is_free(db_file)


async def test_fresh_memory_database_gets_every_migration(tmp_path: Path) -> None:
    folder = copy_migrations(tmp_path / "migrations")
    (folder / "0002_extra.sql").write_text("CREATE TABLE extra (x INTEGER);", encoding="utf-8")
    async with aiosqlite.connect(":memory:", isolation_level=None) as conn:
        applied = await apply_migrations(
            conn, load_migrations(folder), applied_at="2025-01-01T00:00:00.000000Z"
        )
        assert applied == [1, 2]
        assert await apply_migrations(conn, load_migrations(folder), applied_at="x") == []
        rows = await conn.execute_fetchall("PRAGMA user_version")
        assert [tuple(r) for r in rows] == [(2,)]


async def test_renamed_migration_is_refused(db_file: Path, tmp_path: Path) -> None:
    async with SqliteSessionStore(db_file):
        pass
    folder = tmp_path / "migrations"
    folder.mkdir()
    shutil.copy(packaged_migrations_dir() / "0001_initial.sql", folder / "0001_renamed.sql")
    with pytest.raises(MigrationError):
        await SqliteSessionStore(db_file, migrations=load_migrations(folder)).open()


async def test_out_of_order_migration_is_refused(db_file: Path, tmp_path: Path) -> None:
    folder = copy_migrations(tmp_path / "migrations")
    (folder / "0003_c.sql").write_text("CREATE TABLE c (x INTEGER);", encoding="utf-8")
    async with SqliteSessionStore(db_file, migrations=load_migrations(folder)):
        pass
    (folder / "0002_b.sql").write_text("CREATE TABLE b (x INTEGER);", encoding="utf-8")
    with pytest.raises(MigrationError):
        await SqliteSessionStore(db_file, migrations=load_migrations(folder)).open()


@pytest.mark.parametrize(
    ("name", "sql"),
    [
        ("2_short.sql", "SELECT 1;"),
        ("0000_zero.sql", "SELECT 1;"),
        ("0002_Upper.sql", "SELECT 1;"),
        ("0002_tx.sql", "BEGIN;\nCREATE TABLE t (x);\nCOMMIT;"),
        ("0002_end.sql", "CREATE TABLE t (x);\n-- done\nEND;"),
        ("0002_vacuum.sql", "/* tidy */ VACUUM;"),
    ],
)
def test_malformed_migration_files_are_refused(tmp_path: Path, name: str, sql: str) -> None:
    folder = copy_migrations(tmp_path / "migrations")
    (folder / name).write_text(sql, encoding="utf-8")
    with pytest.raises(MigrationError):
        load_migrations(folder)


def test_duplicate_migration_numbers_are_refused(tmp_path: Path) -> None:
    folder = copy_migrations(tmp_path / "migrations")
    (folder / "0002_a.sql").write_text("SELECT 1;", encoding="utf-8")
    (folder / "0002_b.sql").write_text("SELECT 2;", encoding="utf-8")
    with pytest.raises(MigrationError):
        load_migrations(folder)


def test_non_sql_files_are_ignored(tmp_path: Path) -> None:
    folder = copy_migrations(tmp_path / "migrations")
    (folder / "README.md").write_text("notes", encoding="utf-8")
    assert [m.name for m in load_migrations(folder)] == ["0001_initial"]


def test_split_statements() -> None:
    script = """
        -- a comment; with a semicolon
        CREATE TABLE t (x TEXT DEFAULT ';');
        /* block; comment */
        CREATE TRIGGER tr AFTER INSERT ON t BEGIN
            UPDATE t SET x = 'a;b';
            DELETE FROM t WHERE 0;
        END;
        INSERT INTO t VALUES ('last')
        -- trailing comment
    """
    statements = split_statements(script)
    assert len(statements) == 3
    assert statements[1].rstrip().endswith("END;")
    assert "'last'" in statements[2]
    with contextlib.closing(sqlite3.connect(":memory:")) as conn:
        for statement in statements:
            conn.execute(statement)


def test_packaged_migrations_load() -> None:
    migrations = load_migrations()
    assert migrations[0].name == "0001_initial"
    assert [m.version for m in migrations] == sorted({m.version for m in migrations})


async def test_every_user_keyed_table_is_forgotten(db_file: Path) -> None:
    """Guards future migrations: a table with a user_id column must be listed in USER_KEYED_TABLES."""
    async with SqliteSessionStore(db_file):
        pass
    with contextlib.closing(sqlite3.connect(db_file)) as conn:
        tables = [row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        with_user_id = {
            table
            for table in tables
            if any(column[1] == "user_id" for column in conn.execute(f"PRAGMA table_info({table})"))
        }
    assert with_user_id == set(USER_KEYED_TABLES)



# -- concurrency -------------------------------------------------------------------------------


async def test_two_stores_racing_on_one_version(database: Database) -> None:
    """Two stores on one database are two connections (pools), as two processes would have."""
    async with database.store() as first, database.store() as second:
        # creation race: both believe the session does not exist yet
        for user in range(10):
            results = await asyncio.gather(
                first.save(user, '{"by": "first"}', expected_version=0),
                second.save(user, '{"by": "second"}', expected_version=0),
            )
            assert sorted(results) == [SAVED, STALE]
        # update race on an existing version
        for round_ in range(10):
            current = await first.load(0)
            assert current is not None
            first_data, second_data = f'{{"round": {round_}, "by": 1}}', f'{{"round": {round_}, "by": 2}}'
            results = await asyncio.gather(
                first.save(0, first_data, expected_version=current.version),
                second.save(0, second_data, expected_version=current.version),
            )
            assert sorted(results) == [SAVED, STALE]
            loaded = await second.load(0)
            assert loaded is not None
            assert loaded.version == current.version + 1
            assert loaded.data == (first_data if results[0] is SAVED else second_data)


async def test_two_stores_racing_on_one_update_id(database: Database) -> None:
    async with database.store() as first, database.store() as second:
        results = await asyncio.gather(
            first.save(1, "{}", expected_version=0, update_id=42),
            second.save(2, "{}", expected_version=0, update_id=42),
        )
        assert sorted(results) == [DUPLICATE, SAVED]
        assert await database.session_rows() == 1


async def test_concurrent_saves_on_one_store(store: AnyStore) -> None:
    await store.save(1, "{}", expected_version=0)
    results = await asyncio.gather(*(store.save(1, f'{{"n": {n}}}', expected_version=1) for n in range(10)))
    assert collections.Counter(results) == {SAVED: 1, STALE: 9}
    loaded = await store.load(1)
    assert loaded is not None
    assert loaded.version == 2


async def test_two_stores_opening_a_fresh_database_together(database: Database) -> None:
    first, second = database.store(), database.store()
    await asyncio.gather(first.open(), second.open())
    try:
        await first.save(1, "{}", expected_version=0)
        assert await second.load(1) is not None
    finally:
        await first.close()
        await second.close()
    packaged = load_postgres_migrations() if database.kind == "postgres" else load_migrations()
    ledger_rows = (await database.every_row())["schema_migrations"]
    assert [(row[0], row[1]) for row in ledger_rows] == [(m.version, m.name) for m in packaged]


async def _increment(store: AnyStore, user: int, update_id: int, label: str) -> int:
    """Add 1 to the counter in the user's session as the service does: load, save, reload on stale.

    Returns how many stale refusals it met.
    """
    stale = 0
    while True:
        current = await store.load(user)
        value = 0 if current is None else int(current.data)
        outcome = await store.save(
            user,
            str(value + 1),
            expected_version=0 if current is None else current.version,
            update_id=update_id,
            stats=[StatIncrement("started", "source", label)],
        )
        if outcome is SaveOutcome.SAVED:
            return stale
        assert outcome is SaveOutcome.STALE, outcome
        stale += 1


async def test_two_stores_racing_lose_no_update(database: Database) -> None:
    rounds = 40
    async with database.store() as first, database.store() as second:

        async def worker(store: AnyStore, offset: int, label: str) -> int:
            return sum([await _increment(store, 1, offset + n, label) for n in range(rounds)])

        # how often they collide depends on scheduling (test_two_stores_racing_on_one_version forces it)
        await asyncio.gather(worker(first, 0, "first"), worker(second, 1_000, "second"))
        final = await first.load(1)
        assert final is not None
        # every version was won by exactly one save: no update lost, none applied twice
        assert (final.data, final.version) == (str(2 * rounds), 2 * rounds)
        assert {c.value: c.count for c in await second.stats()} == {"first": rounds, "second": rounds}
        assert len(await database.recorded_ids()) == 2 * rounds


_WORKER_SCRIPT = """
import asyncio, os, sys
from pathlib import Path
from tests.unit.test_session_store import _increment
from bot.storage import SqliteSessionStore
from bot.storage.postgres import PostgresSessionStore

async def main(kind: str, location: str, worker: int, rounds: int) -> None:
    store = PostgresSessionStore(location) if kind == "postgres" else SqliteSessionStore(Path(location))
    async with store:
        for n in range(rounds):
            await _increment(store, 1, worker * 1_000 + n, f"process-{worker}")

asyncio.run(main(sys.argv[1], os.environ["STORE_LOCATION"], int(sys.argv[2]), int(sys.argv[3])))
"""


async def test_two_processes_writing_one_database_lose_no_update(database: Database) -> None:
    rounds = 30
    async with database.store():  # create and migrate the database first
        pass
    # In the environment, not the arguments: a PostgreSQL URL holds a password.
    location = database.url if isinstance(database, PostgresDatabase) else str(database.path)
    root = str(REPO_ROOT)
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [root, os.environ.get("PYTHONPATH")])),
           "STORE_LOCATION": location}
    processes = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", _WORKER_SCRIPT, database.kind, str(worker), str(rounds), env=env, cwd=root
        )
        for worker in (1, 2)
    ]
    assert [await process.wait() for process in processes] == [0, 0]
    async with database.store() as store:
        final = await store.load(1)
        assert final is not None
        assert (final.data, final.version) == (str(2 * rounds), 2 * rounds)
        assert {c.value: c.count for c in await store.stats()} == {"process-1": rounds, "process-2": rounds}
    assert await database.session_rows() == 1
    assert await database.recorded_ids() == {("update", str(w * 1_000 + n)) for w in (1, 2) for n in range(rounds)}


_CLAIMING_SCRIPT = """
import asyncio, os, sys, time
from datetime import datetime
from pathlib import Path
from bot.storage import SqliteSessionStore
from bot.storage.postgres import PostgresSessionStore

async def main(kind: str, location: str, worker: int, now: datetime) -> None:
    store = PostgresSessionStore(location) if kind == "postgres" else SqliteSessionStore(Path(location))
    async with store:
        ready = Path(os.environ["READY_FOLDER"])
        (ready / str(worker)).touch()
        while len(list(ready.iterdir())) < 2:  # both open: then they claim at the same time
            time.sleep(0.005)
        while claimed := await store.claim_follow_ups(now, 2):
            print(*(claim.user_id for claim in claimed), flush=True)

asyncio.run(main(sys.argv[1], os.environ["STORE_LOCATION"], int(sys.argv[2]), datetime.fromisoformat(sys.argv[3])))
"""


async def test_two_processes_claiming_one_database_never_get_the_same_person(database: Database,
                                                                             tmp_path: Path) -> None:
    people = 120
    async with database.store() as store:
        await _save_follow_ups(store, {user: FollowUp(T0 + timedelta(seconds=user % 5), None)
                                       for user in range(1, people + 1)})
    location = database.url if isinstance(database, PostgresDatabase) else str(database.path)
    ready = tmp_path / "ready"
    ready.mkdir()
    root = str(REPO_ROOT)
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [root, os.environ.get("PYTHONPATH")])),
           "STORE_LOCATION": location, "READY_FOLDER": str(ready)}
    processes = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", _CLAIMING_SCRIPT, database.kind, str(worker), (T0 + DAY).isoformat(),
            env=env, cwd=root, stdout=asyncio.subprocess.PIPE)
        for worker in (1, 2)
    ]
    outputs = [(await process.communicate())[0].decode() for process in processes]
    assert [process.returncode for process in processes] == [0, 0]
    claimed = [int(user) for output in outputs for user in output.split()]
    assert sorted(claimed) == list(range(1, people + 1))  # every person once, by one process or the other


def test_the_store_benchmark_runs(tmp_path: Path) -> None:
    """bench/bench_store.py works, with tiny numbers (no timing is asserted)."""
    done = subprocess.run(
        [sys.executable, str(REPO_ROOT / "bench" / "bench_store.py"), "--saves", "20", "--runs", "1",
         "--sessions", "5"],
        cwd=tmp_path, capture_output=True, text=True, timeout=120, check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "CPU per save" in done.stdout


# -- model-based test --------------------------------------------------------------------------

USERS = st.integers(min_value=1, max_value=4)
UPDATE_IDS = st.none() | st.integers(min_value=1, max_value=8)
CALLBACK_IDS = st.none() | st.sampled_from(["a", "b", "c"])
QUESTIONS = st.none() | st.builds(OpenQuestion, st.integers(1, 3), st.sampled_from(["age", "salary"]))
INCREMENTS = st.lists(
    st.sampled_from([STARTED, COMPLETED, StatIncrement("started", "language", "ru")]), max_size=3
)
SOME_FOLLOW_UP = st.builds(
    FollowUp,
    st.none() | st.integers(min_value=-60, max_value=120).map(lambda minutes: T0 + timedelta(minutes=minutes)),
    st.none() | st.sampled_from(["rules-1", "rules-2"]),
)
FOLLOW_UPS = st.none() | SOME_FOLLOW_UP


@dataclass
class ModelFollowUp:
    due_at: datetime | None
    rules_key: str | None
    attempts: int = 0
    claimed_until: datetime | None = None


class SessionStoreModel(RuleBasedStateMachine):
    """Random saves, loads, questions, deletes and purges must agree with a dict-based model of the store.

    On a SQLite file of its own, or, in a subclass setting ``postgres_url``, on that PostgreSQL database,
    emptied at the start of each example."""

    postgres_url: ClassVar[str | None] = None

    def __init__(self) -> None:
        super().__init__()
        self.loop = asyncio.new_event_loop()
        self.clock = FakeClock()
        self.folder = tempfile.TemporaryDirectory()
        self.database: Database
        if self.postgres_url is not None:
            self.database = PostgresDatabase(self.postgres_url, self.clock)
            self.store: AnyStore = self.database.store(purge_batch_size=2)
            self.run(self.store.open())
            self.run(self.database.empty())
        else:
            self.database = SqliteDatabase(Path(self.folder.name) / "model.sqlite3", self.clock)
            self.store = self.database.store(purge_batch_size=2, synchronous="NORMAL")
            self.run(self.store.open())
        self.sessions: dict[int, StoredSession] = {}
        self.follow_ups: dict[int, ModelFollowUp] = {}
        self.processed: dict[tuple[str, str], datetime] = {}
        self.counts: collections.Counter[tuple[str, str, str]] = collections.Counter()

    def run(self, awaitable: Coroutine[Any, Any, T]) -> T:
        return self.loop.run_until_complete(awaitable)

    def teardown(self) -> None:
        self.run(self.store.close())
        self.run(self.database.close())
        self.loop.close()
        self.folder.cleanup()

    @staticmethod
    def keys(update_id: int | None, callback_query_id: str | None) -> list[tuple[str, str]]:
        keys = []
        if update_id is not None:
            keys.append(("update", str(update_id)))
        if callback_query_id is not None:
            keys.append(("callback_query", callback_query_id))
        return keys

    @rule(
        user=USERS,
        data=st.text(max_size=30),
        offset=st.sampled_from([0, 0, 0, 0, 1, -1, 3]),
        update_id=UPDATE_IDS,
        callback_query_id=CALLBACK_IDS,
        stats=INCREMENTS,
        question=QUESTIONS,
        follow_up=FOLLOW_UPS,
    )
    def save(
        self,
        user: int,
        data: str,
        offset: int,
        update_id: int | None,
        callback_query_id: str | None,
        stats: list[StatIncrement],
        question: OpenQuestion | None,
        follow_up: FollowUp | None,
    ) -> None:
        existing = self.sessions.get(user)
        current = existing.version if existing else 0
        expected = max(0, current + offset)
        keys = self.keys(update_id, callback_query_id)
        outcome = self.run(
            self.store.save(
                user,
                data,
                expected_version=expected,
                update_id=update_id,
                callback_query_id=callback_query_id,
                stats=stats,
                open_question=question,
                follow_up=follow_up,
            )
        )
        if any(key in self.processed for key in keys):
            assert outcome is DUPLICATE
        elif expected != current:
            assert outcome is STALE
        else:
            assert outcome is SAVED
            now = self.clock.now
            self.sessions[user] = StoredSession(
                user_id=user,
                data=data,
                version=current + 1,
                created_at=existing.created_at if existing else now,
                updated_at=now,
                open_question=question,
            )
            for key in keys:
                self.processed[key] = now
            self.counts.update((item.metric, item.dimension, item.value) for item in stats)
            if follow_up is not None:
                self.follow_ups.pop(user, None)
                if follow_up.due_at is not None or follow_up.rules_key is not None:
                    self.follow_ups[user] = ModelFollowUp(follow_up.due_at, follow_up.rules_key)

    @rule(user=USERS, follow_up=SOME_FOLLOW_UP)
    def schedule(self, user: int, follow_up: FollowUp) -> None:
        """A save that succeeds and sets a follow-up, as the bot's after a verdict or a delivery."""
        self.save(user, "{}", 0, None, None, [], None, follow_up)

    @rule(user=USERS, offset=st.sampled_from([0, 0, 1, -1]), question=QUESTIONS)
    def remember_question(self, user: int, offset: int, question: OpenQuestion | None) -> None:
        existing = self.sessions.get(user)
        version = (existing.version if existing else 0) + offset
        remembered = self.run(self.store.remember_question(user, version=version, question=question))
        assert remembered == (existing is not None and offset == 0)
        if existing is not None and remembered:
            self.sessions[user] = StoredSession(
                user, existing.data, existing.version, existing.created_at, existing.updated_at, question
            )

    @rule(user=USERS)
    def load(self, user: int) -> None:
        assert self.run(self.store.load(user)) == self.sessions.get(user)

    @rule(user=USERS)
    def delete(self, user: int) -> None:
        assert self.run(self.store.delete_user(user)) == (user in self.sessions)
        self.sessions.pop(user, None)
        self.follow_ups.pop(user, None)

    @precondition(lambda self: bool(self.follow_ups))
    @rule(limit=st.integers(min_value=1, max_value=3))
    def claim_follow_ups(self, limit: int) -> None:
        now = self.clock.now
        due = sorted(
            (follow_up.due_at, user) for user, follow_up in self.follow_ups.items()
            if follow_up.due_at is not None and follow_up.due_at <= now
            and (follow_up.claimed_until is None or follow_up.claimed_until <= now)
        )[:limit]
        expected = []
        for _, user in due:
            follow_up = self.follow_ups[user]
            follow_up.claimed_until = now + follow_up_backoff(follow_up.attempts)
            follow_up.attempts += 1
            expected.append(ClaimedFollowUp(user, follow_up.attempts))
        assert self.run(self.store.claim_follow_ups(now, limit)) == expected

    @precondition(lambda self: bool(self.follow_ups))
    @rule(rules_key=st.sampled_from(["rules-1", "rules-2", "rules-3"]))
    def rules_changed(self, rules_key: str) -> None:
        now = self.clock.now
        moved = [follow_up for follow_up in self.follow_ups.values()
                 if follow_up.rules_key is not None and follow_up.rules_key != rules_key
                 and (follow_up.due_at is None or follow_up.due_at > now)]
        assert self.run(self.store.rules_changed(rules_key, now)) == len(moved)
        for follow_up in moved:
            follow_up.due_at = now

    @rule(update_id=UPDATE_IDS, callback_query_id=CALLBACK_IDS)
    def mark(self, update_id: int | None, callback_query_id: str | None) -> None:
        keys = self.keys(update_id, callback_query_id)
        if not keys:
            return
        known = any(key in self.processed for key in keys)
        marked = self.run(self.store.mark_processed(update_id=update_id, callback_query_id=callback_query_id))
        assert marked == (not known)
        if not known:
            for key in keys:
                self.processed[key] = self.clock.now

    @rule(minutes=st.integers(min_value=0, max_value=90))
    def tick(self, minutes: int) -> None:
        self.clock.advance(minutes=minutes)

    @rule(minutes_ago=st.integers(min_value=0, max_value=120))
    def purge_idle(self, minutes_ago: int) -> None:
        cutoff = self.clock.now - timedelta(minutes=minutes_ago)
        idle = [user for user, session in self.sessions.items()
                if session.updated_at < cutoff and user not in self.follow_ups]
        assert self.run(self.store.purge_idle(cutoff)) == len(idle)
        for user in idle:
            del self.sessions[user]

    @rule(minutes_ago=st.integers(min_value=0, max_value=120))
    def purge_processed(self, minutes_ago: int) -> None:
        cutoff = self.clock.now - timedelta(minutes=minutes_ago)
        old = [key for key, seen in self.processed.items() if seen < cutoff]
        assert self.run(self.store.purge_processed(cutoff)) == len(old)
        for key in old:
            del self.processed[key]

    @invariant()
    def database_matches(self) -> None:
        assert self.run(self.database.session_rows()) == len(self.sessions)
        assert self.run(self.database.recorded_ids()) == set(self.processed)
        assert self.run(self.database.no_transaction_left_open())

    @invariant()
    def follow_ups_match(self) -> None:
        for user in range(1, 5):
            follow_up = self.follow_ups.get(user)
            expected = None if follow_up is None else FollowUp(follow_up.due_at, follow_up.rules_key)
            assert self.run(self.store.follow_up(user)) == expected

    @invariant()
    def stats_match(self) -> None:
        stored = {(c.metric, c.dimension, c.value): c.count for c in self.run(self.store.stats())}
        assert stored == dict(self.counts)


MODEL_SETTINGS = settings(
    max_examples=60, stateful_step_count=40, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
SessionStoreModel.TestCase.settings = MODEL_SETTINGS
TestSessionStoreModel = SessionStoreModel.TestCase


def test_the_model_on_postgres(postgres_url: str) -> None:
    url = postgres_url

    class OnPostgres(SessionStoreModel):
        postgres_url = url

    run_state_machine_as_test(OnPostgres, settings=MODEL_SETTINGS)


# -- bookkeeping and rewriting rows, for layers over the store (bot/storage/encrypted.py) -----------


async def test_meta_values_round_trip_and_are_replaced(store: AnyStore) -> None:
    assert await store.get_meta("encryption.key_ids") is None
    await store.put_meta("encryption.key_ids", "a")
    await store.put_meta("encryption.key_ids", "a b")
    assert await store.get_meta("encryption.key_ids") == "a b"
    assert await store.get_meta("other") is None


async def test_sessions_after_pages_through_every_session_in_order(store: AnyStore) -> None:
    for user_id in (30, 10, 20, 40, 50):
        await store.save(user_id, SECRET, expected_version=0, open_question=QUESTION if user_id == 20 else None)
    first = await store.sessions_after(None, 2)
    assert [s.user_id for s in first] == [10, 20] and first[1].open_question == QUESTION
    assert [s.user_id for s in await store.sessions_after(20, 2)] == [30, 40]
    assert [s.user_id for s in await store.sessions_after(40, 2)] == [50]
    assert await store.sessions_after(50, 2) == []
    assert all(s.data == SECRET and s.version == 1 for s in first)
    with pytest.raises(ValueError):
        await store.sessions_after(None, 0)


async def test_replace_data_keeps_version_and_times_and_skips_moved_sessions(store: AnyStore,
                                                                             clock: FakeClock) -> None:
    for user_id in (1, 2):
        await store.save(user_id, SECRET, expected_version=0, open_question=QUESTION)
    await store.save(2, SECRET, expected_version=1)  # moved on to version 2
    before = {s.user_id: s for s in await store.sessions_after(None, 10)}
    clock.advance(hours=1)
    replaced = await store.replace_data([
        StoredSession(1, "new", 1, T0, T0),
        StoredSession(2, "new", 1, T0, T0),  # at a version it is no longer at: left alone
        StoredSession(3, "new", 1, T0, T0),  # no such session
    ])
    assert replaced == 1
    after = {s.user_id: s for s in await store.sessions_after(None, 10)}
    assert after[1].data == "new" and after[2].data == SECRET
    assert after[1].version == 1 and after[1].updated_at == before[1].updated_at
    assert after[1].open_question == QUESTION
    assert await store.save(1, SECRET, expected_version=1) is SAVED  # a save that loaded version 1 still fits
    assert await store.replace_data([]) == 0


async def test_erase_old_copies_empties_the_wal(file_store: SqliteSessionStore, db_file: Path) -> None:
    await file_store.save(1, '{"salary": 612345}', expected_version=0)
    await file_store.replace_data([StoredSession(1, '{"salary": null}', 1, T0, T0)])
    await file_store.erase_old_copies()
    assert wal_size(db_file) == 0
    assert b"612345" not in file_bytes(db_file)


def wal_size(db: Path) -> int:
    return Path(f"{db}-wal").stat().st_size


def file_bytes(path: Path) -> bytes:
    return path.read_bytes()
