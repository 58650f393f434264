"""Structural checks of loaded content: what the loader cannot see one file at a time.

Each check returns a list of problems, every one naming the file, route or question it is about. They
are computed from the data (the parsed expressions and the engine itself), never by parsing code:

* every question can be asked: some answers to the questions before it make its ``ask_if`` hold;
* every route can reach each of its outcomes (eligible, not eligible, eligible if confirmed when one
  of its criteria can be unknown, not applicable when it has ``applies_if``);
* every criterion, parameter value, points table and next step cites registered sources, every
  parameter value has an effective date and every parameter a ``last_verified`` date (parameters
  verified too long ago are *warnings*, not problems);
* completeness: over the answer combinations (choice answers, typed answers at representative values
  such as the bounds and the thresholds the rules compare them with, and "don't know"), at every date
  where a rule or figure changes, the flow runs and every route reaches exactly one outcome without
  raising. When there are too many combinations they are sampled with a fixed seed, and the report
  says so;
* every ``ask_if`` reads only earlier questions, and no route depends on itself through ``eligible``.

Searching for an answer combination that asks a question or reaches an outcome uses a small local
search over the answers the target depends on (``Dependencies``); a combination it finds is then
confirmed by replaying it through the engine.
"""

from __future__ import annotations

import itertools
import math
import random
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import ROUND_CEILING, ROUND_FLOOR, Decimal
from functools import cached_property
from typing import Literal

from conversations.compiled import CompiledCriterion, CompiledRoute, Content
from conversations.engine import Interview
from conversations.expressions.analysis import References
from conversations.expressions.ast import Binary, Call, Const, Expr, ListOf, Logical, Name, Unary, calls_in, names_in
from conversations.expressions.evaluate import EvaluationError, add_years, evaluate, truth
from conversations.loading import Dependencies
from conversations.rules.context import RuleContext
from conversations.rules.evaluation import evaluate_route, evaluate_verdict
from conversations.schema.parameters import Parameter
from conversations.schema.questions import YES_NO_UNKNOWN_KEYS, Question, QuestionType
from conversations.schema.rules import AllOf, AnyOf, CompareCriterion, DurationCriterion, PointsCriterion
from conversations.session import Answer, Session
from conversations.verdict import CriterionStatus, RouteStatus, Verdict

SEED = 20210311  # the founding article's date: any fixed seed will do, this one is easy to remember
DEFAULT_SAMPLES = 200  # random answer combinations when enumerating them all is too much
EXHAUSTIVE_LIMIT = 5000  # enumerate every combination up to this many
DEFAULT_STALE_DAYS = 180
DUE_WITHIN_DAYS = 60  # how early the check starts listing a wage figure that is about to go stale
SEARCH_BUDGET = 600  # answer combinations scored in one search before giving up
_TIE = 100  # a search score is distance x _TIE + a tie-breaker below _TIE
WIDE_QUESTION = 12  # a question with more representative answers offers this many of them per search step

_COMPARISONS = {"<", "<=", ">", ">=", "==", "!="}
_DONT_KNOW = "dont_know"

Want = Literal["true", "false", "not_false", "not_true"]
_FLIP: dict[Want, Want] = {"true": "false", "false": "true", "not_false": "not_true", "not_true": "not_false"}


@dataclass
class Report:
    problems: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # how the checks were run (sampling), for the output


# --- where things live, for messages -----------------------------------------------------------------
def _route_file(route_id: str) -> str:
    return f"routes/{route_id}.yaml"


def _step_where(content: Content, question: str) -> str:
    return f"flow.yaml: steps.{content.step_index[question]} (question '{question}')"


def _describe(answers: dict[str, Answer], as_of: date) -> str:
    parts = []
    for question, answer in answers.items():
        if answer.unknown:
            parts.append(f"{question}=dont_know")
        elif answer.skipped:
            parts.append(f"{question}=skipped")
        else:
            parts.append(f"{question}={answer.value!r}")
    return f"as of {as_of.isoformat()}: {', '.join(parts) or '(no answers)'}"


# --- dependencies --------------------------------------------------------------------------------------
def dependencies(content: Content) -> Dependencies:
    """The loader's dependency analysis, rebuilt over loaded content."""
    refs = References(
        questions=content.questions, derived=set(content.derived), parameters=set(content.parameters),
        tables=set(content.tables), points=set(content.points), routes={r.spec.id for r in content.routes},
    )
    deps = Dependencies(refs, dict(content.derived))
    deps.points = dict(content.points)
    deps.routes = {r.spec.id: r for r in content.routes}
    return deps


def _nodes(expr: Expr) -> Iterator[Expr]:
    yield expr
    match expr:
        case ListOf(items):
            for item in items:
                yield from _nodes(item)
        case Call(_, args):
            for arg in args:
                yield from _nodes(arg)
        case Unary(_, operand):
            yield from _nodes(operand)
        case Binary(_, left, right):
            yield from _nodes(left)
            yield from _nodes(right)
        case Logical(_, operands):
            for operand in operands:
                yield from _nodes(operand)
        case _:
            pass


def _expanded(expr: Expr, content: Content, *, into_points: bool = True) -> Iterator[Expr]:
    """The expression and every expression it reaches through derived values (and points tables)."""
    pending = [expr]
    seen_names: set[str] = set()
    seen_tables: set[str] = set()
    while pending:
        current = pending.pop()
        yield current
        for name in names_in(current) - seen_names:
            seen_names.add(name)
            if name in content.derived:
                pending.append(content.derived[name].expr)
        for call in calls_in(current) if into_points else []:
            target = _first_literal(call)
            if call.function == "points" and target in content.points and target not in seen_tables:
                seen_tables.add(target)
                for factor in content.points[target].factors:
                    pending.extend(e for e in (factor.value, factor.points) if e is not None)


def _first_literal(call: Call) -> str | None:
    if call.args and isinstance(call.args[0], Const) and isinstance(call.args[0].value, str):
        return call.args[0].value
    return None


def _criterion_exprs(criterion: CompiledCriterion) -> list[Expr]:
    return [e for e in (criterion.met_if, criterion.value, criterion.threshold) if e is not None]


