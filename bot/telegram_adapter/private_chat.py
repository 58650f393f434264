"""Private chats: updates become conversation requests; the effects become Bot API calls."""

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
from bot.telegram_adapter.bot_api import InterviewCalls
from bot.telegram_adapter.incoming import PRIVATE_COMMANDS, PrivateUpdate, read_private

log = logging.getLogger(__name__)

__all__ = ["PRIVATE_COMMANDS", "PrivateChatHandler"]


class PrivateChatHandler:
    """Runs the interview for updates of private chats: `PrivateUpdate` values read from the JSON when
    polling, or PTB ``Update`` objects (webhook mode) read the same way from their dict form."""

    def __init__(self, service: ConversationService, calls: InterviewCalls) -> None:
        self.service = service
        self.calls = calls

    async def __call__(self, update: Update | PrivateUpdate, context: ContextTypes.DEFAULT_TYPE) -> None:
        incoming = update if isinstance(update, PrivateUpdate) else read_private(update.to_dict(), context.bot.username)
        if incoming is None or incoming.person is None or incoming.request is None:
            callback_id = incoming.callback_id if incoming is not None else (
                update.callback_query.id if isinstance(update, Update) and update.callback_query else None)
            if callback_id is not None:
                await self._answer(callback_id, "", alert=False)  # every button press gets an answer
            return
        turn = await self.service.handle(incoming.person, incoming.request, update_id=incoming.update_id,
                                         callback_id=incoming.callback_id)
        answered = await self.perform(context, incoming, turn.effects)
        if incoming.callback_id is not None and not answered:
            await self._answer(incoming.callback_id, "", alert=False)

    async def perform(self, context: ContextTypes.DEFAULT_TYPE, incoming: PrivateUpdate, effects: list[Effect]) -> bool:
        """Carry out the effects in order; returns whether the button press was answered."""
        chat_id = incoming.chat_id
        callback_id = incoming.callback_id
        answered = False
        for effect in effects:
            match effect:
                case Notify(text=text, alert=alert):
                    if callback_id is not None and not answered:
                        await self._answer(callback_id, text, alert=alert)
                        answered = True
                    elif text and callback_id is None:
                        await self.calls.send_message(chat_id, Outgoing(escape(text, quote=False)))
                case Send(message=message, question_id=question_id):
                    message_id = await self.calls.send_message(chat_id, message)
                    if question_id is not None and incoming.person is not None:
                        self.service.remember_question(incoming.person.user_id, message_id, question_id)
                case EditPressed(message=message):
                    pressed = incoming.request.message_id if isinstance(incoming.request, Press) else None
                    if pressed is not None:
                        await self._edit(chat_id, pressed, message)
                case CloseQuestion(message_id=message_id, message=message):
                    await self._edit(chat_id, message_id, message)
                case SendFile(filename=filename, data=data, caption=caption):
                    await context.bot.send_document(chat_id, InputFile(data, filename=filename), caption=caption)
        return answered

    async def _answer(self, callback_id: str, text: str, *, alert: bool) -> None:
        try:
            await self.calls.answer_callback_query(callback_id, text, alert=alert)
        except BadRequest:
            pass  # too old to answer (the person pressed it long ago): nothing to do

    async def _edit(self, chat_id: int, message_id: int, message: Outgoing) -> None:
        try:
            await self.calls.edit_message_text(chat_id, message_id, message)
        except (BadRequest, Forbidden) as error:
            # "message is not modified" after a double tap, or a message deleted by the person: harmless.
            log.debug("edit skipped: %s", type(error).__name__)
