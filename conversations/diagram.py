"""The flow drawn as a Mermaid flowchart, from the compiled content (never from code).

Questions appear in the order they are asked. A question with an ``ask_if`` sits behind a small
junction: the edge into the question carries the condition, the dotted edge past it is taken
otherwise. The routes sit at the end, each linked (dotted) from the questions its criteria and
``applies_if`` read directly, and (thick) from the routes it asks about with ``eligible(...)``.
"""

from __future__ import annotations

from conversations.checks import dependencies, routes_called
from conversations.compiled import CompiledRoute, Content
from conversations.expressions.ast import Call, Const
from conversations.loading import Dependencies
from conversations.schema.questions import QuestionType
from conversations.schema.rules import DurationCriterion, PointsCriterion

_TYPE_LABELS = {
    QuestionType.SINGLE_CHOICE: "one choice",
    QuestionType.MULTIPLE_CHOICE: "several choices",
    QuestionType.YES_NO_UNKNOWN: "yes / no / don't know",
    QuestionType.INTEGER: "whole number",
    QuestionType.NUMBER: "number",
    QuestionType.MONEY: "amount",
    QuestionType.DATE: "date",
    QuestionType.CITY: "city",
}


def _text(text: str) -> str:
    """Text safe inside a quoted Mermaid label."""
    return text.replace("&", "#amp;").replace('"', "#quot;").replace("<", "#lt;").replace(">", "#gt;")


def _question_node(qid: str) -> str:
    return f"q_{qid}"


def _route_node(route_id: str) -> str:
    return f"r_{route_id}"


def route_questions(content: Content, route: CompiledRoute, deps: Dependencies | None = None) -> list[str]:
    """The questions a route reads itself (through derived values and points tables, but not through the
    routes it asks about), in flow order."""
    deps = deps or dependencies(content)
    found: set[str] = set()
    if route.applies_if is not None:
        found |= deps.of(route.applies_if, deep=False)
    for criterion in route.criteria.values():
        spec = criterion.spec
        if isinstance(spec, DurationCriterion):
            found.add(spec.since)
        elif isinstance(spec, PointsCriterion):
            found |= deps.of(Call("points", (Const(spec.table),)))
        for expr in (criterion.met_if, criterion.value, criterion.threshold):
            if expr is not None:
                found |= deps.of(expr, deep=False)
    return sorted(found, key=content.step_index.__getitem__)


def mermaid(content: Content) -> str:
    """The whole flow as a ``flowchart TD``."""
    deps = dependencies(content)
    lines = ["flowchart TD", f'    start(["{_text(content.name)} {_text(content.version)}"])']
    steps = content.steps

    def entry(index: int) -> str:
        if index == len(steps):
            return "verdict"
        step = steps[index]
        return f"j_{step.question.id}" if step.ask_if is not None else _question_node(step.question.id)

    for step in steps:
        question = step.question
        label = f"{_text(question.id)}<br/><i>{_text(_TYPE_LABELS[question.type])}</i>"
        lines.append(f'    {_question_node(question.id)}["{label}"]')
        if step.ask_if is not None:
            lines.append(f'    j_{question.id}((" "))')
    lines.append('    verdict(["verdict"])')
    lines.append(f"    start --> {entry(0)}")
    for index, step in enumerate(steps):
        node = _question_node(step.question.id)
        if step.ask_if is not None:
            condition = _text(step.ask_if_text or "")
            lines.append(f'    j_{step.question.id} -->|"{condition}"| {node}')
            lines.append(f'    j_{step.question.id} -.->|"otherwise"| {entry(index + 1)}')
        lines.append(f"    {node} --> {entry(index + 1)}")
    lines.append("    subgraph routes [Routes]")
    for route in content.routes:
        spec = route.spec
        label = f"{_text(spec.id)}<br/><i>{_text(spec.family.value.replace('_', ' '))}</i>"
        lines.append(f'        {_route_node(spec.id)}[["{label}"]]')
    lines.append("    end")
    lines.append("    verdict --> routes")
    for route in content.routes:
        for qid in route_questions(content, route, deps):
            lines.append(f"    {_question_node(qid)} -.-> {_route_node(route.spec.id)}")
        for other in sorted(routes_called(route, content)):
            lines.append(f'    {_route_node(other)} ==>|"eligible"| {_route_node(route.spec.id)}')
    return "\n".join(lines) + "\n"