def _route_exprs(route: CompiledRoute, content: Content) -> list[Expr]:
    exprs = [] if route.applies_if is None else [route.applies_if]
    for criterion in route.criteria.values():
        exprs.extend(_criterion_exprs(criterion))
        if isinstance(criterion.spec, PointsCriterion):
            exprs.append(Call("points", (Const(criterion.spec.table),)))
    return exprs


def routes_called(route: CompiledRoute, content: Content) -> set[str]:
    """The routes this route asks about with ``eligible(...)``, directly or through derived values."""
    found: set[str] = set()
    for expr in _route_exprs(route, content):
        for sub in _expanded(expr, content):
            for call in calls_in(sub):
                target = _first_literal(call)
                if call.function == "eligible" and target is not None:
                    found.add(target)
    return found


def all_expressions(content: Content) -> Iterator[tuple[str, Expr]]:
    """Every parsed expression of the content, with where it is written."""
    for step in content.steps:
        if step.ask_if is not None:
            yield f"{_step_where(content, step.question.id)}.ask_if", step.ask_if
    for name, derived in content.derived.items():
        yield f"derived.yaml: {name}.expr", derived.expr
    for route in content.routes:
        where = _route_file(route.spec.id)
        if route.applies_if is not None:
            yield f"{where}: applies_if", route.applies_if
        for cid, criterion in route.criteria.items():
            for part, expr in (("met_if", criterion.met_if), ("value", criterion.value),
                               ("threshold", criterion.threshold)):
                if expr is not None:
                    yield f"{where}: criteria.{cid}.{part}", expr
    for table_id, table in content.points.items():
        for factor in table.factors:
            for part, expr in (("value", factor.value), ("points", factor.points)):
                if expr is not None:
                    yield f"points/{table_id}.yaml: factors.{factor.spec.id}.{part}", expr


# --- representative answers --------------------------------------------------------------------------
def evaluation_dates(content: Content, as_of: date) -> list[date]:
    """The dates worth evaluating at: each date a route or figure changes, the day before it, and ``as_of``."""
    changes: set[date] = set()
    for route in content.routes:
        changes.add(route.spec.in_force_from)
        if route.spec.in_force_until is not None:
            changes.add(route.spec.in_force_until)
    for parameter in [*content.parameters.values(), *(p for t in content.tables.values() for p in t.values())]:
        changes.update(parameter.values)
    found = {as_of} | changes | {d - timedelta(days=1) for d in changes}
    return sorted(found)


def _answer_may_be_unknown(question: Question) -> bool:
    return (question.type is QuestionType.YES_NO_UNKNOWN or question.allow_unknown or question.allow_skip
            or _DONT_KNOW in question.choice_keys)


class Representatives:
    """For each question, a short list of answers that covers what the rules can tell apart as of a date:
    each choice; for numbers, the bounds and each value the rules compare the answer with (as of that
    date), one under, at and one over; for dates, exactly and a day short of each number of years the
    rules count; "don't know" and "skip" where allowed."""

    def __init__(self, content: Content, dates: Sequence[date]) -> None:
        self.content = content
        self.dates = list(dates)
        self._numbers: dict[str, list[Decimal]] = {q: [] for q in content.questions}  # at every date
        self._compared: dict[str, list[tuple[Expr, list[str], list[tuple[Answer, ...]]]]] = {
            q: [] for q in content.questions}  # evaluated as of each date
        self._year_offsets: dict[str, set[int]] = {q: {0, 1} for q in content.questions}
        self._collect()
        self._cache: dict[tuple[str, date], list[Answer]] = {}

    # What the rules compare each numeric or date answer with.
    def _collect(self) -> None:
        content = self.content
        pairs: list[tuple[Expr, Expr]] = []
        for _, expr in all_expressions(content):
            for node in _nodes(expr):
                if isinstance(node, Binary) and node.op in _COMPARISONS:
                    pairs.append((node.left, node.right))
        for route in content.routes:
            for criterion in route.criteria.values():
                spec = criterion.spec
                if isinstance(spec, CompareCriterion) and criterion.value is not None:
                    assert criterion.threshold is not None
                    pairs.append((criterion.value, criterion.threshold))
                elif isinstance(spec, DurationCriterion):
                    self._year_offsets[spec.since].add(spec.years)
        for left, right in pairs:
            for side, other in ((left, right), (right, left)):
                subject = self._subject(side)
                if subject is not None:
                    self._thresholds(subject, other)
        for table in content.points.values():
            for factor in table.factors:
                subject = None if factor.value is None else self._subject(factor.value)
                if subject is not None:
                    self._numbers[subject].extend(band.minimum for band in factor.spec.bands)

    def _subject(self, side: Expr) -> str | None:
        """The one numeric or date question a side of a comparison stands for, if it stands for one."""
        if not isinstance(side, Name):
            return None
        if side.name in self.content.questions:
            question = self.content.questions[side.name]
        elif side.name in self.content.derived:
            read = {n for e in _expanded(self.content.derived[side.name].expr, self.content, into_points=False)
                    for n in names_in(e) if n in self.content.questions}
            if len(read) != 1:
                return None
            question = self.content.questions[read.pop()]
        else:
            return None
        if question.type in {QuestionType.INTEGER, QuestionType.NUMBER, QuestionType.MONEY, QuestionType.DATE}:
            return question.id
        return None

    def _thresholds(self, subject: str, other: Expr) -> None:
        content = self.content
        read = sorted({n for e in _expanded(other, content) for n in names_in(e) if n in content.questions})
        if subject in read:
            return
        combos = list(itertools.islice(itertools.product(*(self._basic(q) for q in read)), 64))
        if content.questions[subject].type is QuestionType.DATE:
            values = {v for when in self.dates for v in self._values(other, read, combos, when)}
            self._year_offsets[subject].update(int(v) for v in values if 0 <= v <= 100 and v == v.to_integral())
        else:
            self._compared[subject].append((other, read, combos))

    def _values(self, other: Expr, read: list[str], combos: list[tuple[Answer, ...]], when: date) -> set[Decimal]:
        values: set[Decimal] = set()
        for combo in combos:
            try:
                value = evaluate(other, RuleContext(self.content, dict(zip(read, combo, strict=True)), when))
            except (EvaluationError, KeyError, TypeError, ValueError):
                continue
            if isinstance(value, Decimal):
                values.add(value)
        return values

    def _basic(self, qid: str) -> list[Answer]:
        """Answers without thresholds: each choice, the bounds, "don't know"."""
        question = self.content.questions[qid]
        answers = self._choices(question)
        if question.type in {QuestionType.INTEGER, QuestionType.MONEY, QuestionType.NUMBER}:
            answers += [self._number(question, b) for b in (question.minimum, question.maximum) if b is not None]
        if question.allow_unknown:
            answers.append(Answer(unknown=True))
        return answers or [Answer(unknown=True)]

    @staticmethod
    def _choices(question: Question) -> list[Answer]:
        match question.type:
            case QuestionType.YES_NO_UNKNOWN:
                return [Answer(value=k, unknown=k == _DONT_KNOW) for k in YES_NO_UNKNOWN_KEYS]
            case QuestionType.MULTIPLE_CHOICE:
                plain = [c.key for c in question.choices if not c.exclusive]
                selections: list[list[str]] = [[], *([c.key] for c in question.choices)]
                if len(plain) > 1:
                    selections.append(plain)
                return [Answer(value=s) for s in selections]
            case _:
                return [Answer(value=k) for k in question.choice_keys]

    @staticmethod
    def _number(question: Question, number: Decimal) -> Answer:
        if question.type is QuestionType.NUMBER:
            return Answer(value=str(number.normalize()))
        return Answer(value=int(number))

    def answers(self, qid: str, as_of: date) -> list[Answer]:
        key = (qid, as_of)
        if key not in self._cache:
            self._cache[key] = self._build(self.content.questions[qid], as_of)
        return self._cache[key]

    def _build(self, question: Question, as_of: date) -> list[Answer]:
        answers = self._choices(question)
        if question.type in {QuestionType.INTEGER, QuestionType.MONEY, QuestionType.NUMBER}:
            answers += [self._number(question, n) for n in self._numeric(question, as_of)]
        elif question.type is QuestionType.DATE:
            answers += [Answer(value=d.isoformat()) for d in self._dates(question, as_of)]
        if question.allow_unknown:
            answers.append(Answer(unknown=True))
        if question.allow_skip:
            answers.append(Answer(skipped=True))
        return answers

    def _numeric(self, question: Question, as_of: date) -> list[Decimal]:
        low = question.minimum if question.minimum is not None else Decimal(0)
        found = {low}
        whole = question.type is not QuestionType.NUMBER
        thresholds = set(self._numbers[question.id])
        for other, read, combos in self._compared[question.id]:
            thresholds |= self._values(other, read, combos, as_of)
        for threshold in sorted(thresholds):
            up = threshold.to_integral_value(rounding=ROUND_CEILING)
            down = threshold.to_integral_value(rounding=ROUND_FLOOR)
            found.update({up - 1, up, up + 1, down})
            if not whole:
                found.add(threshold)
        high = question.maximum if question.maximum is not None else max(found) * 2 + 1
        found.add(high)
        return sorted(n for n in found if low <= n <= high)

    def _dates(self, question: Question, as_of: date) -> list[date]:
        earliest = date(max(1900, int(question.minimum or 1900)), 1, 1)
        found: set[date] = set()
        for years in self._year_offsets[question.id]:
            try:
                exact = add_years(as_of, -years)
            except ValueError:
                continue
            found.update({exact, exact + timedelta(days=1)})
        found.add(earliest)
        return sorted(d for d in found if earliest <= d <= as_of)


