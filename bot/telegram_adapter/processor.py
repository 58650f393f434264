"""Updates of one person strictly in order, different people in parallel.

PTB's default runs every update one after another for everyone; its ``concurrent_updates`` runs them
all at once, which lets two taps of one person race. This processor keys each update by its sender
(or chat) and holds a lock per key only while that key has updates in flight, so memory does not grow
with the number of people who ever wrote.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable
from typing import Any

from telegram import Update
from telegram.ext import BaseUpdateProcessor

from bot.telegram_adapter.incoming import PrivateUpdate


class _KeyLock:
    __slots__ = ("lock", "users")

    def __init__(self) -> None:
        self.lock = asyncio.Lock()
        self.users = 0


class PerUserUpdateProcessor(BaseUpdateProcessor):
    def __init__(self, max_concurrent_updates: int = 64) -> None:
        super().__init__(max_concurrent_updates)
        self._locks: dict[object, _KeyLock] = {}

    @staticmethod
    def key_of(update: object) -> object:
        if isinstance(update, PrivateUpdate):
            return ("user", update.person.user_id) if update.person is not None else ("chat", update.chat_id)
        if isinstance(update, Update):
            if update.effective_user is not None:
                return ("user", update.effective_user.id)
            if update.effective_chat is not None:
                return ("chat", update.effective_chat.id)
        return ("other", None)

    @property
    def active_keys(self) -> int:
        return len(self._locks)

    async def do_process_update(self, update: object, coroutine: Awaitable[Any]) -> None:
        key = self.key_of(update)
        entry = self._locks.get(key)
        if entry is None:
            entry = self._locks[key] = _KeyLock()
        entry.users += 1
        try:
            async with entry.lock:
                await coroutine
        finally:
            entry.users -= 1
            if entry.users == 0:
                del self._locks[key]

    async def initialize(self) -> None:
        pass

    async def shutdown(self) -> None:
        pass
