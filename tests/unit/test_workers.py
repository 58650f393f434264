"""Several workers on one database: the inbox by person, person locks, periodic-run claims, and the turns
(`PersonTurns`) that keep each person's order across workers and pick up what a dead worker left.

The PostgreSQL tests open two stores on one fresh database: two workers, as far as the database can
tell. SQLite serves one process: its locks and claims are no-ops, and the tests say so.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta

import asyncpg
import pytest
from telegram import Bot, Update

from bot.config import Settings
from bot.service import ConversationService
from bot.storage import InboxEntry, PostgresSessionStore, SqliteSessionStore
from bot.storage.postgres_address import parse_postgres_url
from bot.telegram_adapter.application import build_application
from bot.telegram_adapter.processor import FairUpdateProcessor
from bot.telegram_adapter.turns import PersonTurns
from conversations.engine import Interview
from conversations.loading import load_content
from locales import load_catalog
from tests.store_backends import AnyStore

LONG_AGO = datetime(2026, 1, 1, tzinfo=UTC)
BOT = Bot("123456:test-token-not-used")  # only to decode updates; never calls Telegram


def payload(update_id: int, user_id: int) -> str:
    return json.dumps({"update_id": update_id, "message": {
        "message_id": update_id, "date": 0, "chat": {"id": user_id, "type": "private"},
        "from": {"id": user_id, "is_bot": False, "first_name": "P"}, "text": f"answer {update_id}"}})


def entry(update_id: int, user_id: int) -> InboxEntry:
    return InboxEntry(update_id, payload(update_id, user_id), f"user:{user_id}")


def update(update_id: int, user_id: int) -> Update:
    decoded = Update.de_json(json.loads(payload(update_id, user_id)), BOT)
    assert decoded is not None
    return decoded


@pytest.fixture(params=["sqlite", "postgres"])
async def store(request: pytest.FixtureRequest) -> AsyncIterator[AnyStore]:
    made: AnyStore = (PostgresSessionStore(request.getfixturevalue("postgres_url"), clock=lambda: LONG_AGO)
                      if request.param == "postgres" else SqliteSessionStore(":memory:", clock=lambda: LONG_AGO))
    async with made as opened:
        yield opened


@pytest.fixture
async def two_workers(postgres_url: str) -> AsyncIterator[tuple[PostgresSessionStore, PostgresSessionStore]]:
    async with PostgresSessionStore(postgres_url) as first, PostgresSessionStore(postgres_url) as second:
        yield first, second


@pytest.mark.parametrize("kind", ["sqlite", "postgres"])
def test_only_a_shared_database_gets_turns_across_processes(kind: str) -> None:
    """On SQLite the processor's in-memory per-person lock stays the only turn, as before."""
    store: AnyStore = (PostgresSessionStore("postgresql://bot@127.0.0.1:1/bot") if kind == "postgres"
                       else SqliteSessionStore(":memory:"))
    catalog = load_catalog()
    service = ConversationService(Interview(load_content(), languages=frozenset(catalog.codes)), store, catalog,
                                  clock=lambda: LONG_AGO)
    settings = Settings(_env_file=None, TELEGRAM_BOT_TOKEN="123456:test-token-not-used")  # type: ignore[call-arg]
    processor = build_application(settings, service, store, store).update_processor
    assert isinstance(processor, FairUpdateProcessor)
    assert (processor.in_turn is not None) is (kind == "postgres")


def test_the_person_of_an_update_is_the_processor_key_as_text() -> None:
    assert FairUpdateProcessor.person_of(update(1, 42)) == "user:42"
    assert FairUpdateProcessor.person_of(object()) is None


async def test_pending_entries_by_person_and_through_an_update(store: AnyStore) -> None:
    await store.inbox_add([entry(3, 1), entry(1, 1), entry(2, 2), InboxEntry(4, "{}")])
    assert [e.update_id for e in await store.inbox_pending()] == [1, 2, 3, 4]
    assert [(e.update_id, e.person) for e in await store.inbox_pending(person="user:1")] == [
        (1, "user:1"), (3, "user:1")]
    assert [e.update_id for e in await store.inbox_pending(person="user:1", through=2)] == [1]
    assert [e.update_id for e in await store.inbox_pending(through=2)] == [1, 2]
    assert await store.inbox_waiting_persons(LONG_AGO + timedelta(seconds=1)) == ["user:1", "user:2"]
    assert await store.inbox_waiting_persons(LONG_AGO) == []  # strictly before


async def test_one_process_has_no_locks_and_runs_every_job() -> None:
    async with SqliteSessionStore(":memory:") as store:
        assert not store.shared_by_processes
        async with store.person_lock("user:1"), store.try_person_lock("user:1") as taken:
            assert taken
        assert await store.claim_periodic_run("purge", timedelta(hours=1))
        assert await store.claim_periodic_run("purge", timedelta(hours=1))


