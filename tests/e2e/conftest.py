"""Fixtures for the end-to-end tests: bot processes that are always stopped, their output printed."""

from __future__ import annotations

import re
from collections.abc import AsyncIterator, Callable
from pathlib import Path
from typing import Any

import pytest_asyncio

from tests.fake_telegram import FakeTelegramServer

from .harness import BotProcess

BotFactory = Callable[..., BotProcess]


@pytest_asyncio.fixture
async def bots(fake_telegram: FakeTelegramServer, tmp_path: Path) -> AsyncIterator[BotFactory]:
    """Makes (not starts) ``BotProcess``es against the fake server, with their files in ``tmp_path``.

    At the end every process still running is stopped, and what each printed is written to this
    test's stdout, which pytest shows when the test fails.
    """
    made: list[BotProcess] = []

    def make(**kwargs: Any) -> BotProcess:
        kwargs.setdefault("name", f"bot{len(made) + 1}")
        kwargs.setdefault("database", tmp_path / "data" / "bot.sqlite3")
        process = BotProcess(fake_telegram, tmp_path, **kwargs)
        made.append(process)
        return process

    try:
        yield make
    finally:
        for process in made:
            await process.stop()
            print(process.output())


@pytest_asyncio.fixture
async def patient_telegram() -> AsyncIterator[FakeTelegramServer]:
    """A fake Bot API that, like Telegram, keeps retrying a webhook delivery while the bot is down."""
    server = FakeTelegramServer(webhook_retry_delay=0.1, webhook_max_attempts=100_000)
    await server.start()
    try:
        yield server
    finally:
        await server.stop()


_GROUP_OUTPUT = frozenset({"sendMessage", "editMessageText", "sendDocument", "sendPhoto", "editMessageReplyMarkup"})


@pytest_asyncio.fixture(autouse=True)
async def nothing_personal_in_groups(fake_telegram: FakeTelegramServer) -> AsyncIterator[None]:
    """After every end-to-end test: no text a person typed in a private chat (an age, a salary, a date)
    was ever sent by the bot to a group or a channel, in a message or an edit."""
    yield
    typed = {
        message.text.strip()
        for chat_id in list(fake_telegram.world.chats)
        if chat_id > 0
        for message in fake_telegram.messages_in(chat_id, from_bot=False, include_deleted=True)
        if message.text and not message.text.startswith("/") and len(message.text.strip()) >= 2
    }
    patterns = [re.compile(rf"(?<![\w,.]){re.escape(value)}(?![\w,.])") for value in typed if len(value) <= 200]
    for record in fake_telegram.requests:
        chat_id = record.chat_id
        if record.method not in _GROUP_OUTPUT or not isinstance(chat_id, int) or chat_id >= 0:
            continue
        text = record.text or ""
        for pattern in patterns:
            assert not pattern.search(text), f"{pattern.pattern!r} typed in private reached chat {chat_id}: {text!r}"
