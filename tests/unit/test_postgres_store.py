"""What only the PostgreSQL store does: its migrations (also from several processes at once), its schema,
its connections (durable commits, a server restart, a refused login), and never showing the password.

The contract shared with SQLite is tested in test_session_store.py and test_chat_store.py, on both."""

from __future__ import annotations

import asyncio
import os
import shutil
import subprocess
import sys
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import asyncpg
import pytest

from bot.storage import (
    POSTGRES_USER_KEYED_TABLES,
    ClaimedFollowUp,
    FollowUp,
    MigrationError,
    OpenQuestion,
    PostgresSessionStore,
    SaveOutcome,
    StorageError,
    load_migrations,
    parse_postgres_url,
)
from bot.storage.postgres_migrations import load_postgres_migrations
from tests.postgres_server import PostgresServer

REPO_ROOT = Path(__file__).resolve().parents[2]
T0 = datetime(2025, 3, 1, 12, 0, tzinfo=UTC)


def packaged_ledger() -> list[tuple[int, str]]:
    return [(m.version, m.name) for m in load_postgres_migrations()]


def copy_migrations(target: Path, upto: int) -> Path:
    target.mkdir(parents=True, exist_ok=True)
    folder = REPO_ROOT / "bot" / "storage" / "migrations_postgres"
    for source in sorted(folder.glob("*.sql"))[:upto]:
        shutil.copy(source, target / source.name)
    return target


@pytest.fixture
async def sql(postgres_url: str) -> AsyncIterator[asyncpg.Connection]:
    """A plain connection to the test's database, beside the store."""
    address = parse_postgres_url(postgres_url)
    conn = await asyncpg.connect(host=address.host, port=address.port, user=address.user,
                                 password=address.password, database=address.dbname)
    try:
        yield conn
    finally:
        await conn.close()


async def ledger(conn: asyncpg.Connection) -> list[tuple[int, str]]:
    return [(int(r["version"]), str(r["name"])) for r in await conn.fetch(
        "SELECT version, name FROM schema_migrations ORDER BY version")]


# -- migrations --------------------------------------------------------------------------------


