"""Plain numbers and integers, with the separators people actually type.

Separator rules (shared by :func:`parse_number`, :func:`parse_integer` and ``parse_money``):

* A space (any Unicode space) and the Arabic thousands separator ٬ only ever group thousands;
  the Arabic decimal separator ٫ only ever marks decimals.
* A dot may always be a decimal point, in every language. A comma may be a decimal comma only when
  the locale's decimal symbol (from Babel) is a comma (ru, es, fr, de, pt); elsewhere "1,5" is
  rejected as not a number.
* A single "." or "," followed by exactly three digits, after a group of one to three digits not
  starting with 0, groups thousands in every locale: "1.234" and "1,234" are 1234 everywhere
  (and so "3.125" is 3125, not three and an eighth). "0.500" and "1234.567" have no such reading
  and are decimals (if that separator may be decimal).
* A separator that occurs more than once groups thousands ("1.234.567", "1,234,567"); when two
  different separators occur, the last one is the decimal mark ("1,234.5", "1.234,5" in de,
  "1 234,5" in ru) and the others must all be the same.
* Grouped numbers have a first group of one to three digits and then groups of exactly three, or
  are grouped the Indian way (lakh and crore, as Hindi and Urdu speakers write): a first group of one
  or two digits, groups of two, and a last group of three ("5,65,548", "1,00,00,000"). The two
  readings never clash: a number with a group of two is not grouped by thousands.

Numbers may carry a sign ("+", "-", "−") and a trailing unit word for years ("42 years", "42 лет",
"42岁", ...; see :data:`YEAR_UNIT_WORDS`). Results are exact :class:`~decimal.Decimal` values.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from decimal import Context, Decimal, Inexact, InvalidOperation, Overflow
from functools import lru_cache
from typing import Final

from babel.numbers import get_decimal_symbol, get_group_symbol

from .digits import (
    ARABIC_DECIMAL_SEPARATOR,
    ARABIC_THOUSANDS_SEPARATOR,
    babel_locale_id,
    normalise_numerals,
    prepare_input,
)
from .errors import ERROR_NOT_A_NUMBER, ERROR_NUMBER_NOT_WHOLE, AnswerError

EXACT: Final = Context(prec=400, traps=[InvalidOperation, Overflow, Inexact])
"""Decimal context for the few multiplications done here: wide enough for any 100-character
input, and trapping rather than ever rounding."""

YEAR_UNIT_WORDS: Final[tuple[str, ...]] = (
    # Input vocabulary (case-folded), not output text: words people put after an age or a number
    # of years. Matched at the end of the answer, longest first.
    # en
    "years old", "year old", "years", "year", "yrs", "yr", "y.o.", "y",
    # ru
    "лет", "года", "год", "г.", "г",
    # zh-Hans (and traditional forms people also type)
    "周岁", "週歲", "岁", "歲", "年",
    # ko
    "세", "살", "년",
    # ja
    "歳", "才",
    # fr
    "années", "année", "ans", "an",
    # de
    "jahre alt", "jahren", "jahre", "jahr", "j.",
    # es
    "años de edad", "años", "año",
    # pt
    "anos de idade", "anos", "ano",
    # ar
    "سنوات", "سنين", "سنة", "أعوام", "عامًا", "عاما", "عام",
    # vi
    "tuổi", "năm",
    # th
    "ปี", "ขวบ",
    # id
    "tahun", "thn",
    # hi
    "वर्ष", "साल", "बरस",
    # ur
    "سال", "برس",
)  # fmt: skip

_UNITS_LONGEST_FIRST: Final = tuple(sorted({unicodedata.normalize("NFC", w) for w in YEAR_UNIT_WORDS},
                                          key=len, reverse=True))

_PLAIN: Final = re.compile(r"[0-9]+(?:[^0-9][0-9]+)*")
_SPLIT: Final = re.compile(r"([^0-9])")


@dataclass(frozen=True)
class Separators:
    """Which characters (after normalisation) may mark decimals and which may group thousands."""

    decimal: frozenset[str]
    group: frozenset[str]


@lru_cache(maxsize=32)
def separators(language: str) -> Separators:
    """Separators for a language: the locale's own (from Babel) plus the universal ones."""
    locale_id = babel_locale_id(language)
    decimal = {".", ARABIC_DECIMAL_SEPARATOR}
    group = {" ", ",", ".", ARABIC_THOUSANDS_SEPARATOR}
    locale_decimal = normalise_numerals(get_decimal_symbol(locale_id))
    locale_group = normalise_numerals(get_group_symbol(locale_id))
    if len(locale_decimal) == 1 and not locale_decimal.isdigit():
        decimal.add(locale_decimal)
    if len(locale_group) == 1 and not locale_group.isdigit() and locale_group not in decimal:
        group.add(locale_group)
    return Separators(decimal=frozenset(decimal), group=frozenset(group))


