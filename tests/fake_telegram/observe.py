"""Watching the bot: every API call it made, and waiting for the next one that matters.

Waiting never races: a test takes ``mark = server.mark()`` before it makes a user act and then asks
for what the bot did *after* that mark, or relies on the per-chat cursors of ``next_message`` and
``wait_for_edit``, which hand out each message (or edit) exactly once, in order.
"""

from __future__ import annotations

import asyncio
import contextlib
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any, TypeVar

from .params import UploadedFile
from .state import CallbackAnswer, FakeChat, FakeUser, StoredMessage, World
from .updates import UpdateQueue

_T = TypeVar("_T")

ChatLike = FakeChat | FakeUser | int
"""A chat given as the chat itself, as the user of a private chat, or as its id."""

SEND_METHODS = frozenset({"sendMessage", "sendDocument", "sendPhoto"})
EDIT_METHODS = frozenset({"editMessageText", "editMessageCaption", "editMessageReplyMarkup"})
_POLL_METHODS = frozenset({"getUpdates"})


def chat_id_of(chat: ChatLike) -> int:
    if isinstance(chat, FakeChat | FakeUser):
        return chat.id
    return chat


@dataclass(frozen=True)
class Mark:
    """A point in the request log: 'everything the bot does from now on'."""

    seq: int


class FakeTelegramTimeout(AssertionError):
    """What a test sees when the bot did not do the awaited thing in time."""


@dataclass
class RecordedRequest:
    """One Bot API call the bot made, with the fake's answer."""

    seq: int
    method: str
    """Canonical method name (``sendMessage``), whatever case the bot used."""
    params: dict[str, Any]
    """Parameters; the ones the method read are typed (ints, decoded JSON)."""
    files: dict[str, UploadedFile]
    at: float
    """``time.monotonic()`` when the request arrived."""
    status: int | None = None
    response: dict[str, Any] | None = None
    finished_at: float | None = None
    message: StoredMessage | None = None
    """For send and edit methods that succeeded: the message as this call left it."""
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def finished(self) -> bool:
        return self.response is not None

    @property
    def ok(self) -> bool:
        return self.response is not None and self.response.get("ok") is True

    @property
    def result(self) -> Any:
        return None if self.response is None else self.response.get("result")

    @property
    def error(self) -> str | None:
        """Telegram's description of the failure (``Bad Request: ...``), if it failed."""
        if self.response is None or self.ok:
            return None
        description = self.response.get("description")
        return description if isinstance(description, str) else None

    @property
    def error_code(self) -> int | None:
        if self.response is None or self.ok:
            return None
        code = self.response.get("error_code")
        return code if isinstance(code, int) else None

    @property
    def chat_id(self) -> int | str | None:
        value = self.params.get("chat_id")
        if isinstance(value, str):
            try:
                return int(value)
            except ValueError:
                return value
        return value if isinstance(value, int) else None

    @property
    def text(self) -> str | None:
        """``text`` or ``caption`` as the bot sent it (before entity parsing)."""
        for name in ("text", "caption"):
            value = self.params.get(name)
            if isinstance(value, str):
                return value
        return None

    def describe(self) -> str:
        outcome = "…" if self.response is None else ("ok" if self.ok else self.error)
        text = self.text
        shown = "" if text is None else f" text={text[:60]!r}"
        return f"#{self.seq} {self.method} chat_id={self.chat_id}{shown} -> {outcome}"


