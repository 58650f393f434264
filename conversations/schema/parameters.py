"""Dated parameters in the shape rules-as-code projects use (values keyed by the date they apply from)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from enum import StrEnum

from pydantic import Field, field_validator

from conversations.schema.common import Confidence, Identifier, Strict


class Unit(StrEnum):
    CNY_PER_YEAR = "cny_per_year"
    CNY = "cny"
    USD = "usd"
    MULTIPLIER = "multiplier"
    RATIO = "ratio"
    YEARS = "years"
    MONTHS = "months"
    DAYS = "days"
    POINTS = "points"


class ParameterValue(Strict):
    # ``None`` ends the parameter: from that date on it has no value (OpenFisca's convention).
    value: Decimal | None
    sources: list[Identifier] = Field(min_length=1)
    reference_year: int | None = None  # for wages: the year the average was measured
    series: Identifier | None = None  # for wages: which statistical series
    # The last day the figure is current: after it the next one is due (a year's average wage is
    # replaced every year), so a verdict that still uses it says it must be confirmed.
    valid_until: date | None = None
    # A published figure in a series the deciding office is not known to use (a city's statistics
    # bureau average where its work-permit base is unpublished): shown as a guide, it never decides.
    reference_only: bool = False
    # For a reference-only wage: the lowest average the same bulletin publishes (private units). Every
    # series an office might use (all units, non-private, in-post) lies at or above it, so a salary short
    # of the multiple of this floor is short of the real bar too, whatever the series.
    floor: Decimal | None = None
    confidence: Confidence | None = None  # when it differs from the source's own
    note: str | None = None  # for editors; never shown to users

    def stale_on(self, when: date) -> bool:
        return self.valid_until is not None and when > self.valid_until


class Parameter(Strict):
    description: str  # for editors; never shown to users
    unit: Unit
    last_verified: date
    values: dict[date, ParameterValue] = Field(min_length=1)

    @field_validator("values")
    @classmethod
    def _sorted(cls, values: dict[date, ParameterValue]) -> dict[date, ParameterValue]:
        return dict(sorted(values.items()))

    def at(self, when: date) -> tuple[date, ParameterValue] | None:
        """The value in force on ``when``, with the date it took effect; None before the first date."""
        found: tuple[date, ParameterValue] | None = None
        for effective, value in self.values.items():
            if effective > when:
                break
            found = (effective, value)
        if found is None or found[1].value is None:
            return None
        return found
