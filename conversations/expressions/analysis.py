"""Static checks of an expression against the content: every name and function exists, every quoted
choice is a real choice of the question it is compared with, content functions name real things."""

from __future__ import annotations

from dataclasses import dataclass

from conversations.expressions.ast import Binary, Call, Const, Expr, ListOf, Logical, Name, Unary, calls_in
from conversations.expressions.functions import ALL_FUNCTIONS
from conversations.expressions.parser import ExpressionError
from conversations.schema.questions import Question, QuestionType

BUILTIN_NAMES = {"as_of"}


@dataclass(frozen=True)
class References:
    questions: dict[str, Question]
    derived: set[str]
    parameters: set[str]
    tables: set[str]
    points: set[str]
    routes: set[str]


def check_expression(expr: Expr, refs: References) -> None:
    _check_names(expr, refs)
    for call in calls_in(expr):
        signature = ALL_FUNCTIONS.get(call.function)
        if signature is None:
            raise ExpressionError(f"unknown function '{call.function}'")
        if not signature.min_args <= len(call.args) <= signature.max_args:
            raise ExpressionError(f"'{call.function}' takes {signature.min_args} to {signature.max_args} arguments")
        _check_content_call(call, refs)
    _check_choice_literals(expr, refs)


def _check_names(expr: Expr, refs: References) -> None:
    match expr:
        case Name(name):
            if name not in refs.questions and name not in refs.derived and name not in BUILTIN_NAMES:
                raise ExpressionError(f"unknown name '{name}' (not a question, derived value or as_of)")
        case ListOf(items):
            for item in items:
                _check_names(item, refs)
        case Call(_, args):
            for arg in args:
                _check_names(arg, refs)
        case Unary(_, operand):
            _check_names(operand, refs)
        case Binary(_, left, right):
            _check_names(left, refs)
            _check_names(right, refs)
        case Logical(_, operands):
            for operand in operands:
                _check_names(operand, refs)
        case Const():
            pass


def _check_content_call(call: Call, refs: References) -> None:
    if call.function not in {"param", "param_of_year", "points", "eligible"}:
        return
    first = call.args[0]
    if not isinstance(first, Const) or not isinstance(first.value, str):
        raise ExpressionError(f"the first argument of '{call.function}' is a quoted name")
    target = first.value
    if call.function == "param_of_year":
        if target not in refs.tables:
            raise ExpressionError(f"unknown parameter table '{target}'")
    elif call.function == "param":
        pool = refs.tables if len(call.args) == 2 else refs.parameters
        if target not in pool:
            raise ExpressionError(f"unknown parameter {'table ' if len(call.args) == 2 else ''}'{target}'")
    elif call.function == "points" and target not in refs.points:
        raise ExpressionError(f"unknown points table '{target}'")
    elif call.function == "eligible" and target not in refs.routes:
        raise ExpressionError(f"unknown route '{target}'")


def _choice_keys(expr: Expr, refs: References) -> tuple[str, tuple[str, ...]] | None:
    if isinstance(expr, Name):
        question = refs.questions.get(expr.name)
        if question is not None and question.choices:
            keys = question.choice_keys
            if question.type is QuestionType.YES_NO_UNKNOWN and not keys:
                keys = ("yes", "no", "dont_know")
            return question.id, keys
        if question is not None and question.type is QuestionType.YES_NO_UNKNOWN:
            return question.id, ("yes", "no", "dont_know")
    return None


def _literals(expr: Expr) -> list[str]:
    if isinstance(expr, Const) and isinstance(expr.value, str):
        return [expr.value]
    if isinstance(expr, ListOf):
        return [i.value for i in expr.items if isinstance(i, Const) and isinstance(i.value, str)]
    return []


def _check_choice_literals(expr: Expr, refs: References) -> None:
    match expr:
        case Binary(op, left, right) if op in {"==", "!=", "in", "not in"}:
            for named, other in ((left, right), (right, left)):
                found = _choice_keys(named, refs)
                if found is None:
                    continue
                question, keys = found
                for literal in _literals(other):
                    if literal not in keys:
                        raise ExpressionError(f"'{literal}' is not a choice of question '{question}'")
            _check_choice_literals(left, refs)
            _check_choice_literals(right, refs)
        case Binary(_, left, right):
            _check_choice_literals(left, refs)
            _check_choice_literals(right, refs)
        case Unary(_, operand):
            _check_choice_literals(operand, refs)
        case Logical(_, operands):
            for operand in operands:
                _check_choice_literals(operand, refs)
        case Call(_, args):
            for arg in args:
                _check_choice_literals(arg, refs)
        case _:
            pass
