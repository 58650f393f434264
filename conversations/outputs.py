"""What the engine answers: a question to ask, an error, or the verdict. No UI types here."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import Literal

from conversations.schema.questions import QuestionType
from conversations.session import Answer, Session
from conversations.verdict import Verdict


@dataclass(frozen=True, kw_only=True)
class ChoiceShown:
    key: str
    text: str  # message id
    selected: bool = False


@dataclass(frozen=True, kw_only=True)
class Ask:
    kind: Literal["ask"] = "ask"
    question: str
    type: QuestionType
    text: str  # message id
    why: str  # message id
    hint: str | None
    choices: list[ChoiceShown]
    minimum: Decimal | None
    maximum: Decimal | None
    allow_unknown: bool
    allow_skip: bool
    allow_back: bool
    number: int  # 1 for the first question asked
    previous: Answer | None  # the current answer, when the question is re-opened
    unit: str | None


@dataclass(frozen=True, kw_only=True)
class Invalid:
    """The input was not accepted; the session is unchanged."""

    kind: Literal["invalid"] = "invalid"
    error: str  # message id
    params: Mapping[str, str | int | Decimal]
    ask: Ask | None  # the question still waiting, if any


@dataclass(frozen=True, kw_only=True)
class Finished:
    kind: Literal["finished"] = "finished"
    verdict: Verdict


Output = Ask | Invalid | Finished


@dataclass(frozen=True, kw_only=True)
class StepResult:
    session: Session
    output: Output
    changed: bool  # False when the session is exactly as before (nothing to save)
