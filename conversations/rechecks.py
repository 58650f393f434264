"""Re-checks when the rules change: what a person's outcome was, and whether the rules changed it.

A person who opts in keeps a snapshot of their outcome per route with the dated figures each route used.
When a new content is deployed, or a dated figure already in the content comes into force or goes stale
(``rules_key`` changes), their stored answers are evaluated again and ``changes`` says which routes moved
(met, not met, unknown) because of the rules: a figure used differs, or the content itself does. A route
that moved only because time passed (a duration reached, a birthday) is not a rule change and is not
reported; reminders cover that.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from enum import StrEnum

from pydantic import BaseModel, ConfigDict

from conversations.compiled import Content
from conversations.schema.parameters import Parameter
from conversations.verdict import RouteResult, RouteStatus, Verdict


class RouteOutcome(StrEnum):
    MET = "met"
    NOT_MET = "not_met"
    UNKNOWN = "unknown"
    NOT_APPLICABLE = "not_applicable"


_OUTCOME_OF = {
    RouteStatus.ELIGIBLE: RouteOutcome.MET,
    RouteStatus.ELIGIBLE_IF_CONFIRMED: RouteOutcome.UNKNOWN,
    RouteStatus.NOT_ELIGIBLE: RouteOutcome.NOT_MET,
    RouteStatus.NOT_APPLICABLE: RouteOutcome.NOT_APPLICABLE,
}


class FigureUsed(BaseModel):
    """A dated figure a route's criteria read: enough to say what changed, and from which source."""

    model_config = ConfigDict(frozen=True)

    parameter: str
    key: str | None
    value: Decimal
    unit: str
    effective: date
    sources: list[str]
    stale: bool = False
    reference_year: int | None = None

    def same_figure(self, other: FigureUsed) -> bool:
        """The same figure for a verdict: value, date in force, staleness (sources may be re-cited)."""
        return (self.parameter, self.key, self.value, self.unit, self.effective, self.stale,
                self.reference_year) == (other.parameter, other.key, other.value, other.unit, other.effective,
                                         other.stale, other.reference_year)


class RouteSnapshot(BaseModel):
    model_config = ConfigDict(frozen=True)

    outcome: RouteOutcome
    figures: list[FigureUsed]  # the dated figures the route's criteria used, in the order first used


class OutcomeSnapshot(BaseModel):
    """What a person's outcome was, under which rules (a ``rules_key``), as of which day. Stored (encrypted)
    with the person's record: it holds outcomes and published figures, no answers."""

    model_config = ConfigDict(frozen=True)

    rules: str
    as_of: date
    routes: dict[str, RouteSnapshot]


def snapshot(verdict: Verdict, rules: str) -> OutcomeSnapshot:
    return OutcomeSnapshot(rules=rules, as_of=verdict.as_of,
                           routes={route.id: _route_snapshot(route) for route in verdict.routes})


def _route_snapshot(route: RouteResult) -> RouteSnapshot:
    figures: list[FigureUsed] = []
    for criterion in route.criteria:
        for use in criterion.parameters:
            figure = FigureUsed(parameter=use.parameter, key=use.key, value=use.value, unit=use.unit,
                                effective=use.effective, sources=list(use.sources), stale=use.stale,
                                reference_year=use.reference_year)
            if figure not in figures:
                figures.append(figure)
    return RouteSnapshot(outcome=_OUTCOME_OF[route.status], figures=figures)


@dataclass(frozen=True)
class FigureChange:
    parameter: str
    key: str | None
    before: FigureUsed | None  # None: the route did not use this figure before
    after: FigureUsed | None  # None: it no longer does


@dataclass(frozen=True)
class RouteChange:
    route: str
    before: RouteOutcome
    after: RouteOutcome
    figures: tuple[FigureChange, ...]  # the figures that differ (may be empty when the content changed)
    rules_changed: bool  # the content itself differs (its fingerprint), not only the figures in force


# "Not applicable" and "not met" both mean the route is not open to the person: moving between them is
# not news worth a message.
_CLOSED = frozenset({RouteOutcome.NOT_APPLICABLE, RouteOutcome.NOT_MET})


