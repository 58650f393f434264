"""The condition language: parsing (errors name the position), three-valued evaluation, static checks."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from conversations.expressions import ExpressionError, parse
from conversations.expressions.analysis import References, check_expression
from conversations.expressions.evaluate import EvaluationError, Value, evaluate, truth
from conversations.loading import load_content
from conversations.tristate import UNKNOWN, Tri, kleene_and, kleene_not, kleene_or


class Names:
    """A minimal evaluation context: named values, no content functions."""

    def __init__(self, **values: Value) -> None:
        self.values = values

    def name(self, name: str) -> Value:
        return self.values.get(name, UNKNOWN)

    def call(self, function: str, args: list[Value]) -> Value:
        raise EvaluationError(f"no content function {function} here")


def run(text: str, **values: Value) -> Value:
    return evaluate(parse(text), Names(**values))


# --- parsing -------------------------------------------------------------------------------------------
@pytest.mark.parametrize(("text", "message"), [
    ("age >= ", "expected a value at position 7, found end of expression"),
    ("age >= 18 18", "unexpected text at position 10, found '18'"),
    ("a $ b", "unexpected character '$' at position 2"),
    ("(age > 3", "expected ')' at position 8, found end of expression"),
    ("f(1, 2", "expected ',' at position 6, found end of expression"),
    ("[1, 2", "expected ',' at position 5, found end of expression"),
    ("goal == \"work\"", "unexpected character '\"' at position 8"),
    ("@2021-02-30 < as_of", "invalid date @2021-02-30 at position 0"),
    ("and", "expected a value at position 0, found 'and'"),
    ("age > > 3", "expected a value at position 6, found '>'"),
])
def test_parse_errors_name_the_position(text: str, message: str) -> None:
    with pytest.raises(ExpressionError) as caught:
        parse(text)
    assert str(caught.value) == message


def test_an_empty_expression_is_an_error() -> None:
    with pytest.raises(ExpressionError, match="empty expression"):
        parse("   ")


def test_precedence_and_associativity() -> None:
    assert run("2 + 3 * 4") == Decimal(14)
    assert run("(2 + 3) * 4") == Decimal(20)
    assert run("10 - 2 - 3") == Decimal(5)
    assert run("12 / 2 / 3") == Decimal(2)
    assert run("-2 * -3") == Decimal(6)
    assert run("not false and false") is False  # not binds tighter than and
    assert run("true or false and false") is True  # and binds tighter than or
    assert run("1 + 1 == 2 and 'a' in ['a']") is True


# --- three-valued logic ------------------------------------------------------------------------------
T, F, U = True, False, UNKNOWN
VALUES: list[Tri] = [T, F, U]
AND = {(T, T): T, (T, F): F, (T, U): U, (F, T): F, (F, F): F, (F, U): F, (U, T): U, (U, F): F, (U, U): U}
OR = {(T, T): T, (T, F): T, (T, U): T, (F, T): T, (F, F): F, (F, U): U, (U, T): T, (U, F): U, (U, U): U}
NOT = {T: F, F: T, U: U}


def _named(value: Tri) -> dict[str, Value]:
    return {} if value is UNKNOWN else {"v": value}


@pytest.mark.parametrize("a", VALUES, ids=repr)
@pytest.mark.parametrize("b", VALUES, ids=repr)
def test_kleene_truth_tables(a: Tri, b: Tri) -> None:
    values: dict[str, Value] = {}
    if a is not UNKNOWN:
        values["a"] = a
    if b is not UNKNOWN:
        values["b"] = b
    assert truth(parse("a and b"), Names(**values)) is AND[(a, b)]
    assert truth(parse("a or b"), Names(**values)) is OR[(a, b)]
    assert truth(parse("not a"), Names(**values)) is NOT[a]
    assert kleene_and([a, b]) is AND[(a, b)]
    assert kleene_or([a, b]) is OR[(a, b)]
    assert kleene_not(a) is NOT[a]


def test_a_decided_operand_decides_whatever_the_order() -> None:
    # false and (anything, even an error) is false; the same for true or ...
    assert run("false and x > 1") is False
    assert run("x > 1 and false") is False
    assert run("true or x > 1") is True
    assert run("x > 1 or true") is True
    assert run("false and 'text'") is False  # not evaluated


def test_unknown_has_no_python_truth_value() -> None:
    with pytest.raises(TypeError):
        bool(UNKNOWN)


# --- unknown propagation -------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "x + 1", "x * 0", "-x", "x > 3", "x == x", "x != 1", "'a' in x", "x in ['a']", "min(x, 3)", "max(1, x)",
    "years_between(x, @2021-01-01)", "add_years(x, 4)", "if(x, 1, 2)", "coalesce(x, y)", "not x",
])
def test_unknown_propagates(text: str) -> None:
    assert run(text) is UNKNOWN


def test_functions_that_handle_unknown() -> None:
    assert run("known(x)") is False
    assert run("known(x)", x=Decimal(0)) is True
    assert run("coalesce(x, y, 5)") == Decimal(5)
    assert run("coalesce(x, 2, 5)") == Decimal(2)
    assert run("if(true, 1, x)") == Decimal(1)
    assert run("if(false, x, 2)") == Decimal(2)


# --- membership, arithmetic, dates ---------------------------------------------------------------------
def test_membership() -> None:
    assert run("'x' in ['x', 'y']") is True
    assert run("'z' in ['x', 'y']") is False
    assert run("'z' not in ['x', 'y']") is True
    assert run("'talent_programme' in achievements", achievements=("postdoc", "talent_programme")) is True
    assert run("'none' in achievements", achievements=()) is False
    assert run("goal in ['work', 'both']", goal="both") is True
    with pytest.raises(EvaluationError, match="needs a list"):
        run("'x' in 'xyz'")


def test_arithmetic_is_exact_on_decimals() -> None:
    assert run("0.2 * 6 * 94258") == Decimal("113109.6")  # the article's tax bar, before rounding
    assert run("6 * wage", wage=Decimal(94258)) == Decimal(565548)
    assert run("0.1 + 0.2 == 0.3") is True
    assert run("salary >= 6 * wage", salary=Decimal(565547), wage=Decimal(94258)) is False
    assert run("min(3, 1, 2) + max(3, 1, 2)") == Decimal(4)
    with pytest.raises(EvaluationError, match="division by zero"):
        run("1 / (2 - 2)")


def test_type_errors_are_evaluation_errors() -> None:
    with pytest.raises(EvaluationError, match="expected a number"):
        run("'a' + 1")
    with pytest.raises(EvaluationError, match="expected a number"):
        run("'a' < 3")
    with pytest.raises(EvaluationError, match="expected true or false"):
        run("age and true", age=Decimal(30))
    with pytest.raises(EvaluationError, match="expected a date"):
        run("years_between(1, 2)")


def test_dates() -> None:
    assert run("@2021-03-11 < @2021-03-12") is True
    assert run("years_between(@2020-02-29, @2024-02-28)") == Decimal(3)
    assert run("years_between(@2020-02-29, @2024-02-29)") == Decimal(4)
    assert run("add_years(@2020-02-29, 1)") == date(2021, 2, 28)
    assert run("add_years(@2020-02-29, 4)") == date(2024, 2, 29)
    assert run("as_of", as_of=date(2021, 3, 11)) == date(2021, 3, 11)


# --- static checks against the content ------------------------------------------------------------------
@pytest.fixture(scope="module")
def refs() -> References:
    content = load_content()
    return References(questions=content.questions, derived=set(content.derived),
                      parameters=set(content.parameters), tables=set(content.tables), points=set(content.points),
                      routes={r.spec.id for r in content.routes})


@pytest.mark.parametrize(("text", "message"), [
    ("agee > 3", "unknown name 'agee' (not a question, derived value or as_of)"),
    ("sqrt(age) > 3", "unknown function 'sqrt'"),
    ("known(age, goal)", "'known' takes 1 to 1 arguments"),
    ("goal == 'retire'", "'retire' is not a choice of question 'goal'"),
    ("'retire' == goal", "'retire' is not a choice of question 'goal'"),
    ("work_city in ['beijing', 'hong_kong']", "'hong_kong' is not a choice of question 'work_city'"),
    ("clean_record == 'maybe'", "'maybe' is not a choice of question 'clean_record'"),
    ("param('no_such_parameter') > 1", "unknown parameter 'no_such_parameter'"),
    ("param('local_average_wage', 'beijing', 2) > 1", "'param' takes 1 to 2 arguments"),
    ("param(work_city) > 1", "the first argument of 'param' is a quoted name"),
    ("eligible('wp_d')", "unknown route 'wp_d'"),
    ("points('no_table') > 60", "unknown points table 'no_table'"),
])
def test_static_checks_refuse(refs: References, text: str, message: str) -> None:
    with pytest.raises(ExpressionError) as caught:
        check_expression(parse(text), refs)
    assert str(caught.value) == message


def test_static_checks_accept(refs: References) -> None:
    for text in ("clean_record == 'dont_know'", "'none' in achievements", "china_work_start == 'not_yet'",
                 "param('local_average_wage', work_city) * 6 > annual_salary",
                 "eligible('wp_a') or as_of > @2020-01-01"):
        check_expression(parse(text), refs)
