"""What the private-chat interview reads from a Telegram update, straight from the Bot API's JSON.

Building python-telegram-bot's object tree for an update costs more CPU than everything the interview
then does with it (a button press arrives with the whole message and its keyboard: 0.3 ms of objects,
measured in bench/README.md), and the interview needs five fields of it. So the updates it handles are
read here from the JSON, into a `PrivateUpdate`; everything else (groups, channels, membership changes,
the commands handled elsewhere) stays a PTB `Update` and goes to PTB's handlers. Webhook updates, which
PTB parses itself, come back through the same function via ``Update.to_dict()``.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from bot.callback_data import decode
from bot.requests import Command, Edited, Person, Press, Request, Text, Unsupported

# The commands of the private chat, in menu order (the menu is set per language).
PRIVATE_COMMANDS = ("start", "help", "language", "back", "restart", "answers", "verdict", "date", "mydata", "forget",
                    "privacy")
# /check is the group's command; in private it starts the interview like /start.
INTERVIEW_COMMANDS = frozenset((*PRIVATE_COMMANDS, "check"))
# Private commands that are not the interview's: they stay PTB updates for their own handlers.
COMMANDS_HANDLED_ELSEWHERE = frozenset(("publish", "stats"))


@dataclass(frozen=True, slots=True)
class PrivateUpdate:
    """One update of a private chat, as the interview needs it."""

    update_id: int
    chat_id: int
    person: Person | None  # None: sent by a bot, or no sender; nothing is applied
    request: Request | None  # None: nothing for the interview (a command for another bot)
    callback_id: str | None = None  # set for a button press: it must be answered


def read_private(update: Mapping[str, Any], bot_username: str | None) -> PrivateUpdate | None:
    """The interview's view of a Bot API update, or None when the update is not the interview's."""
    try:
        return _read(update, bot_username)
    except (KeyError, TypeError, ValueError, AttributeError):
        return None  # not the shape we know: PTB's own objects and handlers deal with it


def _read(update: Mapping[str, Any], bot_username: str | None) -> PrivateUpdate | None:
    update_id = int(update["update_id"])
    query = update.get("callback_query")
    if query is not None:
        message = query.get("message")
        if message is None or message["chat"]["type"] != "private":
            return None
        return PrivateUpdate(update_id, int(message["chat"]["id"]), _person(query.get("from")),
                             Press(decode(query.get("data")), int(message["message_id"])), callback_id=str(query["id"]))
    edited = update.get("edited_message")
    if edited is not None:
        if edited["chat"]["type"] != "private":
            return None
        return PrivateUpdate(update_id, int(edited["chat"]["id"]), _person(edited.get("from")), Edited())
    message = update.get("message")
    if message is None or message["chat"]["type"] != "private":
        return None
    text = message.get("text")
    request: Request | None
    if not isinstance(text, str):
        request = Unsupported()  # a sticker, photo, voice note...
    elif text.startswith("/"):
        head, _, rest = text.partition(" ")
        name, _, target = head[1:].partition("@")
        name = name.lower()
        if target and bot_username and target.lower() != bot_username.lower():
            request = None  # addressed to another bot
        elif name in COMMANDS_HANDLED_ELSEWHERE:
            return None
        elif name in INTERVIEW_COMMANDS:
            request = Command(name, rest.strip() or None)
        else:
            request = Command("help")
    else:
        request = Text(text)
    return PrivateUpdate(update_id, int(message["chat"]["id"]), _person(message.get("from")), request)


def _person(user: Mapping[str, Any] | None) -> Person | None:
    if user is None or user.get("is_bot"):
        return None
    return Person(user_id=int(user["id"]), first_name=user.get("first_name"), language_code=user.get("language_code"))
