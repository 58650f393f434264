"""What the service asks the chat adapter to do, in order."""

from __future__ import annotations

from dataclasses import dataclass

from bot.rendering.messages import Outgoing


@dataclass(frozen=True)
class Send:
    message: Outgoing
    question_id: str | None = None  # set when the message asks a question (its id is remembered)


@dataclass(frozen=True)
class EditPressed:
    """Replace the message whose button was pressed (e.g. toggled choices)."""

    message: Outgoing


@dataclass(frozen=True)
class CloseQuestion:
    """Edit the last question message: show the answer (or the plain question) and remove its buttons."""

    message_id: int
    message: Outgoing


@dataclass(frozen=True)
class Notify:
    """The short answer to a button press (a toast, or an alert)."""

    text: str
    alert: bool = False


@dataclass(frozen=True)
class SendFile:
    filename: str
    data: bytes
    caption: str


Effect = Send | EditPressed | CloseQuestion | Notify | SendFile
