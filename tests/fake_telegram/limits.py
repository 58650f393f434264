"""Telegram's validation rules for what a bot sends: lengths, keyboards, commands, webhook secrets."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from .errors import CAPTION_TOO_LONG, MESSAGE_TEXT_EMPTY, MESSAGE_TOO_LONG, bad_request
from .formatting import looks_like_url

MAX_MESSAGE_LENGTH = 4096
MAX_CAPTION_LENGTH = 1024
MAX_CALLBACK_DATA_BYTES = 64
MAX_INLINE_BUTTONS = 100
MAX_CALLBACK_ANSWER_LENGTH = 200
MAX_COMMANDS = 100
MAX_COMMAND_LENGTH = 32
MAX_COMMAND_DESCRIPTION_LENGTH = 256
MAX_DESCRIPTION_LENGTH = 512
MAX_SHORT_DESCRIPTION_LENGTH = 120
MAX_NAME_LENGTH = 64
MAX_SECRET_TOKEN_LENGTH = 256

_COMMAND_RE = re.compile(r"^[a-z0-9_]+$")
_SECRET_RE = re.compile(r"^[A-Za-z0-9_-]+$")
_LANGUAGE_RE = re.compile(r"^[a-z]{2}$")

CHAT_ACTIONS = frozenset(
    {
        "typing", "upload_photo", "record_video", "upload_video", "record_voice", "upload_voice",
        "upload_document", "choose_sticker", "find_location", "record_video_note", "upload_video_note",
        "record_audio", "upload_audio", "cancel",
    }
)  # fmt: skip

_INLINE_BUTTON_ACTIONS = (
    "url",
    "callback_data",
    "web_app",
    "login_url",
    "switch_inline_query",
    "switch_inline_query_current_chat",
    "switch_inline_query_chosen_chat",
    "copy_text",
    "callback_game",
    "pay",
)


@dataclass(frozen=True)
class Button:
    """One inline keyboard button, as tests look at it."""

    text: str
    callback_data: str | None = None
    url: str | None = None

    @property
    def target(self) -> str | None:
        """``callback_data`` for callback buttons, ``url`` for URL buttons."""
        return self.callback_data if self.callback_data is not None else self.url


def check_text_length(text: str) -> None:
    """Message text after entity parsing: 1..4096 characters."""
    if not text:
        raise bad_request(MESSAGE_TEXT_EMPTY)
    if len(text) > MAX_MESSAGE_LENGTH:
        raise bad_request(MESSAGE_TOO_LONG)


def check_caption_length(caption: str) -> None:
    if len(caption) > MAX_CAPTION_LENGTH:
        raise bad_request(CAPTION_TOO_LONG)


def parse_reply_markup(markup: Any, *, inline_only: bool = False) -> tuple[dict[str, Any] | None, list[list[Button]]]:
    """Validates a ``reply_markup`` object; returns it and its inline buttons (if any)."""
    if markup is None:
        return None, []
    if not isinstance(markup, dict):
        raise bad_request("can't parse reply keyboard markup JSON object")
    if "inline_keyboard" in markup:
        return markup, _parse_inline_keyboard(markup["inline_keyboard"])
    if inline_only:
        raise bad_request("inline keyboard expected")
    if "keyboard" in markup:
        rows = markup["keyboard"]
        if not isinstance(rows, list) or not all(isinstance(row, list) for row in rows):
            raise bad_request('field "keyboard" of the ReplyKeyboardMarkup must be an Array of Arrays')
        for row in rows:
            for button in row:
                text = button.get("text") if isinstance(button, dict) else button
                if not isinstance(text, str):
                    raise bad_request('can\'t parse keyboard button: Field "text" must be of type String')
        return markup, []
    if markup.get("remove_keyboard") is True or markup.get("force_reply") is True:
        return markup, []
    raise bad_request("can't parse reply keyboard markup JSON object")


def _parse_inline_keyboard(rows: Any) -> list[list[Button]]:
    if not isinstance(rows, list) or not all(isinstance(row, list) for row in rows):
        raise bad_request('field "inline_keyboard" of the InlineKeyboardMarkup must be an Array of Arrays')
    if sum(len(row) for row in rows) > MAX_INLINE_BUTTONS:
        raise bad_request("reply markup is too long")
    parsed: list[list[Button]] = []
    for row in rows:
        parsed_row: list[Button] = []
        for button in row:
            parsed_row.append(_parse_inline_button(button))
        if parsed_row:
            parsed.append(parsed_row)
    return parsed


def _parse_inline_button(button: Any) -> Button:
    prefix = "can't parse inline keyboard button: "
    if not isinstance(button, dict):
        raise bad_request(prefix + "expected an Object")
    if "text" not in button:
        raise bad_request(prefix + 'Can\'t find field "text"')
    text = button["text"]
    if not isinstance(text, str):
        raise bad_request(prefix + 'Field "text" must be of type String')
    if not text.strip():
        raise bad_request("BUTTON_TEXT_INVALID")
    action = next((name for name in _INLINE_BUTTON_ACTIONS if button.get(name) not in (None, "")), None)
    if action is None:
        raise bad_request(prefix + "Text buttons are unallowed in the inline keyboard")
    if action == "url":
        url = button["url"]
        if not isinstance(url, str) or not looks_like_url(url):
            raise bad_request(f"inline keyboard button URL '{url}' is invalid: Wrong HTTP URL")
        return Button(text=text, url=url)
    if action == "callback_data":
        data = button["callback_data"]
        if not isinstance(data, str):
            raise bad_request(prefix + 'Field "callback_data" must be of type String')
        if len(data.encode("utf-8")) > MAX_CALLBACK_DATA_BYTES:
            raise bad_request("BUTTON_DATA_INVALID")
        return Button(text=text, callback_data=data)
    return Button(text=text)


def check_callback_answer_text(text: str | None) -> None:
    if text is not None and len(text) > MAX_CALLBACK_ANSWER_LENGTH:
        raise bad_request("MESSAGE_TOO_LONG")


def parse_commands(commands: Any) -> list[tuple[str, str]]:
    """Validates a ``setMyCommands`` list; returns ``(command, description)`` pairs."""
    if commands is None:
        return []
    if not isinstance(commands, list):
        raise bad_request("can't parse commands JSON object")
    if len(commands) > MAX_COMMANDS:
        raise bad_request("BOT_COMMANDS_TOO_MUCH")
    parsed: list[tuple[str, str]] = []
    for item in commands:
        if not isinstance(item, dict):
            raise bad_request("can't parse BotCommand: expected an Object")
        command, description = item.get("command"), item.get("description")
        if not isinstance(command, str):
            raise bad_request('can\'t parse BotCommand: Field "command" must be of type String')
        if not isinstance(description, str):
            raise bad_request('can\'t parse BotCommand: Field "description" must be of type String')
        command = command.removeprefix("/")
        if not command:
            raise bad_request("command must be non-empty")
        if len(command) > MAX_COMMAND_LENGTH:
            raise bad_request("command is too long")
        if not _COMMAND_RE.match(command):
            raise bad_request("BOT_COMMAND_INVALID")
        if not description.strip():
            raise bad_request("command description must be non-empty")
        if len(description) > MAX_COMMAND_DESCRIPTION_LENGTH:
            raise bad_request("command description is too long")
        parsed.append((command, description))
    return parsed


def check_language_code(language_code: str) -> None:
    if language_code and not _LANGUAGE_RE.match(language_code):
        raise bad_request("invalid language code specified")


def check_description(text: str, *, short: bool) -> None:
    limit = MAX_SHORT_DESCRIPTION_LENGTH if short else MAX_DESCRIPTION_LENGTH
    if len(text) > limit:
        raise bad_request(f"{'short ' if short else ''}description is too long")


def check_bot_name(name: str) -> None:
    if len(name) > MAX_NAME_LENGTH:
        raise bad_request("name is too long")


def check_secret_token(secret: str) -> None:
    if len(secret) > MAX_SECRET_TOKEN_LENGTH:
        raise bad_request("secret token is too long")
    if secret and not _SECRET_RE.match(secret):
        raise bad_request("secret token contains unallowed characters")


def check_webhook_url(url: str) -> None:
    """Telegram wants HTTPS on a few ports; the fake also takes plain HTTP for local receivers."""
    if not re.match(r"^https?://[^\s/]+", url, flags=re.IGNORECASE):
        raise bad_request("bad webhook: An HTTPS URL must be provided for webhook")
