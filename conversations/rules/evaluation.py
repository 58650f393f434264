"""Route and criterion evaluation: the verdict for one set of answers as of one date."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import ROUND_CEILING, Decimal
from typing import TypedDict

from conversations.compiled import CompiledCriterion, CompiledRoute, Content
from conversations.expressions.evaluate import Value, add_years, evaluate, truth
from conversations.rules.context import Doubt, RuleContext
from conversations.rules.values import years_since_given
from conversations.schema.common import Confidence
from conversations.schema.rules import (
    AllOf,
    Combination,
    CompareCriterion,
    Comparison,
    ConditionCriterion,
    DurationCriterion,
    PointsCriterion,
)
from conversations.session import Answer
from conversations.tristate import UNKNOWN, Tri, kleene_and, kleene_or
from conversations.verdict import (
    AnswerShown,
    CriterionResult,
    CriterionStatus,
    NextStepShown,
    Quantity,
    RouteResult,
    RouteStatus,
    Verdict,
)

_CONFIDENCE_ORDER = [Confidence.CONFIRMED, Confidence.SECONDARY, Confidence.UNCONFIRMED]


class _Detail(TypedDict, total=False):
    """What a criterion's assessment adds for display (only when asked for detail)."""

    value: Quantity
    threshold: Quantity
    shortfall: Quantity
    reached_on: date
    hint: str | None


def evaluate_verdict(content: Content, context: RuleContext) -> Verdict:
    routes = [evaluate_route(route, context) for route in content.routes]
    return Verdict(as_of=context.as_of, content_version=content.version, routes=routes)


def _applies(route: CompiledRoute, context: RuleContext) -> bool:
    spec = route.spec
    in_force = spec.in_force_from <= context.as_of and (
        spec.in_force_until is None or context.as_of < spec.in_force_until)
    applies: Tri = True if route.applies_if is None else truth(route.applies_if, context)
    return in_force and applies is not False


def _decide(route: CompiledRoute, statuses: dict[str, CriterionStatus]) -> RouteStatus:
    decided = _combine(route.spec.eligible_if, statuses)
    if decided is UNKNOWN:
        return RouteStatus.ELIGIBLE_IF_CONFIRMED
    return RouteStatus.ELIGIBLE if decided else RouteStatus.NOT_ELIGIBLE


def route_status(route: CompiledRoute, context: RuleContext) -> RouteStatus:
    """Only the route's status: what "ask if" conditions, other routes and reminders need, without the
    details. Criteria are assessed only as far as the decision needs them (a failed one closes an "all of",
    a met one opens an "any of"): Kleene's rules give the same status as assessing them all."""
    if not _applies(route, context):
        return RouteStatus.NOT_APPLICABLE
    assessed: dict[str, CriterionStatus] = {}

    def status_of(criterion_id: str) -> CriterionStatus:
        if criterion_id not in assessed:
            assessed[criterion_id] = _assess(route.criteria[criterion_id], context, detail=False)[0]
        return assessed[criterion_id]

    decided = _combine_lazily(route.spec.eligible_if, status_of)
    if decided is UNKNOWN:
        return RouteStatus.ELIGIBLE_IF_CONFIRMED
    return RouteStatus.ELIGIBLE if decided else RouteStatus.NOT_ELIGIBLE


def _combine_lazily(node: Combination | str, status_of: Callable[[str], CriterionStatus]) -> Tri:
    if isinstance(node, str):
        status = status_of(node)
        return UNKNOWN if status is CriterionStatus.UNKNOWN else status is CriterionStatus.MET
    deciding = not isinstance(node, AllOf)  # the value that settles the node: False for "all of"
    result: Tri = not deciding
    for item in node.all_of if isinstance(node, AllOf) else node.any_of:
        value = _combine_lazily(item, status_of)
        if value is deciding:
            return deciding
        if value is UNKNOWN:
            result = UNKNOWN
    return result


def evaluate_route(route: CompiledRoute, context: RuleContext) -> RouteResult:
    spec = route.spec
    applies = _applies(route, context)
    groups = _groups(spec.eligible_if)
    criteria = [_criterion(c, context, groups.get(cid, 0)) for cid, c in route.criteria.items()]
    points = [context.points(c.spec.table) for c in route.criteria.values()
              if isinstance(c.spec, PointsCriterion)]
    if not applies:
        status = RouteStatus.NOT_APPLICABLE
    else:
        status = _decide(route, {c.id: c.status for c in criteria})
    steps = [_next_step(context.content, step_id) for step_id in spec.next_steps]
    confidence = max((c.confidence for c in criteria), key=_CONFIDENCE_ORDER.index)
    return RouteResult(id=spec.id, family=spec.family, title=spec.title, summary=spec.summary, status=status,
                       criteria=criteria, points=points, next_steps=steps, confidence=confidence)