# --- exploring the flow --------------------------------------------------------------------------------
@dataclass(frozen=True)
class Sample:
    """One answer combination run through the engine."""

    as_of: date
    answers: dict[str, Answer]  # the answers on the path, in the order asked
    verdict: Verdict | None
    error: str | None  # what raised, if anything did

    @property
    def path(self) -> tuple[str, ...]:
        return tuple(self.answers)


class Explorer:
    """Runs answer combinations through the engine once, for all the checks that need them."""

    def __init__(self, content: Content, *, as_of: date | None = None, seed: int = SEED,
                 samples: int = DEFAULT_SAMPLES, exhaustive_limit: int = EXHAUSTIVE_LIMIT, cover: bool = True,
                 search_budget: int = SEARCH_BUDGET) -> None:
        """``cover``: start the sample with rows that use every representative answer at least once."""
        self.content = content
        self.cover = cover
        self.search_budget = search_budget
        self.interview = Interview(content)
        self.as_of = as_of or date.today()
        self.seed = seed
        self.samples = samples
        self.exhaustive_limit = exhaustive_limit
        self.dates = evaluation_dates(content, self.as_of)
        self.reps = Representatives(content, self.dates)
        self.deps = dependencies(content)
        self.note = ""
        self.found: dict[tuple[str, str], Sample | None] = {}  # searches already run, by what they looked for

    # One combination through the engine's own path and the rules; any failure is a finding.
    def run(self, answers: dict[str, Answer], as_of: date) -> Sample:
        try:
            path = self.interview.path(Session(answers=answers), as_of)
        except Exception as exc:
            return Sample(as_of, *self._which_step(answers, as_of, exc))
        on_path = {q: answers[q] for q in path if q in answers}
        if len(on_path) != len(path):
            return Sample(as_of, on_path, None, f"the flow stopped at '{path[-1]}' with every question answered")
        try:
            verdict = evaluate_verdict(self.content, RuleContext(self.content, on_path, as_of))
        except Exception as exc:
            return Sample(as_of, on_path, None, self._which_route(on_path, as_of, exc))
        return Sample(as_of, on_path, verdict, None)

    def _which_step(self, answers: dict[str, Answer], as_of: date,
                    exc: Exception) -> tuple[dict[str, Answer], None, str]:
        """Where the flow raised: the first ask_if that raises over the answers before it."""
        visible: dict[str, Answer] = {}
        for step in self.content.steps:
            qid = step.question.id
            if step.ask_if is not None:
                try:
                    asked = truth(step.ask_if, RuleContext(self.content, visible, as_of)) is not False
                except Exception as inner:
                    where = f"{_step_where(self.content, qid)}.ask_if"
                    return visible, None, f"{where} raised {type(inner).__name__}: {inner}"
                if not asked:
                    continue
            if qid in answers:
                visible[qid] = answers[qid]
        return visible, None, f"the flow raised {type(exc).__name__}: {exc}"

    def _which_route(self, answers: dict[str, Answer], as_of: date, exc: Exception) -> str:
        """Where the rules raised: the route, and the criterion or applies_if in it when one raises alone."""
        for route in self.content.routes:
            try:
                evaluate_route(route, RuleContext(self.content, answers, as_of))
            except Exception as inner:
                return f"{_route_file(route.spec.id)}: {self._which_part(route, answers, as_of)}raised " \
                       f"{type(inner).__name__}: {inner}"
        return f"the verdict raised {type(exc).__name__}: {exc}"

    def _which_part(self, route: CompiledRoute, answers: dict[str, Answer], as_of: date) -> str:
        """The first part of the route that raises on its own, as "criteria.<id>.met_if " (or "")."""
        parts: list[tuple[str, Expr | None, bool]] = [("applies_if", route.applies_if, True)]
        for cid, criterion in route.criteria.items():
            parts += [(f"criteria.{cid}.met_if", criterion.met_if, True),
                      (f"criteria.{cid}.value", criterion.value, False),
                      (f"criteria.{cid}.threshold", criterion.threshold, False)]
        for where, expr, condition in parts:
            if expr is None:
                continue
            try:
                context = RuleContext(self.content, answers, as_of)
                if condition:
                    truth(expr, context)
                else:
                    evaluate(expr, context)
            except Exception:
                return f"{where} "
        return ""

    def combinations(self) -> float:
        product = float(len(self.dates))
        for qid in self.content.questions:
            product *= max(1, len(self.reps.answers(qid, self.as_of)))
        return product

    @cached_property
    def pool(self) -> list[Sample]:
        total = self.combinations()
        if total <= self.exhaustive_limit:
            found = [s for when in self.dates for s in self._enumerate({}, when)]
            self.note = (f"completeness: every combination of representative answers enumerated "
                         f"({len(found)} paths at {len(self.dates)} dates)")
            return found
        rng = random.Random(self.seed)
        found = []
        questions = list(self.content.questions)
        # First rows that together use every representative answer of every question at least once...
        width = max(len(self.reps.answers(q, self.as_of)) for q in questions) if self.cover else 0
        orders = {q: rng.sample(range(width), width) for q in questions}
        for row in range(width):
            answers = {}
            for q in questions:
                options = self.reps.answers(q, self.as_of)
                answers[q] = options[orders[q][row] % len(options)]
            found.append(self.run(answers, self.as_of))
        # ...then random rows at random dates.
        for _ in range(self.samples):
            when = rng.choice(self.dates)
            found.append(self.run({q: rng.choice(self.reps.answers(q, when)) for q in questions}, when))
        self.note = (f"completeness: sampled {len(found)} of about {total:.1e} combinations of representative "
                     f"answers and {len(self.dates)} dates (seed {self.seed}); not exhaustive")
        return found

    def _enumerate(self, answers: dict[str, Answer], as_of: date) -> Iterator[Sample]:
        try:
            current = self.interview.current_question(Session(answers=answers), as_of)
        except Exception as exc:
            yield Sample(as_of, *self._which_step(answers, as_of, exc))
            return
        if current is None:
            yield self.run(answers, as_of)
            return
        for answer in self.reps.answers(current, as_of):
            yield from self._enumerate({**answers, current: answer}, as_of)

    # --- targeted search ---------------------------------------------------------------------------
    def relevant(self, exprs: Sequence[Expr]) -> list[str]:
        """The questions these expressions read, and the questions that decide whether those are asked."""
        found: set[str] = set()
        pending = [self.deps.of(e) for e in exprs]
        while pending:
            for qid in pending.pop() - found:
                found.add(qid)
                step = self.content.steps[self.content.step_index[qid]]
                if step.ask_if is not None:
                    pending.append(self.deps.of(step.ask_if))
        return sorted(found, key=self.content.step_index.__getitem__)

    def visible(self, answers: dict[str, Answer], as_of: date) -> dict[str, Answer]:
        """The answers on the path, for a partial set of answers (questions without one are passed over).

        Only used while searching; every combination found is confirmed with the engine itself.
        """
        visible: dict[str, Answer] = {}
        for step in self.content.steps:
            qid = step.question.id
            if qid not in answers:
                continue
            if step.ask_if is None or truth(step.ask_if, RuleContext(self.content, visible, as_of)) is not False:
                visible[qid] = answers[qid]
        return visible

    def complete(self, answers: dict[str, Answer], as_of: date) -> dict[str, Answer]:
        """Fill every question not in ``answers`` with its first representative answer."""
        return {q: answers.get(q) or self.reps.answers(q, as_of)[0] for q in self.content.questions}

    def search(self, variables: Sequence[str], score: Callable[[dict[str, Answer], dict[str, Answer], date], int],
               confirm: Callable[[Sample], bool], *, budget: int | None = None,
               starts: Sequence[Sample] = ()) -> Sample | None:
        """Local search for answers (and a date) with a score of 0, changing one answer or the date at a
        time: the first change that improves the score is taken, a few sideways changes are allowed, and
        the search restarts from random answers when stuck, until ``budget`` combinations were scored.

        Every other restart is the next closest of ``starts`` (combinations already run) instead of a
        random one, and a question with many answers (a salary's bars) offers a sample of them per step,
        so that adding a city (a choice and its bars) does not decide by luck what is found.

        ``score`` gets the answers on the path, all the chosen answers and the date."""
        rng = random.Random(self.seed)
        budget = budget or self.search_budget
        variables = list(variables)
        cache: dict[tuple[int, tuple[int, ...]], int] = {}
        State = tuple[int, tuple[int, ...]]

        def answers_of(state: State) -> dict[str, Answer]:
            when = self.dates[state[0]]
            chosen = {}
            for qid, pick in zip(variables, state[1], strict=True):
                options = self.reps.answers(qid, when)
                chosen[qid] = options[pick % len(options)]
            return chosen

        def cost(state: State) -> int:
            if state not in cache:
                when = self.dates[state[0]]
                try:
                    chosen = answers_of(state)
                    cache[state] = score(self.visible(chosen, when), chosen, when)
                except Exception:  # a raising combination is the completeness check's finding
                    cache[state] = 10**6
            return cache[state]

        def neighbours(state: State) -> list[State]:
            """Other answers first (in random order), then other dates."""
            day, picks = state
            answers: list[State] = []
            for index, size in enumerate(sizes):
                options = [option for option in range(size) if option != picks[index]]
                if len(options) > WIDE_QUESTION:  # a salary has a hundred bars: a sample of them per step
                    options = rng.sample(options, WIDE_QUESTION)
                answers += [(day, (*picks[:index], option, *picks[index + 1:])) for option in options]
            days = [(other, picks) for other in range(len(self.dates)) if other != day]
            rng.shuffle(answers)
            rng.shuffle(days)
            return answers + days

        def state_of(sample: Sample) -> State | None:
            """The sample as a search state, when each of its answers is a representative one."""
            if sample.as_of not in self.dates:
                return None
            picks = []
            for qid in variables:
                options = self.reps.answers(qid, sample.as_of)
                answer = sample.answers.get(qid, options[0])
                if answer not in options:
                    return None
                picks.append(options.index(answer))
            return self.dates.index(sample.as_of), tuple(picks)

        sizes = [max(len(self.reps.answers(q, d)) for d in self.dates) for q in variables]
        budget = min(budget, math.prod(sizes) * len(self.dates))  # a small space is searched in full, no more
        state: State = (self.dates.index(self.as_of), tuple(0 for _ in sizes))
        # The known combinations, closest first: every other restart takes the next one. The first climb
        # still starts from the first representative answers (the plainest profile), which a close but
        # misleading known combination (an unknown answer looks one change away) must not replace.
        known = sorted({found for found in map(state_of, starts) if found is not None}, key=cost)
        budget += len(known)  # scoring what was already run is not searching
        restarts = 0
        while len(cache) < budget and restarts < budget:
            restarts += 1
            current, sideways_taken = cost(state), 0
            while current > 0 and len(cache) < budget:
                better, level = None, []
                for candidate in neighbours(state):
                    value = cost(candidate)
                    if value < current:
                        better = candidate
                        break
                    if value == current:
                        level.append(candidate)
                    if len(cache) >= budget:
                        break
                if better is not None:
                    state, current = better, cost(better)
                elif level and sideways_taken < 3:
                    same_day = [c for c in level if c[0] == state[0]]
                    state, sideways_taken = rng.choice(same_day or level), sideways_taken + 1
                else:
                    break
            if current == 0:
                when = self.dates[state[0]]
                sample = self.run(self.complete(answers_of(state), when), when)
                if confirm(sample):
                    return sample
            state = known.pop(0) if known and restarts % 2 else \
                (rng.randrange(len(self.dates)), tuple(rng.randrange(size) for size in sizes))
        return None


