"""The one reading of a Telegram update for the private-chat interview: a PTB ``Update`` in, a `PrivateUpdate` out.

Polling and webhook updates alike reach it as PTB objects through PTB's handlers; this is the only place
that turns one into what the conversation service understands (`bot/requests.py`).
"""

from __future__ import annotations

from dataclasses import dataclass

from telegram import Message, Update, User
from telegram.constants import ChatType

from bot.callback_data import decode
from bot.requests import Command, Edited, Person, Press, Request, Text, Unsupported
from bot.telegram_adapter.commands import Owner, parse_command, private_owner


@dataclass(frozen=True, slots=True)
class PrivateUpdate:
    """One update of a private chat, as the interview needs it."""

    update_id: int
    chat_id: int
    person: Person | None  # None: sent by a bot, or no sender; nothing is applied
    request: Request | None  # None: nothing for the interview (a command for another bot)
    callback_id: str | None = None  # set for a button press: it must be answered


def read_private(update: Update, bot_username: str | None) -> PrivateUpdate | None:
    """The interview's view of an update, or None when the update is not the interview's."""
    query = update.callback_query
    if query is not None:
        pressed = query.message
        if pressed is None or pressed.chat.type != ChatType.PRIVATE:
            return None
        data = query.data if isinstance(query.data, str) else None
        return PrivateUpdate(update.update_id, pressed.chat.id, _person(query.from_user),
                             Press(decode(data), pressed.message_id), callback_id=query.id)
    edited = update.edited_message
    if edited is not None:
        if edited.chat.type != ChatType.PRIVATE:
            return None
        return PrivateUpdate(update.update_id, edited.chat.id, _person(edited.from_user), Edited())
    message = update.message
    if message is None or message.chat.type != ChatType.PRIVATE:
        return None
    return PrivateUpdate(update.update_id, message.chat.id, _person(message.from_user),
                         _request(message, bot_username))


def _request(message: Message, bot_username: str | None) -> Request | None:
    text = message.text
    if text is None:
        return Unsupported()  # a sticker, photo, voice note...
    command = parse_command(text, bot_username)
    if command is None:
        return Text(text)
    if not command.for_us:
        return None  # addressed to another bot
    owner = private_owner(command.name)
    if owner is Owner.INTERVIEW:
        return Command(command.name, command.args or None)
    if owner is None:
        return Command("help")  # a command we do not have
    return None  # another handler's (its CommandHandler comes first, so this is not reached when routed)


def _person(user: User | None) -> Person | None:
    if user is None or user.is_bot:
        return None
    return Person(user_id=user.id, first_name=user.first_name, language_code=user.language_code)
