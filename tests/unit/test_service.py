"""The conversation service without Telegram: load -> engine -> durable save -> render -> effects."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from datetime import UTC, datetime

import pytest

from bot.callback_data import ButtonAction, decode
from bot.effects import CloseQuestion, Effect, Notify, Send, SendFile
from bot.records import UserRecord
from bot.requests import Command, Edited, Person, Press, Text, Unsupported
from bot.service import ConversationService
from bot.storage import SqliteSessionStore
from conversations.engine import Interview
from conversations.loading import load_content
from locales import load_catalog

NOW = datetime(2026, 11, 28, 4, 0, tzinfo=UTC)
CONTENT = load_content()
CATALOG = load_catalog()
ANA = Person(user_id=101, first_name="Ana", language_code="en")


@pytest.fixture
async def store() -> AsyncIterator[SqliteSessionStore]:
    async with SqliteSessionStore(":memory:", clock=lambda: NOW) as opened:
        yield opened


@pytest.fixture
def service(store: SqliteSessionStore) -> ConversationService:
    interview = Interview(CONTENT, languages=frozenset(CATALOG.codes))
    return ConversationService(interview, store, CATALOG, clock=lambda: NOW, chats=store)


def sent(effects: list[Effect]) -> list[Send]:
    return [e for e in effects if isinstance(e, Send)]


def question_of(effects: list[Effect]) -> str | None:
    asked = [e.question_id for e in sent(effects) if e.question_id]
    return asked[-1] if asked else None


def button(effects: list[Effect], label_part: str) -> ButtonAction:
    for effect in sent(effects):
        for row in effect.message.buttons:
            for b in row:
                if label_part in b.text and b.action is not None:
                    return b.action
    raise AssertionError(f"no button with {label_part!r}")


async def stored_answers(store: SqliteSessionStore, user_id: int) -> dict[str, object]:
    stored = await store.load(user_id)
    assert stored is not None
    record = UserRecord.from_json(stored.data)
    return {k: v.value for k, v in record.session.answers.items()}


async def test_start_greets_and_asks_the_first_question(service: ConversationService) -> None:
    turn = await service.handle(ANA, Command("start"), update_id=1)
    texts = [e.message.html for e in sent(turn.effects)]
    assert "Ana" in texts[0]
    assert question_of(turn.effects) == "goal"


async def test_answers_are_stored_before_the_reply(service: ConversationService, store: SqliteSessionStore) -> None:
    turn = await service.handle(ANA, Command("start"), update_id=1)
    await service.handle(ANA, Press(button(turn.effects, "Work there"), message_id=5), callback_id="q1", update_id=2)
    turn = await service.handle(ANA, Text("34"), update_id=3)
    assert await stored_answers(store, ANA.user_id) == {"goal": "work", "age": 34}
    assert question_of(turn.effects) == "work_city"


async def test_redelivered_update_is_applied_once(service: ConversationService, store: SqliteSessionStore) -> None:
    await service.handle(ANA, Command("start"), update_id=1)
    first = await service.handle(ANA, Press(ButtonAction("choose", ("goal", "work"))), update_id=2, callback_id="a")
    again = await service.handle(ANA, Press(ButtonAction("choose", ("goal", "work"))), update_id=2, callback_id="a")
    assert first.effects and not again.effects and again.duplicate
    stored = await store.load(ANA.user_id)
    assert stored is not None and stored.version == 2


@pytest.mark.parametrize("text", ["seven", "-7", "250", "🙂🙂", "x" * 4000, ""])
async def test_bad_input_leaves_the_session_unchanged(service: ConversationService, store: SqliteSessionStore,
                                                      text: str) -> None:
    await service.handle(ANA, Command("start"), update_id=1)
    await service.handle(ANA, Press(ButtonAction("choose", ("goal", "work"))), update_id=2)
    before = await store.load(ANA.user_id)
    turn = await service.handle(ANA, Text(text), update_id=3)
    after = await store.load(ANA.user_id)
    assert before is not None and after is not None and after.version == before.version
    assert after.data == before.data
    assert len(sent(turn.effects)) == 1 and sent(turn.effects)[0].question_id is None  # an explanation only


async def test_forged_and_stale_buttons_change_nothing(service: ConversationService, store: SqliteSessionStore) -> None:
    await service.handle(ANA, Command("start"), update_id=1)
    await service.handle(ANA, Press(ButtonAction("choose", ("goal", "work"))), update_id=2)
    before = await store.load(ANA.user_id)
    for data in ["zz", "c:age:x", "c:goal", "c:goal:settle", "l:xx", "w:nope", "\x00" * 64]:
        turn = await service.handle(ANA, Press(decode(data)), update_id=None)
        assert any(isinstance(e, Notify) for e in turn.effects)
    after = await store.load(ANA.user_id)
    assert before is not None and after is not None and after.data == before.data


async def test_stickers_and_edits_get_an_explanation(service: ConversationService) -> None:
    await service.handle(ANA, Command("start"))
    for request in (Unsupported(), Edited()):
        turn = await service.handle(ANA, request)
        assert len(sent(turn.effects)) == 1


async def test_answered_question_message_is_closed(service: ConversationService) -> None:
    turn = await service.handle(ANA, Command("start"), update_id=1)
    service.remember_question(ANA.user_id, 77, "goal")
    turn = await service.handle(ANA, Press(button(turn.effects, "Work there"), message_id=77), update_id=2)
    closed = [e for e in turn.effects if isinstance(e, CloseQuestion)]
    assert closed and closed[0].message_id == 77 and "Work there" in closed[0].message.html
    assert not closed[0].message.buttons


async def test_mydata_and_forget(service: ConversationService, store: SqliteSessionStore) -> None:
    await service.handle(ANA, Command("start"), update_id=1)
    await service.handle(ANA, Press(ButtonAction("choose", ("goal", "settle"))), update_id=2)
    turn = await service.handle(ANA, Command("mydata"), update_id=3)
    files = [e for e in turn.effects if isinstance(e, SendFile)]
    assert files and json.loads(files[0].data)["session"]["answers"]["goal"]["value"] == "settle"
    turn = await service.handle(ANA, Command("forget"), update_id=4)
    await service.handle(ANA, Press(button(turn.effects, "Yes")), update_id=5)
    assert await store.load(ANA.user_id) is None
    # Nor is anything of theirs kept in the service's memory of recent records, or in the engine's.
    assert not [r for _, r in service._records._records.values() if "settle" in r.to_json()]
    assert not service.interview._positions._entries and not service.interview._verdicts._entries


async def test_language_switch_keeps_answers_and_reasks(service: ConversationService,
                                                        store: SqliteSessionStore) -> None:
    await service.handle(ANA, Command("start"), update_id=1)
    await service.handle(ANA, Press(ButtonAction("choose", ("goal", "work"))), update_id=2)
    other = next(code for code in CATALOG.codes if code != "en")
    turn = await service.handle(ANA, Press(ButtonAction("language", (other,))), update_id=3)
    assert question_of(turn.effects) == "age"
    assert await stored_answers(store, ANA.user_id) == {"goal": "work"}
    stored = await store.load(ANA.user_id)
    assert stored is not None and UserRecord.from_json(stored.data).session.language == other


async def test_counts_are_anonymous_and_written_with_the_answers(service: ConversationService,
                                                                 store: SqliteSessionStore) -> None:
    await service.handle(ANA, Command("start", payload="g-1001234"), update_id=1)
    counts = {(c.metric, c.dimension, c.value): c.count for c in await store.stats()}
    assert counts == {("started", "source", "g-1001234"): 1, ("started", "language", "en"): 1}


async def test_the_verdict_can_be_evaluated_as_of_another_date(service: ConversationService,
                                                               store: SqliteSessionStore) -> None:
    await service.handle(ANA, Command("start"), update_id=1)
    turn = await service.handle(ANA, Command("date", "2021-03-11"), update_id=2)
    assert "March 11, 2021" in sent(turn.effects)[0].message.html
    stored = await store.load(ANA.user_id)
    assert stored is not None and str(UserRecord.from_json(stored.data).session.as_of) == "2021-03-11"
    for bad in ("yesterday", "1999-01-01", "2021-02-30", None):
        turn = await service.handle(ANA, Command("date", bad))
        assert "/date 2027-06-30" in sent(turn.effects)[0].message.html
    await service.handle(ANA, Command("date", "today"), update_id=3)
    stored = await store.load(ANA.user_id)
    assert stored is not None and UserRecord.from_json(stored.data).session.as_of is None


@pytest.mark.parametrize(("typed", "stored"), [("Yes", "yes"), ("nope", "no"), ("I don't know", "dont_know")])
async def test_typed_yes_no_words_count_as_buttons(service: ConversationService, store: SqliteSessionStore,
                                                   typed: str, stored: str) -> None:
    await service.handle(ANA, Command("start"), update_id=1)
    for update_id, request in enumerate([Press(ButtonAction("choose", ("goal", "work"))), Text("34"),
                                         Press(ButtonAction("choose", ("work_city", "beijing")))], start=2):
        await service.handle(ANA, request, update_id=update_id)
    turn = await service.handle(ANA, Text(typed), update_id=10)
    assert (await stored_answers(store, ANA.user_id))["job_offer"] == stored
    assert question_of(turn.effects) == "annual_salary"


async def test_a_typed_button_label_counts_as_pressing_it(service: ConversationService,
                                                          store: SqliteSessionStore) -> None:
    await service.handle(ANA, Command("start"), update_id=1)
    await service.handle(ANA, Text("settle (permanent residence)"), update_id=2)
    assert (await stored_answers(store, ANA.user_id))["goal"] == "settle"


async def test_a_first_message_without_start_is_greeted(service: ConversationService) -> None:
    turn = await service.handle(ANA, Text("hello"), update_id=1)
    assert "Ana" in sent(turn.effects)[0].message.html
    assert question_of(turn.effects) == "goal"