# --- distances used by the search ----------------------------------------------------------------------
def expression_distance(expr: Expr, context: RuleContext, want: Want, depth: int = 0) -> int:
    """How many leaf conditions must change for ``expr`` to be true / false / not false / not true.

    Derived values and ``eligible(...)`` are looked into (a few levels deep), so that a search is guided
    towards what a route needs rather than only told whether it got there.
    """
    if isinstance(expr, Logical):
        parts = [expression_distance(o, context, want, depth) for o in expr.operands]
        conjunctive = (expr.op == "and") == (want in {"true", "not_false"})
        return sum(parts) if conjunctive else min(parts)
    if isinstance(expr, Unary) and expr.op == "not":
        return expression_distance(expr.operand, context, _FLIP[want], depth)
    content = context.content
    if depth < 3 and isinstance(expr, Name) and expr.name in content.derived:
        return expression_distance(content.derived[expr.name].expr, context, want, depth + 1)
    if depth < 3 and isinstance(expr, Call) and expr.function == "eligible":
        target = _first_literal(expr)
        if target is not None and any(r.spec.id == target for r in content.routes):
            return min(route_distance(content.route(target), context, status, depth + 1)
                       for status in _ROUTE_WANTS[want])
    try:
        value = truth(expr, context)
    except EvaluationError:
        return 1
    ok = {"true": value is True, "false": value is False, "not_false": value is not False,
          "not_true": value is not True}[want]
    return 0 if ok else 1


