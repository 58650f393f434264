"""Coming back to a person later: the first day time alone opens a route to them, and the verdict then.

Most people who ask are not eligible yet: they will reach 4 years of work in China, turn 18, reach 5 years
of marriage. A route not met today is offered as a reminder only when the same answers meet it on a later
day (or meet it if confirmed): the day a failed duration is reached, or an anniversary of the day a number
that grows with time (an age) was given. Each such day is evaluated with the rules and parameters in force
then, so a reminder never promises what the rules of that day would refuse.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from conversations.engine import Interview
from conversations.expressions.evaluate import add_years
from conversations.rules.context import RuleContext
from conversations.rules.evaluation import evaluate_verdict, route_status
from conversations.session import Session
from conversations.verdict import RouteStatus, Verdict

_OPEN = frozenset({RouteStatus.ELIGIBLE, RouteStatus.ELIGIBLE_IF_CONFIRMED})


@dataclass(frozen=True)
class ReminderOffer:
    on: date  # the first day a route not met today is met (or met if confirmed)
    routes: tuple[str, ...]  # the route ids that turn on that day, in content order


def reminder_offer(interview: Interview, session: Session, today: date, *, horizon_years: int = 10
                   ) -> ReminderOffer | None:
    """The first day, at most ``horizon_years`` ahead, on which time alone opens a route closed today; None
    when there is none, when the interview is not complete, or when the session looks at a what-if date
    (reminders are about the real future)."""
    if session.as_of is not None or not interview.is_complete(session, today):
        return None
    verdict = interview.verdict(session, today)
    closed = [route.id for route in verdict.routes if route.status is RouteStatus.NOT_ELIGIBLE]
    if not closed:
        return None
    for day in _candidate_days(interview, session, today, verdict, add_years(today, horizon_years)):
        context = interview.context_applying(session, day)
        opened = tuple(route_id for route_id in closed
                       if route_status(interview.content.route(route_id), context) in _OPEN)
        if opened:
            return ReminderOffer(on=day, routes=opened)
    return None


def _candidate_days(interview: Interview, session: Session, today: date, verdict: Verdict, last: date
                    ) -> list[date]:
    """The days after today (up to ``last``) on which time changes something the rules read: a failed
    duration of a closed route is reached, or a number that grows yearly gains a year."""
    days: set[date] = set()
    for route in verdict.routes:
        if route.status is RouteStatus.NOT_ELIGIBLE:
            days.update(c.reached_on for c in route.criteria if c.reached_on is not None)
    for question, answer in interview.answered(session, today):
        if question.grows_yearly and answer.on is not None:
            years = 1
            while (anniversary := add_years(answer.on, years)) <= last:
                days.add(anniversary)
                years += 1
    return sorted(day for day in days if today < day <= last)


def verdict_on(interview: Interview, session: Session, day: date) -> Verdict:
    """The verdict of the stored answers as of ``day``, whatever what-if date the session holds: what a
    reminder sends on its day. Answers that grow with time count the years since they were given."""
    content = interview.content
    return evaluate_verdict(content, RuleContext(content, interview.answers_applying(session, day), day))
