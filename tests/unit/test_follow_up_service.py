"""Reminders and rule alerts in the service, without Telegram: offered, kept, listed, cancelled, prepared
before sending, sent at least once, dropped for a person who blocked the bot, gone after /forget."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, date, datetime

import pytest

from bot.callback_data import ButtonAction
from bot.effects import EditPressed, Effect, Notify, Send
from bot.follow_up_delivery import FollowUpDelivery
from bot.follow_ups import reminder_time
from bot.records import UserRecord
from bot.requests import Command, Person, Press, Text
from bot.service import ConversationService
from bot.storage import SqliteSessionStore
from conversations.engine import Interview
from conversations.loading import load_content
from conversations.rechecks import rules_key
from locales import load_catalog

CONTENT = load_content()
CATALOG = load_catalog()
ROSA = Person(user_id=303, first_name="Rosa", language_code="en")
FOUR_YEARS_ON = date(2027, 6, 1)  # working in China since June 2023


class Clock:
    def __init__(self) -> None:
        self.now = datetime(2026, 12, 3, 4, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
async def store(clock: Clock) -> AsyncIterator[SqliteSessionStore]:
    async with SqliteSessionStore(":memory:", clock=clock) as opened:
        yield opened


@pytest.fixture
def service(store: SqliteSessionStore, clock: Clock) -> ConversationService:
    interview = Interview(CONTENT, languages=frozenset(CATALOG.codes))
    return ConversationService(interview, store, CATALOG, clock=clock, chats=store, follow_ups=True)


def sent(effects: list[Effect]) -> list[Send]:
    return [e for e in effects if isinstance(e, Send)]


def action(effects: list[Effect], label_part: str) -> ButtonAction:
    for effect in [*sent(effects), *(e for e in effects if isinstance(e, EditPressed))]:
        for row in effect.message.buttons:
            for b in row:
                if label_part in b.text and b.action is not None:
                    return b.action
    raise AssertionError(f"no button with {label_part!r}")


async def interview(service: ConversationService, person: Person) -> list[Effect]:
    """Settle, 38, Beijing, in China since June 2023, doctorate, clean record, medical, no family ties."""
    await service.handle(person, Command("start"))
    await service.handle(person, Press(ButtonAction("choose", ("goal", "settle"))))
    await service.handle(person, Text("38"))
    await service.handle(person, Press(ButtonAction("choose", ("work_city", "beijing"))))
    await service.handle(person, Text("2023-06"))
    await service.handle(person, Press(ButtonAction("choose", ("highest_degree", "doctorate"))))
    await service.handle(person, Press(ButtonAction("choose", ("clean_record", "yes"))))
    await service.handle(person, Press(ButtonAction("choose", ("medical_check", "yes"))))
    await service.handle(person, Press(ButtonAction("toggle", ("china_ties", "none"))))
    turn = await service.handle(person, Press(ButtonAction("confirm", ("china_ties",))))
    assert any("Your eligibility" in e.message.html for e in sent(turn.effects)), [e.message.html for e in
                                                                                   sent(turn.effects)]
    return turn.effects


async def record_of(store: SqliteSessionStore, user_id: int) -> UserRecord:
    stored = await store.load(user_id)
    assert stored is not None
    return UserRecord.from_json(stored.data)


async def test_the_verdict_offers_the_day_time_alone_opens_a_route(service: ConversationService,
                                                                    store: SqliteSessionStore) -> None:
    effects = await interview(service, ROSA)
    verdict = sent(effects)[-1].message
    assert "on June 1, 2027 you would meet: Permanent residence: salary and tax route" in verdict.html
    remind = action(effects, "Remind me")
    assert remind == ButtonAction("remind", ("20270601",))

    turn = await service.handle(ROSA, Press(remind), callback_id="r1")
    assert "on June 1, 2027 I'll check your saved answers" in sent(turn.effects)[0].message.html
    record = await record_of(store, ROSA.user_id)
    assert [(r.on, r.routes) for r in record.reminders] == [(FOUR_YEARS_ON, ("pr_salary_tax",))]
    follow_up = await store.follow_up(ROSA.user_id)
    assert follow_up is not None and follow_up.due_at == reminder_time(FOUR_YEARS_ON)
    assert follow_up.due_at == datetime(2027, 6, 1, 1, 0, tzinfo=UTC)  # 09:00 in China

    # A double tap, a forged date and an old button: one reminder, nothing else changes.
    again = await service.handle(ROSA, Press(remind), callback_id="r2")
    assert [e.text for e in again.effects if isinstance(e, Notify)] == ["You already have a reminder for that day."]
    forged = await service.handle(ROSA, Press(ButtonAction("remind", ("20300101",))), callback_id="r3")
    assert any(isinstance(e, Notify) and "Your answers have changed" in e.text for e in forged.effects), forged.effects
    assert len((await record_of(store, ROSA.user_id)).reminders) == 1


async def test_reminders_are_listed_and_cancelled(service: ConversationService, store: SqliteSessionStore) -> None:
    effects = await interview(service, ROSA)
    await service.handle(ROSA, Press(action(effects, "Remind me")))
    await service.handle(ROSA, Press(action(effects, "Alert me")))
    listing = await service.handle(ROSA, Command("reminders"))
    html = sent(listing.effects)[0].message.html
    assert "⏰ June 1, 2027: Permanent residence: salary and tax route" in html and "Rule-change alerts: on" in html

    cancelled = await service.handle(ROSA, Press(action(listing.effects, "Cancel reminder 1")))
    assert "⏰" not in next(e for e in cancelled.effects if isinstance(e, EditPressed)).message.html.split("\n", 1)[1]
    stopped = await service.handle(ROSA, Press(action(listing.effects, "Stop rule alerts")))
    assert any(isinstance(e, Notify) and e.text == "Rule-change alerts stopped" for e in stopped.effects)
    record = await record_of(store, ROSA.user_id)
    assert record.reminders == () and record.rule_alerts is None
    assert await store.follow_up(ROSA.user_id) is None


async def test_a_due_reminder_is_saved_before_it_is_sent_and_sent_until_confirmed(
        service: ConversationService, store: SqliteSessionStore, clock: Clock) -> None:
    effects = await interview(service, ROSA)
    await service.handle(ROSA, Press(action(effects, "Remind me")))
    delivery = FollowUpDelivery(service)
    assert await delivery.prepare(ROSA.user_id) is None  # not yet

    clock.now = datetime(2027, 6, 1, 1, 30, tzinfo=UTC)
    prepared = await delivery.prepare(ROSA.user_id)
    assert prepared is not None and len(prepared.effects) == 1
    text = sent(prepared.effects)[0].message.html
    assert "Your reminder for June 1, 2027" in text and "Permanent residence" in text
    record = await record_of(store, ROSA.user_id)
    assert record.reminders == () and record.undelivered is not None

    # The process died before confirming: the same messages come back, not new ones.
    again = await delivery.prepare(ROSA.user_id)
    assert again is not None and sent(again.effects)[0].message.html == text
    await delivery.delivered(ROSA.user_id)
    assert (await record_of(store, ROSA.user_id)).undelivered is None
    assert await store.follow_up(ROSA.user_id) is None
    assert await delivery.prepare(ROSA.user_id) is None


async def test_a_person_who_blocked_the_bot_is_dropped_and_forget_removes_everything(
        service: ConversationService, store: SqliteSessionStore) -> None:
    effects = await interview(service, ROSA)
    await service.handle(ROSA, Press(action(effects, "Remind me")))
    await service.handle(ROSA, Press(action(effects, "Alert me")))
    record = await record_of(store, ROSA.user_id)
    assert record.rule_alerts is not None
    assert record.rule_alerts.rules == rules_key(CONTENT, date(2026, 12, 3))
    follow_up = await store.follow_up(ROSA.user_id)
    assert follow_up is not None and follow_up.rules_key == record.rule_alerts.rules

    await FollowUpDelivery(service).drop(ROSA.user_id)
    record = await record_of(store, ROSA.user_id)
    assert record.reminders == () and record.rule_alerts is None and record.session.answers
    assert await store.follow_up(ROSA.user_id) is None

    await service.handle(ROSA, Press(action(effects, "Remind me")))
    turn = await service.handle(ROSA, Command("forget"))
    await service.handle(ROSA, Press(action(turn.effects, "Yes")))
    assert await store.load(ROSA.user_id) is None and await store.follow_up(ROSA.user_id) is None


async def test_the_terminal_offers_no_reminders(store: SqliteSessionStore, clock: Clock) -> None:
    interview_ = Interview(CONTENT, languages=frozenset(CATALOG.codes))
    plain = ConversationService(interview_, store, CATALOG, clock=clock, chats=store)
    effects = await interview(plain, ROSA)
    labels = [b.text for e in sent(effects) for row in e.message.buttons for b in row]
    assert not any("Remind me" in label or "Alert me" in label for label in labels)


def test_alerts_checked_under_other_rules_stay_due_whatever_else_is_saved() -> None:
    """A rules change makes people with alerts due now; a save in between (the person answering a
    question) must not push the re-check back to their next reminder."""
    from bot.follow_ups import follow_up_of
    from bot.records import Reminder
    from conversations.rechecks import OutcomeSnapshot

    now = datetime(2027, 7, 1, 2, 0, tzinfo=UTC)
    snapshot = OutcomeSnapshot(rules="old", as_of=date(2026, 12, 3), routes={})
    record = UserRecord.model_validate({"session": {}, "rule_alerts": snapshot.model_dump(),
                                        "reminders": [Reminder(on=date(2028, 1, 1), routes=("x",)).model_dump()]})
    assert follow_up_of(record, now, "new").due_at == now
    assert follow_up_of(record, now, "old").due_at == reminder_time(date(2028, 1, 1))
    assert follow_up_of(record, now, "new").rules_key == "old"


async def test_mydata_includes_reminders_and_alerts(service: ConversationService) -> None:
    import json

    from bot.effects import SendFile

    effects = await interview(service, ROSA)
    await service.handle(ROSA, Press(action(effects, "Remind me")))
    await service.handle(ROSA, Press(action(effects, "Alert me")))
    turn = await service.handle(ROSA, Command("mydata"))
    [exported] = [e for e in turn.effects if isinstance(e, SendFile)]
    data = json.loads(exported.data)
    assert data["reminders"] == [{"on": "2027-06-01", "routes": ["pr_salary_tax"]}]
    assert data["rule_alerts"]["as_of"] == "2026-12-03"
    assert "pr_salary_tax" in data["rule_alerts"]["routes"]
