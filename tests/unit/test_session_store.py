"""Tests for bot.storage: the SQLite session store and its migration runner."""

from __future__ import annotations

import asyncio
import collections
import contextlib
import os
import shutil
import sqlite3
import stat
import sys
from collections.abc import AsyncIterator, Callable, Coroutine
from datetime import UTC, datetime, timedelta, timezone
from importlib import resources
from pathlib import Path
from typing import Any, TypeVar

import aiosqlite
import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, rule

from bot.storage import (
    USER_KEYED_TABLES,
    DuplicateUpdateError,
    MigrationError,
    SessionStore,
    SqliteSessionStore,
    StaleSessionError,
    StatIncrement,
    StorageError,
    StoredSession,
    load_migrations,
)
from bot.storage.migrations import apply_migrations, split_statements

T0 = datetime(2025, 3, 1, 12, 0, 0, 123456, tzinfo=UTC)
T = TypeVar("T")
SECRET = '{"salary_cny": 41000, "age": 37}'
REPO_ROOT = Path(__file__).resolve().parents[2]


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


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture(params=["file", "memory"])
def make_store(
    request: pytest.FixtureRequest, tmp_path: Path, clock: FakeClock
) -> Callable[..., SqliteSessionStore]:
    path: str | Path = tmp_path / "db" / "sessions.sqlite3" if request.param == "file" else ":memory:"

    def factory(**kwargs: Any) -> SqliteSessionStore:
        return SqliteSessionStore(path, clock=clock, **kwargs)

    return factory


@pytest.fixture
async def store(make_store: Callable[..., SqliteSessionStore]) -> AsyncIterator[SqliteSessionStore]:
    async with make_store() as opened:
        yield opened


@pytest.fixture
def db_file(tmp_path: Path) -> Path:
    return tmp_path / "data" / "bot.sqlite3"


# -- sessions ----------------------------------------------------------------------------------


async def test_satisfies_the_protocol(store: SqliteSessionStore) -> None:
    as_protocol: SessionStore = store
    assert await as_protocol.count_sessions() == 0


async def test_round_trip(store: SqliteSessionStore, clock: FakeClock) -> None:
    assert await store.load(7) is None
    saved = await store.save(7, SECRET, expected_version=0)
    assert saved == StoredSession(user_id=7, data=SECRET, version=1, created_at=T0, updated_at=T0)
    assert await store.load(7) == saved
    assert await store.count_sessions() == 1


async def test_unicode_and_large_ids_round_trip(store: SqliteSessionStore) -> None:
    data = '{"name": "李雷", "note": "émigré 🇨🇳", "nul": "a\\u0000b"}'
    user_id = 2**53 + 1
    await store.save(user_id, data, expected_version=0)
    loaded = await store.load(user_id)
    assert loaded is not None
    assert loaded.data == data


async def test_version_increments_and_timestamps_move(store: SqliteSessionStore, clock: FakeClock) -> None:
    first = await store.save(1, '{"step": 1}', expected_version=0)
    later = clock.advance(minutes=5)
    second = await store.save(1, '{"step": 2}', expected_version=first.version)
    third = await store.save(1, '{"step": 3}', expected_version=second.version)
    assert (first.version, second.version, third.version) == (1, 2, 3)
    loaded = await store.load(1)
    assert loaded is not None
    assert (loaded.data, loaded.version) == ('{"step": 3}', 3)
    assert loaded.created_at == T0
    assert loaded.updated_at == later
    assert loaded.updated_at.tzinfo is not None


@pytest.mark.parametrize("wrong", [0, 2, 7])
async def test_stale_write_refused_and_nothing_changes(store: SqliteSessionStore, wrong: int) -> None:
    original = await store.save(1, SECRET, expected_version=0)
    with pytest.raises(StaleSessionError) as info:
        await store.save(1, "{}", expected_version=wrong, update_id=99)
    assert (info.value.expected_version, info.value.actual_version) == (wrong, 1)
    assert await store.load(1) == original
    assert not await store.is_processed(update_id=99)  # the refused update is not marked processed
    assert (await store.save(1, "{}", expected_version=1, update_id=99)).version == 2


async def test_expected_version_on_missing_session_does_not_create_it(store: SqliteSessionStore) -> None:
    with pytest.raises(StaleSessionError) as info:
        await store.save(1, SECRET, expected_version=1)
    assert info.value.actual_version == 0
    assert await store.load(1) is None
    assert await store.count_sessions() == 0


