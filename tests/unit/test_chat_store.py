"""Group and channel settings, and anonymous counters, in the same database as sessions: SQLite or PostgreSQL."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from bot.storage import ChatSettings, SaveOutcome, SqliteSessionStore, StatIncrement
from bot.storage.postgres import PostgresSessionStore
from tests.store_backends import AnyStore


@pytest.fixture(params=["sqlite", "postgres"])
async def store(request: pytest.FixtureRequest) -> AsyncIterator[AnyStore]:
    opened: AnyStore
    if request.param == "postgres":
        opened = PostgresSessionStore(request.getfixturevalue("postgres_url"))
    else:
        opened = SqliteSessionStore(":memory:")
    async with opened:
        yield opened


async def test_chat_settings_round_trip_and_removal(store: AnyStore) -> None:
    assert await store.get_chat(-100) is None
    settings = ChatSettings(chat_id=-100, kind="supergroup", title="Work in China", language="ru")
    await store.put_chat(settings)
    assert await store.get_chat(-100) == settings
    changed = ChatSettings(chat_id=-100, kind="supergroup", title="Work in China", language="en",
                           public_commands=False, quiet=True, bot_status="administrator")
    await store.put_chat(changed)
    assert await store.get_chat(-100) == changed
    assert await store.delete_chat(-100)
    assert await store.get_chat(-100) is None
    assert not await store.delete_chat(-100)


async def test_counters_add_up_and_hold_no_person(store: AnyStore) -> None:
    started = [StatIncrement("started", "source", "private"), StatIncrement("started", "language", "ru")]
    assert await store.save(1, "{}", expected_version=0, stats=started) is SaveOutcome.SAVED
    assert await store.save(2, "{}", expected_version=0, stats=started) is SaveOutcome.SAVED
    counts = {(c.metric, c.dimension, c.value): c.count for c in await store.stats()}
    assert counts == {("started", "source", "private"): 2, ("started", "language", "ru"): 2}


async def test_a_refused_save_counts_nothing(store: AnyStore) -> None:
    await store.save(1, "{}", expected_version=0, update_id=5)
    completed = [StatIncrement("completed", "outcome", "x")]
    refused = await store.save(1, "{}", expected_version=1, update_id=5, stats=completed)
    assert refused is SaveOutcome.DUPLICATE  # the whole transaction is refused
    assert await store.stats() == []


async def test_supergroup_ids_beyond_32_bits_and_the_order_of_counts(store: AnyStore) -> None:
    supergroup = ChatSettings(chat_id=-1_001_234_567_890, kind="supergroup", title="留学 🇨🇳", language="zh")
    await store.put_chat(supergroup)
    assert await store.get_chat(-1_001_234_567_890) == supergroup
    # ordered by metric, dimension, count (highest first), then value in byte order, on both databases
    values = ["b", "B", "a", "é", "A"]
    for user, value in enumerate(values):
        await store.save(user, "{}", expected_version=0, stats=[StatIncrement("started", "language", value)])
    await store.save(10, "{}", expected_version=0, stats=[StatIncrement("started", "language", "z")] * 2)
    assert [c.value for c in await store.stats()] == ["z", "A", "B", "a", "b", "é"]
