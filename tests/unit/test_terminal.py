"""Terminal mode: numbered buttons, and typed numbers that are answers, not button presses."""

from __future__ import annotations

import io
from collections.abc import AsyncIterator
from datetime import UTC, datetime

import pytest

from bot.requests import Command, Press, Text
from bot.service import ConversationService
from bot.storage import SqliteSessionStore
from bot.terminal import TerminalChat
from conversations.engine import Interview
from conversations.loading import load_content
from locales import load_catalog

NOW = datetime(2026, 11, 28, 4, 0, tzinfo=UTC)


@pytest.fixture
async def chat() -> AsyncIterator[TerminalChat]:
    catalog = load_catalog()
    async with SqliteSessionStore(":memory:", clock=lambda: NOW) as store:
        service = ConversationService(Interview(load_content(), languages=frozenset(catalog.codes)), store,
                                      catalog, clock=lambda: NOW)
        yield TerminalChat(service, io.StringIO())


async def say(chat: TerminalChat, line: str) -> str:
    out = chat.out
    assert isinstance(out, io.StringIO)
    start = len(out.getvalue())
    chat.show((await chat.service.handle(chat.person, chat.request_for(line))).effects)
    return out.getvalue()[start:]


async def test_a_typed_number_answers_a_number_question_and_hash_presses_a_button(chat: TerminalChat) -> None:
    shown = await say(chat, "/start")
    assert "[1] Work there" in shown
    assert isinstance(chat.request_for("1"), Press)  # a choice question: the number is a button

    shown = await say(chat, "1")
    assert "How old are you?" in shown and "[#1]" in shown  # a number question: buttons are #1, #2...
    assert chat.request_for("2") == Text("2")
    assert isinstance(chat.request_for("#1"), Press)
    assert chat.request_for("/back") == Command("back")

    shown = await say(chat, "2")  # "2 years old" (a child joining a parent): an age, not button 2
    assert "In which city" in shown
