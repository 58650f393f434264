"""Updates of one person strictly in order, different people in parallel, and no person can hold up the rest.

PTB's ``BaseUpdateProcessor`` admits an update through a semaphore and then awaits our
``do_process_update``. If the per-person lock were taken inside a small pool of such slots, one person's
queued updates would fill every slot while they wait for that person's lock, and everybody else would
wait behind them. So PTB's semaphore is only an admission bound here (``admitted``, large); the work
itself runs under a second semaphore (``workers``) that is taken only once it is the person's turn.

Each person may have at most ``per_person`` updates waiting or running, and at most ``per_minute``
updates admitted in a clock minute. Further updates of that person are dropped at once, without being
processed: memory and work stay bounded whatever one account sends, and the ``on_overflow`` callback
tells the person (once per burst; every dropped button press still gets an answer). Drops are logged as
counts, never with content.
"""

from __future__ import annotations

import asyncio
import inspect
import logging
import time
from collections.abc import Awaitable, Callable
from typing import Any

from telegram import Update
from telegram.ext import BaseUpdateProcessor

log = logging.getLogger(__name__)

OverflowCallback = Callable[[Update, bool], Awaitable[None]]  # (the dropped update, first drop of the burst)
DoneCallback = Callable[[object], Awaitable[None]]  # the update was handled, or dropped and told
# Runs the update's handling (the coroutine) in its person's turn across processes and finishes its inbox
# entry within that turn, or closes the coroutine unrun if another process handled the update (turns.py).
TurnCallback = Callable[[object, Awaitable[Any]], Awaitable[None]]


class _PersonQueue:
    __slots__ = ("dropped", "lock", "queued")

    def __init__(self) -> None:
        self.lock = asyncio.Lock()  # FIFO: updates run in the order they arrived
        self.queued = 0  # waiting for the lock, or running
        self.dropped = 0  # in the current burst


Key = tuple[str, int | None]
_MINUTES_KEPT = 10_000  # people whose count of this minute is kept before old minutes are swept


class FairUpdateProcessor(BaseUpdateProcessor):
    def __init__(self, *, workers: int = 64, per_person: int = 10, per_minute: int = 60, admitted: int = 100_000,
                 on_overflow: OverflowCallback | None = None, on_done: DoneCallback | None = None,
                 in_turn: TurnCallback | None = None, clock: Callable[[], float] = time.monotonic) -> None:
        if workers < 1 or per_person < 1 or per_minute < 1 or admitted < workers:
            raise ValueError("workers, per_person and per_minute must be positive, admitted at least workers")
        super().__init__(admitted)
        self.per_person = per_person
        self.per_minute = per_minute
        self.on_overflow = on_overflow
        self.on_done = on_done
        self.in_turn = in_turn  # None: this process is the only one, its per-person lock is the turn
        self._clock = clock
        self._workers = asyncio.Semaphore(workers)
        self._queues: dict[Key, _PersonQueue] = {}
        self._minutes: dict[Key, tuple[int, int]] = {}  # person -> (minute, updates admitted in it)
        self._told: dict[Key, int] = {}  # person -> the minute they were last told they are over the limit

    @staticmethod
    def key_of(update: object) -> Key:
        if isinstance(update, Update):
            if update.effective_user is not None:
                return ("user", update.effective_user.id)
            if update.effective_chat is not None:
                return ("chat", update.effective_chat.id)
        return ("other", None)

    @staticmethod
    def person_of(update: object) -> str | None:
        """`key_of` as text, as the inbox stores it ("user:<id>", "chat:<id>"); None for updates of nobody."""
        kind, number = FairUpdateProcessor.key_of(update)
        return None if number is None else f"{kind}:{number}"

    @property
    def active_keys(self) -> int:
        return len(self._queues)

    async def do_process_update(self, update: object, coroutine: Awaitable[Any]) -> None:
        key = self.key_of(update)
        queue = self._queues.get(key)
        if queue is None:
            queue = self._queues[key] = _PersonQueue()
        if key[0] != "other":
            over_minute = not self._admit_this_minute(key)
            if over_minute or queue.queued >= self.per_person:
                queue.dropped += 1
                if queue.queued == 0:  # nothing of theirs waiting: keep no entry (before any await below)
                    del self._queues[key]
                if inspect.iscoroutine(coroutine):
                    coroutine.close()  # never started: close it so nothing warns about a coroutine never awaited
                first = self._first_told_this_minute(key) if over_minute else queue.dropped == 1
                if self.on_overflow is not None and isinstance(update, Update):
                    await self.on_overflow(update, first)
                if over_minute and first:
                    log.warning("one person sent more than %d updates this minute: the rest of the minute's "
                                "are dropped", self.per_minute)
                if self.on_done is not None:
                    await self.on_done(update)
                return
        queue.queued += 1
        try:
            async with queue.lock, self._workers:
                if self.in_turn is not None:
                    await self.in_turn(update, coroutine)  # finishes the update itself, within the turn
                    return
                await coroutine
                if self.on_done is not None:  # not when the work failed or was cancelled: it is done again
                    await self.on_done(update)
        finally:
            queue.queued -= 1
            if queue.queued == 0:
                del self._queues[key]
                if queue.dropped:
                    log.warning("dropped %d updates of one person who sent more than %d at once or %d a minute",
                                queue.dropped, self.per_person, self.per_minute)

    def _admit_this_minute(self, key: Key) -> bool:
        minute = int(self._clock() // 60)
        seen_minute, count = self._minutes.get(key, (minute, 0))
        if seen_minute != minute:
            count = 0
        if count >= self.per_minute:
            return False
        if len(self._minutes) >= _MINUTES_KEPT and key not in self._minutes:
            self._minutes = {k: v for k, v in self._minutes.items() if v[0] == minute}
        self._minutes[key] = (minute, count + 1)
        return True

    def _first_told_this_minute(self, key: Key) -> bool:
        minute = int(self._clock() // 60)
        if self._told.get(key) == minute:
            return False
        if len(self._told) >= _MINUTES_KEPT:
            self._told = {k: v for k, v in self._told.items() if v == minute}
        self._told[key] = minute
        return True

    async def initialize(self) -> None:
        pass

    async def shutdown(self) -> None:
        pass
