"""The interview's hot path through python-telegram-bot, without PTB's object model.

Per button press the bot reads one update and makes three calls (answer the button, edit the answered
question, send the next one). Through PTB's ``Bot`` each of those builds an object tree: the update,
the keyboard we send, and the ``Message`` Telegram sends back, which the interview never reads beyond
its id. Measured, that object work cost more CPU than the interview itself (bench/README.md). Here:

* `LeanBot` is PTB's ``ExtBot`` whose ``get_updates`` leaves the updates the private-chat interview
  handles as `PrivateUpdate` values read from the JSON (bot/telegram_adapter/incoming.py); every other
  update is a PTB ``Update`` as usual. Application, handlers, the update processor, the job queue and
  the webhook server are PTB's, unchanged (PTB routes custom update types with ``TypeHandler``).
* `InterviewCalls` sends the interview's messages as JSON encoded once, through the same request
  object (our keep-alive transport), the same ``AIORateLimiter`` and the same error mapping (``BadRequest``,
  ``RetryAfter``, ...) as every PTB call, and reads back only what it needs.
"""

from __future__ import annotations

import datetime as dtm
from collections.abc import Sequence
from typing import Any

import orjson
from telegram import Update
from telegram._utils.defaultvalue import DEFAULT_NONE, DefaultValue
from telegram._utils.types import JSONDict, ODVInput, TimePeriod
from telegram.ext import ExtBot
from telegram.request import RequestData

from bot.rendering.messages import Outgoing
from bot.telegram_adapter.incoming import PrivateUpdate, read_private
from bot.telegram_adapter.keyboards import inline_keyboard

ANSWER_TEXT_LIMIT = 200  # Telegram's limit for a callback query answer


class LeanBot(ExtBot[int]):  # int: AIORateLimiter's per-call argument (max retries)
    async def get_updates(  # type: ignore[override]  # also returns PrivateUpdate values (see module doc)
        self,
        offset: int | None = None,
        limit: int | None = None,
        timeout: TimePeriod | None = None,  # noqa: ASYNC109  (PTB's signature)
        allowed_updates: Sequence[str] | None = None,
        *,
        read_timeout: ODVInput[float] = DEFAULT_NONE,
        write_timeout: ODVInput[float] = DEFAULT_NONE,
        connect_timeout: ODVInput[float] = DEFAULT_NONE,
        pool_timeout: ODVInput[float] = DEFAULT_NONE,
        api_kwargs: JSONDict | None = None,
    ) -> tuple[Update | PrivateUpdate, ...]:
        # As PTB does: the long poll may last `timeout` seconds, so the read timeout is extended by it.
        request = self._request[0]  # PTB's request object for getUpdates (ours: a small keep-alive pool)
        base = (read_timeout or 0) if not isinstance(read_timeout, DefaultValue) else (request.read_timeout or 0)
        seconds = timeout.total_seconds() if isinstance(timeout, dtm.timedelta) else (timeout or 0)
        # Encoded once, as PTB would send it (getUpdates is never rate limited, so nothing else applies).
        payload: JSONDict = {"timeout": int(seconds) if float(seconds).is_integer() else seconds}
        if offset is not None:
            payload["offset"] = offset
        if limit is not None:
            payload["limit"] = limit
        if allowed_updates is not None:
            payload["allowed_updates"] = list(allowed_updates)
        payload.update(api_kwargs or {})
        result: list[JSONDict] = await request.post(  # type: ignore[assignment]
            f"{self.base_url}/getUpdates", _EncodedJson(orjson.dumps(payload)), read_timeout=base + seconds,
            write_timeout=write_timeout, connect_timeout=connect_timeout, pool_timeout=pool_timeout)
        try:
            username: str | None = self.username
        except RuntimeError:  # not initialised yet (get_me not called): no "/cmd@name" check possible
            username = None
        updates: list[Update | PrivateUpdate] = []
        for raw in result:
            lean = read_private(raw, username)
            if lean is not None:
                updates.append(lean)
                continue
            update = Update.de_json(raw, self)
            self.insert_callback_data(update)
            updates.append(update)
        return tuple(updates)


class _EncodedJson(RequestData):  # type: ignore[misc]  # PTB marks it final; see below
    """A request body already encoded as JSON (PTB would encode each parameter on its own).

    PTB's request objects read only ``contains_files`` and ``json_payload`` from a RequestData (our
    transport too: bot/telegram_adapter/transport.py), so overriding the payload is all it takes.
    """

    def __init__(self, payload: bytes) -> None:
        super().__init__()
        self._payload = payload

    @property
    def json_payload(self) -> bytes:
        return self._payload


class InterviewCalls:
    """The three Bot API calls of the interview, as JSON in and JSON out."""

    def __init__(self, bot: ExtBot[Any]) -> None:
        self._bot = bot

    async def send_message(self, chat_id: int, message: Outgoing) -> int:
        """Sends the message; returns its message id."""
        payload = _text_payload(message)
        payload["chat_id"] = chat_id
        result = await self._call("sendMessage", payload, chat_id)
        return int(result["message_id"])

    async def edit_message_text(self, chat_id: int, message_id: int, message: Outgoing) -> None:
        """Replaces the text and buttons of a message (no buttons given: its keyboard is removed)."""
        payload = _text_payload(message)
        payload["chat_id"] = chat_id
        payload["message_id"] = message_id
        await self._call("editMessageText", payload, chat_id)

    async def answer_callback_query(self, callback_id: str, text: str = "", *, alert: bool = False) -> None:
        payload: JSONDict = {"callback_query_id": callback_id}
        if text:
            payload["text"] = text[:ANSWER_TEXT_LIMIT]
            payload["show_alert"] = alert
        await self._call("answerCallbackQuery", payload, None)

    async def _call(self, endpoint: str, payload: JSONDict, chat_id: int | None) -> Any:
        bot = self._bot
        request = bot.request
        url = f"{bot.base_url}/{endpoint}"
        body = _EncodedJson(orjson.dumps(payload))
        limiter = bot.rate_limiter
        if limiter is None:
            return await request.post(url, body)
        kwargs: dict[str, Any] = {"url": url, "request_data": body}
        # The limiter only reads chat_id, to apply the per-chat and per-group limits as for PTB's calls.
        limited: JSONDict = {} if chat_id is None else {"chat_id": chat_id}
        return await limiter.process_request(callback=request.post, args=(), kwargs=kwargs, endpoint=endpoint,
                                             data=limited, rate_limit_args=None)


def _text_payload(message: Outgoing) -> JSONDict:
    payload: JSONDict = {"text": message.html, "parse_mode": "HTML", "link_preview_options": {"is_disabled": True}}
    rows = inline_keyboard(message)
    if rows:
        payload["reply_markup"] = {"inline_keyboard": rows}
    return payload
