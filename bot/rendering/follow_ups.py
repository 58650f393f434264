"""Reminders and rule-change alerts as messages: the offer on the verdict, /reminders, and what is sent later."""

from __future__ import annotations

from datetime import date
from html import escape

from bot.callback_data import ButtonAction
from bot.records import UserRecord
from bot.rendering.formatting import Formatter
from bot.rendering.messages import Button, Outgoing
from bot.rendering.verdict import short_title
from conversations.follow_up import ReminderOffer
from conversations.rechecks import FigureUsed, RouteChange, RouteOutcome
from conversations.verdict import RouteStatus, Verdict

_OUTCOME = {
    RouteOutcome.MET: "verdict-status-eligible",
    RouteOutcome.UNKNOWN: "verdict-status-eligible-if-confirmed",
    RouteOutcome.NOT_MET: "verdict-status-not-eligible",
    RouteOutcome.NOT_APPLICABLE: "verdict-status-not-applicable",
}
_DUE = {
    RouteStatus.ELIGIBLE: "reminder-due-met",
    RouteStatus.ELIGIBLE_IF_CONFIRMED: "reminder-due-if-confirmed",
    RouteStatus.NOT_ELIGIBLE: "reminder-due-not-met",
    RouteStatus.NOT_APPLICABLE: "reminder-due-not-applicable",
}


def day_argument(day: date) -> str:
    """A date as a button argument (8 digits, YYYYMMDD)."""
    return day.strftime("%Y%m%d")


def render_offer(offer: ReminderOffer | None, alerts: bool, fmt: Formatter
                 ) -> tuple[list[str], list[tuple[Button, ...]]]:
    """The verdict's lines and buttons for a reminder (``offer``) and for rule alerts (``alerts``)."""
    lines: list[str] = []
    rows: list[tuple[Button, ...]] = []
    if offer is not None:
        lines.append(fmt.t("verdict-reminder-offer", date=fmt.raw_date(offer.on), routes=route_list(offer.routes, fmt)))
        rows.append((Button(fmt.raw("button-remind-me"), ButtonAction("remind", (day_argument(offer.on),))),))
    if alerts:
        rows.append((Button(fmt.raw("button-rule-alerts"), ButtonAction("alerts_on")),))
    return lines, rows


def route_title(route_id: str, fmt: Formatter) -> str:
    """A route's title message id (a reminder may outlive a route the content has since dropped)."""
    try:
        return fmt.content.route(route_id).spec.title
    except KeyError:
        return "reminders-route-gone"


def route_list(route_ids: tuple[str, ...] | list[str], fmt: Formatter) -> str:
    """Routes' titles as the language lists them ("A, B and C")."""
    return fmt.list_of([fmt.raw(route_title(route_id, fmt)) for route_id in route_ids])


def render_reminders(record: UserRecord, fmt: Formatter) -> Outgoing:
    """/reminders: each reminder and the alerts, each with a button to cancel it."""
    if not record.reminders and record.rule_alerts is None:
        return Outgoing(fmt.t("reminders-empty"))
    lines = [f"<b>{fmt.t('reminders-title')}</b>"]
    rows: list[tuple[Button, ...]] = []
    for number, reminder in enumerate(record.reminders, start=1):
        lines.append(fmt.t("reminders-line", number=number, date=fmt.raw_date(reminder.on),
                           routes=route_list(reminder.routes, fmt)))
        rows.append((Button(fmt.raw("button-cancel-reminder", number=number),
                            ButtonAction("remind_cancel", (day_argument(reminder.on),))),))
    if record.rule_alerts is not None:
        lines.append(fmt.t("reminders-alerts-line", date=fmt.raw_date(record.rule_alerts.as_of)))
        rows.append((Button(fmt.raw("button-stop-alerts"), ButtonAction("alerts_off")),))
    lines.append("")
    lines.append(f"<i>{fmt.t('reminders-kept')}</i>")
    return Outgoing("\n".join(lines), tuple(rows))


