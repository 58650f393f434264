"""A double tap: the same button pressed twice before the first reply is applied once, silently."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, datetime

import pytest

from bot.callback_data import decode
from bot.effects import Notify, Send
from bot.requests import Command, Person, Press
from bot.service import ConversationService
from bot.storage import SqliteSessionStore
from conversations.engine import Interview
from conversations.loading import load_content
from locales import load_catalog

NOW = datetime(2026, 11, 28, 4, 0, tzinfo=UTC)
BO = Person(user_id=7, first_name="Bo", language_code="en")


@pytest.fixture
async def service() -> AsyncIterator[ConversationService]:
    catalog = load_catalog()
    async with SqliteSessionStore(":memory:", clock=lambda: NOW) as store:
        yield ConversationService(Interview(load_content(), languages=frozenset(catalog.codes)), store, catalog,
                                  clock=lambda: NOW)


async def test_the_same_press_twice_asks_the_next_question_once(service: ConversationService) -> None:
    await service.handle(BO, Command("start"), update_id=1)
    first = await service.handle(BO, Press(decode("c:goal:work"), 2), update_id=2, callback_id="q1")
    assert [e.question_id for e in first.effects if isinstance(e, Send)] == ["age"]

    second = await service.handle(BO, Press(decode("c:goal:work"), 2), update_id=3, callback_id="q2")
    assert second.effects == [Notify("")]  # answered quietly: nothing re-sent, no alert


async def test_an_old_button_with_another_answer_is_refused_and_the_question_shown(
        service: ConversationService) -> None:
    await service.handle(BO, Command("start"), update_id=1)
    await service.handle(BO, Press(decode("c:goal:work"), 2), update_id=2, callback_id="q1")

    other = await service.handle(BO, Press(decode("c:goal:settle"), 2), update_id=3, callback_id="q2")
    notify = other.effects[0]
    assert isinstance(notify, Notify) and notify.alert and "earlier question" in notify.text
    assert [e.question_id for e in other.effects if isinstance(e, Send)] == ["age"]
