"""Small parts of the bot: configuration, button payloads, the per-person update processor."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
from pydantic import ValidationError
from telegram import Chat, Message, Update, User

from bot.callback_data import MAX_CALLBACK_BYTES, ButtonAction, decode
from bot.config import Mode, Settings
from bot.telegram_adapter.processor import FairUpdateProcessor
from conversations.loading import load_content


def settings(**env: str) -> Settings:
    return Settings(_env_file=None, **env)  # type: ignore[call-arg]


def test_defaults_without_a_token() -> None:
    found = settings()
    assert found.telegram_bot_token is None and found.bot_mode is Mode.POLLING
    assert str(found.bot_database).endswith("bot.sqlite3")


def test_token_is_never_shown() -> None:
    found = settings(TELEGRAM_BOT_TOKEN="123456:SECRETSECRET")
    assert "SECRETSECRET" not in repr(found) and "SECRETSECRET" not in str(found.model_dump())


@pytest.mark.parametrize("env", [
    {"TELEGRAM_BOT_TOKEN": "not-a-token"},
    {"BOT_MODE": "webhook"},
    {"BOT_MODE": "webhook", "BOT_WEBHOOK_URL": "https://x.example", "BOT_WEBHOOK_SECRET": "has space"},
    {"BOT_ADMIN_IDS": "12,abc"},
    {"BOT_PORT": "70000"},
])
def test_bad_settings_are_refused_clearly(env: dict[str, str]) -> None:
    with pytest.raises(ValidationError) as error:
        settings(**env)
    for value in ("not-a-token", "has space"):  # the values given are never echoed back
        assert value not in str(error.value)


def test_admin_ids_parse() -> None:
    assert settings(BOT_ADMIN_IDS="1, 2;3").bot_admin_ids == frozenset({1, 2, 3})


def test_every_button_of_the_content_fits_in_64_bytes() -> None:
    content = load_content()
    for question in content.questions.values():
        for key in (*question.choice_keys, "dont_know", "yes", "no"):
            data = ButtonAction("toggle", (question.id, key)).encode()
            assert len(data.encode()) <= MAX_CALLBACK_BYTES
            assert decode(data) == ButtonAction("toggle", (question.id, key))
    for route in content.routes:
        assert decode(ButtonAction("why", (route.spec.id,)).encode()) == ButtonAction("why", (route.spec.id,))


@pytest.mark.parametrize("data", [None, "", "zz", "c", "c:a", "c:A:b", "c:a:b:c", "k:abc", "l:english",
                                  "w:" + "a" * 70, "c:goal:🙂"])
def test_malformed_payloads_decode_to_nothing(data: str | None) -> None:
    assert decode(data) is None


def _update(update_id: int, user_id: int) -> Update:
    user = User(user_id, "U", is_bot=False)
    chat = Chat(user_id, "private")
    return Update(update_id, message=Message(update_id, None, chat, from_user=user, text="x"))  # type: ignore[arg-type]


async def test_one_person_in_order_different_people_in_parallel() -> None:
    processor = FairUpdateProcessor(workers=16)
    log: list[tuple[int, str]] = []
    release = asyncio.Event()

    async def work(user: int, step: str, wait: bool = False) -> None:
        log.append((user, f"{step} start"))
        if wait:
            await release.wait()
        log.append((user, f"{step} end"))

    async def run(update: Update, coroutine: Any) -> None:
        await processor.process_update(update, coroutine)

    first = asyncio.create_task(run(_update(1, 7), work(7, "a", wait=True)))
    second = asyncio.create_task(run(_update(2, 7), work(7, "b")))
    other = asyncio.create_task(run(_update(3, 8), work(8, "c")))
    await asyncio.wait_for(other, 2)  # another person is not held up
    assert (7, "b start") not in log  # the same person's next update waits for the first
    release.set()
    await asyncio.gather(first, second)
    assert log.index((7, "a end")) < log.index((7, "b start"))
    assert processor.active_keys == 0  # locks are dropped once idle: memory does not grow with people


async def test_one_persons_backlog_does_not_hold_the_workers_others_need() -> None:
    """Two workers, and one person with five updates queued behind a slow one: another person still
    gets a worker at once (the per-person wait happens before a worker is taken)."""
    processor = FairUpdateProcessor(workers=2, per_person=10, admitted=100)
    release = asyncio.Event()
    done: list[str] = []

    async def slow() -> None:
        await release.wait()
        done.append("flooder")

    async def quick() -> None:
        done.append("other")

    flood = [asyncio.create_task(processor.process_update(_update(i, 7), slow())) for i in range(6)]
    await asyncio.sleep(0)
    await asyncio.wait_for(processor.process_update(_update(99, 8), quick()), 2)
    assert done == ["other"]
    release.set()
    await asyncio.gather(*flood)
    assert done.count("flooder") == 6 and processor.active_keys == 0


async def test_a_flood_beyond_the_per_person_queue_is_dropped_and_told_once() -> None:
    told: list[tuple[int, bool]] = []

    async def on_overflow(update: Update, first: bool) -> None:
        told.append((update.update_id, first))

    processor = FairUpdateProcessor(workers=4, per_person=3, on_overflow=on_overflow)
    release = asyncio.Event()
    ran: list[int] = []

    async def work(number: int) -> None:
        await release.wait()
        ran.append(number)

    tasks = [asyncio.create_task(processor.process_update(_update(i, 7), work(i))) for i in range(10)]
    await asyncio.sleep(0.01)
    assert [update_id for update_id, _ in told] == list(range(3, 10))  # dropped at once, not held
    assert [first for _, first in told] == [True] + [False] * 6  # the person is told once per burst
    release.set()
    await asyncio.gather(*tasks)
    assert ran == [0, 1, 2]  # the ones kept ran, in order
    told.clear()
    await processor.process_update(_update(20, 7), work(20))  # the burst is over: accepted again
    assert ran[-1] == 20 and not told


async def test_more_than_the_per_minute_limit_is_dropped_until_the_next_minute() -> None:
    now = [0.0]
    told: list[bool] = []

    async def on_overflow(update: Update, first: bool) -> None:
        told.append(first)

    processor = FairUpdateProcessor(per_person=100, per_minute=3, on_overflow=on_overflow, clock=lambda: now[0])
    ran: list[int] = []

    async def work(number: int) -> None:
        ran.append(number)

    for number in range(5):
        await processor.process_update(_update(number, 7), work(number))
    await processor.process_update(_update(50, 8), work(50))  # someone else is not limited
    assert ran == [0, 1, 2, 50] and told == [True, False]  # told once, however many more they send
    now[0] = 61.0  # the next minute
    await processor.process_update(_update(9, 7), work(9))
    assert ran[-1] == 9


async def test_drops_that_overlap_never_fail() -> None:
    """Found by the fuzzer: two drops of one person, each waiting on its notice, ended by deleting the
    same bookkeeping entry twice (KeyError in the error handler)."""
    gate = asyncio.Event()

    async def slow_notice(update: Update, first: bool) -> None:
        await gate.wait()

    processor = FairUpdateProcessor(per_minute=1, on_overflow=slow_notice)

    async def work() -> None:
        pass

    await processor.process_update(_update(1, 7), work())  # the minute's one update
    drops = [asyncio.create_task(processor.process_update(_update(n, 7), work())) for n in (2, 3)]
    await asyncio.sleep(0)
    gate.set()
    await asyncio.gather(*drops)  # no KeyError
    assert processor.active_keys == 0


def test_the_record_read_back_is_the_record_just_written() -> None:
    from bot.records import RecordCache, UserRecord
    from conversations.session import Session

    cache = RecordCache(size=2)
    record = UserRecord(session=Session(language="fr"))
    text = record.to_json()
    cache.put(text, record, 1)
    assert cache.parse(text, 1) is record  # no parsing, and the engine finds its cached path again
    other = UserRecord(session=Session(language="de"))
    assert cache.parse(other.to_json(), 2) == other  # text never seen: parsed
    cache.parse(UserRecord(session=Session(language="ru")).to_json(), 3)
    assert cache.parse(text, 1) is not record  # bounded: the oldest went, and is parsed again
    with pytest.raises(ValueError):
        cache.parse("{not json", 1)
    cache.forget(1)
    assert cache.parse(text, 1) is not record  # forgotten: parsed again


def test_only_messages_without_parameters_are_kept_formatted() -> None:
    from decimal import Decimal

    from locales import load_catalog

    catalog = load_catalog()
    assert catalog.text("en", "question-progress", number=3) == catalog.text("en", "question-progress", number=3)
    assert catalog.text("ru", "question-progress", number=3) != catalog.text("en", "question-progress", number=3)
    assert catalog.text("en", "unit-years", amount=2) == catalog.text("en", "unit-years", amount=Decimal(2))
    assert catalog.text("en", "unit-years", amount=Decimal("1.5")) != catalog.text("en", "unit-years", amount=1)
    catalog.text("en", "help-text")
    # A person's values (an age, a salary) are never kept after the message was formatted.
    assert all(len(key) == 2 for key in catalog._plain) and ("en", "help-text") in catalog._plain
