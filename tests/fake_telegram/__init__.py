"""A fake Telegram Bot API server for end-to-end tests of the bot.

``FakeTelegramServer`` listens on 127.0.0.1, answers the Bot API methods the bot uses with
Telegram's behaviour and error wording, and lets tests act as users (``user_sends_text``,
``user_presses_button``, ...) and watch the bot (``next_message``, ``wait_for``, ...).
"""

from .errors import ApiError
from .formatting import FormattedText, parse_formatted
from .limits import Button
from .observe import ChatLike, FakeTelegramTimeout, Mark, RecordedRequest
from .params import UploadedFile
from .ratelimit import RateLimits
from .server import DEFAULT_TOKEN, FakeTelegramServer
from .state import (
    CallbackAnswer,
    ChatActionRecord,
    FakeChat,
    FakeUser,
    MemberState,
    StoredFile,
    StoredMessage,
)
from .updates import WebhookConfig

__all__ = [
    "DEFAULT_TOKEN",
    "ApiError",
    "Button",
    "CallbackAnswer",
    "ChatActionRecord",
    "ChatLike",
    "FakeChat",
    "FakeTelegramServer",
    "FakeTelegramTimeout",
    "FakeUser",
    "FormattedText",
    "Mark",
    "MemberState",
    "RateLimits",
    "RecordedRequest",
    "StoredFile",
    "StoredMessage",
    "UploadedFile",
    "WebhookConfig",
    "parse_formatted",
]