async def test_negative_expected_version_is_rejected(store: SqliteSessionStore) -> None:
    with pytest.raises(ValueError):
        await store.save(1, SECRET, expected_version=-1)


async def test_duplicate_update_id_refused_even_with_right_version(store: SqliteSessionStore) -> None:
    original = await store.save(1, SECRET, expected_version=0, update_id=10)
    with pytest.raises(DuplicateUpdateError) as info:
        await store.save(1, "{}", expected_version=original.version, update_id=10)
    assert info.value.update_id == 10
    assert await store.load(1) == original


async def test_duplicate_callback_query_refused_and_nothing_changes(store: SqliteSessionStore) -> None:
    await store.save(1, SECRET, expected_version=0, callback_query_id="cq-1")
    with pytest.raises(DuplicateUpdateError):
        await store.save(2, SECRET, expected_version=0, callback_query_id="cq-1")
    assert await store.load(2) is None
    assert await store.count_sessions() == 1


async def test_duplicate_wins_over_stale(store: SqliteSessionStore) -> None:
    # A redelivered update carries the version it saw, which its first delivery made stale:
    # the caller must hear "duplicate" (drop it), not "stale" (reload and apply it again).
    await store.save(1, SECRET, expected_version=0, update_id=5)
    with pytest.raises(DuplicateUpdateError):
        await store.save(1, SECRET, expected_version=0, update_id=5)


async def test_duplicate_when_either_id_is_known_writes_neither(store: SqliteSessionStore) -> None:
    await store.save(1, "{}", expected_version=0, update_id=1)
    with pytest.raises(DuplicateUpdateError):
        await store.save(1, "{}", expected_version=1, update_id=1, callback_query_id="new")
    assert not await store.is_processed(callback_query_id="new")


async def test_delete_user(store: SqliteSessionStore) -> None:
    await store.save(1, SECRET, expected_version=0)
    await store.save(2, SECRET, expected_version=0)
    assert await store.delete_user(1) is True
    assert await store.load(1) is None
    assert await store.delete_user(1) is False
    assert await store.load(2) is not None
    assert await store.count_sessions() == 1
    # a stale writer must not resurrect a forgotten session
    with pytest.raises(StaleSessionError):
        await store.save(1, SECRET, expected_version=1)
    assert (await store.save(1, "{}", expected_version=0)).version == 1


async def test_purge_idle_uses_the_clock(
    clock: FakeClock, make_store: Callable[..., SqliteSessionStore]
) -> None:
    async with make_store(purge_batch_size=2) as store:
        for user in range(5):
            await store.save(user, "{}", expected_version=0)  # all at T0
        clock.advance(hours=2)
        await store.save(10, "{}", expected_version=0)
        await store.save(0, "{}", expected_version=1)  # user 0 is active again
        assert await store.purge_idle(T0 + timedelta(hours=1)) == 4
        assert await store.count_sessions() == 2
        assert await store.load(0) is not None
        assert await store.load(10) is not None
        assert await store.load(3) is None
        assert await store.purge_idle(T0 + timedelta(hours=1)) == 0
        # the boundary is exclusive: a session updated exactly at idle_since stays
        assert await store.purge_idle(clock.now) == 0
        assert await store.purge_idle(clock.now + timedelta(microseconds=1)) == 2


async def test_naive_datetimes_are_refused(store: SqliteSessionStore) -> None:
    with pytest.raises(ValueError):
        await store.purge_idle(datetime(2025, 1, 1))
    with pytest.raises(ValueError):
        await store.purge_processed(datetime(2025, 1, 1))


async def test_purge_accepts_other_time_zones(store: SqliteSessionStore) -> None:
    await store.save(1, "{}", expected_version=0)
    beijing = T0.astimezone(timezone(timedelta(hours=8)))
    assert await store.purge_idle(beijing) == 0
    assert await store.purge_idle(beijing + timedelta(microseconds=1)) == 1


async def test_count_sessions(store: SqliteSessionStore) -> None:
    for user in range(3):
        await store.save(user, "{}", expected_version=0)
    await store.save(0, "{}", expected_version=1)
    assert await store.count_sessions() == 3
    await store.delete_user(1)
    assert await store.count_sessions() == 2


