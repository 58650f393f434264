"""Evaluation with three-valued logic.

Any operation on an unknown value is unknown, except the logical operators, which follow Kleene's
rules (``false and unknown`` is ``false``), and ``known``/``coalesce``/``if``, which exist to deal
with unknowns explicitly.
"""

from __future__ import annotations

import operator
from collections.abc import Callable
from datetime import date
from decimal import Decimal
from typing import Protocol

from conversations.expressions.ast import Binary, Call, Const, Expr, ListOf, Logical, Name, Unary
from conversations.tristate import UNKNOWN, Tri, UnknownType, kleene_not

Value = Decimal | str | bool | date | tuple["Value", ...] | None | UnknownType


class EvaluationError(RuntimeError):
    """An expression met a value of the wrong type: a content error the load-time checks missed."""


class EvaluationContext(Protocol):
    def name(self, name: str) -> Value:
        """The value of an answer or derived value; UNKNOWN if not known."""

    def call(self, function: str, args: list[Value]) -> Value:
        """A content function: param, points, eligible."""


def evaluate(expr: Expr, context: EvaluationContext) -> Value:
    # One dictionary look-up by node type rather than a chain of class patterns: conditions are
    # evaluated for every question of the path and every criterion of the verdict.
    return _BY_NODE[type(expr)](expr, context)


def _const(expr: Expr, context: EvaluationContext) -> Value:
    assert isinstance(expr, Const)
    return expr.value


def _name(expr: Expr, context: EvaluationContext) -> Value:
    assert isinstance(expr, Name)
    return context.name(expr.name)


def _list(expr: Expr, context: EvaluationContext) -> Value:
    assert isinstance(expr, ListOf)
    return tuple(evaluate(item, context) for item in expr.items)


def _logical(expr: Expr, context: EvaluationContext) -> Value:
    assert isinstance(expr, Logical)
    return _lazy_kleene(expr.operands, context, stop=expr.op != "and")


def _unary(expr: Expr, context: EvaluationContext) -> Value:
    assert isinstance(expr, Unary)
    if expr.op == "not":
        return kleene_not(_truth(evaluate(expr.operand, context)))
    inner = evaluate(expr.operand, context)
    return UNKNOWN if inner is UNKNOWN else -_number(inner)


def _binary_node(expr: Expr, context: EvaluationContext) -> Value:
    assert isinstance(expr, Binary)
    return _binary(expr.op, evaluate(expr.left, context), evaluate(expr.right, context))


def _call_node(expr: Expr, context: EvaluationContext) -> Value:
    assert isinstance(expr, Call)
    return _call(expr.function, expr.args, context)


_BY_NODE: dict[type, Callable[[Expr, EvaluationContext], Value]] = {
    Const: _const, Name: _name, ListOf: _list, Logical: _logical, Unary: _unary, Binary: _binary_node,
    Call: _call_node,
}
_ORDER = {"<": operator.lt, "<=": operator.le, ">": operator.gt, ">=": operator.ge}


def truth(expr: Expr, context: EvaluationContext) -> Tri:
    """Evaluate a condition to True, False or UNKNOWN."""
    return _truth(evaluate(expr, context))


def _lazy_kleene(operands: tuple[Expr, ...], context: EvaluationContext, *, stop: bool) -> Tri:
    # ``stop`` is the value that decides the result at once: True for "or", False for "and".
    seen_unknown = False
    for operand in operands:
        value = _truth(evaluate(operand, context))
        if value is UNKNOWN:
            seen_unknown = True
        elif value is stop:
            return stop
    return UNKNOWN if seen_unknown else not stop


def _truth(value: Value) -> Tri:
    if value is UNKNOWN or isinstance(value, bool):
        return value
    raise EvaluationError(f"expected true or false, got {value!r}")


def _number(value: Value) -> Decimal:
    if isinstance(value, Decimal) and not isinstance(value, bool):
        return value
    raise EvaluationError(f"expected a number, got {value!r}")


def _binary(op: str, left: Value, right: Value) -> Value:
    if left is UNKNOWN or right is UNKNOWN:
        return UNKNOWN
    if op == "==":
        return left == right
    if op == "!=":
        return left != right
    if op in {"in", "not in"}:
        if not isinstance(right, tuple):
            raise EvaluationError(f"'{op}' needs a list on the right, got {right!r}")
        found = left in right
        return found if op == "in" else not found
    if op in {"<", "<=", ">", ">="}:
        if isinstance(left, date) and isinstance(right, date):
            a: Decimal | date = left
            b: Decimal | date = right
        else:
            a, b = _number(left), _number(right)
        return bool(_ORDER[op](a, b))
    x, y = _number(left), _number(right)
    if op == "+":
        return x + y
    if op == "-":
        return x - y
    if op == "*":
        return x * y
    if op == "/":
        if y == 0:
            raise EvaluationError("division by zero")
        return x / y
    raise AssertionError(op)


def _call(function: str, args: tuple[Expr, ...], context: EvaluationContext) -> Value:
    if function == "known":
        return evaluate(args[0], context) is not UNKNOWN
    if function == "coalesce":
        for arg in args:
            value = evaluate(arg, context)
            if value is not UNKNOWN:
                return value
        return UNKNOWN
    if function == "if":
        condition = _truth(evaluate(args[0], context))
        if condition is UNKNOWN:
            return UNKNOWN
        return evaluate(args[1] if condition else args[2], context)
    values = [evaluate(arg, context) for arg in args]
    if function in {"min", "max"}:
        if any(v is UNKNOWN for v in values):
            return UNKNOWN
        numbers = [_number(v) for v in values]
        return min(numbers) if function == "min" else max(numbers)
    if function == "years_between":
        if any(v is UNKNOWN for v in values):
            return UNKNOWN
        start, end = _date(values[0]), _date(values[1])
        years = end.year - start.year - ((end.month, end.day) < (start.month, start.day))
        return Decimal(years)
    if function == "add_years":
        if any(v is UNKNOWN for v in values):
            return UNKNOWN
        return add_years(_date(values[0]), int(_number(values[1])))
    if function == "year":
        return UNKNOWN if values[0] is UNKNOWN else Decimal(_date(values[0]).year)
    return context.call(function, values)


def _date(value: Value) -> date:
    if isinstance(value, date):
        return value
    raise EvaluationError(f"expected a date, got {value!r}")


def add_years(start: date, years: int) -> date:
    """The same day ``years`` later; 29 February becomes 28 February in a common year."""
    try:
        return start.replace(year=start.year + years)
    except ValueError:
        return start.replace(year=start.year + years, day=28)


def whole_years(start: date, end: date) -> int:
    """The whole years from ``start`` to ``end`` (0 when ``end`` is earlier), a year being reached on the
    day ``add_years`` gives, as for durations: from 29 February 2024, one year on 28 February 2025."""
    years = end.year - start.year
    if years > 0 and add_years(start, years) > end:
        years -= 1
    return max(years, 0)
