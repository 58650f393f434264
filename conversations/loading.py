"""Loading a content folder: read the YAML, validate it, parse every expression, check every reference.

A bad file fails here, at start-up, with a message naming the file, the key and the problem.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterable
from datetime import date
from pathlib import Path
from typing import Any, TypeVar

import yaml
from pydantic import BaseModel, TypeAdapter, ValidationError

from conversations.compiled import (
    CompiledCriterion,
    CompiledDerived,
    CompiledFactor,
    CompiledPointsTable,
    CompiledRoute,
    CompiledStep,
    Content,
)
from conversations.expressions import ExpressionError, parse
from conversations.expressions.analysis import References, check_expression
from conversations.expressions.ast import Const, Expr, calls_in, names_in
from conversations.schema.parameters import Parameter
from conversations.schema.questions import DerivedValue, Flow, Question, QuestionType
from conversations.schema.rules import (
    CompareCriterion,
    ConditionCriterion,
    Document,
    DurationCriterion,
    NextStep,
    PointsCriterion,
    PointsTable,
    Route,
)
from conversations.schema.sources import Source
from conversations.yaml_files import DuplicateKeyError, read_yaml

DEFAULT_CONTENT = Path(__file__).parent / "content" / "china"

M = TypeVar("M", bound=BaseModel)


class ContentError(ValueError):
    """A content file is invalid; the message names the file, the key and the problem."""


def _read(path: Path) -> Any:
    try:
        return read_yaml(path)
    except DuplicateKeyError as exc:
        raise ContentError(f"{path}: {exc}") from None
    except yaml.YAMLError as exc:
        raise ContentError(f"{path}: not valid YAML: {exc}") from None


def _validate(path: Path, data: Any, model: type[M] | TypeAdapter[Any], where: str = "") -> Any:
    try:
        if isinstance(model, TypeAdapter):
            return model.validate_python(data)
        return model.model_validate(data)
    except ValidationError as exc:
        problems = []
        for error in exc.errors():
            location = ".".join(_location_part(p) for p in error["loc"]) or "(top level)"
            problems.append(f"{where}{location}: {error['msg']}")
        raise ContentError(f"{path}: " + "; ".join(problems)) from None


_DATE_REPR = re.compile(r"datetime\.date\((\d+), (\d+), (\d+)\)")


def _location_part(part: object) -> str:
    """A key as the editor wrote it: pydantic shows a date key as 'datetime.date(2017, 4, 1)'."""
    if isinstance(part, date):
        return part.isoformat()
    return _DATE_REPR.sub(lambda m: date(*(int(g) for g in m.groups())).isoformat(), str(part))


def _files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.glob("*.yaml") if p.is_file())


class _Compiler:
    def __init__(self, root: Path) -> None:
        self.root = root

    def load(self) -> Content:
        root = self.root
        if not root.is_dir():
            raise ContentError(f"{root}: content folder not found")
        flow_path = root / "flow.yaml"
        flow: Flow = _validate(flow_path, _read(flow_path), Flow)
        questions: dict[str, Question] = {}
        for path in _files(root / "questions"):
            question: Question = _validate(path, _read(path), Question)
            if question.id != path.stem:
                raise ContentError(f"{path}: id: '{question.id}' must match the file name '{path.stem}'")
            questions[question.id] = question
        sources_path = root / "sources.yaml"
        sources: dict[str, Source] = _validate(sources_path, _read(sources_path), TypeAdapter(dict[str, Source]))
        parameters: dict[str, Parameter] = {}
        tables: dict[str, dict[str, Parameter]] = {}
        for path in _files(root / "parameters"):
            parameters[path.stem] = _validate(path, _read(path), Parameter)
        for folder in sorted(p for p in (root / "parameters").iterdir() if p.is_dir()):
            tables[folder.name] = {p.stem: _validate(p, _read(p), Parameter) for p in _files(folder)}
        derived_path = root / "derived.yaml"
        derived_specs: dict[str, DerivedValue] = _validate(
            derived_path, _read(derived_path), TypeAdapter(dict[str, DerivedValue]))
        routes: list[Route] = []
        for path in _files(root / "routes"):
            route: Route = _validate(path, _read(path), Route)
            if route.id != path.stem:
                raise ContentError(f"{path}: id: '{route.id}' must match the file name '{path.stem}'")
            routes.append(route)
        routes.sort(key=lambda r: (list(type(r.family)).index(r.family), r.order, r.id))
        points_specs: dict[str, PointsTable] = {}
        for path in _files(root / "points"):
            table: PointsTable = _validate(path, _read(path), PointsTable)
            points_specs[table.id] = table
        steps_path, docs_path = root / "next_steps.yaml", root / "documents.yaml"
        next_steps: dict[str, NextStep] = _validate(steps_path, _read(steps_path), TypeAdapter(dict[str, NextStep]))
        documents: dict[str, Document] = _validate(docs_path, _read(docs_path), TypeAdapter(dict[str, Document]))

        self._check_sources(parameters, tables, routes, points_specs, next_steps, sources)
        refs = References(
            questions=questions, derived=set(derived_specs), parameters=set(parameters), tables=set(tables),
            points=set(points_specs), routes={r.id for r in routes},
        )
        compiled_derived = {
            name: CompiledDerived(name, self._expr(derived_path, f"{name}.expr", spec.expr, refs), spec.unit)
            for name, spec in derived_specs.items()
        }
        dependencies = Dependencies(refs, compiled_derived)
        dependencies.points = points = {tid: self._points(tid, spec, refs) for tid, spec in points_specs.items()}
        compiled_routes = tuple(self._route(route, refs, dependencies) for route in routes)
        dependencies.routes = {r.spec.id: r for r in compiled_routes}
        steps = self._steps(flow_path, flow, questions, refs, dependencies)
        for path_id, step in next_steps.items():
            for doc in step.documents:
                if doc not in documents:
                    raise ContentError(f"{steps_path}: {path_id}.documents: unknown document '{doc}'")
        for route in routes:
            for step_id in route.next_steps:
                if step_id not in next_steps:
                    raise ContentError(f"{root / 'routes' / route.id}.yaml: next_steps: unknown step '{step_id}'")
        for question in questions.values():
            if question.type is QuestionType.CITY:
                assert question.wage_table is not None
                if question.wage_table not in tables:
                    raise ContentError(f"questions/{question.id}.yaml: wage_table: unknown table")
                extra = set(question.choice_keys) - set(tables[question.wage_table]) - {"other"}
                if extra:
                    raise ContentError(
                        f"questions/{question.id}.yaml: choices without a wage record: {', '.join(sorted(extra))}")
        decisive = {
            "flow": {"id": flow.id, "steps": flow.steps}, "questions": questions, "derived": derived_specs,
            "parameters": parameters, "tables": tables, "routes": routes, "points": points_specs,
            "next_steps": next_steps, "documents": documents,
        }
        return Content(
            name=flow.id, version=flow.version, steps=steps, questions=questions, derived=compiled_derived,
            parameters=parameters, tables=tables, sources=sources, routes=compiled_routes, points=points,
            next_steps=next_steps, documents=documents, fingerprint=fingerprint(decisive),
            step_index={s.question.id: i for i, s in enumerate(steps)},
        )

    def _expr(self, path: Path, key: str, text: str, refs: References) -> Expr:
        try:
            expr = parse(text)
            check_expression(expr, refs)
        except ExpressionError as exc:
            raise ContentError(f"{path}: {key}: {exc} in {text!r}") from None
        return expr

    def _steps(self, path: Path, flow: Flow, questions: dict[str, Question], refs: References,
               dependencies: Dependencies) -> tuple[CompiledStep, ...]:
        steps: list[CompiledStep] = []
        seen: set[str] = set()
        for index, step in enumerate(flow.steps):
            question = questions.get(step.question)
            if question is None:
                raise ContentError(f"{path}: steps.{index}.question: no file questions/{step.question}.yaml")
            if question.id in seen:
                raise ContentError(f"{path}: steps.{index}.question: '{question.id}' appears twice")
            expr = None
            if step.ask_if is not None:
                expr = self._expr(path, f"steps.{index}.ask_if", step.ask_if, refs)
                later = dependencies.of(expr) - seen
                if later:
                    raise ContentError(
                        f"{path}: steps.{index}.ask_if: depends on questions not asked before it: "
                        f"{', '.join(sorted(later))}")
            seen.add(question.id)
            steps.append(CompiledStep(question, expr, step.ask_if))
        unused = sorted(set(questions) - seen)
        if unused:
            raise ContentError(f"{path}: steps: questions never asked: {', '.join(unused)}")
        return tuple(steps)

    def _route(self, route: Route, refs: References, dependencies: Dependencies) -> CompiledRoute:
        path = self.root / "routes" / f"{route.id}.yaml"
        applies = None if route.applies_if is None else self._expr(path, "applies_if", route.applies_if, refs)
        criteria: dict[str, CompiledCriterion] = {}
        for index, spec in enumerate(route.criteria):
            where = f"criteria.{index}"
            if isinstance(spec, ConditionCriterion):
                met_if = self._expr(path, f"{where}.met_if", spec.met_if, refs)
                shown = _ordered(dependencies.of(met_if, deep=False), refs)
                criteria[spec.id] = CompiledCriterion(spec, met_if=met_if, shown_questions=shown)
            elif isinstance(spec, CompareCriterion):
                value = self._expr(path, f"{where}.value", spec.value, refs)
                threshold = self._expr(path, f"{where}.threshold", spec.threshold, refs)
                shown = _ordered(dependencies.of(value, deep=False) | dependencies.of(threshold, deep=False), refs)
                typed = tuple(q for q in _ordered(dependencies.of(threshold, deep=False), refs)
                              if refs.questions[q].type is QuestionType.MONEY)
                criteria[spec.id] = CompiledCriterion(spec, value=value, threshold=threshold, shown_questions=shown,
                                                      threshold_questions=typed)
            elif isinstance(spec, DurationCriterion):
                question = refs.questions.get(spec.since)
                if question is None or question.type is not QuestionType.DATE:
                    raise ContentError(f"{path}: {where}.since: '{spec.since}' is not a date question")
                criteria[spec.id] = CompiledCriterion(spec, shown_questions=(spec.since,))
            else:
                assert isinstance(spec, PointsCriterion)
                if spec.table not in refs.points:
                    raise ContentError(f"{path}: {where}.table: unknown points table '{spec.table}'")
                criteria[spec.id] = CompiledCriterion(spec)
        return CompiledRoute(route, applies, criteria)

    def _points(self, table_id: str, spec: PointsTable, refs: References) -> CompiledPointsTable:
        path = self.root / "points" / f"{table_id}.yaml"
        factors = []
        for index, factor in enumerate(spec.factors):
            value = None if factor.value is None else self._expr(path, f"factors.{index}.value", factor.value, refs)
            points = None if factor.points is None else self._expr(
                path, f"factors.{index}.points", factor.points, refs)
            factors.append(CompiledFactor(factor, value, points))
        return CompiledPointsTable(spec, tuple(factors))

    def _check_sources(self, parameters: dict[str, Parameter], tables: dict[str, dict[str, Parameter]],
                       routes: list[Route], points: dict[str, PointsTable], next_steps: dict[str, NextStep],
                       sources: dict[str, Source]) -> None:
        def check(where: str, cited: Iterable[str]) -> None:
            for source in cited:
                if source not in sources:
                    raise ContentError(f"{where}: unknown source '{source}' (add it to sources.yaml)")

        for name, parameter in parameters.items():
            for effective, value in parameter.values.items():
                check(f"parameters/{name}.yaml: values.{effective}", value.sources)
        for table, entries in tables.items():
            for key, parameter in entries.items():
                for effective, value in parameter.values.items():
                    check(f"parameters/{table}/{key}.yaml: values.{effective}", value.sources)
        for route in routes:
            for criterion in route.criteria:
                check(f"routes/{route.id}.yaml: criteria.{criterion.id}", criterion.sources)
        for table_id, points_table in points.items():
            check(f"points/{table_id}.yaml", points_table.sources)
        for step_id, step in next_steps.items():
            check(f"next_steps.yaml: {step_id}", step.sources)


class Dependencies:
    """Which questions an expression reads: directly, through derived values, through the criteria of a
    route it asks about (``eligible``) and through the factors of a points table (``points``)."""

    def __init__(self, refs: References, derived: dict[str, CompiledDerived]) -> None:
        self.refs = refs
        self.derived = derived
        self.routes: dict[str, CompiledRoute] = {}
        self.points: dict[str, CompiledPointsTable] = {}
        self._route_cache: dict[str, set[str]] = {}

    def of(self, expr: Expr, *, deep: bool = True) -> set[str]:
        """``deep=False`` stops at routes and points tables: what a criterion shows next to itself."""
        found: set[str] = set()
        pending: list[Expr] = [expr]
        visited_names: set[str] = set()
        while pending:
            current = pending.pop()
            for name in names_in(current) - visited_names:
                visited_names.add(name)
                if name in self.refs.questions:
                    found.add(name)
                elif name in self.derived:
                    pending.append(self.derived[name].expr)
            for call in calls_in(current) if deep else []:
                target = call.args[0].value if call.args and isinstance(call.args[0], Const) else None
                if call.function == "eligible" and isinstance(target, str):
                    found |= self.of_route(target)
                elif call.function == "points" and isinstance(target, str) and target in self.points:
                    for factor in self.points[target].factors:
                        for part in (factor.value, factor.points):
                            if part is not None:
                                pending.append(part)
        return found

    def of_route(self, route_id: str) -> set[str]:
        if route_id not in self._route_cache:
            self._route_cache[route_id] = set()  # guards against a cycle while computing
            route = self.routes[route_id]
            found: set[str] = set()
            if route.applies_if is not None:
                found |= self.of(route.applies_if)
            for criterion in route.criteria.values():
                found |= self.of_criterion(criterion)
            self._route_cache[route_id] = found
        return self._route_cache[route_id]

    def of_criterion(self, criterion: CompiledCriterion) -> set[str]:
        spec = criterion.spec
        if isinstance(spec, DurationCriterion):
            return {spec.since}
        if isinstance(spec, PointsCriterion):
            return self.of(parse(f"points('{spec.table}')"))
        return set().union(*(self.of(e) for e in (criterion.met_if, criterion.value, criterion.threshold)
                             if e is not None))


def fingerprint(decisive: dict[str, Any]) -> str:
    """A sha256 of the validated content that decides verdicts, dumped as canonical JSON: the YAML's
    comments, layout and key order do not change it."""
    canonical = json.dumps(_plain(decisive), sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(canonical.encode()).hexdigest()


def _plain(value: Any) -> Any:
    if isinstance(value, Parameter):
        # What editors write for themselves never reaches a verdict, nor does the day a figure was last
        # checked: re-checking a figure must not look like a rule change to people who asked to hear of one.
        return {"unit": value.unit.value, "values": {
            effective.isoformat(): entry.model_dump(mode="json", exclude={"note"})
            for effective, entry in value.values.items()}}
    if isinstance(value, BaseModel):
        return value.model_dump(mode="json")
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    return value


def _ordered(names: set[str], refs: References) -> tuple[str, ...]:
    order = list(refs.questions)
    return tuple(sorted(names, key=order.index))


def load_content(root: Path = DEFAULT_CONTENT) -> Content:
    """Load, validate and compile a content folder (the China content by default)."""
    return _Compiler(root).load()
