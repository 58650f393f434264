"""Evaluation with three-valued logic.

Any operation on an unknown value is unknown, except the logical operators, which follow Kleene's
rules (``false and unknown`` is ``false``), and ``known``/``coalesce``/``if``, which exist to deal
with unknowns explicitly.
"""

from __future__ import annotations

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
    match expr:
        case Const(value):
            return value
        case Name(name):
            return context.name(name)
        case ListOf(items):
            return tuple(evaluate(item, context) for item in items)
        case Logical("and", operands):
            return _lazy_kleene(operands, context, stop=False)
        case Logical(_, operands):
            return _lazy_kleene(operands, context, stop=True)
        case Unary("not", operand):
            return kleene_not(_truth(evaluate(operand, context)))
        case Unary(_, operand):
            inner = evaluate(operand, context)
            return UNKNOWN if inner is UNKNOWN else -_number(inner)
        case Binary(op, left, right):
            return _binary(op, evaluate(left, context), evaluate(right, context))
        case Call(function, args):
            return _call(function, args, context)
    raise AssertionError(expr)


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
        return {"<": a < b, "<=": a <= b, ">": a > b, ">=": a >= b}[op]  # type: ignore[operator]
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