def _combine(node: Combination | str, statuses: dict[str, CriterionStatus]) -> Tri:
    if isinstance(node, str):
        status = statuses[node]
        return UNKNOWN if status is CriterionStatus.UNKNOWN else status is CriterionStatus.MET
    if isinstance(node, AllOf):
        return kleene_and([_combine(item, statuses) for item in node.all_of])
    return kleene_or([_combine(item, statuses) for item in node.any_of])


def _groups(node: Combination) -> dict[str, int]:
    """Which criteria are alternatives: leaves under an "any of" get that group's number (from 1)."""
    groups: dict[str, int] = {}
    counter = 0

    def walk(item: Combination | str, group: int) -> None:
        nonlocal counter
        if isinstance(item, str):
            groups[item] = group
            return
        if isinstance(item, AllOf):
            for child in item.all_of:
                walk(child, group)
        else:
            counter += 1
            number = counter
            for child in item.any_of:
                walk(child, number)

    walk(node, 0)
    return groups


def _status(value: Tri) -> CriterionStatus:
    if value is UNKNOWN:
        return CriterionStatus.UNKNOWN
    return CriterionStatus.MET if value else CriterionStatus.NOT_MET


def _assess(compiled: CompiledCriterion, context: RuleContext, *, detail: bool
            ) -> tuple[CriterionStatus, _Detail]:
    """A criterion's status, with (``detail``) the values, threshold and gap to show.

    A result that leaned on a doubtful figure is "to be confirmed" where the figure's next value could
    change it: a reference-only figure decides nothing; a stale one can still show a shortfall (the bars
    only rise), but not a pass.
    """
    outer_doubt, context.doubt = context.doubt, Doubt.NONE
    try:
        status, extra = _assess_plainly(compiled, context, detail=detail)
        if context.doubt is Doubt.REFERENCE and status is CriterionStatus.NOT_MET:
            # Short even of the floor's bar (the lowest series): short of the real one too. (The salary
            # criteria are all "at least" comparisons; a lower figure can only lower their bar.)
            floor_status, _ = context.at_floor(lambda: _assess_plainly(compiled, context, detail=False))
            if floor_status is CriterionStatus.NOT_MET:
                extra.pop("shortfall", None)
                return status, extra
        if ((context.doubt is Doubt.REFERENCE and status is not CriterionStatus.UNKNOWN)
                or (context.doubt is Doubt.STALE and status is CriterionStatus.MET)):
            status = CriterionStatus.UNKNOWN
            extra.pop("shortfall", None)
        return status, extra
    finally:
        context.doubt = outer_doubt


def _assess_plainly(compiled: CompiledCriterion, context: RuleContext, *, detail: bool
                    ) -> tuple[CriterionStatus, _Detail]:
    spec = compiled.spec
    if isinstance(spec, ConditionCriterion):
        assert compiled.met_if is not None
        return _status(truth(compiled.met_if, context)), {}
    if isinstance(spec, CompareCriterion):
        assert compiled.value is not None and compiled.threshold is not None
        return _compare(spec, evaluate(compiled.value, context), evaluate(compiled.threshold, context), detail)
    if isinstance(spec, DurationCriterion):
        return _duration(spec, context, detail)
    low, high = context.points_range(spec.table)
    return _points(spec, low, high, detail)


def _criterion(compiled: CompiledCriterion, context: RuleContext, group: int) -> CriterionResult:
    spec = compiled.spec
    context.trace = []
    status, extra = _assess(compiled, context, detail=True)
    answers = [shown for q in compiled.shown_questions if (shown := _shown(context, q)) is not None]
    # The person's own figure stood in for the threshold only when no published amount was traced.
    published = isinstance(spec, CompareCriterion) and any(use.unit == spec.unit for use in context.trace)
    given = [] if published else [shown for q in compiled.threshold_questions
                                  if (shown := _shown(context, q)) is not None and shown.value is not None]
    return CriterionResult(
        id=spec.id, text=spec.text, status=status, group=group, answers=answers, hint=extra.get("hint", spec.hint),
        note=spec.note, sources=list(spec.sources), effective=spec.effective, confidence=spec.confidence,
        parameters=list(context.trace), value=extra.get("value"), threshold=extra.get("threshold"),
        shortfall=extra.get("shortfall"), reached_on=extra.get("reached_on"), figures_given=given,
    )