_ROUTE_WANTS: dict[Want, tuple[RouteStatus, ...]] = {
    "true": (RouteStatus.ELIGIBLE,),
    "false": (RouteStatus.NOT_ELIGIBLE, RouteStatus.NOT_APPLICABLE),
    "not_false": (RouteStatus.ELIGIBLE, RouteStatus.ELIGIBLE_IF_CONFIRMED),
    "not_true": (RouteStatus.NOT_ELIGIBLE, RouteStatus.NOT_APPLICABLE, RouteStatus.ELIGIBLE_IF_CONFIRMED),
}


@dataclass(frozen=True)
class _Distances:
    true: int
    false: int
    unknown: int
    not_false: int
    not_true: int


def _leaf_distances(criterion: CompiledCriterion, status: CriterionStatus, context: RuleContext,
                    depth: int) -> _Distances:
    met, failed, unknown = (status is CriterionStatus.MET, status is CriterionStatus.NOT_MET,
                            status is CriterionStatus.UNKNOWN)
    if criterion.met_if is None:
        return _Distances(true=int(not met), false=int(not failed), unknown=int(not unknown),
                          not_false=int(failed), not_true=int(met))
    expr = criterion.met_if

    def away(want: Want) -> int:
        return expression_distance(expr, context, want, depth)

    return _Distances(true=0 if met else away("true"), false=0 if failed else away("false"),
                      unknown=int(not unknown), not_false=0 if not failed else away("not_false"),
                      not_true=0 if not met else away("not_true"))


def _combination_distance(node: AllOf | AnyOf | str, leaves: dict[str, _Distances]) -> _Distances:
    if isinstance(node, str):
        return leaves[node]
    items = [_combination_distance(i, leaves) for i in (node.all_of if isinstance(node, AllOf) else node.any_of)]
    if isinstance(node, AllOf):
        not_false = sum(i.not_false for i in items)
        return _Distances(true=sum(i.true for i in items), false=min(i.false for i in items),
                          unknown=not_false + min(max(i.unknown - i.not_false, 0) for i in items),
                          not_false=not_false, not_true=min(i.not_true for i in items))
    not_true = sum(i.not_true for i in items)
    return _Distances(true=min(i.true for i in items), false=sum(i.false for i in items),
                      unknown=not_true + min(max(i.unknown - i.not_true, 0) for i in items),
                      not_false=min(i.not_false for i in items), not_true=not_true)


