"""What a person did, as the conversation service sees it: no Telegram types."""

from __future__ import annotations

from dataclasses import dataclass

from bot.callback_data import ButtonAction


@dataclass(frozen=True)
class Person:
    user_id: int
    first_name: str | None = None
    language_code: str | None = None  # Telegram's IETF tag, may be absent


@dataclass(frozen=True)
class Command:
    name: str  # start, help, language, back, restart, answers, verdict, mydata, forget, privacy
    payload: str | None = None  # /start deep-link payload


@dataclass(frozen=True)
class Text:
    text: str


@dataclass(frozen=True)
class Press:
    action: ButtonAction | None  # None: forged or out-of-date data we cannot read
    message_id: int | None = None  # the message the button was on


@dataclass(frozen=True)
class Unsupported:
    """A sticker, photo, voice note...: nothing we can read as an answer."""


@dataclass(frozen=True)
class Edited:
    """A message edited after the fact: answers are never changed behind the person's back."""


Request = Command | Text | Press | Unsupported | Edited
