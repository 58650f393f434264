"""Bot API errors as the fake server answers them, with Telegram's own wording."""

from __future__ import annotations

from typing import Any


class ApiError(Exception):
    """A Bot API method failed; becomes ``{"ok": false, "error_code": ..., "description": ...}``."""

    def __init__(self, error_code: int, description: str, *, retry_after: int | None = None) -> None:
        super().__init__(description)
        self.error_code = error_code
        self.description = description
        self.retry_after = retry_after

    def payload(self) -> dict[str, Any]:
        body: dict[str, Any] = {"ok": False, "error_code": self.error_code, "description": self.description}
        if self.retry_after is not None:
            body["parameters"] = {"retry_after": self.retry_after}
        return body


def bad_request(reason: str) -> ApiError:
    """A 400 answer: ``Bad Request: <reason>``."""
    return ApiError(400, f"Bad Request: {reason}")


def forbidden(reason: str) -> ApiError:
    """A 403 answer: ``Forbidden: <reason>``."""
    return ApiError(403, f"Forbidden: {reason}")


def conflict(reason: str) -> ApiError:
    """A 409 answer: ``Conflict: <reason>``."""
    return ApiError(409, f"Conflict: {reason}")


def too_many_requests(retry_after: int) -> ApiError:
    """A 429 answer carrying ``parameters.retry_after``."""
    return ApiError(429, f"Too Many Requests: retry after {retry_after}", retry_after=retry_after)


def not_found() -> ApiError:
    """Unknown method or malformed token."""
    return ApiError(404, "Not Found")


def unauthorized() -> ApiError:
    """Well-formed but unknown token."""
    return ApiError(401, "Unauthorized")


def default_description(error_code: int, retry_after: int) -> str:
    """The description an injected failure carries when the test gives none."""
    return {
        400: "Bad Request: injected failure",
        401: "Unauthorized",
        403: "Forbidden: bot was blocked by the user",
        404: "Not Found",
        409: f"Conflict: {GET_UPDATES_CONFLICT}",
        429: f"Too Many Requests: retry after {retry_after}",
        500: "Internal Server Error",
        502: "Bad Gateway",
    }.get(error_code, f"Error {error_code}")


# Wordings shared by several methods.
CHAT_NOT_FOUND = "chat not found"
MESSAGE_TEXT_EMPTY = "message text is empty"
MESSAGE_TOO_LONG = "message is too long"
CAPTION_TOO_LONG = "message caption is too long"
MESSAGE_NOT_MODIFIED = (
    "message is not modified: specified new message content and reply markup are exactly the same "
    "as a current content and reply markup of the message"
)
QUERY_ID_INVALID = "query is too old and response timeout expired or query ID is invalid"
GET_UPDATES_CONFLICT = "terminated by other getUpdates request; make sure that only one bot instance is running"
WEBHOOK_ACTIVE = "can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first"
TERMINATED_BY_SET_WEBHOOK = "terminated by setWebhook request"
