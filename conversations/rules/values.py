"""Turning stored answers into expression values."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from conversations.expressions.evaluate import Value, whole_years
from conversations.schema.questions import Question, QuestionType
from conversations.session import Answer
from conversations.tristate import UNKNOWN

DONT_KNOW = "dont_know"  # a choice with this key means "I don't know" in every question type


def answer_value(question: Question, answer: Answer) -> Value:
    """The value an expression sees; UNKNOWN for "don't know" and skipped answers."""
    raw = answer.value
    if answer.unknown or answer.skipped or raw is None:
        return UNKNOWN
    match question.type:
        case QuestionType.MULTIPLE_CHOICE:
            return tuple(raw) if isinstance(raw, list) else UNKNOWN
        case QuestionType.YES_NO_UNKNOWN:
            return UNKNOWN if raw == DONT_KNOW else str(raw)
        case QuestionType.SINGLE_CHOICE | QuestionType.CITY:
            return UNKNOWN if raw == DONT_KNOW else str(raw)
        case QuestionType.INTEGER | QuestionType.MONEY:
            return Decimal(raw) if isinstance(raw, int) else UNKNOWN
        case QuestionType.NUMBER:
            return Decimal(str(raw))
        case QuestionType.DATE:
            if isinstance(raw, str) and raw in question.choice_keys:
                return raw
            return date_from_iso(str(raw))
    raise AssertionError(question.type)


def years_since_given(question: Question, answer: Answer, as_of: date) -> int:
    """What an answer that grows by one a year has gained by ``as_of``: the whole years since the day it
    was given (17 on 1 March 2026 is at least 18 on 1 March 2027); nothing for an earlier date (the answer
    says nothing about the years before it), for an answer without its day, or one that does not grow."""
    if not question.grows_yearly or answer.on is None:
        return 0
    return whole_years(answer.on, as_of)


def date_from_iso(text: str) -> date:
    """'2021' -> 2021-01-01, '2021-03' -> 2021-03-01, '2021-03-11' -> itself."""
    parts = [int(p) for p in text.split("-")]
    while len(parts) < 3:
        parts.append(1)
    return date(parts[0], parts[1], parts[2])
