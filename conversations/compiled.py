"""Content after loading: validated models plus their parsed expressions, built once at start-up."""

from __future__ import annotations

from dataclasses import dataclass, field

from conversations.expressions.ast import Expr
from conversations.schema.parameters import Parameter
from conversations.schema.questions import Question
from conversations.schema.rules import (
    CompareCriterion,
    ConditionCriterion,
    Criterion,
    Document,
    NextStep,
    PointsFactor,
    PointsTable,
    Route,
)
from conversations.schema.sources import Source


@dataclass(frozen=True)
class CompiledStep:
    question: Question
    ask_if: Expr | None
    ask_if_text: str | None


@dataclass(frozen=True)
class CompiledDerived:
    id: str
    expr: Expr
    unit: str | None


@dataclass(frozen=True)
class CompiledCriterion:
    spec: Criterion
    met_if: Expr | None = None  # condition
    value: Expr | None = None  # compare
    threshold: Expr | None = None  # compare
    shown_questions: tuple[str, ...] = ()  # the answers it depends on, for display
    # Amounts the person typed that the threshold reads (a local figure given where none is published)
    threshold_questions: tuple[str, ...] = ()

    @property
    def condition(self) -> ConditionCriterion | None:
        return self.spec if isinstance(self.spec, ConditionCriterion) else None

    @property
    def comparison(self) -> CompareCriterion | None:
        return self.spec if isinstance(self.spec, CompareCriterion) else None


@dataclass(frozen=True)
class CompiledRoute:
    spec: Route
    applies_if: Expr | None
    criteria: dict[str, CompiledCriterion]


@dataclass(frozen=True)
class CompiledFactor:
    spec: PointsFactor
    value: Expr | None
    points: Expr | None


@dataclass(frozen=True)
class CompiledPointsTable:
    spec: PointsTable
    factors: tuple[CompiledFactor, ...]


@dataclass(frozen=True)
class Content:
    name: str
    version: str
    steps: tuple[CompiledStep, ...]
    questions: dict[str, Question]
    derived: dict[str, CompiledDerived]
    parameters: dict[str, Parameter]
    tables: dict[str, dict[str, Parameter]]
    sources: dict[str, Source]
    routes: tuple[CompiledRoute, ...]
    points: dict[str, CompiledPointsTable]
    next_steps: dict[str, NextStep]
    documents: dict[str, Document]
    # A hash of everything that decides a verdict (see loading.fingerprint): equal fingerprints give equal
    # verdicts for equal answers and dates. ``version`` is the editors' name for a release.
    fingerprint: str
    step_index: dict[str, int] = field(default_factory=dict)

    def route(self, route_id: str) -> CompiledRoute:
        for route in self.routes:
            if route.spec.id == route_id:
                return route
        raise KeyError(route_id)
