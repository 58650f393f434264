"""Scenarios as data: answers as a person would type or tap them, replayed through the engine.

A scenario file holds one scenario (a mapping) or several (a list)::

    - name: The article's Beijing example, exactly at the bar
      as_of: 2021-03-11
      answers: {goal: settle, age: 35, work_city: beijing, pr_lowest_salary: "565,548"}
      expect:
        questions_asked_at_most: 15
        routes:
          pr_salary_tax: {status: eligible, criteria: {salary_6x: met}}
        thresholds: {pr_salary_tax.salary_6x: 565548}

The answers are replayed as events, in the order the engine asks: typed text for typed questions, a
choice key for choice questions, a list for multiple choice (each toggled, then confirmed),
``dont_know`` for "don't know" and ``skip`` to skip. YAML's ``yes``/``no`` are read as the choices
``yes``/``no``. The replay fails when the engine asks a question the scenario has no answer for, when
an answer is rejected, or when an answer is left unused (unless the scenario marks it ``unused_ok``),
so a scenario also proves the flow asks exactly those questions.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from conversations.engine import Interview
from conversations.events import Choose, Confirm, DontKnow, Event, SetEvaluationDate, Skip, Start, Toggle, TypeAnswer
from conversations.outputs import Ask, Finished, Invalid
from conversations.schema.questions import YES_NO_UNKNOWN_KEYS, Question, QuestionType
from conversations.session import Session
from conversations.verdict import CriterionResult, CriterionStatus, PointsBreakdown, Quantity, RouteStatus, Verdict
from conversations.yaml_files import DuplicateKeyError
from conversations.yaml_files import read_yaml as read_yaml_file

DONT_KNOW = "dont_know"
SKIP = "skip"


class ScenarioError(ValueError):
    """A scenario file is malformed; the message names the file and the problem."""


# --- the file format ---------------------------------------------------------------------------------
class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class RouteExpectation(_Model):
    status: RouteStatus | None = None
    criteria: dict[str, CriterionStatus] = Field(default_factory=dict)


class PointsRange(_Model):
    low: int
    high: int


class Expectations(_Model):
    questions_asked: int | None = None  # exactly this many questions
    questions_asked_at_most: int | None = None
    asked: list[str] | None = None  # exactly these questions, in this order
    asked_include: list[str] = Field(default_factory=list)
    not_asked: list[str] = Field(default_factory=list)
    routes: dict[str, RouteExpectation | RouteStatus] = Field(default_factory=dict)
    # keyed "route.criterion"
    thresholds: dict[str, Decimal | None] = Field(default_factory=dict)
    values: dict[str, Decimal | None] = Field(default_factory=dict)
    shortfalls: dict[str, Decimal | None] = Field(default_factory=dict)
    reached_on: dict[str, date | None] = Field(default_factory=dict)
    # keyed by route: the ids of the next steps it shows, in order
    next_steps: dict[str, list[str]] = Field(default_factory=dict)
    # keyed "route.criterion": whether it used a wage figure past its valid_until (the caveat it shows)
    stale_figures: dict[str, bool] = Field(default_factory=dict)
    # keyed "route.criterion": the amount the person gave that its threshold used (None: none)
    figure_given: dict[str, Decimal | None] = Field(default_factory=dict)
    # keyed "route.criterion", then "parameter" or "table.key": the figure the criterion used
    parameters: dict[str, dict[str, Decimal]] = Field(default_factory=dict)
    # keyed by points table (total, or low/high when some factor is unknown), or "table.factor"
    points: dict[str, int | PointsRange] = Field(default_factory=dict)
    points_factors: dict[str, int | None] = Field(default_factory=dict)


class Scenario(_Model):
    name: str
    as_of: date
    answers: dict[str, Any]
    unused_ok: bool | list[str] = False
    expect: Expectations = Field(default_factory=Expectations)
    source: str = ""  # the file it came from (set by the loader)


def read_yaml(path: Path) -> Any:
    """A YAML file, refusing duplicate keys; errors name the file."""
    try:
        return read_yaml_file(path)
    except (DuplicateKeyError, OSError, yaml.YAMLError) as exc:
        raise ScenarioError(f"{path}: {exc}") from None


def load_file(path: Path) -> list[Scenario]:
    data = read_yaml(path)
    items = data if isinstance(data, list) else [data]
    scenarios = []
    for index, item in enumerate(items):
        try:
            scenario = Scenario.model_validate(item)
        except ValidationError as exc:
            problems = "; ".join(f"{'.'.join(str(p) for p in e['loc'])}: {e['msg']}" for e in exc.errors())
            raise ScenarioError(f"{path}: scenario {index}: {problems}") from None
        scenarios.append(scenario.model_copy(update={"source": path.name}))
    return scenarios


def load_folder(folder: Path) -> list[Scenario]:
    """Every scenario of every ``*.yaml`` file in the folder, by file name."""
    scenarios = [s for path in sorted(folder.glob("*.yaml")) for s in load_file(path)]
    names = [f"{s.source}: {s.name}" for s in scenarios]
    duplicates = sorted({n for n in names if names.count(n) > 1})
    if duplicates:
        raise ScenarioError(f"scenario names must be unique within a file: {', '.join(duplicates)}")
    return scenarios


# --- replaying answers ---------------------------------------------------------------------------------
@dataclass
class Replay:
    """What happened when the answers were replayed."""

    asked: list[str] = field(default_factory=list)  # the questions asked, in order
    session: Session | None = None
    verdict: Verdict | None = None
    problems: list[str] = field(default_factory=list)  # missing, rejected or unused answers


def events_for(question: Question, raw: Any) -> list[Event]:
    """The events a person would send to give this answer."""
    qid = question.id
    if isinstance(raw, bool):
        raw = "yes" if raw else "no"
    if isinstance(raw, date):
        raw = raw.isoformat()
    keys = YES_NO_UNKNOWN_KEYS if question.type is QuestionType.YES_NO_UNKNOWN else question.choice_keys
    if raw == SKIP and SKIP not in keys:
        return [Skip(question=qid)]
    if raw == DONT_KNOW and DONT_KNOW not in keys:
        return [DontKnow(question=qid)]
    if question.type is QuestionType.MULTIPLE_CHOICE:
        selection = raw if isinstance(raw, list) else [raw]
        return [*(Toggle(question=qid, choice=str(k)) for k in selection), Confirm(question=qid)]
    if isinstance(raw, str) and raw in keys:
        return [Choose(question=qid, choice=raw)]
    if question.type in {QuestionType.SINGLE_CHOICE, QuestionType.YES_NO_UNKNOWN, QuestionType.CITY}:
        return [Choose(question=qid, choice=str(raw))]  # the engine will say it is not a choice
    if isinstance(raw, list | dict) or raw is None:
        raise ScenarioError(f"'{qid}': {raw!r} is not an answer to a {question.type.value} question")
    return [TypeAnswer(text=str(raw))]


def replay(interview: Interview, answers: Mapping[str, Any], as_of: date,
           *, unused_ok: bool | list[str] = False) -> Replay:
    """Answer each question the engine asks from ``answers``, as of ``as_of``, until the verdict."""
    result = Replay()
    session = interview.new_session()
    outcome = interview.step(session, SetEvaluationDate(as_of=as_of), today=as_of)
    outcome = interview.step(outcome.session, Start(), today=as_of)
    limit = len(interview.content.steps) + 1
    while isinstance(outcome.output, Ask):
        question = outcome.output.question
        if question in result.asked or len(result.asked) >= limit:
            result.problems.append(f"'{question}' was asked again after it was answered")
            break
        if question not in answers:
            result.problems.append(f"the engine asked '{question}', which has no answer")
            break
        result.asked.append(question)
        spec = interview.content.questions[question]
        try:
            events = events_for(spec, answers[question])
        except ScenarioError as exc:
            result.problems.append(str(exc))
            break
        for event in events:
            outcome = interview.step(outcome.session, event, today=as_of)
            if isinstance(outcome.output, Invalid):
                result.problems.append(f"the answer {answers[question]!r} to '{question}' was rejected: "
                                       f"{outcome.output.error} {outcome.output.params or ''}".rstrip())
                break
        else:
            continue
        break
    result.session = outcome.session
    if isinstance(outcome.output, Finished):
        result.verdict = outcome.output.verdict
    allowed = set(answers) if unused_ok is True else set(unused_ok or [])
    unused = [q for q in answers if q not in result.asked and q not in allowed]
    if unused and result.verdict is not None:
        result.problems.append(f"answers never asked for: {', '.join(unused)}")
    return result


# --- expectations -------------------------------------------------------------------------------------
def _criterion(verdict: Verdict, key: str) -> CriterionResult:
    route_id, _, criterion_id = key.partition(".")
    for criterion in verdict.route(route_id).criteria:
        if criterion.id == criterion_id:
            return criterion
    raise KeyError(key)


def _points(verdict: Verdict, table: str) -> PointsBreakdown:
    for route in verdict.routes:
        for breakdown in route.points:
            if breakdown.table == table:
                return breakdown
    raise KeyError(table)


def _amount(quantity: Quantity | None) -> Decimal | None:
    return None if quantity is None else quantity.amount


def check_expectations(scenario: Scenario, result: Replay) -> list[str]:
    """Every expectation the replay does not meet, as readable lines."""
    expect = scenario.expect
    problems = list(result.problems)
    asked = result.asked
    if expect.questions_asked is not None and len(asked) != expect.questions_asked:
        problems.append(f"{len(asked)} questions asked, expected {expect.questions_asked}")
    if expect.questions_asked_at_most is not None and len(asked) > expect.questions_asked_at_most:
        problems.append(f"{len(asked)} questions asked, expected at most {expect.questions_asked_at_most}")
    if expect.asked is not None and asked != expect.asked:
        problems.append(f"asked {asked}, expected {expect.asked}")
    problems += [f"'{q}' was not asked" for q in expect.asked_include if q not in asked]
    problems += [f"'{q}' was asked" for q in expect.not_asked if q in asked]
    verdict = result.verdict
    if verdict is None:
        return [*problems, "no verdict was reached"]
    try:
        problems += _check_verdict(expect, verdict)
    except KeyError as exc:
        problems.append(f"the verdict has no {exc.args[0]!r}")
    return problems


def _check_verdict(expect: Expectations, verdict: Verdict) -> list[str]:
    problems = []
    for route_id, wanted in expect.routes.items():
        route = verdict.route(route_id)
        spec = wanted if isinstance(wanted, RouteExpectation) else RouteExpectation(status=wanted)
        if spec.status is not None and route.status is not spec.status:
            problems.append(f"{route_id}: {route.status.value}, expected {spec.status.value}")
        for criterion_id, status in spec.criteria.items():
            got = _criterion(verdict, f"{route_id}.{criterion_id}").status
            if got is not status:
                problems.append(f"{route_id}.{criterion_id}: {got.value}, expected {status.value}")
    for label, table in (("threshold", expect.thresholds), ("value", expect.values),
                         ("shortfall", expect.shortfalls)):
        for key, amount in table.items():
            amount_got = _amount(getattr(_criterion(verdict, key), label))
            if amount_got != amount:
                problems.append(f"{key}: {label} {amount_got}, expected {amount}")
    for key, day in expect.reached_on.items():
        got_day = _criterion(verdict, key).reached_on
        if got_day != day:
            problems.append(f"{key}: reached on {got_day}, expected {day}")
    for route_id, steps in expect.next_steps.items():
        shown = [step.id for step in verdict.route(route_id).next_steps]
        if shown != steps:
            problems.append(f"{route_id}: next steps {shown}, expected {steps}")
    for key, stale in expect.stale_figures.items():
        got_stale = any(p.stale for p in _criterion(verdict, key).parameters)
        if got_stale != stale:
            problems.append(f"{key}: stale figure used: {got_stale}, expected {stale}")
    for key, amount in expect.figure_given.items():
        given = [g.value for g in _criterion(verdict, key).figures_given]
        got_amount = Decimal(str(given[0])) if given else None
        if got_amount != amount:
            problems.append(f"{key}: figure given {got_amount}, expected {amount}")
    for key, figures in expect.parameters.items():
        used = {(p.parameter if p.key is None else f"{p.parameter}.{p.key}"): p.value
                for p in _criterion(verdict, key).parameters}
        for name, value in figures.items():
            if used.get(name) != value:
                problems.append(f"{key}: used {name} = {used.get(name)}, expected {value}")
    for table_id, total in expect.points.items():
        breakdown = _points(verdict, table_id)
        wanted_range = total if isinstance(total, PointsRange) else PointsRange(low=total, high=total)
        if (breakdown.low, breakdown.high) != (wanted_range.low, wanted_range.high):
            problems.append(f"points {table_id}: {breakdown.low}..{breakdown.high}, "
                            f"expected {wanted_range.low}..{wanted_range.high}")
    for key, points in expect.points_factors.items():
        table_id, _, factor = key.partition(".")
        lines = {line.factor: line.points for line in _points(verdict, table_id).lines}
        if factor not in lines:
            raise KeyError(key)
        if lines[factor] != points:
            problems.append(f"points {key}: {lines[factor]}, expected {points}")
    return problems


def run(interview: Interview, scenario: Scenario) -> tuple[Replay, list[str]]:
    """Replay a scenario and check its expectations."""
    result = replay(interview, scenario.answers, scenario.as_of, unused_ok=scenario.unused_ok)
    return result, check_expectations(scenario, result)