async def test_migrations_applied_once(postgres_url: str, sql: asyncpg.Connection,
                                       caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level("INFO", logger="bot.storage")
    async with PostgresSessionStore(postgres_url, clock=lambda: T0):
        pass
    assert await ledger(sql) == packaged_ledger()
    assert [r.getMessage() for r in caplog.records] == [
        f"applied storage migration {version:04d}" for version, _ in packaged_ledger()]
    caplog.clear()
    async with PostgresSessionStore(postgres_url):
        pass
    assert caplog.records == []
    assert await sql.fetchval("SELECT min(applied_at) FROM schema_migrations") == T0


_OPEN_SCRIPT = """
import asyncio, os
from pathlib import Path
from bot.storage import PostgresSessionStore, load_migrations

async def main() -> None:
    migrations = load_migrations(Path(os.environ["MIGRATIONS"]))
    async with PostgresSessionStore(os.environ["STORE_LOCATION"], migrations=migrations):
        pass

asyncio.run(main())
"""


async def test_workers_starting_together_apply_each_migration_once(
    postgres_url: str, sql: asyncpg.Connection, tmp_path: Path
) -> None:
    """Four processes open the same new database at once, with a migration that would fail if applied
    twice: the advisory lock lets one apply it while the others wait, then find it in the ledger."""
    folder = copy_migrations(tmp_path / "migrations", upto=len(packaged_ledger()))
    extra = len(packaged_ledger()) + 1
    (folder / f"{extra:04d}_not_twice.sql").write_text(
        "CREATE TABLE not_twice (x INTEGER PRIMARY KEY);\nINSERT INTO not_twice VALUES (1);\n", encoding="utf-8")
    env = {**os.environ, "STORE_LOCATION": postgres_url, "MIGRATIONS": str(folder),
           "PYTHONPATH": os.pathsep.join(filter(None, [str(REPO_ROOT), os.environ.get("PYTHONPATH")]))}
    processes = [await asyncio.create_subprocess_exec(sys.executable, "-c", _OPEN_SCRIPT, env=env, cwd=REPO_ROOT,
                                                      stderr=asyncio.subprocess.PIPE)
                 for _ in range(4)]
    results = [await process.communicate() for process in processes]
    assert [process.returncode for process in processes] == [0] * 4, [err.decode() for _, err in results]
    assert await ledger(sql) == [*packaged_ledger(), (extra, f"{extra:04d}_not_twice")]
    assert await sql.fetchval("SELECT count(*) FROM not_twice") == 1


async def test_upgrade_from_the_schema_before_follow_ups(postgres_url: str, sql: asyncpg.Connection,
                                                        tmp_path: Path) -> None:
    """A database of the previous schema (0004), with sessions, gets the follow-ups table in place."""
    previous = len(packaged_ledger()) - 1
    assert packaged_ledger()[previous] == (previous + 1, f"{previous + 1:04d}_follow_ups")
    old = load_migrations(copy_migrations(tmp_path / "old", upto=previous))
    async with PostgresSessionStore(postgres_url, migrations=old):
        pass
    for user in (1, 2):  # as that code wrote them
        await sql.execute("INSERT INTO sessions (user_id, data, version, created_at, updated_at, question_message_id,"
                          " question_id) VALUES ($1, '{}', 2, $2, $2, 501, 'salary')", user, T0)
    assert await sql.fetchval("SELECT to_regclass('follow_ups')") is None

    later = T0 + timedelta(days=400)
    async with PostgresSessionStore(postgres_url, clock=lambda: later) as store:
        assert await ledger(sql) == packaged_ledger()
        loaded = await store.load(1)
        assert loaded is not None and (loaded.version, loaded.open_question) == (2, OpenQuestion(501, "salary"))
        assert await store.follow_up(1) is None
        assert await store.save(1, "{}", expected_version=2, follow_up=FollowUp(T0, "r")) is SaveOutcome.SAVED
        assert await store.claim_follow_ups(later, 10) == [ClaimedFollowUp(1, 1)]
        assert await store.purge_idle(later) == 1  # 2 idles; 1 has a follow-up
        assert await store.delete_user(1) is True
    assert await sql.fetchval("SELECT count(*) FROM follow_ups") == 0


async def test_a_follow_up_cannot_outlive_its_session(postgres_url: str, sql: asyncpg.Connection) -> None:
    async with PostgresSessionStore(postgres_url, clock=lambda: T0) as store:
        await store.save(1, "{}", expected_version=0, follow_up=FollowUp(T0, "r"))
    with pytest.raises(asyncpg.ForeignKeyViolationError):
        await sql.execute("INSERT INTO follow_ups (user_id, rules_key) VALUES (2, 'r')")
    with pytest.raises(asyncpg.CheckViolationError):  # a row with nothing to follow up is not kept
        await sql.execute("UPDATE follow_ups SET due_at = NULL, rules_key = NULL")
    await sql.execute("DELETE FROM sessions")  # by hand, as an operator might: the follow-up goes too
    assert await sql.fetchval("SELECT count(*) FROM follow_ups") == 0


async def test_failed_migration_is_rolled_back(postgres_url: str, sql: asyncpg.Connection, tmp_path: Path) -> None:
    folder = copy_migrations(tmp_path / "migrations", upto=len(packaged_ledger()))
    (folder / "0090_broken.sql").write_text(
        "CREATE TABLE half_done (x INTEGER);\nINSERT INTO no_such_table VALUES (1);\n", encoding="utf-8")
    store = PostgresSessionStore(postgres_url, migrations=load_migrations(folder))
    with pytest.raises(MigrationError):
        await store.open()
    with pytest.raises(StorageError):
        await store.load(1)  # the store did not open
    assert await ledger(sql) == packaged_ledger()  # the files before it stay applied
    assert await sql.fetchval("SELECT to_regclass('half_done')") is None


async def test_renamed_or_out_of_order_migrations_are_refused(postgres_url: str, tmp_path: Path) -> None:
    shipped = len(packaged_ledger())
    folder = copy_migrations(tmp_path / "migrations", upto=shipped)
    (folder / f"{shipped + 2:04d}_c.sql").write_text("CREATE TABLE c (x INTEGER);", encoding="utf-8")
    async with PostgresSessionStore(postgres_url, migrations=load_migrations(folder)):
        pass
    (folder / f"{shipped + 1:04d}_b.sql").write_text("CREATE TABLE b (x INTEGER);", encoding="utf-8")
    with pytest.raises(MigrationError):
        await PostgresSessionStore(postgres_url, migrations=load_migrations(folder)).open()
    renamed = copy_migrations(tmp_path / "renamed", upto=0)
    shutil.copy(REPO_ROOT / "bot" / "storage" / "migrations_postgres" / "0001_initial.sql",
                renamed / "0001_renamed.sql")
    with pytest.raises(MigrationError):
        await PostgresSessionStore(postgres_url, migrations=load_migrations(renamed)).open()


# -- schema ------------------------------------------------------------------------------------


async def test_every_user_keyed_table_is_forgotten(postgres_url: str, sql: asyncpg.Connection) -> None:
    """Guards future migrations: a table with a user_id column must be in POSTGRES_USER_KEYED_TABLES."""
    async with PostgresSessionStore(postgres_url):
        pass
    rows = await sql.fetch("SELECT DISTINCT table_name FROM information_schema.columns"
                           " WHERE table_schema = current_schema() AND column_name = 'user_id'")
    assert {str(row["table_name"]) for row in rows} == set(POSTGRES_USER_KEYED_TABLES)


async def test_half_a_question_cannot_be_stored(postgres_url: str, sql: asyncpg.Connection) -> None:
    async with PostgresSessionStore(postgres_url):
        pass
    with pytest.raises(asyncpg.CheckViolationError):
        await sql.execute("INSERT INTO sessions (user_id, data, version, created_at, updated_at,"
                          " question_message_id) VALUES (1, '{}', 1, now(), now(), 501)")


async def test_timestamps_are_instants_in_utc(postgres_url: str, sql: asyncpg.Connection) -> None:
    async with PostgresSessionStore(postgres_url, clock=lambda: T0) as store:
        await store.save(1, "{}", expected_version=0)
        await sql.execute("SET TIME ZONE 'Asia/Shanghai'")  # an operator's session elsewhere changes nothing
        loaded = await store.load(1)
    assert loaded is not None
    assert loaded.updated_at == T0 and loaded.updated_at.utcoffset() is not None
    assert await sql.fetchval("SELECT updated_at = '2025-03-01 20:00:00+08' FROM sessions") is True


# -- connections -------------------------------------------------------------------------------


async def test_every_connection_commits_durably(postgres_url: str, sql: asyncpg.Connection) -> None:
    await sql.execute("ALTER DATABASE " + parse_postgres_url(postgres_url).dbname + " SET synchronous_commit = off")
    async with PostgresSessionStore(postgres_url) as store, store.connection() as conn:
        assert await conn.fetchval("SHOW synchronous_commit") == "on"


async def test_the_store_carries_on_after_the_server_restarts(
    postgres_server: PostgresServer, postgres_url: str
) -> None:
    async with PostgresSessionStore(postgres_url) as store:
        assert await store.save(1, "{}", expected_version=0, update_id=1) is SaveOutcome.SAVED
        # In a thread: the event loop keeps running meanwhile, as the bot's does, and sees the server close
        # the pool's connections; each call after that opens a new one.
        await asyncio.to_thread(postgres_server.restart)
        # A call that was using a connection when the server went down fails, and is not repeated here:
        # the update it served was not acknowledged as handled, and Telegram or the person sends it again.
        loaded = await store.load(1)
        assert loaded is not None and loaded.version == 1
        assert await store.save(1, "{}", expected_version=1, update_id=2,
                                open_question=OpenQuestion(5, "age")) is SaveOutcome.SAVED
        assert await store.save(1, "{}", expected_version=2, update_id=2) is SaveOutcome.DUPLICATE


async def test_a_refused_login_names_the_database_but_not_the_password(postgres_server: PostgresServer,
                                                                       postgres_url: str) -> None:
    address = parse_postgres_url(postgres_url)
    wrong = "wrong-password-8d1c"
    store = PostgresSessionStore(postgres_server.url(address.dbname).replace(postgres_server.password, wrong))
    with pytest.raises(StorageError) as raised:
        await store.open()
    message = str(raised.value)
    assert address.location in message and "password authentication failed" in message
    assert wrong not in message and wrong not in repr(store)
    assert raised.value.__cause__ is None and raised.value.__suppress_context__


def test_the_password_is_never_shown() -> None:
    address = parse_postgres_url("postgresql://bot:s%3Acr%40t@db.example.org:6543/bot_db?sslmode=require")
    assert (address.user, address.password, address.host, address.port, address.dbname, address.sslmode) == (
        "bot", "s:cr@t", "db.example.org", 6543, "bot_db", "require")
    for shown in (repr(address), str(address), address.display, repr(PostgresSessionStore(address))):
        assert "s:cr@t" not in shown and "s%3Acr%40t" not in shown
    assert str(address) == "postgresql://bot@db.example.org:6543/bot_db"
    assert parse_postgres_url("postgres://bot@localhost/x").port == 5432


@pytest.mark.parametrize("url", [
    "postgresql://bot:secret-1@/botdb",  # no host
    "postgresql://bot:secret-1@db:port/botdb",  # port not a number
    "postgresql://bot:secret-1@db:5432/",  # no database
    "postgresql://:secret-1@db:5432/botdb",  # no user
    "postgresql://bot:secret-1@db:5432/botdb?application_name=x",  # an option we do not pass on
    "postgresql://bot:secret-1@db:5432/botdb?sslmode=maybe",
])
def test_malformed_urls_are_refused_without_repeating_them(url: str) -> None:
    with pytest.raises(ValueError) as raised:
        parse_postgres_url(url)
    assert "secret-1" not in str(raised.value)


def test_the_store_benchmark_runs_on_postgres(postgres_server: PostgresServer, tmp_path: Path) -> None:
    """bench/bench_store.py --database postgres works, with tiny numbers (no timing is asserted)."""
    done = subprocess.run(
        [sys.executable, str(REPO_ROOT / "bench" / "bench_store.py"), "--database", "postgres", "--saves", "20",
         "--runs", "1", "--sessions", "5"],
        cwd=tmp_path, capture_output=True, text=True, timeout=120, check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "PostgreSQL:" in done.stdout and "server CPU per save" in done.stdout
