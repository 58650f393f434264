"""Private chats: updates become conversation requests; the effects become Bot API calls.

Every reply goes through PTB's public ``Bot`` methods, so PTB's ``Defaults`` (HTML, no link previews),
its rate limiter and the application's error handler apply to them as to any other call.
"""

from __future__ import annotations

import logging
from html import escape

from telegram import InputFile, Update
from telegram.error import BadRequest, Forbidden
from telegram.ext import ContextTypes

from bot.effects import CloseQuestion, EditPressed, Effect, Notify, Send, SendFile
from bot.rendering.messages import Outgoing
from bot.requests import Press
from bot.service import ConversationService
from bot.telegram_adapter.incoming import PrivateUpdate, read_private
from bot.telegram_adapter.keyboards import inline_keyboard

log = logging.getLogger(__name__)

ANSWER_TEXT_LIMIT = 200  # Telegram's limit for the text of a callback query answer


class PrivateChatHandler:
    """Runs the interview for the updates of private chats (messages, edits and button presses)."""

    def __init__(self, service: ConversationService) -> None:
        self.service = service

    async def __call__(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        incoming = read_private(update, context.bot.username)
        if incoming is None or incoming.person is None or incoming.request is None:
            if update.callback_query is not None:
                await self._answer(context, update.callback_query.id, "")  # every button press gets an answer
            return
        turn = await self.service.handle(incoming.person, incoming.request, update_id=incoming.update_id,
                                         callback_id=incoming.callback_id)
        try:
            answered = await self.perform(context, incoming, turn.effects, turn.version)
        except Forbidden:
            # They blocked the bot while this update was on its way: the turn is saved, nobody to tell.
            log.info("reply not delivered: the person blocked the bot")
            answered = False
        if incoming.callback_id is not None and not answered:
            await self._answer(context, incoming.callback_id, "")

    async def perform(self, context: ContextTypes.DEFAULT_TYPE, incoming: PrivateUpdate, effects: list[Effect],
                      version: int) -> bool:
        """Carry out the effects in order; returns whether the button press was answered."""
        bot = context.bot
        chat_id = incoming.chat_id
        callback_id = incoming.callback_id
        answered = False
        for effect in effects:
            match effect:
                case Notify(text=text, alert=alert):
                    if callback_id is not None and not answered:
                        await self._answer(context, callback_id, text, alert=alert)
                        answered = True
                    elif text and callback_id is None:
                        await bot.send_message(chat_id, escape(text, quote=False))
                case Send(message=message, question_id=question_id):
                    sent = await bot.send_message(chat_id, message.html, reply_markup=inline_keyboard(message))
                    if question_id is not None and incoming.person is not None:
                        await self.service.remember_question(incoming.person.user_id, version, sent.message_id,
                                                             question_id)
                case EditPressed(message=message):
                    pressed = incoming.request.message_id if isinstance(incoming.request, Press) else None
                    if pressed is not None:
                        await self._edit(context, chat_id, pressed, message)
                case CloseQuestion(message_id=message_id, message=message):
                    await self._edit(context, chat_id, message_id, message)
                case SendFile(filename=filename, data=data, caption=caption):
                    await bot.send_document(chat_id, InputFile(data, filename=filename), caption=caption)
        return answered

    @staticmethod
    async def _answer(context: ContextTypes.DEFAULT_TYPE, callback_id: str, text: str, *, alert: bool = False) -> None:
        try:
            await context.bot.answer_callback_query(callback_id, text[:ANSWER_TEXT_LIMIT] or None,
                                                    show_alert=alert if text else None)
        except BadRequest:
            pass  # too old to answer (the person pressed it long ago): nothing to do

    @staticmethod
    async def _edit(context: ContextTypes.DEFAULT_TYPE, chat_id: int, message_id: int, message: Outgoing) -> None:
        try:
            await context.bot.edit_message_text(message.html, chat_id=chat_id, message_id=message_id,
                                                reply_markup=inline_keyboard(message))
        except (BadRequest, Forbidden) as error:
            # "message is not modified" after a double tap, or a message deleted by the person: harmless.
            log.debug("edit skipped: %s", type(error).__name__)
