"""The durable inbox on PTB's own update queue: no update Telegram was told we received is ever lost.

PTB tells Telegram updates were received when its Updater asks ``getUpdates`` for the next ones (the
offset moves past them), or, for a webhook, when ``update_queue.put`` returns (the 200 answer). So:

* by webhook, `DurableUpdateQueue.put` writes the update to the store's inbox before it returns;
* when polling, ``put`` collects the batch ``getUpdates`` returned, and `InboxBot.get_updates` writes
  it, in one transaction, before it asks for the next batch. A burst of a hundred updates costs one
  durable write, not a hundred, and none is acknowledged before it is written.

Only then is an update queued for handling. Its entry is deleted once it was handled and its replies
sent (`finish`, batched like the writes). At start-up, `requeue_unfinished` queues what a previous run
left, before anything new arrives: updates it had not handled are handled now; for those it had applied
but perhaps not answered, the conversation service finds the replies it kept with the update and sends
them. A person may so see a reply twice after a crash (sent, then the process died before the entry was
done), never not at all.
"""

from __future__ import annotations

import asyncio
import json
import logging
from typing import Any

from telegram import Bot, Update
from telegram.ext import ExtBot

from bot.storage import InboxEntry, SessionStore
from bot.telegram_adapter.processor import FairUpdateProcessor

log = logging.getLogger(__name__)

DONE_BATCH_SECONDS = 0.05  # finished entries are deleted together, at most this long after the first


class DurableUpdateQueue(asyncio.Queue[object]):
    def __init__(self, store: SessionStore, *, batched: bool, done_batch_seconds: float = DONE_BATCH_SECONDS
                 ) -> None:
        """``batched``: collect updates until `write_batch` (polling); else write each as it comes (webhook).
        ``done_batch_seconds``: how long finished entries wait to be deleted together."""
        super().__init__()
        self._done_batch_seconds = done_batch_seconds
        self._store = store
        self._batched = batched
        self._batch: list[Update] = []
        self._done: list[int] = []
        self._forgetting: asyncio.Task[None] | None = None

    async def put(self, item: object) -> None:
        if not isinstance(item, Update):
            await super().put(item)
        elif self._batched:
            self._batch.append(item)
        else:
            await self._write([item])

    async def write_batch(self) -> None:
        """Write the updates collected since the last batch, then queue them for handling."""
        batch, self._batch = self._batch, []
        await self._write(batch)

    async def _write(self, updates: list[Update]) -> None:
        if not updates:
            return
        added = await self._store.inbox_add([InboxEntry(u.update_id, u.to_json(), FairUpdateProcessor.person_of(u))
                                             for u in updates])
        for update in updates:
            if update.update_id in added:  # else Telegram sent it again: queued already, or handled
                super().put_nowait(update)

    async def requeue_unfinished(self, bot: Bot) -> int:
        """Queue the updates a previous run received and did not finish (oldest first); how many."""
        count = 0
        for entry in await self._store.inbox_pending():
            update = Update.de_json(json.loads(entry.payload), bot)
            if update is not None:
                super().put_nowait(update)  # already in the inbox: not written again
                count += 1
        if count:
            log.info("resuming %d updates received before the last stop", count)
        return count

    async def finish(self, update: object) -> None:
        """The update was handled (or deliberately dropped) and its replies sent: its entry goes with the
        others finished within ``done_batch_seconds``, in one write. A burst (a flood of dropped updates) so
        costs one durable write rather than one each; killed before that write, the entries are resumed
        at the restart like any unfinished one (the replies they kept may then be sent twice)."""
        if not isinstance(update, Update):
            return
        self._done.append(update.update_id)
        if self._forgetting is None or self._forgetting.done():
            self._forgetting = asyncio.create_task(self._forget_done_soon())

    async def _forget_done_soon(self) -> None:
        await asyncio.sleep(self._done_batch_seconds)
        try:
            await self.forget_done()
        except Exception as error:  # kept: the entries are forgotten with the next batch, or resumed
            log.error("could not forget finished inbox entries: %s", type(error).__name__)

    async def forget_done(self) -> None:
        """Delete the entries of the updates finished so far (at once: at shutdown, before the store closes)."""
        done, self._done = self._done, []
        if done:
            try:
                await self._store.inbox_done(done)
            except BaseException:
                self._done[:0] = done
                raise

    async def close(self) -> None:
        """Forget what was finished, now, and stop the batching (before the store is closed)."""
        if self._forgetting is not None and not self._forgetting.done():
            self._forgetting.cancel()
        await self.forget_done()


class InboxBot(ExtBot[Any]):
    """PTB's bot, writing the batch of updates it was last given to the inbox before it asks Telegram
    for more (which tells Telegram that batch arrived)."""

    __slots__ = ("_inbox",)

    def __init__(self, token: str, *, inbox: DurableUpdateQueue, **kwargs: Any) -> None:
        super().__init__(token, **kwargs)
        self._inbox = inbox  # PTB freezes its objects; attributes named with "_" stay settable

    async def get_updates(self, *args: Any, **kwargs: Any) -> tuple[Update, ...]:
        await self._inbox.write_batch()
        return await super().get_updates(*args, **kwargs)
