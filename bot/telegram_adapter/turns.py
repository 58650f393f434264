"""Each person's updates one at a time and in order, across several workers on one PostgreSQL database.

A load balancer sends each webhook delivery to any worker, so a person's updates 5 and 6 may reach two
workers. Each worker writes what it receives to the shared inbox, tagged with the person, before the
200 answer (inbox.py). A worker about to handle an update of person P:

1. takes P's lock, shared by all workers (`SessionStore.person_lock`, a PostgreSQL advisory lock);
2. under it, handles every entry of P still pending with a smaller ``update_id`` first, in order, whichever
   worker received it (another one's, or a dead one's), each through the same path as any update
   (``Application.process_update``) and then finishes it (`SessionStore.inbox_done`);
3. then handles its own update, unless its entry is gone: another worker handled it in its step 2;
4. finishes its own entry before it lets go of the lock: the next worker to take the turn must not find
   it pending and handle it again (the single-process inbox deletes finished entries in batches, a few
   milliseconds later; across workers that would be too late).

A worker killed with ``kill -9`` leaves entries pending and its locks vanish with its connections. Every
worker's `sweep` (a repeating job) looks for entries received more than `STALE_AFTER` ago and still
pending, and handles them person by person under the same lock, taken without waiting: a person whose
lock a live worker holds is that worker's to finish. An update handled twice by this (a worker swept it
while another had it queued in memory) is applied once: the second finds its entry gone, and the
store's processed ids refuse a second save in any case.

Updates of nobody (no user, no chat: none of them has a handler today) have no turn and are not swept;
one a dead worker left is handled when a worker next starts (`DurableUpdateQueue.requeue_unfinished`).

With one process (SQLite) none of this runs: the update processor's in-memory per-person lock is the turn.
"""

from __future__ import annotations

import inspect
import json
import logging
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime, timedelta
from typing import Any

from telegram import Bot, Update
from telegram.ext import ContextTypes

from bot.storage import InboxEntry, SessionStore
from bot.telegram_adapter.processor import FairUpdateProcessor

log = logging.getLogger(__name__)

SWEEP_EVERY = timedelta(seconds=3)
STALE_AFTER = timedelta(seconds=5)  # a live worker finishes an entry within this unless it is busy


class PersonTurns:
    def __init__(self, store: SessionStore, bot: Bot, process: Callable[[Update], Awaitable[object]]) -> None:
        """``process``: the application's ``process_update``, the path every update takes."""
        self._store = store
        self._bot = bot
        self._process = process

    async def in_turn(self, update: object, handling: Awaitable[Any]) -> None:
        """Run ``handling`` (the update's processing) in its person's turn and finish its inbox entry
        before the turn ends; close ``handling`` unrun if another worker handled the update already."""
        person = FairUpdateProcessor.person_of(update)
        if person is None or not isinstance(update, Update):
            await handling  # nobody's: no order to keep
            if isinstance(update, Update):
                await self._store.inbox_done([update.update_id])
            return
        async with self._store.person_lock(person):
            own = False
            for entry in await self._store.inbox_pending(person=person, through=update.update_id):
                if entry.update_id == update.update_id:
                    own = True
                else:
                    await self._handle(entry)
            if not own:
                if inspect.iscoroutine(handling):
                    handling.close()  # never started: close it so nothing warns about a coroutine never awaited
                return
            await handling
            await self._store.inbox_done([update.update_id])

    async def sweep(self, context: ContextTypes.DEFAULT_TYPE) -> None:
        """The repeating job: `sweep_once`."""
        await self.sweep_once()

    async def sweep_once(self) -> int:
        """Handle, person by person, the entries pending for longer than `STALE_AFTER` whose person's
        lock no live worker holds; how many."""
        handled = 0
        for person in await self._store.inbox_waiting_persons(datetime.now(UTC) - STALE_AFTER):
            async with self._store.try_person_lock(person) as mine:
                if not mine:
                    continue
                for entry in await self._store.inbox_pending(person=person):
                    await self._handle(entry)
                    handled += 1
        if handled:
            log.info("handled %d updates left pending by a stopped or busy worker", handled)
        return handled

    async def _handle(self, entry: InboxEntry) -> None:
        """Through the same path as any update: the application's handlers (errors go to its error
        handler), then the entry is finished."""
        update = Update.de_json(json.loads(entry.payload), self._bot)
        if update is not None:
            await self._process(update)
        await self._store.inbox_done([entry.update_id])
