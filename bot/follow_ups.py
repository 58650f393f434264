"""Reminders and rule-change alerts: what a person asks for on the verdict, and when the bot looks again.

Both live in the person's record (encrypted with their answers, deleted by /forget, shown by /mydata).
The store keeps only *when* to look at the person again (`FollowUp`), so that the background sender
(bot/follow_up_delivery.py) finds who is due without reading anybody's answers.

Everything here is a decision without I/O: a record and a date in, a record and messages out.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from bot.china_time import CHINA_TIME
from bot.effects import EditPressed, Effect, Notify, Send
from bot.records import Reminder, UserRecord
from bot.rendering.follow_ups import (
    render_offer,
    render_reminder,
    render_reminders,
    render_rule_change,
    route_list,
)
from bot.rendering.formatting import Formatter
from bot.rendering.messages import Button, Outgoing
from bot.storage import FollowUp
from conversations.engine import Interview
from conversations.follow_up import ReminderOffer, reminder_offer, verdict_on
from conversations.rechecks import changes, rules_key, snapshot

REMINDER_TIME = time(9, 0)  # a reminder arrives in the morning of its day, China time
# Messages saved and not yet confirmed sent are looked at again after this long: time enough for the worker
# that saved them to send them, short enough that a worker killed meanwhile delays them only a little.
UNDELIVERED_GRACE = timedelta(minutes=2)
MAX_REMINDERS = 5  # one per date; more would be noise (the oldest is delivered first anyway)


def reminder_time(day: date) -> datetime:
    """When a reminder for ``day`` is due, in UTC."""
    return datetime.combine(day, REMINDER_TIME, CHINA_TIME).astimezone(UTC)


def follow_up_of(record: UserRecord, now: datetime, rules_now: str) -> FollowUp:
    """When the bot must look at this person again, and with which rules their alerts were last checked.

    ``rules_now`` is the rules key in force: alerts last checked under other rules are due now, so that a
    save made between a rules change and the re-check (the person answering a question) cannot put it off.
    """
    due: datetime | None = None
    if record.undelivered is not None:
        due = now + UNDELIVERED_GRACE
    elif record.rule_alerts is not None and record.rule_alerts.rules != rules_now:
        due = now
    elif record.reminders:
        due = reminder_time(min(r.on for r in record.reminders))
    return FollowUp(due_at=due, rules_key=record.rule_alerts.rules if record.rule_alerts else None)


def _day(text: str) -> date | None:
    try:
        return date(int(text[:4]), int(text[4:6]), int(text[6:8]))
    except ValueError:
        return None


@dataclass(frozen=True)
class Due:
    record: UserRecord  # without the reminders told, with the alerts' new snapshot
    effects: list[Effect]  # the messages to send
    rechecked: bool = False  # the alerts were re-checked against rules that changed since the last check
    notified: bool = False  # and the change affects the person: a message tells them


class FollowUpDecisions:
    """The interactive side: the offers on the verdict, the buttons that take them up, /reminders."""

    def __init__(self, interview: Interview, formatter: Callable[[str], Formatter]) -> None:
        self.interview = interview
        self.formatter = formatter
        self._rules: tuple[date, str] | None = None

    def rules_now(self, today: date) -> str:
        """The rules key in force on ``today`` (computed once a day)."""
        if self._rules is None or self._rules[0] != today:
            self._rules = (today, rules_key(self.interview.content, today))
        return self._rules[1]

    def offer(self, record: UserRecord, today: date) -> ReminderOffer | None:
        return reminder_offer(self.interview, record.session, today)

    def verdict_extras(self, record: UserRecord, today: date, fmt: Formatter
                       ) -> tuple[list[str], list[tuple[Button, ...]]]:
        """What the verdict adds: the reminder offer (when time alone would open a route) and the rule alerts."""
        alerts = record.rule_alerts is None and record.session.as_of is None
        return render_offer(self._new_offer(record, today), alerts, fmt)

    def _new_offer(self, record: UserRecord, today: date) -> ReminderOffer | None:
        """The reminder to offer, unless the person already has one for that day."""
        offer = self.offer(record, today)
        return None if offer is not None and any(r.on == offer.on for r in record.reminders) else offer

    # --- buttons and the command ------------------------------------------------------------------
    def remind(self, record: UserRecord, argument: str, today: date) -> tuple[UserRecord, list[Effect]]:
        fmt = self.formatter(record.session.language)
        day = _day(argument)
        if day is not None and any(r.on == day for r in record.reminders):
            return record, [Notify(fmt.raw("reminder-already-set"))]  # a double tap, or an old copy
        offer = self.offer(record, today)
        if day is None or offer is None or offer.on != day:
            # The answers changed since the verdict was shown (or the button was forged): say so.
            return record, [Notify(fmt.raw("reminder-out-of-date"), alert=True)]
        kept = sorted((*record.reminders, Reminder(on=day, routes=offer.routes)), key=lambda r: r.on)
        record = record.model_copy(update={"reminders": tuple(kept[:MAX_REMINDERS])})
        confirmation = fmt.t("reminder-set", date=fmt.raw_date(day), routes=route_list(offer.routes, fmt))
        return record, [Notify(fmt.raw("reminder-toast-set")), Send(Outgoing(confirmation))]

    def alerts_on(self, record: UserRecord, today: date) -> tuple[UserRecord, list[Effect]]:
        fmt = self.formatter(record.session.language)
        if record.rule_alerts is not None:
            return record, [Notify(fmt.raw("rule-alerts-already"))]
        if not self.interview.is_complete(record.session, today):
            return record, [Notify(fmt.raw("error-verdict-not-ready"), alert=True)]
        first = snapshot(verdict_on(self.interview, record.session, today), self.rules_now(today))
        record = record.model_copy(update={"rule_alerts": first})
        return record, [Notify(fmt.raw("rule-alerts-toast-on")), Send(Outgoing(fmt.t("rule-alerts-on")))]

    def listing(self, record: UserRecord) -> Outgoing:
        fmt = self.formatter(record.session.language)
        return render_reminders(record, fmt)

    def cancel_reminder(self, record: UserRecord, argument: str) -> tuple[UserRecord, list[Effect]]:
        fmt = self.formatter(record.session.language)
        day = _day(argument)
        kept = tuple(r for r in record.reminders if r.on != day)
        if len(kept) == len(record.reminders):
            return record, [Notify(fmt.raw("reminder-already-cancelled")), EditPressed(render_reminders(record, fmt))]
        record = record.model_copy(update={"reminders": kept})
        return record, [Notify(fmt.raw("reminder-cancelled")), EditPressed(render_reminders(record, fmt))]

    def alerts_off(self, record: UserRecord) -> tuple[UserRecord, list[Effect]]:
        fmt = self.formatter(record.session.language)
        if record.rule_alerts is None:
            return record, [Notify(fmt.raw("rule-alerts-already-off")), EditPressed(render_reminders(record, fmt))]
        record = record.model_copy(update={"rule_alerts": None})
        return record, [Notify(fmt.raw("rule-alerts-off")), EditPressed(render_reminders(record, fmt))]

    # --- what is due (the background sender) --------------------------------------------------------
    def due(self, record: UserRecord, today: date) -> Due:
        """The record once today's reminders are told and the alerts re-checked, and the messages to send.

        The answers are read as they are stored; when the date or the new rules put more questions on the
        person's path (four years reached: the salary questions), the message says so and the verdict
        counts those answers as unknown."""
        fmt = self.formatter(record.session.language)
        effects: list[Effect] = []
        complete = self.interview.is_complete(record.session.model_copy(update={"as_of": None}), today)
        due = [r for r in record.reminders if r.on <= today]
        if due:
            record = record.model_copy(update={"reminders": tuple(r for r in record.reminders if r.on > today)})
            verdict = verdict_on(self.interview, record.session, today)
            routes = list(dict.fromkeys(route for r in due for route in r.routes))
            effects.append(Send(render_reminder(verdict, routes, self._new_offer(record, today), complete, fmt)))
        rechecked = notified = False
        if record.rule_alerts is not None:
            key = self.rules_now(today)
            if key != record.rule_alerts.rules:
                rechecked = True
                after = snapshot(verdict_on(self.interview, record.session, today), key)
                found = changes(record.rule_alerts, after)
                if found:
                    notified = True
                    effects.append(Send(render_rule_change(found, today, complete, fmt)))
                record = record.model_copy(update={"rule_alerts": after})
        return Due(record, effects, rechecked=rechecked, notified=notified)
