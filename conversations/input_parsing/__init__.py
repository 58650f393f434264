"""Turning what a person types into typed values: numbers, integers, yuan amounts and dates.

Pure functions, no I/O. Every parser takes the raw text and the interview language (one of en,
zh-Hans, ru, es, fr, de, pt, ar, ko, ja, vi, th, id, hi, ur; other codes follow
their Babel locale, or en) and either returns a value
or raises :class:`AnswerError` carrying a Fluent message id for the caller to show.
"""

from .dates import PartialDate, parse_date
from .digits import MAX_INPUT_LENGTH, normalise_numerals
from .errors import AnswerError
from .money import parse_money
from .numbers import parse_integer, parse_number

__all__ = [
    "MAX_INPUT_LENGTH",
    "AnswerError",
    "PartialDate",
    "normalise_numerals",
    "parse_date",
    "parse_integer",
    "parse_money",
    "parse_number",
]