def not_a_number() -> AnswerError:
    return AnswerError(ERROR_NOT_A_NUMBER)


def _last_mark_is_decimal(groups: list[str], marks: list[str], seps: Separators) -> bool:
    last = marks[-1]
    if last == ARABIC_DECIMAL_SEPARATOR:
        return True
    if last not in seps.decimal:
        return False
    if marks.count(last) > 1:
        return False
    if len(set(marks)) > 1:
        return True
    first, tail = groups[0], groups[-1]
    could_group = len(tail) == 3 and 1 <= len(first) <= 3 and not first.startswith("0")
    return not could_group


def parse_plain(body: str, seps: Separators) -> Decimal:
    """Read unsigned digits with separators (rules in the module docstring) as an exact Decimal.

    ``body`` must already be normalised; anything but digits and single separators between digits
    raises ``error-not-a-number``.
    """
    if not _PLAIN.fullmatch(body):
        raise not_a_number()
    parts = _SPLIT.split(body)
    groups, marks = parts[0::2], parts[1::2]
    if not marks:
        return Decimal(body)
    if any(mark not in seps.decimal and mark not in seps.group for mark in marks):
        raise not_a_number()
    if _last_mark_is_decimal(groups, marks, seps):
        int_groups, group_marks, fraction = groups[:-1], marks[:-1], groups[-1]
    else:
        int_groups, group_marks, fraction = groups, marks, ""
    if group_marks:
        mark = group_marks[0]
        if any(other != mark for other in group_marks) or mark not in seps.group:
            raise not_a_number()
        if not (_thousands(int_groups) or _lakh(int_groups)):
            raise not_a_number()
    integer = "".join(int_groups)
    return Decimal(f"{integer}.{fraction}" if fraction else integer)


def _thousands(groups: list[str]) -> bool:
    first = groups[0]
    return 1 <= len(first) <= 3 and not first.startswith("0") and all(len(g) == 3 for g in groups[1:])


def _lakh(groups: list[str]) -> bool:
    """Indian grouping: "5,65,548" (lakh), "1,00,00,000" (crore); at least one group of two."""
    first, middle, last = groups[0], groups[1:-1], groups[-1]
    return (len(groups) >= 3 and 1 <= len(first) <= 2 and not first.startswith("0")
            and all(len(g) == 2 for g in middle) and len(last) == 3)


def take_sign(text: str) -> tuple[int | None, str]:
    """Split a leading "+" or "-" off ``text``: (1, rest), (-1, rest) or (None, text)."""
    if text[:1] in ("+", "-"):
        return (1 if text[0] == "+" else -1), text[1:].lstrip()
    return None, text


def signed(sign: int | None, value: Decimal) -> Decimal:
    """Apply a sign (exactly, whatever the context), never producing a negative zero."""
    if value == 0:
        return Decimal(0)
    return value.copy_negate() if sign == -1 else value


def _strip_year_unit(text: str) -> str:
    for unit in _UNITS_LONGEST_FIRST:
        if text.endswith(unit):
            rest = text[: -len(unit)].rstrip()
            if rest[-1:].isdigit():
                return rest
    return text


def parse_number(text: str, *, language: str) -> Decimal:
    """Read a number such as years of experience: "3.5", "3,5" (de), "３", "-2", "42 years".

    A decimal may use the locale's decimal symbol or a dot; separators follow the module rules.
    One trailing unit word for years is accepted (:data:`YEAR_UNIT_WORDS`). Raises
    :class:`AnswerError` (``error-empty``, ``error-text-too-long``, ``error-not-a-number``).
    """
    prepared = prepare_input(text)
    sign, body = take_sign(_strip_year_unit(prepared))
    return signed(sign, parse_plain(body, separators(language)))


def parse_integer(text: str, *, language: str) -> int:
    """Read a whole number: "42", "４２", "٤٢", "1,234", "-3", "42 years"; "42.0" is 42.

    Accepts what :func:`parse_number` accepts; a non-zero fractional part raises
    ``error-number-not-whole``.
    """
    value = parse_number(text, language=language)
    if value != value.to_integral_value():
        raise AnswerError(ERROR_NUMBER_NOT_WHOLE)
    return int(value)
