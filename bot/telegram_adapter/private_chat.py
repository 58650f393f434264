"""Private chats: Telegram updates become conversation requests; the effects become Bot API calls."""

from __future__ import annotations

import logging

from telegram import CallbackQuery, InputFile, Message, Update
from telegram.constants import ParseMode
from telegram.error import BadRequest, Forbidden
from telegram.ext import ContextTypes

from bot.callback_data import decode
from bot.effects import CloseQuestion, EditPressed, Effect, Notify, Send, SendFile
from bot.rendering.messages import Outgoing
from bot.requests import Command, Edited, Person, Press, Request, Text, Unsupported
from bot.service import ConversationService
from bot.telegram_adapter.keyboards import keyboard

log = logging.getLogger(__name__)

PRIVATE_COMMANDS = ("start", "help", "language", "back", "restart", "answers", "verdict", "date", "mydata", "forget",
                    "privacy")
HANDLED_COMMANDS = (*PRIVATE_COMMANDS, "check")


def person_of(update: Update) -> Person | None:
    user = update.effective_user
    if user is None or user.is_bot:
        return None
    return Person(user_id=user.id, first_name=user.first_name, language_code=user.language_code)


def request_of(update: Update, bot_username: str | None) -> Request | None:
    if update.callback_query is not None:
        query = update.callback_query
        message_id = query.message.message_id if query.message is not None else None
        return Press(decode(query.data), message_id)
    if update.edited_message is not None:
        return Edited()
    message = update.message
    if message is None:
        return None
    if message.text is None:
        return Unsupported()
    text = message.text
    if text.startswith("/"):
        head, _, rest = text.partition(" ")
        name, _, target = head[1:].partition("@")
        if target and bot_username and target.lower() != bot_username.lower():
            return None  # addressed to another bot
        name = name.lower()
        if name in HANDLED_COMMANDS:
            return Command(name, rest.strip() or None)
        return Command("help")
    return Text(text)


class PrivateChatHandler:
    def __init__(self, service: ConversationService) -> None:
        self.service = service

    async def __call__(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        person = person_of(update)
        request = request_of(update, context.bot.username)
        chat = update.effective_chat
        if person is None or request is None or chat is None:
            if update.callback_query is not None:
                await update.callback_query.answer()
            return
        query = update.callback_query
        turn = await self.service.handle(person, request, update_id=update.update_id,
                                         callback_id=query.id if query is not None else None)
        answered = await self.perform(context, chat.id, person.user_id, turn.effects, query)
        if query is not None and not answered:
            await _answer(query, "", alert=False)  # every callback query gets an answer

    async def perform(self, context: ContextTypes.DEFAULT_TYPE, chat_id: int, user_id: int,
                      effects: list[Effect], query: CallbackQuery | None) -> bool:
        """Carry out the effects in order; returns whether the callback query was answered."""
        bot = context.bot
        answered = False
        for effect in effects:
            match effect:
                case Notify(text=text, alert=alert):
                    if query is not None and not answered:
                        await _answer(query, text, alert=alert)
                        answered = True
                    elif text and query is None:
                        await bot.send_message(chat_id, text)
                case Send(message=message, question_id=question_id):
                    sent: Message = await bot.send_message(chat_id, message.html, parse_mode=ParseMode.HTML,
                                                           reply_markup=keyboard(message))
                    if question_id is not None:
                        self.service.remember_question(user_id, sent.message_id, question_id)
                case EditPressed(message=message):
                    if query is not None and query.message is not None:
                        await _edit(context, chat_id, query.message.message_id, message)
                case CloseQuestion(message_id=message_id, message=message):
                    await _edit(context, chat_id, message_id, message)
                case SendFile(filename=filename, data=data, caption=caption):
                    await bot.send_document(chat_id, InputFile(data, filename=filename), caption=caption)
        return answered


async def _answer(query: CallbackQuery, text: str, *, alert: bool) -> None:
    try:
        await query.answer(text[:200] or None, show_alert=alert)
    except BadRequest:
        pass  # too old to answer (the person pressed it long ago): nothing to do


async def _edit(context: ContextTypes.DEFAULT_TYPE, chat_id: int, message_id: int, message: Outgoing) -> None:
    try:
        await context.bot.edit_message_text(message.html, chat_id=chat_id, message_id=message_id,
                                            parse_mode=ParseMode.HTML, reply_markup=keyboard(message))
    except (BadRequest, Forbidden) as error:
        # "message is not modified" after a double tap, or a message deleted by the person: harmless.
        log.debug("edit skipped: %s", type(error).__name__)
