"""The durable inbox: the store's entries and kept replies, the effects as JSON, and the service's replay of
the replies of an update applied before the process stopped."""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator
from datetime import UTC, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st
from telegram import Bot, Chat, Message, Update, User
from telegram.error import TelegramError

from bot.callback_data import ButtonAction
from bot.effects import CloseQuestion, EditPressed, Effect, Notify, Send, SendFile, decode_replies, encode_replies
from bot.rendering.messages import Button, Outgoing
from bot.requests import Command, Person, Text
from bot.service import ConversationService
from bot.storage import InboxEntry, SaveOutcome, SqliteSessionStore
from bot.storage.postgres import PostgresSessionStore
from bot.telegram_adapter.inbox import DurableUpdateQueue, InboxBot
from conversations.engine import Interview
from conversations.loading import load_content
from locales import load_catalog
from tests.store_backends import AnyStore

NOW = datetime(2026, 12, 3, 4, 0, tzinfo=UTC)
ANA = Person(user_id=101, first_name="Ana", language_code="en")


@pytest.fixture(params=["sqlite", "postgres"])
async def store(request: pytest.FixtureRequest) -> AsyncIterator[AnyStore]:
    """The inbox on both stores (PostgreSQL: a fresh database on the tests' own server)."""
    made: AnyStore = (PostgresSessionStore(request.getfixturevalue("postgres_url"), clock=lambda: NOW)
                      if request.param == "postgres" else SqliteSessionStore(":memory:", clock=lambda: NOW))
    async with made as opened:
        yield opened


async def test_entries_are_kept_once_in_order_until_done(store: AnyStore) -> None:
    assert await store.inbox_add([InboxEntry(12, '{"update_id": 12}'), InboxEntry(10, '{"update_id": 10}')]) == {
        10, 12}
    assert await store.inbox_add([InboxEntry(12, '{"update_id": 12, "again": true}'), InboxEntry(13, "{}")]) == {
        13}  # sent again: kept once, as first written
    await store.inbox_done([13])
    assert await store.inbox_add([]) == set()
    assert [(e.update_id, e.payload) for e in await store.inbox_pending()] == [
        (10, '{"update_id": 10}'), (12, '{"update_id": 12}')]
    await store.inbox_done([10])
    assert [e.update_id for e in await store.inbox_pending()] == [12]
    assert repr((await store.inbox_pending())[0]) == "InboxEntry(update_id=12)"  # the payload is never printed


async def test_replies_are_kept_with_the_save_and_refused_with_it(store: AnyStore) -> None:
    await store.inbox_add([InboxEntry(1, "{}")])
    assert await store.save(ANA.user_id, "{}", expected_version=0, update_id=1, replies="R1") is SaveOutcome.SAVED
    assert await store.inbox_replies(1) == "R1"
    await store.inbox_add([InboxEntry(2, "{}")])
    stale = await store.save(ANA.user_id, "{}", expected_version=0, update_id=2, replies="R2")
    assert stale is SaveOutcome.STALE and await store.inbox_replies(2) is None  # refused: nothing kept
    assert await store.mark_processed(update_id=2, replies="R2m")
    assert await store.inbox_replies(2) == "R2m"
    assert not await store.mark_processed(update_id=2, replies="other")  # a duplicate keeps the first replies
    assert await store.inbox_replies(2) == "R2m"
    # An update without an inbox entry (the terminal): nothing kept, nothing refused.
    assert await store.save(ANA.user_id, "{}", expected_version=1, update_id=3, replies="R3") is SaveOutcome.SAVED
    assert await store.inbox_replies(3) is None
    await store.inbox_done([1])
    assert await store.inbox_replies(1) is None


labels = st.text(min_size=1, max_size=20)
outgoing = st.builds(Outgoing, st.text(max_size=80), st.lists(st.lists(
    st.one_of(st.builds(Button, labels, st.just(None), st.just("https://t.me/x?start=g-1")),
              st.builds(Button, labels, st.builds(ButtonAction, st.just("choose"), st.just(("goal", "work"))))),
    min_size=1, max_size=3).map(tuple), max_size=3).map(tuple))
effects = st.lists(st.one_of(
    st.builds(Send, outgoing, st.one_of(st.none(), st.just("age"))),
    st.builds(EditPressed, outgoing),
    st.builds(CloseQuestion, st.integers(1, 2**40), outgoing),
    st.builds(Notify, st.text(max_size=40), st.booleans()),
    st.builds(SendFile, st.just("my-data.json"), st.binary(max_size=64), st.text(max_size=20))), max_size=6)


@given(effects, st.integers(0, 10**6))
def test_replies_read_back_as_written(written: list[Effect], version: int) -> None:
    assert decode_replies(encode_replies(written, version)) == (written, version)


