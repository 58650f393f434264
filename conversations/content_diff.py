"""What differs between two contents, for an operator about to deploy one: figures first, then rules.

Only what decides verdicts is compared (what the fingerprint covers): notes and descriptions for editors
and the day a figure was last verified are left out, so "no differences" goes with the same fingerprint.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from pydantic import BaseModel

from conversations.compiled import Content
from conversations.schema.parameters import Parameter, ParameterValue

# A dated value's note is for editors (its parameter's description and last_verified are not compared).
_EDITORS_NOTE = "note"


def content_diff(old: Content, new: Content) -> list[str]:
    """One line per difference, in a fixed order: parameters, dated values, routes and criteria,
    questions and the flow, derived values, points tables, next steps and documents."""
    lines: list[str] = []
    lines += _parameters(_all_parameters(old), _all_parameters(new))
    lines += _routes(old, new)
    lines += _keyed("question", _dumps(old.questions), _dumps(new.questions))
    lines += _flow(old, new)
    lines += _keyed("derived value", {k: {"expr": _text(v.expr), "unit": v.unit} for k, v in old.derived.items()},
                    {k: {"expr": _text(v.expr), "unit": v.unit} for k, v in new.derived.items()})
    lines += _keyed("points table", {k: _dump(v.spec) for k, v in old.points.items()},
                    {k: _dump(v.spec) for k, v in new.points.items()})
    lines += _keyed("next step", _dumps(old.next_steps), _dumps(new.next_steps))
    lines += _keyed("document", _dumps(old.documents), _dumps(new.documents))
    return lines


def _all_parameters(content: Content) -> dict[str, Parameter]:
    found = dict(content.parameters)
    for table, entries in content.tables.items():
        found.update({f"{table}[{key}]": parameter for key, parameter in entries.items()})
    return found


def _parameters(old: Mapping[str, Parameter], new: Mapping[str, Parameter]) -> list[str]:
    lines = [f"parameter added: {name} ({_values(new[name])})" for name in sorted(set(new) - set(old))]
    lines += [f"parameter removed: {name}" for name in sorted(set(old) - set(new))]
    for name in sorted(set(old) & set(new)):
        before, after = old[name], new[name]
        if before.unit != after.unit:
            lines.append(f"parameter changed: {name}: unit {before.unit.value} -> {after.unit.value}")
        unit = after.unit.value
        for effective in sorted(set(before.values) | set(after.values)):
            was, now = before.values.get(effective), after.values.get(effective)
            where = f"{name} from {effective.isoformat()}"
            if was is None and now is not None:
                lines.append(f"dated value added: {where}: {_amount(now)} {unit} (sources {_sources(now)})")
            elif now is None and was is not None:
                lines.append(f"dated value removed: {where}: {_amount(was)} {unit} (sources {_sources(was)})")
            elif was is not None and now is not None:
                if was.value != now.value:
                    cited = _sources(now) if was.sources == now.sources else f"{_sources(was)} -> {_sources(now)}"
                    lines.append(f"value changed: {where}: {_amount(was)} -> {_amount(now)} {unit} (sources {cited})")
                fields = [f for f in _changed_fields(_dump(was), _dump(now)) if f not in {"value", _EDITORS_NOTE}]
                if fields:
                    lines.append(f"dated value changed: {where}: {', '.join(fields)}")
    return lines


def _routes(old: Content, new: Content) -> list[str]:
    before = {r.spec.id: _dump(r.spec) for r in old.routes}
    after = {r.spec.id: _dump(r.spec) for r in new.routes}
    lines = [f"route added: {route}" for route in after if route not in before]
    lines += [f"route removed: {route}" for route in before if route not in after]
    for route in (r for r in after if r in before):
        was, now = before[route], after[route]
        fields = [f for f in _changed_fields(was, now) if f != "criteria"]
        if fields:
            lines.append(f"route changed: {route}: {', '.join(fields)}")
        criteria_was = {c["id"]: c for c in was["criteria"]}
        criteria_now = {c["id"]: c for c in now["criteria"]}
        lines += [f"criterion added: {route}.{c}" for c in criteria_now if c not in criteria_was]
        lines += [f"criterion removed: {route}.{c}" for c in criteria_was if c not in criteria_now]
        for criterion in (c for c in criteria_now if c in criteria_was):
            fields = _changed_fields(criteria_was[criterion], criteria_now[criterion])
            if fields:
                lines.append(f"criterion changed: {route}.{criterion}: {', '.join(fields)}")
    return lines


def _flow(old: Content, new: Content) -> list[str]:
    lines = []
    order_was = [s.question.id for s in old.steps]
    order_now = [s.question.id for s in new.steps]
    shared_was = [q for q in order_was if q in order_now]
    shared_now = [q for q in order_now if q in order_was]
    if shared_was != shared_now:
        lines.append("flow changed: questions asked in another order")
    ask_was = {s.question.id: s.ask_if_text for s in old.steps}
    for step in new.steps:
        qid = step.question.id
        if qid in ask_was and ask_was[qid] != step.ask_if_text:
            lines.append(f"flow changed: when '{qid}' is asked: {ask_was[qid]!r} -> {step.ask_if_text!r}")
    return lines


def _keyed(kind: str, old: Mapping[str, Any], new: Mapping[str, Any]) -> list[str]:
    lines = [f"{kind} added: {key}" for key in new if key not in old]
    lines += [f"{kind} removed: {key}" for key in old if key not in new]
    for key in (k for k in new if k in old):
        fields = _changed_fields(old[key], new[key])
        if fields:
            lines.append(f"{kind} changed: {key}: {', '.join(fields)}")
    return lines


def _changed_fields(old: Mapping[str, Any], new: Mapping[str, Any]) -> list[str]:
    return [f for f in dict.fromkeys([*old, *new]) if old.get(f) != new.get(f)]


def _dump(model: BaseModel) -> dict[str, Any]:
    return model.model_dump(mode="json")


def _dumps(models: Mapping[str, BaseModel]) -> dict[str, dict[str, Any]]:
    return {key: _dump(model) for key, model in models.items()}


def _text(expr: object) -> str:
    return repr(expr)  # the parsed expression: equal trees print alike, whatever the spacing


def _amount(entry: ParameterValue) -> str:
    return "none (ends)" if entry.value is None else f"{entry.value:,}"


def _sources(entry: ParameterValue) -> str:
    return ", ".join(entry.sources)


def _values(parameter: Parameter) -> str:
    return "; ".join(f"from {effective.isoformat()}: {_amount(entry)} {parameter.unit.value}"
                     for effective, entry in parameter.values.items())