def _in_force(route: CompiledRoute, as_of: date) -> bool:
    spec = route.spec
    return spec.in_force_from <= as_of and (spec.in_force_until is None or as_of < spec.in_force_until)


def route_distance(route: CompiledRoute, context: RuleContext, target: RouteStatus, depth: int = 0) -> int:
    """How far the answers are from giving the route this outcome (0: it has it)."""
    result = evaluate_route(route, context)
    if result.status is target:
        return 0
    if target is RouteStatus.NOT_APPLICABLE:
        if route.applies_if is None:
            return 1000
        return max(1, expression_distance(route.applies_if, context, "false", depth))
    distance = 0 if _in_force(route, context.as_of) else 1
    if route.applies_if is not None:
        distance += expression_distance(route.applies_if, context, "not_false", depth)
    leaves = {c.id: _leaf_distances(route.criteria[c.id], c.status, context, depth) for c in result.criteria}
    combined = _combination_distance(route.spec.eligible_if, leaves)
    distance += {RouteStatus.ELIGIBLE: combined.true, RouteStatus.NOT_ELIGIBLE: combined.false,
                 RouteStatus.ELIGIBLE_IF_CONFIRMED: combined.unknown}[target]
    return max(distance, 1)


def outcome_distance(content: Content, route: CompiledRoute, visible: dict[str, Answer], chosen: dict[str, Answer],
                     as_of: date, target: RouteStatus, deps: Dependencies) -> int:
    """0 when the answers on the path give the route this outcome. Otherwise, a guide for the search: the
    distance as if every chosen answer were on the path, plus, for each answer the route reads that is
    not on the path, how far its question is from being asked. (Judged on the path alone, an answer
    not asked reads as unknown, which would make "eligible if confirmed" look closer than it is.)"""
    context = RuleContext(content, visible, as_of)
    if evaluate_route(route, context).status is target:
        return 0
    penalty = 0
    for qid in deps.of_route(route.spec.id):
        if qid in chosen and qid not in visible:
            ask_if = content.steps[content.step_index[qid]].ask_if
            penalty += 1 if ask_if is None else max(1, expression_distance(ask_if, context, "not_false"))
    return max(1, route_distance(route, RuleContext(content, chosen, as_of), target) + penalty)


# --- the checks ----------------------------------------------------------------------------------------
def check_questions_reachable(content: Content, explorer: Explorer | None = None) -> list[str]:
    """Every question is asked for some answers to the questions before it."""
    explorer = explorer or Explorer(content)
    seen = {q for sample in explorer.pool for q in sample.path}
    problems = []
    for step in content.steps:
        qid = step.question.id
        if qid in seen:
            continue
        ask_if = step.ask_if
        if ask_if is not None:
            variables = explorer.relevant([ask_if])

            def score(visible: dict[str, Answer], _: dict[str, Answer], as_of: date, expr: Expr = ask_if) -> int:
                return expression_distance(expr, RuleContext(content, visible, as_of), "not_false")

            def asked(sample: Sample, question: str = qid) -> bool:
                return question in sample.path

            key = ("question", qid)
            if key not in explorer.found:
                explorer.found[key] = explorer.search(variables, score, asked)
            if explorer.found[key] is not None:
                continue
        problems.append(f"{_step_where(content, qid)}: question '{qid}' is never asked: no answers to the "
                        f"questions before it make its ask_if hold ({step.ask_if_text})")
    return problems


def route_may_be_unknown(content: Content, route: CompiledRoute, deps: Dependencies | None = None) -> bool:
    """Whether a criterion of the route can be unknown: it reads an answer that can be "don't know" or
    skipped, or a figure that is missing at some date while the route is in force."""
    deps = deps or dependencies(content)
    for criterion in route.criteria.values():
        if any(_answer_may_be_unknown(content.questions[q]) for q in deps.of_criterion(criterion)):
            return True
        exprs = _criterion_exprs(criterion)
        if isinstance(criterion.spec, PointsCriterion):
            exprs.append(Call("points", (Const(criterion.spec.table),)))
        for expr in exprs:
            for sub in _expanded(expr, content):
                for call in calls_in(sub):
                    if call.function == "param" and _parameter_may_be_missing(content, call, route):
                        return True
    return False


def _parameter_may_be_missing(content: Content, call: Call, route: CompiledRoute) -> bool:
    name = _first_literal(call)
    if name is None:
        return True
    if len(call.args) == 1:
        parameter = content.parameters[name]
        first = min(parameter.values)
        return first > route.spec.in_force_from or any(v.value is None for v in parameter.values.values())
    key = call.args[1]
    entries = content.tables[name]
    if any(v.value is None for p in entries.values() for v in p.values.values()):
        return True
    keys = {key.value} if isinstance(key, Const) else {
        k for n in names_in(key) if n in content.questions for k in content.questions[n].choice_keys}
    return bool(keys - set(entries)) or any(min(p.values) > route.spec.in_force_from for p in entries.values())


def expected_outcomes(content: Content, route: CompiledRoute, deps: Dependencies | None = None) -> list[RouteStatus]:
    if route.spec.screen:
        return [RouteStatus.ELIGIBLE, RouteStatus.NOT_APPLICABLE]
    expected = [RouteStatus.ELIGIBLE, RouteStatus.NOT_ELIGIBLE]
    if route_may_be_unknown(content, route, deps):
        expected.append(RouteStatus.ELIGIBLE_IF_CONFIRMED)
    if route.applies_if is not None:
        expected.append(RouteStatus.NOT_APPLICABLE)
    return expected


