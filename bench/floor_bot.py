"""The floor: our bot's plumbing with no interview in it, to measure what the plumbing alone costs.

It runs on exactly the parts of ``python -m bot`` that carry an update (PTB's Application with our
per-person update processor, ``LeanBot`` reading updates from the JSON, ``InterviewCalls`` over the
keep-alive transport, ``AIORateLimiter``, uvloop, the SQLite store) and makes, per update, the same
store round trips (read the person's record, write it back durably with the update id) and the same
Bot API calls as the real bot (answer the button, edit the answered question, send the next one; a
multiple-choice tick edits the pressed message). What it leaves out is everything the interview does:
no engine, no rules, no messages from the catalogue, no rendering: the texts are fixed and the
buttons are the ones the benchmark's script will press. So its CPU per update is the least any bot
built this way can cost; bench_pipeline.py runs it beside ours (``--bots floor``).

To see what each part of the floor costs, ``FLOOR_WITHOUT=store`` leaves out the two store round trips
and ``FLOOR_WITHOUT=edit`` the edit of the answered question (neither is allowed in the real bot).
"""

from __future__ import annotations

import asyncio
import gc
import logging
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench_pipeline import OURS_SCRIPT  # noqa: E402
from telegram.ext import AIORateLimiter, Application, ApplicationBuilder, ContextTypes, TypeHandler  # noqa: E402

from bot.callback_data import decode  # noqa: E402
from bot.config import Settings  # noqa: E402
from bot.rendering.messages import Button, Outgoing  # noqa: E402
from bot.requests import Command, Press, Text  # noqa: E402
from bot.storage import SqliteSessionStore, StaleSessionError  # noqa: E402
from bot.telegram_adapter.bot_api import InterviewCalls, LeanBot  # noqa: E402
from bot.telegram_adapter.incoming import PrivateUpdate  # noqa: E402
from bot.telegram_adapter.processor import PerUserUpdateProcessor  # noqa: E402
from bot.telegram_adapter.transport import AiohttpRequest  # noqa: E402

# A record of the size ours stores mid-interview (about 1.5 KB of JSON).
RECORD = '{"schema_version":1,"session":{"language":"en","answers":{' + ",".join(
    f'"question_{n}":{{"value":"answer number {n}","unknown":false,"skipped":false}}' for n in range(14)) + "}}}"
WITHOUT = frozenset(os.environ.get("FLOOR_WITHOUT", "").split(","))
QUESTION = ("<i>Question {n}</i>\n<b>What is the answer to question number {n} of the benchmark?</b>\n"
            "<i>Why we ask: the rules of the route depend on it, as of the date of the check.</i>")


class FloorHandler:
    def __init__(self, store: SqliteSessionStore, calls: InterviewCalls) -> None:
        self.store = store
        self.calls = calls
        self.steps: dict[int, int] = {}  # person -> index of the next script step
        self.questions: dict[int, int] = {}  # person -> message id of the open question

    def _question(self, step: int) -> Outgoing:
        if step >= len(OURS_SCRIPT):
            return Outgoing("Your eligibility, route by route: (the floor bot has no verdict)")
        value = OURS_SCRIPT[step][1]
        action = decode(value) if OURS_SCRIPT[step][0] == "tap" else None
        rows = ((Button("Answer", action),),) if action is not None else ()
        return Outgoing(QUESTION.format(n=step), (*rows, (Button("Back", decode("b")),)))

    async def __call__(self, update: PrivateUpdate, context: ContextTypes.DEFAULT_TYPE) -> None:
        person = update.person
        if person is None or update.request is None:
            return
        user_id, chat_id = person.user_id, update.chat_id
        if "store" not in WITHOUT:
            stored = await self.store.load(user_id)  # the same round trips as ours: read, then write
            version = stored.version if stored is not None else 0
            try:
                await self.store.save(user_id, RECORD, expected_version=version, update_id=update.update_id,
                                      callback_query_id=update.callback_id)
            except StaleSessionError:
                return
        request = update.request
        step = 0 if isinstance(request, Command) else self.steps.get(user_id, 0)
        if isinstance(request, Press) and request.action is not None and request.action.op == "toggle":
            assert update.callback_id is not None and request.message_id is not None
            await self.calls.answer_callback_query(update.callback_id)
            self.steps[user_id] = step + 1
            await self.calls.edit_message_text(chat_id, request.message_id, self._question(step + 1))
            return
        if isinstance(request, Command):
            await self.calls.send_message(chat_id, Outgoing("Hello! Let us check your eligibility."))
        elif isinstance(request, (Press, Text)):
            if update.callback_id is not None:
                await self.calls.answer_callback_query(update.callback_id)
            if user_id in self.questions and "edit" not in WITHOUT:
                await self.calls.edit_message_text(chat_id, self.questions[user_id], Outgoing("✔ answered → yes"))
        self.steps[user_id] = step + 1
        self.questions[user_id] = await self.calls.send_message(chat_id, self._question(step + 1))


def main() -> None:
    import uvloop

    logging.basicConfig(level=logging.WARNING)
    settings = Settings()
    assert settings.telegram_bot_token is not None
    store = SqliteSessionStore(settings.bot_database)
    bot = LeanBot(settings.telegram_bot_token.get_secret_value(), base_url=settings.base_url,
                  request=AiohttpRequest(connection_pool_size=64),
                  get_updates_request=AiohttpRequest(connection_pool_size=2, read_timeout=30.0),
                  rate_limiter=AIORateLimiter(max_retries=3))

    async def post_init(application: Application) -> None:  # type: ignore[type-arg]
        await store.open()
        gc.freeze()

    async def post_shutdown(application: Application) -> None:  # type: ignore[type-arg]
        await store.close()

    application = (ApplicationBuilder().bot(bot).concurrent_updates(PerUserUpdateProcessor(64))
                   .post_init(post_init).post_shutdown(post_shutdown).build())
    application.add_handler(TypeHandler(PrivateUpdate, FloorHandler(store, InterviewCalls(bot))))
    asyncio.set_event_loop(uvloop.new_event_loop())
    application.run_polling(allowed_updates=["message", "edited_message", "callback_query"])


if __name__ == "__main__":
    main()