async def test_a_person_lock_is_held_against_other_workers_until_released(
        two_workers: tuple[PostgresSessionStore, PostgresSessionStore]) -> None:
    first, second = two_workers
    assert first.shared_by_processes
    released = asyncio.Event()
    order: list[str] = []

    async def waiting_worker() -> None:
        async with second.person_lock("user:1"):
            order.append("second has it")

    async with first.person_lock("user:1"):
        async with second.try_person_lock("user:1") as taken:
            assert not taken
        async with second.try_person_lock("user:2") as other:  # other people are not held up
            assert other
        waiter = asyncio.create_task(waiting_worker())
        await asyncio.sleep(0.2)  # a chance to (wrongly) take it; not a timing assertion
        order.append("first releases")
        released.set()
    await waiter
    assert order == ["first releases", "second has it"]
    async with first.try_person_lock("user:1") as again:
        assert again


async def test_a_dead_holders_lock_is_gone_with_its_connection(
        two_workers: tuple[PostgresSessionStore, PostgresSessionStore], postgres_url: str) -> None:
    _, store = two_workers
    address = parse_postgres_url(postgres_url)
    dead = await asyncpg.connect(host=address.host, port=address.port, user=address.user,
                                 password=address.password, database=address.dbname)
    await dead.execute("SELECT pg_advisory_lock(hashtext('user:7'))")
    async with store.try_person_lock("user:7") as taken:
        assert not taken
    dead.terminate()  # as kill -9 would: the server ends the session and its locks
    async with store.person_lock("user:7"):
        pass


async def test_a_periodic_job_is_claimed_by_one_worker_per_period(
        two_workers: tuple[PostgresSessionStore, PostgresSessionStore]) -> None:
    first, second = two_workers
    hour = timedelta(hours=1)
    claims = await asyncio.gather(*(s.claim_periodic_run("purge", hour) for s in (first, second, first, second)))
    assert sorted(claims) == [False, False, False, True]
    assert not await second.claim_periodic_run("purge", hour)
    assert await second.claim_periodic_run("other job", hour)  # each job has its own period
    assert await first.claim_periodic_run("purge", timedelta(0))  # its period is up


async def test_a_worker_handles_the_persons_earlier_pending_updates_first_and_skips_what_others_did(
        two_workers: tuple[PostgresSessionStore, PostgresSessionStore]) -> None:
    first_store, second_store = two_workers
    handled: list[tuple[str, int]] = []

    def worker(name: str, store: PostgresSessionStore) -> PersonTurns:
        async def process(u: Update) -> None:
            handled.append((name, u.update_id))
        return PersonTurns(store, BOT, process)

    first, second = worker("first", first_store), worker("second", second_store)
    await first_store.inbox_add([entry(1, 5), entry(3, 5), entry(10, 6)])  # the first worker got 1, 3 and 10
    await second_store.inbox_add([entry(2, 5)])  # the second got 2, and comes first
    record = handled.append

    async def own(name: str, update_id: int) -> None:
        record((name, update_id))

    await second.in_turn(update(2, 5), own("second", 2))
    assert handled == [("second", 1), ("second", 2)]  # 1 was still pending: handled before 2
    # Both finished before the turn ended: the next worker to take it cannot find them pending.
    assert [e.update_id for e in await first_store.inbox_pending(person="user:5")] == [3]
    skipped = own("first", 1)
    await first.in_turn(update(1, 5), skipped)  # already handled by the second worker: not run again
    assert skipped.cr_frame is None  # closed unrun
    await first.in_turn(update(3, 5), own("first", 3))
    assert [u for _, u in handled] == [1, 2, 3]
    assert [e.update_id for e in await first_store.inbox_pending()] == [10]  # another person's: untouched


async def test_the_sweep_picks_up_what_a_dead_worker_left_unless_a_live_one_holds_the_person(
        two_workers: tuple[PostgresSessionStore, PostgresSessionStore], postgres_url: str) -> None:
    first_store, second_store = two_workers
    handled: list[int] = []

    async def process(u: Update) -> None:
        handled.append(u.update_id)

    async with PostgresSessionStore(postgres_url, clock=lambda: LONG_AGO) as dead:  # received long ago
        await dead.inbox_add([entry(21, 8), entry(20, 8), entry(30, 9)])
    await first_store.inbox_add([entry(40, 10)])  # just received: a live worker's, not stale
    sweeper = PersonTurns(second_store, BOT, process)
    async with first_store.person_lock("user:9"):  # a live worker is on person 9
        assert await sweeper.sweep_once() == 2
    assert handled == [20, 21]
    assert await sweeper.sweep_once() == 1  # person 9's turn is free now
    assert handled == [20, 21, 30]
    assert [e.update_id for e in await first_store.inbox_pending()] == [40]