def check_outcomes_reachable(content: Content, explorer: Explorer | None = None,
                             routes: Sequence[str] | None = None) -> list[str]:
    """Every route (or each of ``routes``) can be eligible, not eligible, eligible if confirmed (when a
    criterion can be unknown) and not applicable (when it has applies_if)."""
    explorer = explorer or Explorer(content)
    seen: dict[str, set[RouteStatus]] = {r.spec.id: set() for r in content.routes}
    for sample in explorer.pool:
        if sample.verdict is not None:
            for result in sample.verdict.routes:
                seen.setdefault(result.id, set()).add(result.status)
    problems = []
    for route in content.routes:
        route_id = route.spec.id
        if routes is not None and route_id not in routes:
            continue
        exprs = _route_exprs(route, content)
        variables: list[str] | None = None
        for target in expected_outcomes(content, route, explorer.deps):
            if target in seen[route_id]:
                continue
            variables = variables or explorer.relevant(exprs)

            def score(visible: dict[str, Answer], chosen: dict[str, Answer], as_of: date,
                      r: CompiledRoute = route, t: RouteStatus = target) -> int:
                distance = outcome_distance(content, r, visible, chosen, as_of, t, explorer.deps)
                if distance == 0 or t is not RouteStatus.ELIGIBLE:
                    return distance * _TIE
                # Between equally distant answers, prefer those that meet more of the route's own
                # criteria: a route that does not apply yet (another route is eligible) then still
                # moves towards its criteria, and the search does not stall on the plateau.
                result = evaluate_route(r, RuleContext(content, chosen, as_of))
                unmet = sum(1 for c in result.criteria if c.status is not CriterionStatus.MET)
                return distance * _TIE + min(unmet, _TIE - 1)

            def confirm(sample: Sample, r: str = route_id, t: RouteStatus = target) -> bool:
                return sample.verdict is not None and sample.verdict.route(r).status is t

            key = (route_id, target.value)
            if key not in explorer.found:
                explorer.found[key] = explorer.search(variables, score, confirm, starts=explorer.pool)
            if explorer.found[key] is None:
                problems.append(f"{_route_file(route_id)}: the outcome '{target.value}' is never reached "
                                f"(searched the answers to {', '.join(variables) or 'no questions'})")
            else:
                seen[route_id].add(target)
    return problems


def check_completeness(content: Content, explorer: Explorer | None = None) -> list[str]:
    """Over the answer combinations, the flow runs and every route reaches exactly one outcome."""
    explorer = explorer or Explorer(content)
    route_ids = [r.spec.id for r in content.routes]
    failures: dict[str, tuple[int, str, Sample]] = {}  # by where it failed: count, first message, first sample
    for sample in explorer.pool:
        problem = sample.error
        if problem is None:
            assert sample.verdict is not None
            got = [r.id for r in sample.verdict.routes]
            if got != route_ids:
                problem = f"the verdict has routes {got}, expected each of {route_ids} once"
            else:
                for result in sample.verdict.routes:
                    if not isinstance(result.status, RouteStatus):
                        problem = f"{_route_file(result.id)}: no single outcome ({result.status!r})"
        if problem is not None:
            where = problem.split(" raised ")[0]
            count, first, example = failures.get(where, (0, problem, sample))
            failures[where] = (count + 1, first, example)
    return [f"completeness: {first} ({count} combination{'s' if count > 1 else ''}; first: "
            f"{_describe(example.answers, example.as_of)})" for count, first, example in failures.values()]


def check_sources(content: Content) -> list[str]:
    """Every criterion, parameter value, points table and next step cites at least one registered source."""
    problems: list[str] = []

    def cited(where: str, sources: Sequence[str]) -> None:
        if not sources:
            problems.append(f"{where}: cites no source")
        for source in sources:
            if source not in content.sources:
                problems.append(f"{where}: unknown source '{source}' (add it to sources.yaml)")

    for route in content.routes:
        for criterion in route.spec.criteria:
            cited(f"{_route_file(route.spec.id)}: criteria.{criterion.id}.sources", criterion.sources)
    for name, parameter in _all_parameters(content):
        for effective, value in parameter.values.items():
            cited(f"parameters/{name}.yaml: values.{effective}.sources", value.sources)
    for table_id, table in content.points.items():
        cited(f"points/{table_id}.yaml: sources", table.spec.sources)
    for step_id, step in content.next_steps.items():
        cited(f"next_steps.yaml: {step_id}.sources", step.sources)
    return problems


def check_source_references(content: Content) -> list[str]:
    """Every source can be found again: an address (url) or an exact reference (official_title: issuing
    body, document number and date, or the named publication for advisers and press)."""
    return [f"sources.yaml: {source_id}: neither an address (url) nor an exact reference (official_title)"
            for source_id, source in content.sources.items() if source.url is None and source.official_title is None]


def unused_sources(content: Content) -> list[str]:
    """Registered sources nothing cites (a warning: a leftover, or a citation forgotten)."""
    cited = {s for r in content.routes for c in r.spec.criteria for s in c.sources}
    cited |= {s for _, p in _all_parameters(content) for v in p.values.values() for s in v.sources}
    cited |= {s for t in content.points.values() for s in t.spec.sources}
    cited |= {s for step in content.next_steps.values() for s in step.sources}
    return [f"sources.yaml: {s}: cited by nothing" for s in content.sources if s not in cited]


def _all_parameters(content: Content) -> Iterator[tuple[str, Parameter]]:
    yield from content.parameters.items()
    for table, entries in content.tables.items():
        for key, parameter in entries.items():
            yield f"{table}/{key}", parameter


def check_parameters(content: Content) -> list[str]:
    """Every parameter value has an effective date and every parameter a last_verified date."""
    problems = []
    for name, parameter in _all_parameters(content):
        where = f"parameters/{name}.yaml"
        if not isinstance(parameter.last_verified, date):
            problems.append(f"{where}: last_verified: no date")
        if not parameter.values:
            problems.append(f"{where}: values: none")
        for effective, value in parameter.values.items():
            if not isinstance(effective, date):
                problems.append(f"{where}: values: {effective!r} is not an effective date")
            if value.value is None and effective == min(parameter.values):
                problems.append(f"{where}: values.{effective}: the first value is empty")
    return problems


def _wage_tables(content: Content) -> list[tuple[str, dict[str, Parameter]]]:
    """The per-city wage tables (the ones a city question names)."""
    names = sorted({q.wage_table for q in content.questions.values() if q.wage_table is not None})
    return [(name, content.tables[name]) for name in names]


