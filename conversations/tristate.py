"""Three-valued (Kleene) logic for answers a person may not know.

A "don't know" answer, or a question that was skipped, must not count as a failure: a rule that
depends on it is *unknown*, and the verdict becomes "eligible if confirmed". Kleene's strong logic
gives exactly that: ``False and UNKNOWN`` is ``False`` (the rule fails whatever the answer), while
``True and UNKNOWN`` stays ``UNKNOWN``.
"""

from __future__ import annotations

from enum import Enum
from typing import Final


class _Unknown(Enum):
    UNKNOWN = "unknown"

    def __repr__(self) -> str:
        return "UNKNOWN"

    def __bool__(self) -> bool:
        raise TypeError("UNKNOWN has no truth value; use the Kleene helpers")


UNKNOWN: Final = _Unknown.UNKNOWN
UnknownType = _Unknown

Tri = bool | _Unknown


def kleene_and(values: list[Tri]) -> Tri:
    if any(v is False for v in values):
        return False
    if any(v is UNKNOWN for v in values):
        return UNKNOWN
    return True


def kleene_or(values: list[Tri]) -> Tri:
    if any(v is True for v in values):
        return True
    if any(v is UNKNOWN for v in values):
        return UNKNOWN
    return False


def kleene_not(value: Tri) -> Tri:
    if value is UNKNOWN:
        return UNKNOWN
    return not value
