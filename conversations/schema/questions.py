"""Questions: what is asked, how the answer is typed and validated."""

from __future__ import annotations

from decimal import Decimal
from enum import StrEnum

from pydantic import Field, model_validator

from conversations.schema.common import Identifier, MessageId, Strict


class QuestionType(StrEnum):
    SINGLE_CHOICE = "single_choice"
    MULTIPLE_CHOICE = "multiple_choice"
    YES_NO_UNKNOWN = "yes_no_unknown"
    INTEGER = "integer"
    NUMBER = "number"
    MONEY = "money"
    DATE = "date"
    CITY = "city"


CHOICE_TYPES = {QuestionType.SINGLE_CHOICE, QuestionType.MULTIPLE_CHOICE, QuestionType.YES_NO_UNKNOWN,
                QuestionType.CITY}
TYPED_TYPES = {QuestionType.INTEGER, QuestionType.NUMBER, QuestionType.MONEY, QuestionType.DATE}

YES_NO_UNKNOWN_KEYS = ("yes", "no", "dont_know")


class Choice(Strict):
    key: Identifier
    text: MessageId
    exclusive: bool = False  # in a multiple choice, selecting it clears the others ("none of these")


class Question(Strict):
    id: Identifier
    type: QuestionType
    text: MessageId
    why: MessageId  # one line: why we ask
    hint: MessageId | None = None  # how to answer a typed question (format examples)
    choices: list[Choice] = Field(default_factory=list)
    minimum: Decimal | None = None
    maximum: Decimal | None = None
    allow_unknown: bool = False  # a "don't know" button on typed questions
    allow_skip: bool = False
    wage_table: Identifier | None = None  # for city questions: the table whose keys are the cities
    unit: str | None = None  # how to show the answer back: cny_per_year, usd, years
    # A whole number of years that grows by one each year (an age, years married): an answer given on one
    # day is worth at least one more on each anniversary of that day, so a later verdict ages it.
    grows_yearly: bool = False

    @model_validator(mode="after")
    def _choices_match_type(self) -> Question:
        if self.type in {QuestionType.SINGLE_CHOICE, QuestionType.MULTIPLE_CHOICE, QuestionType.CITY}:
            if len(self.choices) < 2:
                raise ValueError(f"a {self.type.value} question needs at least two choices")
        elif self.type is QuestionType.YES_NO_UNKNOWN:
            keys = tuple(c.key for c in self.choices)
            if keys and keys != YES_NO_UNKNOWN_KEYS:
                raise ValueError("a yes_no_unknown question has the choices yes, no, dont_know (or none listed)")
        elif self.type is not QuestionType.DATE and self.choices:
            raise ValueError(f"a {self.type.value} question takes no choices")
        all_keys = [c.key for c in self.choices]
        if len(set(all_keys)) != len(all_keys):
            raise ValueError("choice keys must be unique")
        if self.type is QuestionType.CITY:
            if self.wage_table is None:
                raise ValueError("a city question names its wage_table")
            if "other" not in all_keys:
                raise ValueError("a city question has an 'other' choice")
        if self.grows_yearly and self.type is not QuestionType.INTEGER:
            raise ValueError("grows_yearly is only for integer questions (a whole number of years)")
        if self.minimum is not None and self.maximum is not None and self.minimum > self.maximum:
            raise ValueError("minimum is above maximum")
        return self

    @property
    def choice_keys(self) -> tuple[str, ...]:
        return tuple(c.key for c in self.choices)


class FlowStep(Strict):
    question: Identifier
    ask_if: str | None = None  # an expression over earlier answers


class Flow(Strict):
    id: Identifier
    version: str
    steps: list[FlowStep] = Field(min_length=1)


class DerivedValue(Strict):
    expr: str
    unit: str | None = None
    text: MessageId | None = None  # how to name it to a user, when shown
