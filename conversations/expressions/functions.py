"""The functions an expression may call, with their arity.

Pure functions are computed here. Content functions (``param``, ``points``, ``eligible``) need the
loaded rules and the evaluation date, so the evaluation context answers them; the loader checks that
their first argument names something that exists.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Signature:
    min_args: int
    max_args: int
    doc: str


PURE_FUNCTIONS: dict[str, Signature] = {
    "known": Signature(1, 1, "true when the value is known (answered, not 'don't know')"),
    "coalesce": Signature(1, 8, "the first known value"),
    "if": Signature(3, 3, "if(condition, then, else)"),
    "min": Signature(1, 8, "the smallest number"),
    "max": Signature(1, 8, "the largest number"),
    "years_between": Signature(2, 2, "whole years from the first date to the second"),
    "add_years": Signature(2, 2, "the date a number of whole years later"),
    "year": Signature(1, 1, "the calendar year of a date"),
}

CONTENT_FUNCTIONS: dict[str, Signature] = {
    "param": Signature(1, 2, "param('id') or param('table', key): a dated parameter's value as of the date"),
    # A past year's bar needs that year's figure, whatever the evaluation date: the figure measured in it.
    "param_of_year": Signature(3, 3, "param_of_year('table', key, year): the figure whose reference year is year"),
    "points": Signature(1, 1, "points('table'): the points total of a points table"),
    "eligible": Signature(1, 1, "eligible('route'): true, false or unknown"),
}

ALL_FUNCTIONS: dict[str, Signature] = {**PURE_FUNCTIONS, **CONTENT_FUNCTIONS}