def changes(old: OutcomeSnapshot, new: OutcomeSnapshot) -> list[RouteChange]:
    """The routes whose outcome differs between the snapshots because of the rules, in ``new``'s order
    (then routes only in ``old``). A difference with the same figures under the same content is time's
    doing (a duration reached), not the rules': it is left out."""
    rules_changed = _fingerprint_part(old.rules) != _fingerprint_part(new.rules)
    found: list[RouteChange] = []
    for route_id in [*new.routes, *(r for r in old.routes if r not in new.routes)]:
        before_route, after_route = old.routes.get(route_id), new.routes.get(route_id)
        before = before_route.outcome if before_route else RouteOutcome.NOT_APPLICABLE
        after = after_route.outcome if after_route else RouteOutcome.NOT_APPLICABLE
        if before == after or {before, after} <= _CLOSED:
            continue
        figures = _figure_changes(before_route.figures if before_route else [],
                                  after_route.figures if after_route else [])
        if figures or rules_changed:
            found.append(RouteChange(route=route_id, before=before, after=after, figures=figures,
                                     rules_changed=rules_changed))
    return found


def _figure_changes(before: list[FigureUsed], after: list[FigureUsed]) -> tuple[FigureChange, ...]:
    """Figures used on one side and not the same on the other, by parameter and key.

    A figure new on the ``after`` side is paired with the same dated value seen differently (gone stale,
    corrected), else with the value it follows (the latest one in force before it: Beijing's average wage
    of one year against the next's, even when the older one is still used for a past year), else shown
    alone. A figure only on the ``before`` side is shown alone only if nothing later replaced it: a past
    year's figure that left the four-year window did so because time passed, not because a rule changed.
    """
    changed: list[FigureChange] = []
    for parameter, key in _names(before + after):
        old = [f for f in before if (f.parameter, f.key) == (parameter, key)]
        new = [f for f in after if (f.parameter, f.key) == (parameter, key)]
        only_old = [f for f in old if not any(f.same_figure(g) for g in new)]
        only_new = [f for f in new if not any(f.same_figure(g) for g in old)]
        pairs: list[tuple[FigureUsed | None, FigureUsed | None]] = []
        for figure in sorted(only_new, key=lambda f: f.effective):
            twin = _twin(figure, only_old) or _twin(figure, old)
            if twin is None:
                earlier = [f for f in old if f.effective < figure.effective]
                twin = max(earlier, key=lambda f: f.effective) if earlier else None
            pairs.append((twin, figure))
        paired = [b for b, _ in pairs if b is not None]
        latest_new = max((f.effective for f in new), default=None)
        for figure in only_old:
            superseded = latest_new is not None and latest_new > figure.effective
            if not any(figure is b for b in paired) and not superseded:
                pairs.append((figure, None))
        changed += [FigureChange(parameter=parameter, key=key, before=b, after=a) for b, a in pairs]
    return tuple(changed)


def _twin(figure: FigureUsed, others: list[FigureUsed]) -> FigureUsed | None:
    """The same dated value (same date in force and year measured) among ``others``."""
    return next((f for f in others if (f.effective, f.reference_year) == (figure.effective, figure.reference_year)),
                None)


def _names(figures: Iterable[FigureUsed]) -> list[tuple[str, str | None]]:
    return list(dict.fromkeys((f.parameter, f.key) for f in figures))


_SEPARATOR = ":"


def _fingerprint_part(rules: str) -> str:
    return rules.split(_SEPARATOR, 1)[0]


def rules_key(content: Content, today: date) -> str:
    """A short key for the rules in force on ``today``: the content's fingerprint, and which dated value of
    each parameter is in force and whether it is stale. It changes when another content is deployed, when
    a dated value comes into force and when one goes stale (passes its ``valid_until``), and is the same on
    every day in between, so comparing it with the key of a person's snapshot says when to re-check."""
    in_force = hashlib.sha256()
    for name, parameter in _all_parameters(content):
        dated = parameter.at(today)
        if dated is None:
            # Not yet in force, or ended (a value of None) from some date on: which of those matters.
            ended = [effective for effective in parameter.values if effective <= today]
            state = f"{name}=none@{ended[-1].isoformat() if ended else '-'}"
        else:
            effective, entry = dated
            state = f"{name}={effective.isoformat()}{'/stale' if entry.stale_on(today) else ''}"
        in_force.update(state.encode() + b"\n")
    return f"{content.fingerprint[:16]}{_SEPARATOR}{in_force.hexdigest()[:16]}"


def _all_parameters(content: Content) -> list[tuple[str, Parameter]]:
    found = sorted(content.parameters.items())
    for table, entries in sorted(content.tables.items()):
        found += [(f"{table}[{key}]", parameter) for key, parameter in sorted(entries.items())]
    return found