class ObservationMixin:
    """The test-side view of what the bot did; mixed into ``FakeTelegramServer``."""

    world: World
    updates: UpdateQueue
    _records: list[RecordedRequest]
    _changed: asyncio.Event
    _last_bot_activity: float
    _consumed_messages: dict[int, set[int]]
    _consumed_edits: dict[tuple[int, int], set[int]]
    callback_answers: list[CallbackAnswer]

    # recording (called by the HTTP layer) -------------------------------------------------------

    def _start_record(self, method: str, params: dict[str, Any], files: dict[str, UploadedFile]) -> RecordedRequest:
        record = RecordedRequest(len(self._records), method, params, files, time.monotonic())
        self._records.append(record)
        if method not in _POLL_METHODS:
            self._last_bot_activity = record.at
        self._notify()
        return record

    def _finish_record(self, record: RecordedRequest, status: int, response: dict[str, Any]) -> None:
        record.status = status
        record.response = response
        record.finished_at = time.monotonic()
        if record.method not in _POLL_METHODS:
            self._last_bot_activity = record.finished_at
        self._notify()

    def _notify(self) -> None:
        self._changed.set()
        self._changed = asyncio.Event()

    # looking ----------------------------------------------------------------------------------

    @property
    def requests(self) -> list[RecordedRequest]:
        """Every API call the bot made, in arrival order."""
        return list(self._records)

    def mark(self) -> Mark:
        """The current end of the request log; pass it as ``after=`` to wait for what comes next."""
        return Mark(len(self._records))

    def requests_since(self, after: Mark | None = None, *, method: str | None = None) -> list[RecordedRequest]:
        start = 0 if after is None else after.seq
        return [r for r in self._records[start:] if method is None or r.method == method]

    def sent_messages(self, chat: ChatLike, *, after: Mark | None = None) -> list[StoredMessage]:
        """Messages the bot sent into a chat (as sent), oldest first."""
        chat_id = chat_id_of(chat)
        return [
            r.message
            for r in self.requests_since(after)
            if r.method in SEND_METHODS and r.ok and r.message is not None and r.message.chat_id == chat_id
        ]

    def messages_in(
        self, chat: ChatLike, *, from_bot: bool | None = None, include_deleted: bool = False
    ) -> list[StoredMessage]:
        """The chat's messages as they are now (after edits), oldest first."""
        return [
            message
            for message in self.world.chat_messages(chat_id_of(chat))
            if (include_deleted or not message.deleted) and (from_bot is None or message.from_bot == from_bot)
        ]

    def last_message_in(self, chat: ChatLike) -> StoredMessage | None:
        """The bot's latest message in the chat as it is now, if any."""
        messages = self.messages_in(chat, from_bot=True)
        return messages[-1] if messages else None

    # waiting ----------------------------------------------------------------------------------

    async def wait_for(
        self,
        predicate: Callable[[RecordedRequest], bool] | None = None,
        *,
        method: str | None = None,
        chat_id: ChatLike | None = None,
        text: str | None = None,
        ok: bool | None = None,
        after: Mark | None = None,
        timeout: float = 10.0,  # noqa: ASYNC109
    ) -> RecordedRequest:
        """The first finished request matching every given filter.

        ``text`` is a substring of the sent text or caption; ``after=None`` searches the whole log
        (so it also finds a call that already happened).
        """
        wanted_chat = None if chat_id is None else chat_id_of(chat_id)

        def matches(record: RecordedRequest) -> bool:
            if not record.finished:
                return False
            if method is not None and record.method != method:
                return False
            if wanted_chat is not None and record.chat_id != wanted_chat:
                return False
            if text is not None:
                sent = record.text or ""
                plain = record.message.content if record.message is not None else ""
                if text not in sent and text not in plain:
                    return False
            if ok is not None and record.ok != ok:
                return False
            return predicate is None or predicate(record)

        def check() -> RecordedRequest | None:
            return next((r for r in self.requests_since(after) if matches(r)), None)

        wanted = ", ".join(
            f"{name}={value!r}"
            for name, value in (("method", method), ("chat_id", wanted_chat), ("text", text), ("ok", ok))
            if value is not None
        )
        return await self._wait_until(check, timeout, f"a request ({wanted or 'any'})")

    async def next_message(
        self,
        chat: ChatLike,
        *,
        after: Mark | None = None,
        timeout: float = 10.0,  # noqa: ASYNC109
    ) -> StoredMessage:
        """The next message the bot sends into ``chat`` (``sendMessage``/``sendDocument``/...).

        Each message is handed out once, in order; ``after`` also skips messages sent before it.
        The result is a snapshot as sent; ``messages_in`` shows the current state.
        """
        chat_id = chat_id_of(chat)
        consumed = self._consumed_messages.setdefault(chat_id, set())

        def check() -> RecordedRequest | None:
            return next(
                (
                    r
                    for r in self.requests_since(after)
                    if r.method in SEND_METHODS
                    and r.ok
                    and r.message is not None
                    and r.message.chat_id == chat_id
                    and r.seq not in consumed
                ),
                None,
            )

        record = await self._wait_until(check, timeout, f"a message to chat {chat_id}")
        consumed.add(record.seq)
        assert record.message is not None
        return record.message

    async def wait_for_edit(
        self,
        chat: ChatLike,
        message_id: int,
        *,
        after: Mark | None = None,
        timeout: float = 10.0,  # noqa: ASYNC109
    ) -> StoredMessage:
        """The next successful edit of a message (text, caption or keyboard), as it left the message."""
        chat_id = chat_id_of(chat)
        consumed = self._consumed_edits.setdefault((chat_id, message_id), set())

        def check() -> RecordedRequest | None:
            return next(
                (
                    r
                    for r in self.requests_since(after)
                    if r.method in EDIT_METHODS
                    and r.ok
                    and r.message is not None
                    and r.message.chat_id == chat_id
                    and r.message.message_id == message_id
                    and r.seq not in consumed
                ),
                None,
            )

        record = await self._wait_until(check, timeout, f"an edit of message {message_id} in chat {chat_id}")
        consumed.add(record.seq)
        assert record.message is not None
        return record.message

    async def wait_for_callback_answer(
        self,
        callback_query_id: str,
        *,
        timeout: float = 10.0,  # noqa: ASYNC109
    ) -> CallbackAnswer:
        """The bot's ``answerCallbackQuery`` for a button press."""

        def check() -> CallbackAnswer | None:
            return next((a for a in self.callback_answers if a.callback_query_id == callback_query_id), None)

        return await self._wait_until(check, timeout, f"an answer to callback query {callback_query_id}")

    async def wait_for_polling(self, *, timeout: float = 10.0) -> RecordedRequest:  # noqa: ASYNC109
        """Returns once the bot has a ``getUpdates`` long poll open (it is up and listening)."""

        def check() -> RecordedRequest | None:
            return next((r for r in self._records if r.method in _POLL_METHODS and not r.finished), None)

        return await self._wait_until(check, timeout, "the bot to poll getUpdates")

    async def wait_until_idle(self, quiet: float = 0.3, *, timeout: float = 10.0) -> None:  # noqa: ASYNC109
        """Waits until every update was taken by the bot and it made no call (other than its
        long poll) for ``quiet`` seconds."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        while True:
            now = time.monotonic()
            busy = not self.updates.is_drained or any(
                not r.finished and r.method not in _POLL_METHODS for r in self._records
            )
            last = max(self._last_bot_activity, self.updates.last_activity)
            if not busy and now - last >= quiet:
                return
            if loop.time() >= deadline:
                state = f"{len(self.updates.pending)} update(s) unconfirmed" if busy else "still active"
                raise FakeTelegramTimeout(f"the bot did not become idle within {timeout}s ({state})\n{self._log()}")
            await asyncio.sleep(min(0.05, quiet / 3))

    async def assert_no_message(self, chat: ChatLike, *, after: Mark, quiet: float = 0.3) -> None:
        """Waits for the bot to go idle, then fails if it sent anything into ``chat`` after ``after``."""
        await self.wait_until_idle(quiet)
        sent = self.sent_messages(chat, after=after)
        if sent:
            texts = [message.content[:80] for message in sent]
            raise AssertionError(f"expected no message to chat {chat_id_of(chat)}, got {texts}")

    async def _wait_until(self, check: Callable[[], _T | None], seconds: float, wanted: str) -> _T:
        loop = asyncio.get_running_loop()
        deadline = loop.time() + seconds
        while True:
            changed = self._changed
            found = check()
            if found is not None:
                return found
            remaining = deadline - loop.time()
            if remaining <= 0:
                raise FakeTelegramTimeout(f"timed out after {seconds}s waiting for {wanted}\n{self._log()}")
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(changed.wait(), remaining)

    def _log(self, records: Iterable[RecordedRequest] | None = None, limit: int = 20) -> str:
        shown = [r for r in (records if records is not None else self._records) if r.method not in _POLL_METHODS]
        lines = [r.describe() for r in shown[-limit:]]
        return "recent bot requests (getUpdates omitted):\n  " + ("\n  ".join(lines) if lines else "(none)")
