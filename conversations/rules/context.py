"""The evaluation context: answers, derived values, dated parameters, points and routes, as of a date.

It records every parameter a computation used (OpenFisca's tracer idea), so each criterion in the
verdict can name the figure, the date it took effect and its source. Deciding which question comes
next needs only truth values, so that evaluation runs with tracing off and builds no result objects.

Whether a computation leaned on a doubtful figure (past its ``valid_until``, or reference only) is kept
even with tracing off, so the verdict and the "ask if" conditions treat it alike (see ``Doubt``).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal
from enum import IntEnum
from typing import TypeVar

from conversations.compiled import CompiledPointsTable, Content
from conversations.expressions.ast import Expr
from conversations.expressions.evaluate import EvaluationError, Value, evaluate, truth
from conversations.rules.values import answer_value, years_since_given
from conversations.schema.rules import Band
from conversations.session import Answer
from conversations.tristate import UNKNOWN, Tri
from conversations.verdict import ParameterUse, PointsBreakdown, PointsLine

T = TypeVar("T")


class Doubt(IntEnum):
    """How far a figure a computation used can be trusted to decide; the worst one used counts."""

    NONE = 0
    # Past its valid_until: the next figure is due. Average wages in these series have risen every year on
    # record, so an old figure can still show that a salary falls short of a bar, but not that it reaches it.
    STALE = 1
    # A statistics bureau's average in a series the deciding office may not use: it decides nothing.
    REFERENCE = 2


class RuleContext:
    def __init__(self, content: Content, answers: dict[str, Answer], as_of: date, *, tracing: bool = True) -> None:
        self.content = content
        self.as_of = as_of
        self.tracing = tracing
        self._answers = answers
        self._derived: dict[str, tuple[Value, list[ParameterUse], Doubt]] = {}
        self._route_truth: dict[str, Tri] = {}
        self._routes_in_progress: set[str] = set()
        self.trace: list[ParameterUse] = []
        self.doubt = Doubt.NONE  # the worst doubt about the figures used since the last reset
        self._at_floor = False  # reference-only figures read as their floor (see at_floor)

    # --- EvaluationContext -------------------------------------------------------------------
    def name(self, name: str) -> Value:
        if name == "as_of":
            return self.as_of
        answer = self._answers.get(name)
        if answer is not None:
            question = self.content.questions[name]
            value = answer_value(question, answer)
            if isinstance(value, Decimal):
                value += years_since_given(question, answer, self.as_of)  # an age is at least one more a year
            return value
        derived = self.content.derived.get(name)
        if derived is None:
            return UNKNOWN  # a question not asked (yet, or not on this person's path)
        if name not in self._derived:
            outer, self.trace = self.trace, []
            outer_doubt, self.doubt = self.doubt, Doubt.NONE
            try:
                value = evaluate(derived.expr, self)
                self._derived[name] = (value, self.trace, self.doubt)
            finally:
                self.trace = outer
                self.doubt = outer_doubt
        value, uses, doubt = self._derived[name]
        self.doubt = max(self.doubt, doubt)
        self._record(uses)
        return value

    def call(self, function: str, args: list[Value]) -> Value:
        if function == "param":
            return self._param(args)
        if function == "param_of_year":
            return self._param_of_year(args)
        if function == "points":
            low, high = self.points_range(str(args[0]))
            return Decimal(low) if low == high else UNKNOWN
        if function == "eligible":
            return self.route_truth(str(args[0]))
        raise EvaluationError(f"unknown function {function}")

    # --- helpers -----------------------------------------------------------------------------
    def answer(self, question: str) -> Answer | None:
        return self._answers.get(question)

    def _record(self, uses: list[ParameterUse]) -> None:
        if not self.tracing:
            return
        for use in uses:
            if use not in self.trace:
                self.trace.append(use)

    def _param(self, args: list[Value]) -> Value:
        if any(a is UNKNOWN for a in args):
            return UNKNOWN
        name = str(args[0])
        key = str(args[1]) if len(args) > 1 else None
        if key is None:
            parameter = self.content.parameters[name]
        else:
            found = self.content.tables[name].get(key)
            if found is None:
                return UNKNOWN  # e.g. "other" city: the person gives the figure
            parameter = found
        dated = parameter.at(self.as_of)
        if dated is None:
            return UNKNOWN
        effective, entry = dated
        assert entry.value is not None
        if self._at_floor and entry.reference_only:
            return UNKNOWN if entry.floor is None else entry.floor
        stale = entry.stale_on(self.as_of)
        if entry.reference_only:
            self.doubt = Doubt.REFERENCE
        elif stale:
            self.doubt = max(self.doubt, Doubt.STALE)
        if self.tracing:
            self._record([ParameterUse(
                parameter=name, key=key, value=entry.value, unit=parameter.unit.value, effective=effective,
                reference_year=entry.reference_year, series=entry.series, sources=list(entry.sources),
                valid_until=entry.valid_until, stale=stale, reference_only=entry.reference_only,
                confidence=entry.confidence,
                last_verified=parameter.last_verified,
            )])
        return entry.value

    def at_floor(self, compute: Callable[[], T]) -> T:
        """``compute`` with every reference-only figure read as its floor (the lowest series published),
        untraced and with nothing cached leaking in or out."""
        saved = self._derived, self._route_truth, self.trace, self.tracing, self.doubt
        self._derived, self._route_truth, self.trace, self.tracing = {}, {}, [], False
        self._at_floor = True
        try:
            return compute()
        finally:
            self._derived, self._route_truth, self.trace, self.tracing, self.doubt = saved
            self._at_floor = False

    def _param_of_year(self, args: list[Value]) -> Value:
        """The figure of a table entry measured in a given year (for a past year's bar), traced like param.
        Only what was published by the evaluation date counts; its staleness does not, since a past
        year's figure is final once published."""
        if any(a is UNKNOWN for a in args):
            return UNKNOWN
        name, key, year = str(args[0]), str(args[1]), int(_decimal(args[2]))
        parameter = self.content.tables[name].get(key)
        if parameter is None:
            return UNKNOWN
        for effective, entry in parameter.values.items():
            if entry.reference_year == year and entry.value is not None and effective <= self.as_of:
                if entry.reference_only:
                    self.doubt = Doubt.REFERENCE
                if self.tracing:
                    self._record([ParameterUse(
                        parameter=name, key=key, value=entry.value, unit=parameter.unit.value, effective=effective,
                        reference_year=year, series=entry.series, sources=list(entry.sources),
                        valid_until=entry.valid_until, reference_only=entry.reference_only,
                        confidence=entry.confidence, last_verified=parameter.last_verified,
                    )])
                return entry.value
        return UNKNOWN

    def _factor_points(self, table: CompiledPointsTable) -> list[int | None]:
        """Each factor's points, None where an answer is unknown."""
        found: list[int | None] = []
        for factor in table.factors:
            spec = factor.spec
            points: int | None
            if factor.points is not None:
                raw = evaluate(factor.points, self)
                points = None if raw is UNKNOWN else int(_decimal(raw))
            else:
                assert factor.value is not None
                value = evaluate(factor.value, self)
                points = None if value is UNKNOWN else _score(spec.bands, spec.mapping, value)
            found.append(None if points is None else max(0, min(points, spec.maximum)))
        return found

    def points_range(self, table_id: str) -> tuple[int, int]:
        """The total counting unknown factors as zero, and counting them at their maximum."""
        table = self.content.points[table_id]
        points = self._factor_points(table)
        low = sum(p or 0 for p in points)
        high = sum(f.spec.maximum if p is None else p for f, p in zip(table.factors, points, strict=True))
        return low, high

    def points(self, table_id: str) -> PointsBreakdown:
        table: CompiledPointsTable = self.content.points[table_id]
        lines = [PointsLine(factor=f.spec.id, text=f.spec.text, points=p, maximum=f.spec.maximum,
                            improve=f.spec.improve)
                 for f, p in zip(table.factors, self._factor_points(table), strict=True)]
        low = sum(line.points or 0 for line in lines)
        high = sum(line.maximum if line.points is None else line.points for line in lines)
        return PointsBreakdown(table=table.spec.id, title=table.spec.title, low=low, high=high, lines=lines,
                               sources=list(table.spec.sources))

    def route_truth(self, route_id: str) -> Tri:
        if route_id not in self._route_truth:
            if route_id in self._routes_in_progress:
                raise EvaluationError(f"route {route_id} depends on itself")
            self._routes_in_progress.add(route_id)
            # The figures another route uses are its own, not the calling criterion's: keep them apart.
            # Its doubtful figures already make its own criteria "to be confirmed": keep them apart too.
            outer, self.trace = self.trace, []
            outer_doubt = self.doubt
            try:
                from conversations.rules.evaluation import route_status

                status = route_status(self.content.route(route_id), self)
            finally:
                self._routes_in_progress.discard(route_id)
                self.trace = outer
                self.doubt = outer_doubt
            truth_of: dict[str, Tri] = {"eligible": True, "eligible_if_confirmed": UNKNOWN}
            self._route_truth[route_id] = truth_of.get(status.value, False)
        return self._route_truth[route_id]

    def holds(self, expr: Expr) -> Tri:
        return truth(expr, self)


def _decimal(value: Value) -> Decimal:
    if isinstance(value, Decimal):
        return value
    raise EvaluationError(f"expected a number, got {value!r}")


def _score(bands: list[Band], mapping: dict[str, int], value: Value) -> int:
    if mapping:
        if isinstance(value, tuple):
            return max((mapping.get(str(v), 0) for v in value), default=0)
        return mapping.get(str(value), 0)
    number = _decimal(value)
    points = 0
    for band in bands:
        if number >= band.minimum:
            points = band.points
    return points
