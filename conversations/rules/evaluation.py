"""Route and criterion evaluation: the verdict for one set of answers as of one date."""

from __future__ import annotations

from datetime import date
from decimal import ROUND_CEILING, Decimal

from conversations.compiled import CompiledCriterion, CompiledRoute, Content
from conversations.expressions.evaluate import Value, add_years, evaluate, truth
from conversations.rules.context import RuleContext
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
    PointsBreakdown,
    Quantity,
    RouteResult,
    RouteStatus,
    Verdict,
)

_CONFIDENCE_ORDER = [Confidence.CONFIRMED, Confidence.SECONDARY, Confidence.UNCONFIRMED]


def evaluate_verdict(content: Content, context: RuleContext) -> Verdict:
    routes = [evaluate_route(route, context) for route in content.routes]
    return Verdict(as_of=context.as_of, content_version=content.version, routes=routes)


def evaluate_route(route: CompiledRoute, context: RuleContext) -> RouteResult:
    spec = route.spec
    in_force = spec.in_force_from <= context.as_of and (
        spec.in_force_until is None or context.as_of < spec.in_force_until)
    applies: Tri = True if route.applies_if is None else truth(route.applies_if, context)
    groups = _groups(spec.eligible_if)
    criteria = [_criterion(c, context).model_copy(update={"group": groups.get(cid, 0)})
                for cid, c in route.criteria.items()]
    points = [context.points(c.spec.table) for c in route.criteria.values()
              if isinstance(c.spec, PointsCriterion)]
    if not in_force or applies is False:
        status = RouteStatus.NOT_APPLICABLE
    else:
        by_id = {c.id: c.status for c in criteria}
        decided = _combine(spec.eligible_if, by_id)
        if decided is UNKNOWN:
            status = RouteStatus.ELIGIBLE_IF_CONFIRMED
        else:
            status = RouteStatus.ELIGIBLE if decided else RouteStatus.NOT_ELIGIBLE
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


def _criterion(compiled: CompiledCriterion, context: RuleContext) -> CriterionResult:
    spec = compiled.spec
    context.trace = []
    extra: dict[str, object] = {}
    if isinstance(spec, ConditionCriterion):
        assert compiled.met_if is not None
        status = _status(truth(compiled.met_if, context))
    elif isinstance(spec, CompareCriterion):
        assert compiled.value is not None and compiled.threshold is not None
        status, extra = _compare(spec, evaluate(compiled.value, context), evaluate(compiled.threshold, context))
    elif isinstance(spec, DurationCriterion):
        status, extra = _duration(spec, context)
    else:
        breakdown = context.points(spec.table)
        status, extra = _points(spec, breakdown)
    answers = [_shown(context, q) for q in compiled.shown_questions]
    return CriterionResult(
        id=spec.id, text=spec.text, status=status, answers=answers, hint=spec.hint, note=spec.note,
        sources=list(spec.sources), effective=spec.effective, confidence=spec.confidence,
        parameters=list(context.trace), **extra,
    )


def _compare(spec: CompareCriterion, value: Value, threshold: Value) -> tuple[CriterionStatus, dict[str, object]]:
    extra: dict[str, object] = {}
    if isinstance(value, Decimal):
        extra["value"] = Quantity(amount=value, unit=spec.unit)
    if isinstance(threshold, Decimal):
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
    if not met:
        gap = abs(threshold - value)
        if spec.op in {Comparison.MORE_THAN, Comparison.LESS_THAN}:
            gap += 1
        extra["shortfall"] = Quantity(amount=gap, unit=spec.unit)
    return (CriterionStatus.MET if met else CriterionStatus.NOT_MET), extra


def _round(amount: Decimal) -> Decimal:
    """Thresholds in whole units, rounded up: 20 % of 565,548 is 113,109.6, so the bar is 113,110."""
    return amount.to_integral_value(rounding=ROUND_CEILING)


def _duration(spec: DurationCriterion, context: RuleContext) -> tuple[CriterionStatus, dict[str, object]]:
    start = context.name(spec.since)
    extra: dict[str, object] = {"threshold": Quantity(amount=Decimal(spec.years), unit="years")}
    if start is UNKNOWN:
        return CriterionStatus.UNKNOWN, extra
    if isinstance(start, str):  # a preset answer such as "not yet"
        extra["value"] = Quantity(amount=Decimal(0), unit="years")
        return CriterionStatus.NOT_MET, extra
    assert isinstance(start, date)
    reached = add_years(start, spec.years)
    done = context.as_of.year - start.year - ((context.as_of.month, context.as_of.day) < (start.month, start.day))
    extra["value"] = Quantity(amount=Decimal(max(done, 0)), unit="years")
    if reached <= context.as_of:
        return CriterionStatus.MET, extra
    extra["reached_on"] = reached
    return CriterionStatus.NOT_MET, extra


def _points(spec: PointsCriterion, breakdown: PointsBreakdown) -> tuple[CriterionStatus, dict[str, object]]:
    extra: dict[str, object] = {"threshold": Quantity(amount=Decimal(spec.minimum), unit="points")}
    if breakdown.low == breakdown.high:
        extra["value"] = Quantity(amount=Decimal(breakdown.low), unit="points")
    if breakdown.low >= spec.minimum:
        return CriterionStatus.MET, extra
    if breakdown.high < spec.minimum:
        extra["shortfall"] = Quantity(amount=Decimal(spec.minimum - breakdown.high), unit="points")
        return CriterionStatus.NOT_MET, extra
    return CriterionStatus.UNKNOWN, extra


def _shown(context: RuleContext, question: str) -> AnswerShown:
    answer: Answer | None = context.answer(question)
    if answer is None or answer.unknown or answer.skipped:
        return AnswerShown(question=question, value=None)
    return AnswerShown(question=question, value=answer.value)


def _next_step(content: Content, step_id: str) -> NextStepShown:
    step = content.next_steps[step_id]
    documents = [(content.documents[d].text, content.documents[d].valid_months) for d in step.documents]
    return NextStepShown(id=step_id, text=step.text, params=dict(step.params), documents=documents,
                         sources=list(step.sources))

