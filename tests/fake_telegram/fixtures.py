"""pytest fixture: a started fake Telegram server per test (``tests/conftest.py`` loads this)."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest_asyncio

from .server import FakeTelegramServer


@pytest_asyncio.fixture
async def fake_telegram() -> AsyncIterator[FakeTelegramServer]:
    """A ``FakeTelegramServer`` listening on 127.0.0.1 (free port), stopped after the test."""
    server = FakeTelegramServer()
    await server.start()
    try:
        yield server
    finally:
        await server.stop()
