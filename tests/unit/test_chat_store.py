"""Group and channel settings, and anonymous counters, in the same SQLite file as sessions."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from bot.storage import ChatSettings, SaveOutcome, SqliteSessionStore, StatIncrement


@pytest.fixture
async def store() -> AsyncIterator[SqliteSessionStore]:
    async with SqliteSessionStore(":memory:") as opened:
        yield opened


async def test_chat_settings_round_trip_and_removal(store: SqliteSessionStore) -> None:
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


async def test_counters_add_up_and_hold_no_person(store: SqliteSessionStore) -> None:
    started = [StatIncrement("started", "source", "private"), StatIncrement("started", "language", "ru")]
    assert await store.save(1, "{}", expected_version=0, stats=started) is SaveOutcome.SAVED
    assert await store.save(2, "{}", expected_version=0, stats=started) is SaveOutcome.SAVED
    counts = {(c.metric, c.dimension, c.value): c.count for c in await store.stats()}
    assert counts == {("started", "source", "private"): 2, ("started", "language", "ru"): 2}


async def test_a_refused_save_counts_nothing(store: SqliteSessionStore) -> None:
    await store.save(1, "{}", expected_version=0, update_id=5)
    completed = [StatIncrement("completed", "outcome", "x")]
    refused = await store.save(1, "{}", expected_version=1, update_id=5, stats=completed)
    assert refused is SaveOutcome.DUPLICATE  # the whole transaction is refused
    assert await store.stats() == []
