"""The background sender without Telegram's server: two workers on one database send each reminder once;
429 is waited out, a blocked person is dropped, a network failure leaves the message for later."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any, cast

import pytest
from telegram.error import Forbidden, NetworkError, RetryAfter

from bot.follow_up_delivery import FollowUpDelivery
from bot.follow_ups import UNDELIVERED_GRACE
from bot.records import Reminder, UserRecord
from bot.service import ConversationService
from bot.storage import PostgresSessionStore, SqliteSessionStore
from bot.telegram_adapter.follow_up_sender import FollowUpSender
from conversations.engine import Interview
from conversations.loading import load_content
from conversations.session import Answer, Session
from locales import load_catalog
from tests.store_backends import AnyStore

CONTENT = load_content()
CATALOG = load_catalog()
DAY = date(2027, 6, 1)
PEOPLE = 12


class Clock:
    def __init__(self) -> None:
        self.now = datetime(2027, 6, 1, 2, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now


@dataclass
class RecordingBot:
    """Stands in for PTB's Bot: records sends, and fails as told (by chat id, a list of errors to raise)."""

    sent: list[tuple[int, str]] = field(default_factory=list)
    failures: dict[int, list[Exception]] = field(default_factory=dict)

    async def send_message(self, chat_id: int, text: str, **_: Any) -> None:
        await asyncio.sleep(0)  # a real send yields to the loop: let the other worker run meanwhile
        pending = self.failures.get(chat_id)
        if pending:
            raise pending.pop(0)
        self.sent.append((chat_id, text))


@dataclass
class Context:
    bot: RecordingBot


def record() -> UserRecord:
    """Settled in Beijing since June 2023 (the four years are reached on 1 June 2027), with a reminder."""
    answers = {"goal": Answer(value="settle"), "age": Answer(value=38), "work_city": Answer(value="beijing"),
               "china_work_start": Answer(value="2023-06"), "highest_degree": Answer(value="doctorate"),
               "clean_record": Answer(value="yes"), "medical_check": Answer(value="yes"),
               "china_ties": Answer(value=["none"])}
    return UserRecord(session=Session(answers=answers), reminders=(Reminder(on=DAY, routes=("pr_salary_tax",)),))


def service_on(store: AnyStore, clock: Clock) -> ConversationService:
    interview = Interview(CONTENT, languages=frozenset(CATALOG.codes))
    return ConversationService(interview, store, CATALOG, clock=clock, chats=store, follow_ups=True)


def sender_on(service: ConversationService, store: AnyStore, clock: Clock) -> FollowUpSender:
    return FollowUpSender(FollowUpDelivery(service), store, CONTENT, clock=clock, per_second=1000)


async def tick(sender: FollowUpSender, bot: RecordingBot) -> None:
    await sender.tick(cast(Any, Context(bot)))


@pytest.fixture(params=["sqlite", "postgres"])
async def two_stores(request: pytest.FixtureRequest, tmp_path: Path) -> AsyncIterator[tuple[AnyStore, AnyStore]]:
    """Two workers' stores on one database."""
    clock = Clock()
    first: AnyStore
    second: AnyStore
    if request.param == "postgres":
        url = request.getfixturevalue("postgres_url")
        first, second = PostgresSessionStore(url, clock=clock), PostgresSessionStore(url, clock=clock)
    else:
        first = SqliteSessionStore(tmp_path / "bot.sqlite3", clock=clock)
        second = SqliteSessionStore(tmp_path / "bot.sqlite3", clock=clock)
    async with first, second:
        yield first, second


async def test_two_workers_send_each_reminder_once(two_stores: tuple[AnyStore, AnyStore]) -> None:
    clock = Clock()
    first_store, second_store = two_stores
    first, second = service_on(first_store, clock), service_on(second_store, clock)
    for user_id in range(1, PEOPLE + 1):
        assert await first.store_record(user_id, record(), 0)
    bots = RecordingBot(), RecordingBot()
    senders = sender_on(first, first_store, clock), sender_on(second, second_store, clock)
    for _ in range(3):  # the workers tick at the same moments, again and again
        await asyncio.gather(tick(senders[0], bots[0]), tick(senders[1], bots[1]))
    sent = sorted(chat for bot in bots for chat, _ in bot.sent)
    assert sent == list(range(1, PEOPLE + 1))  # everyone once, nobody twice
    assert all("Your reminder for June 1, 2027" in text for bot in bots for _, text in bot.sent)
    for user_id in range(1, PEOPLE + 1):
        loaded = await first.load_record(user_id)
        assert loaded is not None and loaded[0].reminders == () and loaded[0].undelivered is None
        assert await first_store.follow_up(user_id) is None


async def test_telegram_failures(tmp_path: Path) -> None:
    clock = Clock()
    async with SqliteSessionStore(tmp_path / "bot.sqlite3", clock=clock) as store:
        service = service_on(store, clock)
        for user_id in (1, 2, 3):
            assert await service.store_record(user_id, record(), 0)
        bot = RecordingBot(failures={
            1: [RetryAfter(timedelta(seconds=1))],  # busy: waited out, then sent
            2: [Forbidden("Forbidden: bot was blocked by the user")],  # blocked: dropped
            3: [NetworkError("Bad Gateway")],  # a temporary failure: kept for later
        })
        sender = sender_on(service, store, clock)
        await tick(sender, bot)
        assert [chat for chat, _ in bot.sent] == [1]

        blocked = await service.load_record(2)
        assert blocked is not None and blocked[0].reminders == () and blocked[0].undelivered is None
        assert await store.follow_up(2) is None

        kept = await service.load_record(3)
        assert kept is not None and kept[0].undelivered is not None  # saved, not yet sent
        await tick(sender, bot)
        assert [chat for chat, _ in bot.sent] == [1]  # not before its time
        clock.now += UNDELIVERED_GRACE + timedelta(seconds=1)
        await tick(sender, bot)
        assert [chat for chat, _ in bot.sent] == [1, 3]
        assert bot.sent[1][1] == bot.sent[0][1]  # the reminder saved before the failure
        sent_after = await service.load_record(3)
        assert sent_after is not None and sent_after[0].undelivered is None



async def test_follow_ups_wait_while_interactive_updates_are_handled(tmp_path: Path) -> None:
    """Interactive replies come first: while the processor has people's updates in hand, the sender waits."""
    clock = Clock()
    events: list[str] = []

    class BusyProcessor:
        busy = True

        @property
        def active_keys(self) -> int:
            return 1 if self.busy else 0

    class LoggingBot(RecordingBot):
        async def send_message(self, chat_id: int, text: str, **kwargs: Any) -> None:
            events.append("follow-up sent")
            await super().send_message(chat_id, text, **kwargs)

    processor = BusyProcessor()

    async def interactive_work() -> None:
        for _ in range(3):
            await asyncio.sleep(0.05)
        events.append("interactive done")
        processor.busy = False

    async with SqliteSessionStore(tmp_path / "bot.sqlite3", clock=clock) as store:
        service = service_on(store, clock)
        assert await service.store_record(1, record(), 0)
        sender = FollowUpSender(FollowUpDelivery(service), store, CONTENT, clock=clock, per_second=1000,
                                processor=cast(Any, processor))
        await asyncio.gather(interactive_work(), tick(sender, LoggingBot()))
    assert events == ["interactive done", "follow-up sent"]
