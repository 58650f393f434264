"""What the engine answers: a question to ask, an error, or the verdict. No UI types here."""

from __future__ import annotations

from decimal import Decimal
from typing import Literal

from pydantic import BaseModel, ConfigDict

from conversations.schema.questions import QuestionType
from conversations.session import Answer, Session
from conversations.verdict import Verdict


class _Output(BaseModel):
    model_config = ConfigDict(frozen=True)


class ChoiceShown(_Output):
    key: str
    text: str  # message id
    selected: bool = False


class Ask(_Output):
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


class Invalid(_Output):
    """The input was not accepted; the session is unchanged."""

    kind: Literal["invalid"] = "invalid"
    error: str  # message id
    params: dict[str, str | int | Decimal]
    ask: Ask | None  # the question still waiting, if any


class Finished(_Output):
    kind: Literal["finished"] = "finished"
    verdict: Verdict


Output = Ask | Invalid | Finished


class StepResult(_Output):
    session: Session
    output: Output
    changed: bool  # False when the session is exactly as before (nothing to save)
