"""Fixtures for the end-to-end tests: bot processes that are always stopped, their output printed."""

from __future__ import annotations

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