def render_reminder(verdict: Verdict, routes: list[str], offer: ReminderOffer | None, complete: bool,
                    fmt: Formatter) -> Outgoing:
    """A reminder on its day: how the routes it was set for fare with the answers as they are stored."""
    day = fmt.raw_date(verdict.as_of)
    lines = [f"<b>{fmt.t('reminder-due-title', date=day)}</b>", ""]
    rows: list[tuple[Button, ...]] = []
    for route_id in routes:
        try:
            route = verdict.route(route_id)
        except KeyError:
            continue  # the route left the content since: nothing to say about it
        lines.append(fmt.t(_DUE[route.status], date=day, route=fmt.raw(route.title)))
        if complete and route.status is not RouteStatus.NOT_APPLICABLE:  # "Why?" needs a complete interview
            rows.append((Button(fmt.raw("verdict-why-button", route=fmt.raw(short_title(route.title))),
                                ButtonAction("why", (route_id,))),))
    lines += ["", fmt.t("reminder-due-check" if complete else "follow-up-more-questions")]
    if offer is not None:
        later = route_list(offer.routes, fmt)
        lines += ["", fmt.t("verdict-reminder-offer", date=fmt.raw_date(offer.on), routes=later)]
        rows.append((Button(fmt.raw("button-remind-me"), ButtonAction("remind", (day_argument(offer.on),))),))
    lines += ["", f"<i>{fmt.t('verdict-disclaimer')}</i>"]
    rows.append((Button(fmt.raw("verdict-change-answers"), ButtonAction("answers")),))
    return Outgoing("\n".join(lines), tuple(rows))


def render_rule_change(found: list[RouteChange], today: date, complete: bool, fmt: Formatter) -> Outgoing:
    """What changed, route by route: the outcome before and after, and each figure that moved with its source."""
    lines = [f"<b>{fmt.t('rule-change-title')}</b>", ""]
    rows: list[tuple[Button, ...]] = []
    for change in found:
        lines.append(fmt.t("rule-change-route", route=fmt.raw(route_title(change.route, fmt)),
                           before=fmt.raw(_OUTCOME[change.before]), after=fmt.raw(_OUTCOME[change.after])))
        for figure in change.figures:
            lines.append("    " + _figure_line(figure.parameter, figure.key, figure.before, figure.after, fmt))
        if change.rules_changed and not change.figures:
            lines.append("    " + fmt.t("rule-change-rules"))
        if complete and change.after is not RouteOutcome.NOT_APPLICABLE:
            title = short_title(route_title(change.route, fmt))
            rows.append((Button(fmt.raw("verdict-why-button", route=fmt.raw(title)),
                                ButtonAction("why", (change.route,))),))
        lines.append("")
    lines.append(fmt.t("rule-change-footer", date=fmt.raw_date(today)))
    if not complete:
        lines.append(fmt.t("follow-up-more-questions"))
    lines += ["", f"<i>{fmt.t('verdict-disclaimer')}</i>"]
    rows.append((Button(fmt.raw("verdict-change-answers"), ButtonAction("answers")),))
    rows.append((Button(fmt.raw("button-stop-alerts"), ButtonAction("alerts_off")),))
    return Outgoing("\n".join(lines).strip(), tuple(rows))


def _figure_line(parameter: str, key: str | None, before: FigureUsed | None, after: FigureUsed | None,
                 fmt: Formatter) -> str:
    content = fmt.content
    name = fmt.raw(f"parameter-{parameter.replace('_', '-')}")
    if key is not None:
        name = f"{name} ({_key_name(key, fmt)})"
    shown = after if after is not None else before
    assert shown is not None
    old = fmt.raw_amount(before.value, before.unit) if before is not None else fmt.raw("rule-change-none")
    new = fmt.raw_amount(after.value, after.unit) if after is not None else fmt.raw("rule-change-none")
    sources = fmt.list_of([fmt.raw(content.sources[s].title) for s in shown.sources if s in content.sources])
    line = fmt.t("rule-change-figure", parameter=name, old=old, new=new, date=fmt.raw_date(shown.effective),
                 source=sources or "—")
    if after is not None and after.stale:
        line += " " + fmt.t("rule-change-figure-stale")
    url = next((content.sources[s].url for s in shown.sources if s in content.sources and content.sources[s].url),
               None)
    if url:
        line += f' <a href="{escape(str(url))}">↗</a>'
    return line


def _key_name(key: str, fmt: Formatter) -> str:
    """A table key in words: the choice it stands for (a city) when one of the questions offers it."""
    for question in fmt.content.questions.values():
        for choice in question.choices:
            if choice.key == key:
                return fmt.raw(choice.text)
    return key
