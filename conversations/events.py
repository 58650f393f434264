"""What can happen to an interview: answers and commands, independent of any chat platform."""

from __future__ import annotations

from datetime import date
from typing import Literal

from pydantic import BaseModel, ConfigDict


class _Event(BaseModel):
    model_config = ConfigDict(frozen=True)


class Start(_Event):
    """Begin, or resume where the person left off."""

    kind: Literal["start"] = "start"


class TypeAnswer(_Event):
    """Free text for the current question (numbers, money, dates)."""

    kind: Literal["type"] = "type"
    text: str


class Choose(_Event):
    """A button of a single-choice or yes/no question, or a preset button of a typed question."""

    kind: Literal["choose"] = "choose"
    question: str
    choice: str


class Toggle(_Event):
    """Select or deselect an option of a multiple-choice question."""

    kind: Literal["toggle"] = "toggle"
    question: str
    choice: str


class Confirm(_Event):
    """Done with a multiple-choice question."""

    kind: Literal["confirm"] = "confirm"
    question: str


class DontKnow(_Event):
    kind: Literal["dont_know"] = "dont_know"
    question: str


class Skip(_Event):
    kind: Literal["skip"] = "skip"
    question: str


class Back(_Event):
    kind: Literal["back"] = "back"


class ChangeAnswer(_Event):
    kind: Literal["change"] = "change"
    question: str


class Restart(_Event):
    kind: Literal["restart"] = "restart"


class SetLanguage(_Event):
    kind: Literal["language"] = "language"
    language: str


class SetEvaluationDate(_Event):
    kind: Literal["as_of"] = "as_of"
    as_of: date | None


class ShowVerdict(_Event):
    kind: Literal["verdict"] = "verdict"


Event = (Start | TypeAnswer | Choose | Toggle | Confirm | DontKnow | Skip | Back | ChangeAnswer | Restart
         | SetLanguage | SetEvaluationDate | ShowVerdict)