def test_stored_session_repr_hides_data() -> None:
    session = StoredSession(user_id=1, data=SECRET, version=1, created_at=T0, updated_at=T0)
    assert "41000" not in repr(session)
    assert "41000" not in str(session)


async def test_closed_store_refuses_work(make_store: Callable[..., SqliteSessionStore]) -> None:
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


async def test_nothing_is_logged(store: SqliteSessionStore, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level("DEBUG", logger="bot")
    await store.save(1, SECRET, expected_version=0, update_id=1)
    await store.load(1)
    with pytest.raises(StaleSessionError):
        await store.save(1, SECRET, expected_version=0)
    await store.delete_user(1)
    assert [r for r in caplog.records if r.name.startswith("bot")] == []


# -- processed updates -------------------------------------------------------------------------


async def test_mark_and_check_processed_update_ids(store: SqliteSessionStore) -> None:
    assert await store.is_processed(update_id=5) is False
    assert await store.mark_processed(update_id=5) is True
    assert await store.is_processed(update_id=5) is True
    assert await store.mark_processed(update_id=5) is False
    assert await store.is_processed(callback_query_id="5") is False  # the two kinds are separate


async def test_mark_and_check_processed_callback_query_ids(store: SqliteSessionStore) -> None:
    assert await store.mark_processed(callback_query_id="abc") is True
    assert await store.is_processed(callback_query_id="abc") is True
    assert await store.mark_processed(callback_query_id="abc") is False
    assert await store.is_processed(update_id=1) is False


async def test_mark_processed_with_both_ids_is_all_or_nothing(store: SqliteSessionStore) -> None:
    assert await store.mark_processed(update_id=1) is True
    assert await store.mark_processed(update_id=1, callback_query_id="x") is False
    assert await store.is_processed(callback_query_id="x") is False
    assert await store.mark_processed(update_id=2, callback_query_id="x") is True
    assert await store.is_processed(update_id=2) and await store.is_processed(callback_query_id="x")
    assert await store.is_processed(update_id=3, callback_query_id="x") is True


async def test_processed_ids_blocks_later_save(store: SqliteSessionStore) -> None:
    await store.mark_processed(update_id=8)
    with pytest.raises(DuplicateUpdateError):
        await store.save(1, "{}", expected_version=0, update_id=8)
    assert await store.load(1) is None


async def test_processed_needs_an_id(store: SqliteSessionStore) -> None:
    with pytest.raises(ValueError):
        await store.mark_processed()
    with pytest.raises(ValueError):
        await store.is_processed()


async def test_purge_processed(clock: FakeClock, make_store: Callable[..., SqliteSessionStore]) -> None:
    async with make_store(purge_batch_size=2) as store:
        await store.mark_processed(update_id=1)
        await store.mark_processed(callback_query_id="a")
        await store.save(1, "{}", expected_version=0, update_id=2, callback_query_id="b")
        clock.advance(days=2)
        await store.mark_processed(update_id=3)
        assert await store.purge_processed(T0 + timedelta(days=1)) == 4
        assert not await store.is_processed(update_id=1)
        assert not await store.is_processed(callback_query_id="b")
        assert await store.is_processed(update_id=3)
        assert await store.load(1) is not None  # sessions are untouched
        assert await store.purge_processed(T0 + timedelta(days=1)) == 0


# -- one statement per write: refusals, counters, round trips ----------------------------------

STARTED = StatIncrement("started", "source", "private")
COMPLETED = StatIncrement("completed", "outcome", "eligible")


def tables(db: Path) -> dict[str, list[tuple[Any, ...]]]:
    """Every row a save may touch, read through a second connection."""
    with contextlib.closing(sqlite3.connect(db)) as conn:
        return {
            table: sorted(conn.execute(f"SELECT * FROM {table}").fetchall())
            for table in ("sessions", "processed_updates", "stats", "session_count")
        }


def counted_and_stored(db: Path) -> tuple[int, int]:
    with contextlib.closing(sqlite3.connect(db)) as conn:
        counted = int(conn.execute("SELECT n FROM session_count").fetchone()[0])
        stored = int(conn.execute("SELECT COUNT(*) FROM sessions").fetchone()[0])
    return counted, stored


@pytest.mark.parametrize(
    ("user", "expected_version", "update_id", "callback_query_id", "error", "actual_version"),
    [
        (1, 2, 10, None, DuplicateUpdateError, None),  # known update id, right version
        (1, 2, None, "cq-1", DuplicateUpdateError, None),  # known callback id
        (2, 0, 11, "cq-1", DuplicateUpdateError, None),  # new update id, known callback id: neither written
        (1, 2, 10, "cq-new", DuplicateUpdateError, None),  # known update id, new callback id
        (1, 0, 10, None, DuplicateUpdateError, None),  # duplicate and stale: duplicate wins
        (1, 7, None, "cq-1", DuplicateUpdateError, None),  # duplicate and stale (ahead): duplicate wins
        (2, 1, 10, None, DuplicateUpdateError, None),  # duplicate and stale on a missing session
        (1, 1, 12, "cq-2", StaleSessionError, 2),  # behind
        (1, 3, 12, None, StaleSessionError, 2),  # ahead
        (1, 0, None, None, StaleSessionError, 2),  # "must not exist yet", but it does
        (2, 1, 12, None, StaleSessionError, 0),  # no session stored
    ],
)
async def test_refused_save_writes_nothing(
    db_file: Path,
    user: int,
    expected_version: int,
    update_id: int | None,
    callback_query_id: str | None,
    error: type[Exception],
    actual_version: int | None,
) -> None:
    async with SqliteSessionStore(db_file, clock=FakeClock()) as store:
        await store.save(1, SECRET, expected_version=0, update_id=10, stats=[STARTED])
        await store.save(1, SECRET, expected_version=1, callback_query_id="cq-1", stats=[COMPLETED])
        before = tables(db_file)
        with pytest.raises(error) as info:
            await store.save(
                user,
                "{}",
                expected_version=expected_version,
                update_id=update_id,
                callback_query_id=callback_query_id,
                stats=[STARTED, COMPLETED, StatIncrement("started", "language", "ru")],
            )
        assert tables(db_file) == before  # sessions, processed ids, counters, session count
        if isinstance(info.value, StaleSessionError):
            assert (info.value.expected_version, info.value.actual_version) == (expected_version, actual_version)
        else:
            assert isinstance(info.value, DuplicateUpdateError)
            assert (info.value.update_id, info.value.callback_query_id) == (update_id, callback_query_id)
        # the refused ids are free for a save that succeeds
        assert not await store.is_processed(callback_query_id="cq-new")
        assert not await store.is_processed(update_id=12)


async def test_stats_are_counted_once_and_only_on_success(store: SqliteSessionStore) -> None:
    language = StatIncrement("started", "language", "zh")
    await store.save(1, "{}", expected_version=0, update_id=1, stats=[STARTED, language])
    await store.save(2, "{}", expected_version=0, update_id=2, stats=[STARTED])
    await store.save(2, "{}", expected_version=1, update_id=3)  # no counters
    for refused in (
        store.save(1, "{}", expected_version=1, update_id=1, stats=[STARTED, COMPLETED]),  # duplicate
        store.save(1, "{}", expected_version=2, update_id=4, stats=[STARTED, COMPLETED]),  # stale
        store.save(3, "{}", expected_version=1, update_id=5, stats=[COMPLETED]),  # stale, missing
    ):
        with pytest.raises((DuplicateUpdateError, StaleSessionError)):
            await refused
    await store.save(1, "{}", expected_version=1, update_id=4, stats=[COMPLETED, COMPLETED])  # listed twice
    counts = {(c.metric, c.dimension, c.value): c.count for c in await store.stats()}
    assert counts == {
        ("started", "source", "private"): 2,
        ("started", "language", "zh"): 1,
        ("completed", "outcome", "eligible"): 2,
    }


async def test_stats_with_awkward_text_round_trip(store: SqliteSessionStore) -> None:
    odd = StatIncrement('met"ric', "dim\\ension", "李雷 🇨🇳 'quoted' \n[1]")
    await store.save(1, "{}", expected_version=0, stats=[odd])
    assert [(c.metric, c.dimension, c.value, c.count) for c in await store.stats()] == [
        (odd.metric, odd.dimension, odd.value, 1)
    ]


async def test_session_count_stays_exact(db_file: Path, clock: FakeClock) -> None:
    async with SqliteSessionStore(db_file, clock=clock, purge_batch_size=2) as store:
        steps: list[Coroutine[Any, Any, object]] = [
            store.save(1, "{}", expected_version=0, update_id=1),  # insert
            store.save(2, "{}", expected_version=0, update_id=2),  # insert
            store.save(1, "{}", expected_version=1, update_id=3),  # update
            store.save(3, "{}", expected_version=0, update_id=3),  # duplicate of a new session
            store.save(2, "{}", expected_version=0, update_id=4),  # stale insert
            store.save(4, "{}", expected_version=1, update_id=5),  # stale, missing
            store.save(1, "{}", expected_version=1, update_id=6),  # stale update
            store.delete_user(2),  # delete
            store.delete_user(2),  # delete of nothing
            store.save(2, "{}", expected_version=0, update_id=7),  # re-insert after delete
            store.save(5, "{}", expected_version=0),  # insert without ids
            store.purge_idle(T0 + timedelta(microseconds=1)),  # purge all
            store.save(5, "{}", expected_version=0),  # insert after purge
        ]
        expected_counts = [1, 2, 2, 2, 2, 2, 2, 1, 1, 2, 3, 0, 1]
        for step, expected in zip(steps, expected_counts, strict=True):
            with contextlib.suppress(DuplicateUpdateError, StaleSessionError):
                await step
            assert counted_and_stored(db_file) == (expected, expected)
            assert await store.count_sessions() == expected


@pytest.fixture
def round_trips(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Names of the functions run in aiosqlite's thread: one entry per round trip.

    Every public aiosqlite call goes through Connection._execute; patching it here is the only way to
    count trips, and it fails loudly (monkeypatch raises) if a new aiosqlite renames it.
    """
    trips: list[str] = []
    original = aiosqlite.Connection._execute

    async def counting(self: aiosqlite.Connection, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        trips.append(getattr(fn, "__name__", repr(fn)))
        return await original(self, fn, *args, **kwargs)

    monkeypatch.setattr(aiosqlite.Connection, "_execute", counting)
    return trips


async def test_each_write_is_one_round_trip(store: SqliteSessionStore, round_trips: list[str]) -> None:
    async def trips(call: Coroutine[Any, Any, object]) -> int:
        round_trips.clear()
        with contextlib.suppress(DuplicateUpdateError):
            await call
        return len(round_trips)

    assert await trips(store.save(1, "{}", expected_version=0, update_id=1, callback_query_id="a")) == 1
    assert await trips(store.save(1, "{}", expected_version=1, update_id=2, stats=[STARTED, COMPLETED])) == 1
    assert await trips(store.save(1, "{}", expected_version=2, update_id=2)) == 1  # duplicate
    assert await trips(store.mark_processed(update_id=3, callback_query_id="b")) == 1
    assert await trips(store.mark_processed(update_id=3)) == 1  # already known
    assert await trips(store.is_processed(update_id=9, callback_query_id="z")) == 1
    assert await trips(store.load(1)) == 1
    # a stale save costs one more trip, only to report the stored version
    round_trips.clear()
    with pytest.raises(StaleSessionError):
        await store.save(1, "{}", expected_version=1)
    assert len(round_trips) == 2


# -- files, pragmas, migrations ----------------------------------------------------------------


async def test_creates_parent_folder_private_file_and_wal(db_file: Path) -> None:
    async with SqliteSessionStore(db_file) as store:
        await store.save(1, SECRET, expected_version=0)
        with contextlib.closing(sqlite3.connect(db_file)) as other:
            assert other.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert wal_exists(db_file)
    if sys.platform != "win32":
        assert file_modes(db_file) == (0o700, 0o600)


async def test_data_survives_reopen(db_file: Path) -> None:
    async with SqliteSessionStore(db_file) as store:
        saved = await store.save(1, SECRET, expected_version=0, update_id=1)
    async with SqliteSessionStore(db_file) as store:
        assert await store.load(1) == saved
        assert await store.is_processed(update_id=1)
        assert await store.count_sessions() == 1


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


async def test_extra_migration_is_applied_on_top(db_file: Path, tmp_path: Path) -> None:
    packaged = len(packaged_ledger())  # save() needs every packaged migration
    base = load_migrations(copy_migrations(tmp_path / "base", upto=packaged))
    async with SqliteSessionStore(db_file, migrations=base) as store:
        saved = await store.save(1, SECRET, expected_version=0)
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
        assert await store.count_sessions() == 1


async def test_upgrade_from_schema_2_keeps_rows_and_checks(db_file: Path, tmp_path: Path) -> None:
    """A database written at schema 2 (before 0003) by the old code, with rows, then opened by this code."""
    old = load_migrations(copy_migrations(tmp_path / "old", upto=2))
    assert [m.name for m in old] == ["0001_initial", "0002_chats_and_stats"]
    async with SqliteSessionStore(db_file, migrations=old):
        pass
    stamp = "2025-03-01T12:00:00.123456Z"
    with contextlib.closing(sqlite3.connect(db_file, isolation_level=None)) as conn:
        conn.execute("BEGIN IMMEDIATE")  # rows as the previous code wrote them
        for user, version in ((1, 3), (2, 1)):
            conn.execute(
                "INSERT INTO sessions (user_id, data, version, created_at, updated_at) VALUES (?, ?, ?, ?, ?)",
                (user, SECRET, version, stamp, stamp),
            )
        conn.execute("INSERT INTO processed_updates (kind, id, seen_at) VALUES ('update', '77', ?)", (stamp,))
        conn.execute("INSERT INTO stats (metric, dimension, value, count) VALUES ('started', 'source', 'private', 5)")
        conn.execute("COMMIT")
    assert ledger(db_file) == [(1, "0001_initial"), (2, "0002_chats_and_stats")]

    async with SqliteSessionStore(db_file, clock=FakeClock(T0 + timedelta(days=1))) as store:
        assert ledger(db_file) == packaged_ledger()
        assert user_version(db_file) == len(packaged_ledger())
        assert await store.count_sessions() == 2
        loaded = await store.load(1)
        assert loaded is not None
        assert (loaded.data, loaded.version, loaded.created_at) == (SECRET, 3, T0)
        with pytest.raises(DuplicateUpdateError):  # an id recorded before the upgrade still counts
            await store.save(1, "{}", expected_version=3, update_id=77, stats=[STARTED])
        with pytest.raises(StaleSessionError) as info:
            await store.save(2, "{}", expected_version=0, stats=[STARTED])
        assert info.value.actual_version == 1
        saved = await store.save(1, "{}", expected_version=3, update_id=78, stats=[STARTED])
        assert (saved.version, saved.created_at, saved.updated_at) == (4, T0, T0 + timedelta(days=1))
        assert await store.load(1) == saved
        assert (await store.save(3, "{}", expected_version=0)).version == 1
        assert await store.count_sessions() == 3
        assert [(c.value, c.count) for c in await store.stats()] == [("private", 6)]
        assert await store.mark_processed(update_id=77) is False
    assert counted_and_stored(db_file) == (3, 3)


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
    with contextlib.closing(sqlite3.connect(db_file)) as conn:
        tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert "half_done" not in tables


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


async def test_two_processes_racing_on_one_version(db_file: Path) -> None:
    async with SqliteSessionStore(db_file) as first, SqliteSessionStore(db_file) as second:
        # creation race: both believe the session does not exist yet
        for user in range(10):
            results = await asyncio.gather(
                first.save(user, '{"by": "first"}', expected_version=0),
                second.save(user, '{"by": "second"}', expected_version=0),
                return_exceptions=True,
            )
            assert sorted(type(r).__name__ for r in results) == ["StaleSessionError", "StoredSession"]
        # update race on an existing version
        for round_ in range(10):
            current = await first.load(0)
            assert current is not None
            results = await asyncio.gather(
                first.save(0, f'{{"round": {round_}, "by": 1}}', expected_version=current.version),
                second.save(0, f'{{"round": {round_}, "by": 2}}', expected_version=current.version),
                return_exceptions=True,
            )
            winners = [r for r in results if isinstance(r, StoredSession)]
            assert len(winners) == 1
            assert sum(isinstance(r, StaleSessionError) for r in results) == 1
            assert await second.load(0) == winners[0]
            assert winners[0].version == current.version + 1


async def test_two_processes_racing_on_one_update_id(db_file: Path) -> None:
    async with SqliteSessionStore(db_file) as first, SqliteSessionStore(db_file) as second:
        results = await asyncio.gather(
            first.save(1, "{}", expected_version=0, update_id=42),
            second.save(2, "{}", expected_version=0, update_id=42),
            return_exceptions=True,
        )
        assert sorted(type(r).__name__ for r in results) == ["DuplicateUpdateError", "StoredSession"]
        assert await first.count_sessions() == 1


async def test_concurrent_saves_on_one_store(store: SqliteSessionStore) -> None:
    await store.save(1, "{}", expected_version=0)
    results = await asyncio.gather(
        *(store.save(1, f'{{"n": {n}}}', expected_version=1) for n in range(10)), return_exceptions=True
    )
    assert sum(isinstance(r, StoredSession) for r in results) == 1
    assert sum(isinstance(r, StaleSessionError) for r in results) == 9
    loaded = await store.load(1)
    assert loaded is not None
    assert loaded.version == 2


async def test_two_stores_opening_a_fresh_file_together(db_file: Path) -> None:
    first, second = SqliteSessionStore(db_file), SqliteSessionStore(db_file)
    await asyncio.gather(first.open(), second.open())
    try:
        await first.save(1, "{}", expected_version=0)
        assert await second.load(1) is not None
    finally:
        await first.close()
        await second.close()
    assert ledger(db_file) == packaged_ledger()


async def test_cancelled_save_leaves_no_open_transaction(db_file: Path) -> None:
    async with SqliteSessionStore(db_file) as store:
        await store.save(1, "{}", expected_version=0)
        for yields in range(12):
            before = await store.load(1)
            assert before is not None
            task = asyncio.create_task(store.save(1, f'{{"try": {yields}}}', expected_version=before.version))
            for _ in range(yields):
                await asyncio.sleep(0)
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task
            after = await store.load(1)
            assert after is not None
            assert after.version in (before.version, before.version + 1)  # all or nothing
            # the write lock is free: another connection can take it without waiting
            other = sqlite3.connect(db_file, timeout=0, isolation_level=None)
            try:
                other.execute("BEGIN IMMEDIATE")
                other.execute("ROLLBACK")
            finally:
                other.close()
        final = await store.load(1)
        assert final is not None
        assert (await store.save(1, "{}", expected_version=final.version)).version == final.version + 1


async def _increment(store: SqliteSessionStore, user: int, update_id: int, label: str) -> int:
    """Add 1 to the counter in the user's session as the service does: load, save, reload on stale.

    Returns how many stale refusals it met.
    """
    stale = 0
    while True:
        current = await store.load(user)
        value = 0 if current is None else int(current.data)
        try:
            await store.save(
                user,
                str(value + 1),
                expected_version=0 if current is None else current.version,
                update_id=update_id,
                stats=[StatIncrement("started", "source", label)],
            )
        except StaleSessionError:
            stale += 1
            continue
        return stale


async def test_two_stores_racing_lose_no_update(db_file: Path) -> None:
    rounds = 40
    async with SqliteSessionStore(db_file) as first, SqliteSessionStore(db_file) as second:

        async def worker(store: SqliteSessionStore, offset: int, label: str) -> int:
            return sum([await _increment(store, 1, offset + n, label) for n in range(rounds)])

        # how often they collide depends on scheduling (test_two_processes_racing_on_one_version forces it)
        await asyncio.gather(worker(first, 0, "first"), worker(second, 1_000, "second"))
        final = await first.load(1)
        assert final is not None
        # every version was won by exactly one save: no update lost, none applied twice
        assert (final.data, final.version) == (str(2 * rounds), 2 * rounds)
        counts = {c.value: c.count for c in await second.stats()}
        assert counts == {"first": rounds, "second": rounds}
        assert await first.count_sessions() == 1
    with contextlib.closing(sqlite3.connect(db_file)) as conn:
        assert conn.execute("SELECT COUNT(*) FROM processed_updates").fetchone()[0] == 2 * rounds


_WORKER_SCRIPT = """
import asyncio, sys
from pathlib import Path
from tests.unit.test_session_store import _increment
from bot.storage import SqliteSessionStore

async def main(path: str, worker: int, rounds: int) -> None:
    async with SqliteSessionStore(Path(path)) as store:
        for n in range(rounds):
            await _increment(store, 1, worker * 1_000 + n, f"process-{worker}")

asyncio.run(main(sys.argv[1], int(sys.argv[2]), int(sys.argv[3])))
"""


async def test_two_processes_writing_one_file_lose_no_update(db_file: Path) -> None:
    rounds = 30
    async with SqliteSessionStore(db_file):  # create and migrate the file first
        pass
    root = str(REPO_ROOT)
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [root, os.environ.get("PYTHONPATH")]))}
    processes = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", _WORKER_SCRIPT, str(db_file), str(worker), str(rounds), env=env, cwd=root
        )
        for worker in (1, 2)
    ]
    assert [await process.wait() for process in processes] == [0, 0]
    async with SqliteSessionStore(db_file) as store:
        final = await store.load(1)
        assert final is not None
        assert (final.data, final.version) == (str(2 * rounds), 2 * rounds)
        assert {c.value: c.count for c in await store.stats()} == {"process-1": rounds, "process-2": rounds}
        assert await store.count_sessions() == 1
        assert all([await store.is_processed(update_id=w * 1_000 + n) for w in (1, 2) for n in range(rounds)])


# -- model-based test --------------------------------------------------------------------------

USERS = st.integers(min_value=1, max_value=4)
UPDATE_IDS = st.none() | st.integers(min_value=1, max_value=8)
CALLBACK_IDS = st.none() | st.sampled_from(["a", "b", "c"])
INCREMENTS = st.lists(
    st.sampled_from([STARTED, COMPLETED, StatIncrement("started", "language", "ru")]), max_size=3
)


class SessionStoreModel(RuleBasedStateMachine):
    """Random saves/loads/deletes/purges must agree with a dict-based model of the store."""

    def __init__(self) -> None:
        super().__init__()
        self.loop = asyncio.new_event_loop()
        self.clock = FakeClock()
        self.store = SqliteSessionStore(":memory:", clock=self.clock, purge_batch_size=2)
        self.run(self.store.open())
        self.sessions: dict[int, StoredSession] = {}
        self.processed: dict[tuple[str, str], datetime] = {}
        self.counts: collections.Counter[tuple[str, str, str]] = collections.Counter()

    def run(self, awaitable: Coroutine[Any, Any, T]) -> T:
        return self.loop.run_until_complete(awaitable)

    def teardown(self) -> None:
        self.run(self.store.close())
        self.loop.close()

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
    )
    def save(
        self,
        user: int,
        data: str,
        offset: int,
        update_id: int | None,
        callback_query_id: str | None,
        stats: list[StatIncrement],
    ) -> None:
        existing = self.sessions.get(user)
        current = existing.version if existing else 0
        expected = max(0, current + offset)
        keys = self.keys(update_id, callback_query_id)
        outcome: object
        try:
            outcome = self.run(
                self.store.save(
                    user,
                    data,
                    expected_version=expected,
                    update_id=update_id,
                    callback_query_id=callback_query_id,
                    stats=stats,
                )
            )
        except (DuplicateUpdateError, StaleSessionError) as exc:
            outcome = exc
        if any(key in self.processed for key in keys):
            assert isinstance(outcome, DuplicateUpdateError)
        elif expected != current:
            assert isinstance(outcome, StaleSessionError)
        else:
            now = self.clock.now
            expected_session = StoredSession(
                user_id=user,
                data=data,
                version=current + 1,
                created_at=existing.created_at if existing else now,
                updated_at=now,
            )
            assert outcome == expected_session
            self.sessions[user] = expected_session
            for key in keys:
                self.processed[key] = now
            self.counts.update((item.metric, item.dimension, item.value) for item in stats)

    @rule(user=USERS)
    def load(self, user: int) -> None:
        assert self.run(self.store.load(user)) == self.sessions.get(user)

    @rule(user=USERS)
    def delete(self, user: int) -> None:
        assert self.run(self.store.delete_user(user)) == (user in self.sessions)
        self.sessions.pop(user, None)

    @rule(update_id=UPDATE_IDS, callback_query_id=CALLBACK_IDS)
    def mark(self, update_id: int | None, callback_query_id: str | None) -> None:
        keys = self.keys(update_id, callback_query_id)
        if not keys:
            return
        known = any(key in self.processed for key in keys)
        assert (
            self.run(self.store.is_processed(update_id=update_id, callback_query_id=callback_query_id))
            == known
        )
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
        idle = [user for user, session in self.sessions.items() if session.updated_at < cutoff]
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
    def count_matches(self) -> None:
        assert self.run(self.store.count_sessions()) == len(self.sessions)

    @invariant()
    def stats_match(self) -> None:
        stored = {(c.metric, c.dimension, c.value): c.count for c in self.run(self.store.stats())}
        assert stored == dict(self.counts)


SessionStoreModel.TestCase.settings = settings(
    max_examples=60, stateful_step_count=40, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
TestSessionStoreModel = SessionStoreModel.TestCase
