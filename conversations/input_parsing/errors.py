"""The one error type of input parsing: which Fluent message tells the person what went wrong.

The parsers never produce text for people. They raise :class:`AnswerError` carrying the id of a
Fluent message (and the values that message needs); the caller renders it in the person's
language and asks the question again.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final

ERROR_EMPTY: Final = "error-empty"
"""Nothing but whitespace (or invisible formatting characters) was typed."""

ERROR_NOT_A_NUMBER: Final = "error-not-a-number"
"""The text is not a number (or amount) this module can read unambiguously."""

ERROR_NUMBER_NOT_WHOLE: Final = "error-number-not-whole"
"""A whole number was expected and the text has a non-zero fractional part."""

ERROR_TEXT_TOO_LONG: Final = "error-text-too-long"
"""The text is longer than ``MAX_INPUT_LENGTH``; params: ``max`` (the limit, an int)."""

ERROR_DATE_INVALID: Final = "error-date-invalid"
"""The text is shaped like a date but names no real day/month, or the year is out of range."""

ERROR_DATE_FORMAT: Final = "error-date-format"
"""The text is not recognisable as a date at all."""


class AnswerError(ValueError):
    """Raised when the text cannot be read as the expected kind of value.

    ``message_id`` is a Fluent message id such as ``"error-not-a-number"``; ``params`` holds the
    values that message needs (often none).
    """

    message_id: str
    params: dict[str, str | int]

    def __init__(self, message_id: str, params: Mapping[str, str | int] | None = None) -> None:
        super().__init__(message_id)
        self.message_id = message_id
        self.params = dict(params) if params is not None else {}

    def __repr__(self) -> str:
        return f"AnswerError({self.message_id!r}, {self.params!r})"
