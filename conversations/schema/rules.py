"""Routes (a permit, a visa, a residence route), their criteria, points tables and next steps."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from enum import StrEnum
from typing import Annotated, Literal

from pydantic import Field, model_validator

from conversations.schema.common import Confidence, Identifier, MessageId, Strict


class Family(StrEnum):
    WORK_PERMIT = "work_permit"
    VISA = "visa"
    PERMANENT_RESIDENCE = "permanent_residence"


class Comparison(StrEnum):
    AT_LEAST = ">="
    MORE_THAN = ">"
    AT_MOST = "<="
    LESS_THAN = "<"


class _CriterionBase(Strict):
    id: Identifier
    text: MessageId
    sources: list[Identifier] = Field(min_length=1)
    effective: date  # the date the rule took effect
    confidence: Confidence
    hint: MessageId | None = None  # what would change a failed criterion
    note: MessageId | None = None  # a caveat shown with the criterion (e.g. two readings of a rule)


class ConditionCriterion(_CriterionBase):
    """Met when an expression over answers is true (unknown answers make it unknown)."""

    kind: Literal["condition"]
    met_if: str


class CompareCriterion(_CriterionBase):
    """A value against a threshold; a failed one says by how much."""

    kind: Literal["compare"]
    value: str  # expression
    op: Comparison
    threshold: str  # expression
    unit: str


class DurationCriterion(_CriterionBase):
    """Enough whole years since a date answer; a failed one says when it will be reached."""

    kind: Literal["duration"]
    since: Identifier  # a date question
    years: int = Field(ge=1, le=50)
    hint_not_started: MessageId | None = None  # the hint when the answer is a preset such as "not yet"


class PointsCriterion(_CriterionBase):
    """A points total against a pass mark, with the breakdown."""

    kind: Literal["points"]
    table: Identifier
    minimum: int


Criterion = Annotated[
    ConditionCriterion | CompareCriterion | DurationCriterion | PointsCriterion, Field(discriminator="kind")
]


class AllOf(Strict):
    all_of: list[Identifier | AllOf | AnyOf] = Field(min_length=1)


class AnyOf(Strict):
    any_of: list[Identifier | AllOf | AnyOf] = Field(min_length=1)


Combination = AllOf | AnyOf


class Route(Strict):
    id: Identifier
    family: Family
    title: MessageId
    summary: MessageId  # one line: what the route gives
    in_force_from: date
    in_force_until: date | None = None
    applies_if: str | None = None  # when false the route is not relevant to this person
    criteria: list[Criterion] = Field(min_length=1)
    eligible_if: Combination
    next_steps: list[Identifier] = Field(default_factory=list)
    order: int = 0  # display order within its family
    # A screen applies exactly when its criteria hold (e.g. "you are a Chinese citizen"): it is shown as
    # the answer for those people and is never "not eligible", so the content check expects no such outcome.
    screen: bool = False

    @model_validator(mode="after")
    def _ids(self) -> Route:
        ids = [c.id for c in self.criteria]
        if len(set(ids)) != len(ids):
            raise ValueError("criterion ids must be unique within a route")
        missing = sorted(_leaves(self.eligible_if) - set(ids))
        if missing:
            raise ValueError(f"eligible_if names unknown criteria: {', '.join(missing)}")
        unused = sorted(set(ids) - _leaves(self.eligible_if))
        if unused:
            raise ValueError(f"criteria not used in eligible_if: {', '.join(unused)}")
        return self


def _leaves(node: Identifier | AllOf | AnyOf) -> set[str]:
    if isinstance(node, str):
        return {node}
    items = node.all_of if isinstance(node, AllOf) else node.any_of
    return set().union(*(_leaves(i) for i in items))


class Band(Strict):
    minimum: Decimal  # the band applies from this value up to the next band's minimum
    points: int


class PointsFactor(Strict):
    id: Identifier
    text: MessageId
    maximum: int
    value: str | None = None  # expression whose value selects a band or a mapped key
    bands: list[Band] = Field(default_factory=list)
    mapping: dict[str, int] = Field(default_factory=dict)
    points: str | None = None  # expression giving the points directly
    improve: MessageId | None = None  # how a person could gain points here

    @model_validator(mode="after")
    def _one_way(self) -> PointsFactor:
        ways = sum([bool(self.bands), bool(self.mapping), self.points is not None])
        if ways != 1:
            raise ValueError("a factor has exactly one of bands, mapping or points")
        if (self.bands or self.mapping) and self.value is None:
            raise ValueError("bands and mapping need a value expression")
        if self.bands and [b.minimum for b in self.bands] != sorted(b.minimum for b in self.bands):
            raise ValueError("bands are listed from the lowest minimum up")
        return self


class PointsTable(Strict):
    id: Identifier
    title: MessageId
    sources: list[Identifier] = Field(min_length=1)
    effective: date
    confidence: Confidence
    factors: list[PointsFactor] = Field(min_length=1)


class Document(Strict):
    text: MessageId
    valid_months: int | None = None  # issued no longer ago than this when submitted


class NextStep(Strict):
    text: MessageId
    params: dict[str, Decimal | str] = Field(default_factory=dict)
    documents: list[Identifier] = Field(default_factory=list)
    sources: list[Identifier] = Field(default_factory=list)