def _compare(spec: CompareCriterion, value: Value, threshold: Value, detail: bool
             ) -> tuple[CriterionStatus, _Detail]:
    extra: _Detail = {}
    if detail and isinstance(value, Decimal):
        extra["value"] = Quantity(amount=value, unit=spec.unit)
    if detail and isinstance(threshold, Decimal):
        extra["threshold"] = Quantity(amount=_round(threshold), unit=spec.unit)
    if not isinstance(value, Decimal) or not isinstance(threshold, Decimal):
        return CriterionStatus.UNKNOWN, extra
    threshold = _round(threshold)
    met = {
        Comparison.AT_LEAST: value >= threshold,
        Comparison.MORE_THAN: value > threshold,
        Comparison.AT_MOST: value <= threshold,
        Comparison.LESS_THAN: value < threshold,
    }[spec.op]
    if not met and detail:
        gap = abs(threshold - value)
        if spec.op in {Comparison.MORE_THAN, Comparison.LESS_THAN}:
            gap += 1
        extra["shortfall"] = Quantity(amount=gap, unit=spec.unit)
    return (CriterionStatus.MET if met else CriterionStatus.NOT_MET), extra


def _round(amount: Decimal) -> Decimal:
    """Thresholds in whole units, rounded up: 20 % of 565,548 is 113,109.6, so the bar is 113,110."""
    return amount.to_integral_value(rounding=ROUND_CEILING)


def _duration(spec: DurationCriterion, context: RuleContext, detail: bool
              ) -> tuple[CriterionStatus, _Detail]:
    start = context.name(spec.since)
    extra: _Detail = {}
    if detail:
        extra["threshold"] = Quantity(amount=Decimal(spec.years), unit="years")
    if start is UNKNOWN:
        return CriterionStatus.UNKNOWN, extra
    if isinstance(start, str):  # a preset answer such as "not yet"
        if detail:
            extra["value"] = Quantity(amount=Decimal(0), unit="years")
            if spec.hint_not_started:
                extra["hint"] = spec.hint_not_started
        return CriterionStatus.NOT_MET, extra
    assert isinstance(start, date)
    reached = add_years(start, spec.years)
    if detail:
        done = context.as_of.year - start.year - ((context.as_of.month, context.as_of.day) < (start.month, start.day))
        extra["value"] = Quantity(amount=Decimal(max(done, 0)), unit="years")
    if reached <= context.as_of:
        return CriterionStatus.MET, extra
    if detail:
        extra["reached_on"] = reached
    return CriterionStatus.NOT_MET, extra


def _points(spec: PointsCriterion, low: int, high: int, detail: bool) -> tuple[CriterionStatus, _Detail]:
    extra: _Detail = {}
    if detail:
        extra["threshold"] = Quantity(amount=Decimal(spec.minimum), unit="points")
        if low == high:
            extra["value"] = Quantity(amount=Decimal(low), unit="points")
    if low >= spec.minimum:
        return CriterionStatus.MET, extra
    if high < spec.minimum:
        if detail:
            extra["shortfall"] = Quantity(amount=Decimal(spec.minimum - high), unit="points")
        return CriterionStatus.NOT_MET, extra
    return CriterionStatus.UNKNOWN, extra


def _shown(context: RuleContext, question: str) -> AnswerShown | None:
    """The person's answer, None when the question was never asked (it does not apply to them)."""
    answer: Answer | None = context.answer(question)
    if answer is None:
        return None
    if answer.unknown or answer.skipped:
        return AnswerShown(question=question, value=None)
    if isinstance(answer.value, int):  # as of the verdict's date: an age given a year ago is one more now
        grown = years_since_given(context.content.questions[question], answer, context.as_of)
        return AnswerShown(question=question, value=answer.value + grown)
    return AnswerShown(question=question, value=answer.value)


def _next_step(content: Content, step_id: str) -> NextStepShown:
    step = content.next_steps[step_id]
    documents = [(content.documents[d].text, content.documents[d].valid_months) for d in step.documents]
    return NextStepShown(id=step_id, text=step.text, params=dict(step.params), documents=documents,
                         sources=list(step.sources))

