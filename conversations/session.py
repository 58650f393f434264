"""A person's interview: answers keyed by question id, the language, the evaluation date.

Only answers are stored; which question comes next is derived by replaying the flow over them,
so changing an earlier answer keeps every later answer that still applies.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, SerializerFunctionWrapHandler, model_serializer

SESSION_SCHEMA = 1


class Answer(BaseModel):
    model_config = ConfigDict(frozen=True)

    # A choice key, a list of keys, a whole number (money in yuan, years, age), a decimal as text,
    # or an ISO date ("2021", "2021-03", "2021-03-11"). None when unknown or skipped.
    value: str | int | list[str] | None = None
    unknown: bool = False  # the person said "don't know"
    skipped: bool = False
    # The day the answer was given (the evaluation date then), kept only for a number that grows by one
    # each year (an age): a later verdict counts the years since. Absent from answers that do not grow.
    on: date | None = None

    @model_serializer(mode="wrap")
    def _without_unset_day(self, handler: SerializerFunctionWrapHandler) -> Any:
        # Sessions are stored: answers without a day serialize exactly as before the field existed.
        data = handler(self)
        if self.on is None and isinstance(data, dict):
            data.pop("on", None)
        return data


class Session(BaseModel):
    model_config = ConfigDict(frozen=True)

    schema_version: int = SESSION_SCHEMA
    language: str = "en"
    as_of: date | None = None  # None: evaluate as of today
    answers: dict[str, Answer] = Field(default_factory=dict)
    focus: str | None = None  # a question re-opened by "back" or "change answer"
    drafts: dict[str, list[str]] = Field(default_factory=dict)  # multiple-choice selections not yet confirmed
    source: str | None = None  # where the person came from (a deep-link tag), never personal

    def evaluation_date(self, today: date) -> date:
        return self.as_of or today
