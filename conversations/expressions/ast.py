"""The parsed form of an expression: small immutable nodes."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

Literal = Decimal | str | bool | date | None


@dataclass(frozen=True)
class Const:
    value: Literal


@dataclass(frozen=True)
class Name:
    name: str


@dataclass(frozen=True)
class ListOf:
    items: tuple[Expr, ...]


@dataclass(frozen=True)
class Call:
    function: str
    args: tuple[Expr, ...]


@dataclass(frozen=True)
class Unary:
    op: str  # "-" or "not"
    operand: Expr


@dataclass(frozen=True)
class Binary:
    op: str  # + - * / == != < <= > >= in "not in"
    left: Expr
    right: Expr


@dataclass(frozen=True)
class Logical:
    op: str  # "and" | "or"
    operands: tuple[Expr, ...]


Expr = Const | Name | ListOf | Call | Unary | Binary | Logical


def names_in(expr: Expr) -> set[str]:
    """Every bare name the expression reads (answers, derived values)."""
    match expr:
        case Name(name):
            return {name}
        case Const():
            return set()
        case ListOf(items):
            return set().union(*(names_in(i) for i in items)) if items else set()
        case Call(_, args):
            return set().union(*(names_in(a) for a in args)) if args else set()
        case Unary(_, operand):
            return names_in(operand)
        case Binary(_, left, right):
            return names_in(left) | names_in(right)
        case Logical(_, operands):
            return set().union(*(names_in(o) for o in operands))
    raise AssertionError(expr)


def calls_in(expr: Expr) -> list[Call]:
    """Every function call in the expression, outermost first."""
    match expr:
        case Call(_, args):
            return [expr, *(c for a in args for c in calls_in(a))]
        case ListOf(items):
            return [c for i in items for c in calls_in(i)]
        case Unary(_, operand):
            return calls_in(operand)
        case Binary(_, left, right):
            return calls_in(left) + calls_in(right)
        case Logical(_, operands):
            return [c for o in operands for c in calls_in(o)]
        case _:
            return []