@pytest.mark.parametrize("text", ["", "{}", '{"version": 1}', '{"version": 1, "effects": [{"kind": "x"}]}', "[1]"])
def test_unreadable_replies_are_refused(text: str) -> None:
    with pytest.raises(ValueError):
        decode_replies(text)


async def test_an_update_applied_before_a_crash_gets_its_replies_again(store: AnyStore) -> None:
    content, catalog = load_content(), load_catalog()
    service = ConversationService(Interview(content, languages=frozenset(catalog.codes)), store, catalog,
                                  clock=lambda: NOW)
    await store.inbox_add([InboxEntry(1, "{}")])
    first = await service.handle(ANA, Command("start"), update_id=1)
    await store.inbox_add([InboxEntry(2, "{}")])
    answered = await service.handle(ANA, Text("hello"), update_id=2)  # changes nothing: only marked
    # The process died before the entries were done: the same updates come again from the inbox.
    again = await service.handle(ANA, Command("start"), update_id=1)
    assert again.effects == first.effects and again.version == first.version == 1 and not again.duplicate
    assert (await service.handle(ANA, Text("hello"), update_id=2)).effects == answered.effects
    # Once done, a redelivery is a plain duplicate: nothing is sent twice.
    await store.inbox_done([1])
    assert (await service.handle(ANA, Command("start"), update_id=1)).duplicate


def _update(update_id: int) -> Update:
    user = User(7, "U", is_bot=False)
    return Update(update_id, message=Message(update_id, NOW, Chat(7, "private"), from_user=user, text="/start"))


@pytest.mark.parametrize("batched", [False, True], ids=["webhook", "polling"])
async def test_the_update_queue_writes_before_queueing_and_resumes_what_was_left(store: AnyStore,
                                                                                  batched: bool) -> None:
    queue = DurableUpdateQueue(store, batched=batched)
    await queue.put(_update(5))
    await queue.put(_update(6))
    await queue.put("not an update")  # anything else PTB queues is passed through
    if batched:  # polling: nothing is handled before the batch is written (InboxBot.get_updates does it)
        assert queue.qsize() == 1 and await store.inbox_pending() == []
        await queue.write_batch()
    assert queue.qsize() == 3
    await queue.put(_update(5))  # Telegram sent it again before it was done: queued once
    await queue.write_batch()
    assert queue.qsize() == 3
    assert [e.update_id for e in await store.inbox_pending()] == [5, 6]
    # A new process: the entries left are queued again, first, oldest first.
    resumed = DurableUpdateQueue(store, batched=batched)
    assert await resumed.requeue_unfinished(Bot("123:ABC")) == 2
    update = await asyncio.wait_for(resumed.get(), 1)
    assert isinstance(update, Update) and update.update_id == 5 and update.message is not None
    assert json.loads((await store.inbox_pending())[0].payload)["message"]["text"] == "/start"
    await resumed.finish(update)
    await resumed.close()  # finished entries are forgotten in batches; at the latest when the queue closes
    assert [e.update_id for e in await store.inbox_pending()] == [6]


async def test_finished_entries_are_forgotten_together(store: AnyStore) -> None:
    writes: list[list[int]] = []

    class Counting(DurableUpdateQueue):
        async def forget_done(self) -> None:
            writes.append(list(self._done))
            await super().forget_done()

    queue = Counting(store, batched=False, done_batch_seconds=3600)  # the batch ends when the queue closes
    for number in range(1, 6):
        await queue.put(_update(number))
    for number in range(1, 5):
        await queue.finish(_update(number))
    assert len(await store.inbox_pending()) == 5 and writes == []  # not one write each
    await queue.close()
    assert writes == [[1, 2, 3, 4]]
    assert [e.update_id for e in await store.inbox_pending()] == [5]


async def test_finished_entries_are_forgotten_soon_without_a_close(store: AnyStore) -> None:
    queue = DurableUpdateQueue(store, batched=False, done_batch_seconds=0)
    await queue.put(_update(1))
    await queue.finish(_update(1))
    for _ in range(200):  # a bound, not a timing: the batch is written as soon as the loop gets to it
        if not await store.inbox_pending():
            break
        await asyncio.sleep(0.01)
    assert await store.inbox_pending() == []


async def test_the_bot_writes_the_batch_before_it_asks_for_more(store: AnyStore) -> None:
    """The next getUpdates tells Telegram the last batch arrived: it is written first."""
    queue = DurableUpdateQueue(store, batched=True)
    bot = InboxBot("123:ABC", inbox=queue, base_url="http://127.0.0.1:9/bot")  # nothing listens there
    await queue.put(_update(8))
    with pytest.raises(TelegramError):
        await bot.get_updates(offset=9, timeout=0)
    assert [e.update_id for e in await store.inbox_pending()] == [8] and queue.qsize() == 1
