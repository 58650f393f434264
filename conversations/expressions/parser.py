"""Tokenizer and recursive-descent parser for the condition language.

Grammar (lowest precedence first)::

    expr    := or
    or      := and ("or" and)*
    and     := not ("and" not)*
    not     := "not" not | compare
    compare := sum (("=="|"!="|"<"|"<="|">"|">="|"in"|"not in") sum)?
    sum     := product (("+"|"-") product)*
    product := unary (("*"|"/") unary)*
    unary   := "-" unary | atom
    atom    := NUMBER | STRING | DATE | "true" | "false" | "null" | NAME | NAME "(" args ")"
             | "(" expr ")" | "[" args "]"

Dates are written ``@2019-08-01``. Strings use single quotes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from conversations.expressions.ast import Binary, Call, Const, Expr, ListOf, Logical, Name, Unary


class ExpressionError(ValueError):
    """The text is not a valid expression; the message says where."""


_TOKEN = re.compile(
    r"""
    (?P<space>\s+)
  | (?P<date>@\d{4}-\d{2}-\d{2})
  | (?P<number>\d+(?:\.\d+)?)
  | (?P<string>'[^']*')
  | (?P<op>==|!=|<=|>=|<|>|\+|-|\*|/|\(|\)|\[|\]|,)
  | (?P<name>[A-Za-z_][A-Za-z0-9_.]*)
    """,
    re.VERBOSE,
)

_KEYWORDS = {"and", "or", "not", "in", "true", "false", "null"}


@dataclass(frozen=True)
class _Token:
    kind: str
    text: str
    position: int


def _tokenize(source: str) -> list[_Token]:
    tokens: list[_Token] = []
    position = 0
    while position < len(source):
        match = _TOKEN.match(source, position)
        if match is None:
            raise ExpressionError(f"unexpected character {source[position]!r} at position {position}")
        kind = match.lastgroup or ""
        text = match.group()
        if kind != "space":
            if kind == "name" and text in _KEYWORDS:
                kind = "keyword"
            tokens.append(_Token(kind, text, position))
        position = match.end()
    tokens.append(_Token("end", "", len(source)))
    return tokens


class _Parser:
    def __init__(self, source: str) -> None:
        self.source = source
        self.tokens = _tokenize(source)
        self.index = 0

    @property
    def current(self) -> _Token:
        return self.tokens[self.index]

    def _advance(self) -> _Token:
        token = self.tokens[self.index]
        self.index += 1
        return token

    def _accept(self, text: str) -> bool:
        if self.current.text == text and self.current.kind in {"op", "keyword"}:
            self.index += 1
            return True
        return False

    def _expect(self, text: str) -> None:
        if not self._accept(text):
            raise self._error(f"expected {text!r}")

    def _error(self, problem: str) -> ExpressionError:
        token = self.current
        found = "end of expression" if token.kind == "end" else repr(token.text)
        return ExpressionError(f"{problem} at position {token.position}, found {found}")

    def parse(self) -> Expr:
        expr = self._or()
        if self.current.kind != "end":
            raise self._error("unexpected text")
        return expr

    def _or(self) -> Expr:
        operands = [self._and()]
        while self._accept("or"):
            operands.append(self._and())
        return operands[0] if len(operands) == 1 else Logical("or", tuple(operands))

    def _and(self) -> Expr:
        operands = [self._not()]
        while self._accept("and"):
            operands.append(self._not())
        return operands[0] if len(operands) == 1 else Logical("and", tuple(operands))

    def _not(self) -> Expr:
        if self._accept("not"):
            return Unary("not", self._not())
        return self._compare()

    def _compare(self) -> Expr:
        left = self._sum()
        token = self.current
        if token.kind == "op" and token.text in {"==", "!=", "<", "<=", ">", ">="}:
            self._advance()
            return Binary(token.text, left, self._sum())
        if token.kind == "keyword" and token.text == "in":
            self._advance()
            return Binary("in", left, self._sum())
        if token.kind == "keyword" and token.text == "not" and self.tokens[self.index + 1].text == "in":
            self.index += 2
            return Binary("not in", left, self._sum())
        return left

    def _sum(self) -> Expr:
        left = self._product()
        while self.current.kind == "op" and self.current.text in {"+", "-"}:
            op = self._advance().text
            left = Binary(op, left, self._product())
        return left

    def _product(self) -> Expr:
        left = self._unary()
        while self.current.kind == "op" and self.current.text in {"*", "/"}:
            op = self._advance().text
            left = Binary(op, left, self._unary())
        return left

    def _unary(self) -> Expr:
        if self._accept("-"):
            return Unary("-", self._unary())
        return self._atom()

    def _atom(self) -> Expr:
        token = self.current
        if token.kind == "number":
            self._advance()
            return Const(Decimal(token.text))
        if token.kind == "string":
            self._advance()
            return Const(token.text[1:-1])
        if token.kind == "date":
            self._advance()
            try:
                return Const(date.fromisoformat(token.text[1:]))
            except ValueError as exc:
                raise ExpressionError(f"invalid date {token.text} at position {token.position}") from exc
        if token.kind == "keyword" and token.text in {"true", "false", "null"}:
            self._advance()
            return Const({"true": True, "false": False, "null": None}[token.text])
        if token.kind == "name":
            self._advance()
            if self._accept("("):
                return Call(token.text, self._arguments(")"))
            return Name(token.text)
        if self._accept("("):
            inner = self._or()
            self._expect(")")
            return inner
        if self._accept("["):
            return ListOf(self._arguments("]"))
        raise self._error("expected a value")

    def _arguments(self, closing: str) -> tuple[Expr, ...]:
        args: list[Expr] = []
        if self._accept(closing):
            return ()
        while True:
            args.append(self._or())
            if self._accept(closing):
                return tuple(args)
            self._expect(",")


def parse(source: str) -> Expr:
    """Parse ``source``; raises :class:`ExpressionError` naming the position of the problem."""
    if not source.strip():
        raise ExpressionError("empty expression")
    return _Parser(source).parse()