def check_wage_figures(content: Content) -> list[str]:
    """Every local wage figure names its year and series, the last day it is current (``valid_until``), and
    cites a source with an address or an exact reference: without them it can be neither checked nor renewed."""
    problems = []
    for table, entries in _wage_tables(content):
        for key, parameter in entries.items():
            where = f"parameters/{table}/{key}.yaml"
            for effective, value in parameter.values.items():
                if value.value is None:
                    continue
                missing = [field for field, given in (("reference_year", value.reference_year),
                                                      ("series", value.series), ("valid_until", value.valid_until))
                           if given is None]
                if missing:
                    problems.append(f"{where}: values.{effective}: no {', '.join(missing)}")
                if value.valid_until is not None and value.valid_until < effective:
                    problems.append(f"{where}: values.{effective}: valid_until {value.valid_until} is before the "
                                    "figure came into use")
                for source_id in value.sources:
                    source = content.sources.get(source_id)
                    if source is not None and source.url is None and source.official_title is None:
                        problems.append(f"{where}: values.{effective}: source '{source_id}' has neither an address "
                                        "(url) nor an exact reference (official_title)")
    return problems


def figures_due_for_renewal(content: Content, as_of: date, within_days: int = DUE_WITHIN_DAYS) -> list[str]:
    """Warnings: the wage figures in use on ``as_of`` that are past their ``valid_until`` (verdicts mark the
    criteria using them "to be confirmed") or reach it within ``within_days``, and cities with no figure."""
    warnings = []
    for table, entries in _wage_tables(content):
        for key, parameter in entries.items():
            where = f"parameters/{table}/{key}.yaml"
            dated = parameter.at(as_of)
            if dated is None:
                since = max((d for d in parameter.values if d <= as_of), default=None)
                warnings.append(f"{where}: no figure on {as_of.isoformat()}"
                                + (f" (none since {since.isoformat()})" if since else "")
                                + ": the bot asks the person; add the published figure")
                continue
            effective, value = dated
            if value.valid_until is None:
                continue
            wanted = f"the {value.reference_year + 1} figure" if value.reference_year else "the next figure"
            if value.stale_on(as_of):
                warnings.append(f"{where}: the figure in use from {effective.isoformat()} went stale after "
                                f"{value.valid_until.isoformat()}: add {wanted}")
            elif (value.valid_until - as_of).days <= within_days:
                warnings.append(f"{where}: the figure in use from {effective.isoformat()} is due for renewal on "
                                f"{value.valid_until.isoformat()}: look for {wanted}")
    return warnings


def stale_parameters(content: Content, as_of: date, max_age_days: int = DEFAULT_STALE_DAYS) -> list[str]:
    """Warnings: parameters last verified more than ``max_age_days`` before ``as_of``."""
    warnings = []
    for name, parameter in _all_parameters(content):
        age = (as_of - parameter.last_verified).days
        if age > max_age_days:
            warnings.append(f"parameters/{name}.yaml: last verified {parameter.last_verified.isoformat()}, "
                            f"{age} days before {as_of.isoformat()} (limit {max_age_days})")
    return warnings


def missing_values(content: Content, as_of: date) -> list[str]:
    """Warnings: scalar parameters with no value on ``as_of`` although a route in force reads them."""
    deps_routes = [r for r in content.routes if _in_force(r, as_of)]
    read: set[str] = set()
    for route in deps_routes:
        for expr in _route_exprs(route, content):
            for sub in _expanded(expr, content):
                read |= {n for c in calls_in(sub) if c.function == "param" and len(c.args) == 1
                         for n in [_first_literal(c)] if n is not None}
    return [f"parameters/{name}.yaml: no value on {as_of.isoformat()}, read by a route in force"
            for name in sorted(read) if content.parameters[name].at(as_of) is None]


def check_ask_if_order(content: Content) -> list[str]:
    """Every ask_if reads only questions asked before it (the loader enforces it; this re-asserts it)."""
    deps = dependencies(content)
    problems = []
    earlier: set[str] = set()
    for step in content.steps:
        qid = step.question.id
        if step.ask_if is not None:
            later = deps.of(step.ask_if) - earlier
            if later:
                problems.append(f"{_step_where(content, qid)}.ask_if: reads questions not asked before it: "
                                f"{', '.join(sorted(later))}")
        earlier.add(qid)
    return problems


def check_route_cycles(content: Content) -> list[str]:
    """No route depends on itself through eligible(), directly or through other routes."""
    graph = {r.spec.id: sorted(routes_called(r, content)) for r in content.routes}
    problems = []
    reported: set[frozenset[str]] = set()
    for start in graph:
        stack: list[tuple[str, list[str]]] = [(start, [start])]
        while stack:
            node, trail = stack.pop()
            for nxt in graph.get(node, []):
                if nxt == start:
                    cycle = frozenset(trail)
                    if cycle not in reported:
                        reported.add(cycle)
                        problems.append(f"{_route_file(start)}: the route depends on itself through eligible(): "
                                        f"{' -> '.join([*trail, start])}")
                elif nxt not in trail:
                    stack.append((nxt, [*trail, nxt]))
    return problems


def report(content: Content, *, as_of: date | None = None, stale_after_days: int = DEFAULT_STALE_DAYS,
           seed: int = SEED, samples: int = DEFAULT_SAMPLES, explorer: Explorer | None = None) -> Report:
    """Every check; problems fail, warnings inform, notes say how the checks were run."""
    as_of = explorer.as_of if explorer is not None else as_of or date.today()
    result = Report()
    cycles = check_route_cycles(content)
    result.problems += check_ask_if_order(content) + cycles + check_sources(content) + check_parameters(content)
    result.problems += check_wage_figures(content) + check_source_references(content)
    explorer = explorer or Explorer(content, as_of=as_of, seed=seed, samples=samples)
    if not cycles:  # with a cycle, evaluating the routes raises everywhere: the cycle is the finding
        result.problems += check_completeness(content, explorer)
        result.problems += check_questions_reachable(content, explorer)
        result.problems += check_outcomes_reachable(content, explorer)
        result.notes.append(explorer.note)
    else:
        result.notes.append("the flow was not explored: a route depends on itself")
    result.warnings += stale_parameters(content, as_of, stale_after_days)
    result.warnings += figures_due_for_renewal(content, as_of)
    result.warnings += missing_values(content, as_of)
    result.warnings += unused_sources(content)
    return result


def run_all(content: Content, *, as_of: date | None = None, explorer: Explorer | None = None) -> list[str]:
    """Every check's problems (warnings and notes are in :func:`report`)."""
    return report(content, as_of=as_of, explorer=explorer).problems

