"""The verdict: route by route, criterion by criterion, with values, thresholds, rules and sources.

It is plain data, independent of any user interface: the bot and the terminal render it with the
messages in ``locales/``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from enum import StrEnum

from conversations.schema.common import Confidence
from conversations.schema.rules import Family


class CriterionStatus(StrEnum):
    MET = "met"
    NOT_MET = "not_met"
    UNKNOWN = "unknown"  # depends on a "don't know": not a failure


class RouteStatus(StrEnum):
    ELIGIBLE = "eligible"
    ELIGIBLE_IF_CONFIRMED = "eligible_if_confirmed"
    NOT_ELIGIBLE = "not_eligible"
    NOT_APPLICABLE = "not_applicable"  # not relevant to this person, or not in force on the date


@dataclass(frozen=True, kw_only=True)
class Quantity:
    amount: Decimal
    unit: str


@dataclass(frozen=True, kw_only=True)
class ParameterUse:
    """A dated parameter that a criterion used: which value, in force from when, from where."""

    parameter: str
    key: str | None
    value: Decimal
    unit: str
    effective: date
    reference_year: int | None
    series: str | None
    sources: list[str]
    valid_until: date | None = None
    stale: bool = False  # used after its valid_until: the next figure is due (a pass is only "to be confirmed")
    reference_only: bool = False  # a guide in a series the deciding office may not use: never decides
    confidence: Confidence | None = None  # the figure's own, when it differs from its source's
    last_verified: date | None = None


@dataclass(frozen=True, kw_only=True)
class AnswerShown:
    """An answer a criterion depends on, for display next to it."""

    question: str
    value: str | int | list[str] | None  # None: "don't know"


@dataclass(frozen=True, kw_only=True)
class CriterionResult:
    id: str
    text: str  # message id
    status: CriterionStatus
    group: int = 0  # 0: required; n > 0: one of the alternatives of group n ("any one of these")
    value: Quantity | None = None
    threshold: Quantity | None = None
    shortfall: Quantity | None = None  # how much is missing, for a failed comparison
    reached_on: date | None = None  # for a failed duration: the date it will be met
    answers: list[AnswerShown] = field(default_factory=list)
    hint: str | None = None
    note: str | None = None
    sources: list[str]
    effective: date
    confidence: Confidence
    parameters: list[ParameterUse] = field(default_factory=list)
    # Amounts the person gave that the threshold was computed from, because no published figure was in force
    figures_given: list[AnswerShown] = field(default_factory=list)


@dataclass(frozen=True, kw_only=True)
class PointsLine:
    factor: str
    text: str
    points: int | None  # None: not known
    maximum: int
    improve: str | None


@dataclass(frozen=True, kw_only=True)
class PointsBreakdown:
    table: str
    title: str
    low: int  # the total counting unknown factors as zero
    high: int  # the total counting unknown factors at their maximum
    lines: list[PointsLine]
    sources: list[str]


@dataclass(frozen=True, kw_only=True)
class NextStepShown:
    id: str
    text: str
    params: dict[str, Decimal | str]
    documents: list[tuple[str, int | None]]  # (message id, valid months)
    sources: list[str]


@dataclass(frozen=True, kw_only=True)
class RouteResult:
    id: str
    family: Family
    title: str
    summary: str
    status: RouteStatus
    criteria: list[CriterionResult]
    points: list[PointsBreakdown] = field(default_factory=list)
    next_steps: list[NextStepShown] = field(default_factory=list)
    confidence: Confidence  # the weakest confidence among the criteria that decided it

    @property
    def misses(self) -> int:
        """How many things keep the route closed: failed required criteria, plus each group of
        alternatives of which none is met (a failed alternative next to a met one costs nothing)."""
        required = sum(c.status is CriterionStatus.NOT_MET for c in self.criteria if c.group == 0)
        groups = {c.group for c in self.criteria if c.group}
        closed = sum(all(c.status is CriterionStatus.NOT_MET for c in self.criteria if c.group == g) for g in groups)
        return required + closed


@dataclass(frozen=True, kw_only=True)
class Verdict:
    as_of: date
    content_version: str
    routes: list[RouteResult]

    @property
    def relevant(self) -> list[RouteResult]:
        return [r for r in self.routes if r.status is not RouteStatus.NOT_APPLICABLE]

    def best(self, limit: int = 3) -> list[RouteResult]:
        """The routes to lead with: eligible first, then eligible if confirmed, then the nearest misses."""
        rank = {RouteStatus.ELIGIBLE: 0, RouteStatus.ELIGIBLE_IF_CONFIRMED: 1, RouteStatus.NOT_ELIGIBLE: 2}

        def key(route: RouteResult) -> tuple[int, int, int]:
            return rank[route.status], route.misses, self.routes.index(route)

        return sorted(self.relevant, key=key)[:limit]

    def route(self, route_id: str) -> RouteResult:
        for route in self.routes:
            if route.id == route_id:
                return route
        raise KeyError(route_id)
