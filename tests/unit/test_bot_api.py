"""The interview's hot path through PTB (bot/telegram_adapter/bot_api.py): what goes out, what comes back."""

from __future__ import annotations

import json
from typing import Any

import pytest
from telegram import Update
from telegram.error import BadRequest
from telegram.ext import AIORateLimiter
from telegram.request import BaseRequest, RequestData

from bot.callback_data import ButtonAction
from bot.rendering.messages import Button, Outgoing
from bot.telegram_adapter.bot_api import InterviewCalls, LeanBot
from bot.telegram_adapter.incoming import PrivateUpdate

TOKEN = "123:ABC"
PRIVATE = {"id": 42, "type": "private", "first_name": "Ana"}
ANA = {"id": 42, "is_bot": False, "first_name": "Ana"}


class CannedRequest(BaseRequest):
    """Answers every call with the next canned result, and keeps what was sent."""

    def __init__(self, *results: Any) -> None:
        self.results = list(results)
        self.sent: list[tuple[str, dict[str, Any]]] = []

    @property
    def read_timeout(self) -> float:
        return 5.0

    async def initialize(self) -> None:
        pass

    async def shutdown(self) -> None:
        pass

    async def do_request(self, url: str, method: str, request_data: RequestData | None = None,
                         read_timeout: Any = None, write_timeout: Any = None, connect_timeout: Any = None,
                         pool_timeout: Any = None) -> tuple[int, bytes]:
        assert request_data is not None
        self.sent.append((url.rsplit("/", 1)[1], json.loads(request_data.json_payload)))
        result = self.results.pop(0)
        if isinstance(result, tuple):
            return result
        return 200, json.dumps({"ok": True, "result": result}).encode()


def bot(request: CannedRequest, updates: CannedRequest | None = None, *, limited: bool = False) -> LeanBot:
    return LeanBot(TOKEN, request=request, get_updates_request=updates or CannedRequest(),
                   rate_limiter=AIORateLimiter() if limited else None)


QUESTION = Outgoing("<b>Which city?</b>", (
    (Button("Beijing", ButtonAction("choose", ("work_city", "beijing"))),
     Button("Shanghai", ButtonAction("choose", ("work_city", "shanghai")))),
    (Button("Sources", url="https://example.org/rules"),),
))


@pytest.mark.parametrize("limited", [False, True])
async def test_a_question_goes_out_as_one_json_body_and_its_message_id_comes_back(limited: bool) -> None:
    request = CannedRequest({"message_id": 77, "date": 1, "chat": PRIVATE, "text": "Which city?"})
    calls = InterviewCalls(bot(request, limited=limited))
    assert await calls.send_message(42, QUESTION) == 77
    assert request.sent == [("sendMessage", {
        "chat_id": 42, "text": "<b>Which city?</b>", "parse_mode": "HTML",
        "link_preview_options": {"is_disabled": True},
        "reply_markup": {"inline_keyboard": [
            [{"text": "Beijing", "callback_data": "c:work_city:beijing"},
             {"text": "Shanghai", "callback_data": "c:work_city:shanghai"}],
            [{"text": "Sources", "url": "https://example.org/rules"}]]},
    })]


async def test_an_edit_without_buttons_removes_the_keyboard_and_errors_are_ptbs() -> None:
    not_modified = (400, b'{"ok": false, "error_code": 400, "description": "Bad Request: message is not modified"}')
    request = CannedRequest(True, not_modified)
    calls = InterviewCalls(bot(request))
    await calls.edit_message_text(42, 9, Outgoing("✔ Which city? → Beijing"))
    assert request.sent[0] == ("editMessageText", {
        "chat_id": 42, "message_id": 9, "text": "✔ Which city? → Beijing", "parse_mode": "HTML",
        "link_preview_options": {"is_disabled": True}})
    with pytest.raises(BadRequest, match="not modified"):
        await calls.edit_message_text(42, 9, Outgoing("✔ Which city? → Beijing"))


async def test_a_button_answer_is_cut_to_telegrams_limit() -> None:
    request = CannedRequest(True, True)
    calls = InterviewCalls(bot(request))
    await calls.answer_callback_query("cb-1")
    await calls.answer_callback_query("cb-2", "x" * 500, alert=True)
    assert request.sent[0] == ("answerCallbackQuery", {"callback_query_id": "cb-1"})
    assert request.sent[1] == ("answerCallbackQuery", {"callback_query_id": "cb-2", "text": "x" * 200,
                                                       "show_alert": True})


async def test_get_updates_leaves_the_interviews_updates_as_json_and_builds_ptb_objects_for_the_rest() -> None:
    private = {"update_id": 1, "message": {"message_id": 5, "date": 1, "chat": PRIVATE, "from": ANA, "text": "hi"}}
    group = {"update_id": 2, "message": {"message_id": 6, "date": 1, "from": ANA, "text": "/routes",
                                         "chat": {"id": -100, "type": "supergroup", "title": "Expats"}}}
    updates = CannedRequest([private, group])
    lean = bot(CannedRequest(), updates)
    got = await lean.get_updates(offset=10, timeout=10, allowed_updates=["message"])
    assert isinstance(got[0], PrivateUpdate) and got[0].update_id == 1 and got[0].chat_id == 42
    assert isinstance(got[1], Update) and got[1].effective_chat is not None and got[1].effective_chat.id == -100
    assert updates.sent == [("getUpdates", {"timeout": 10, "offset": 10, "allowed_updates": ["message"]})]
