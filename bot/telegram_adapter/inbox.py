"""The durable inbox on PTB's own update queue: no update Telegram was told we received is ever lost.

PTB tells Telegram an update was received as soon as it is in the application's update queue: the
Updater moves the ``getUpdates`` offset past it on its next call, and the webhook server answers 200 once
``update_queue.put`` returns. So `DurableUpdateQueue.put` first writes the update to the store's inbox,
durably, and only then queues it: when ``put`` returns, the update survives any crash. Both ways in use
the public ``ApplicationBuilder.update_queue`` seam; PTB's Updater and webhook server stay as they are.

The entry is deleted once the update was handled and its replies sent (`finish`). At start-up,
`requeue_unfinished` queues what a previous run left, before anything new arrives: updates it had not
handled are handled now; for those it had applied but perhaps not answered, the conversation service finds
the replies it kept with the update and sends them. A person may so see a reply twice after a crash
(sent, then the process died before the entry was done), never not at all.
"""

from __future__ import annotations

import asyncio
import json
import logging

from telegram import Bot, Update

from bot.storage import SessionStore

log = logging.getLogger(__name__)


class DurableUpdateQueue(asyncio.Queue[object]):
    def __init__(self, store: SessionStore) -> None:
        super().__init__()
        self._store = store

    async def put(self, item: object) -> None:
        if isinstance(item, Update) and not await self._store.inbox_add(item.update_id, item.to_json()):
            return  # Telegram sent it again: it is queued already (or handled and answered)
        await super().put(item)

    async def requeue_unfinished(self, bot: Bot) -> int:
        """Queue the updates a previous run received and did not finish (oldest first); how many."""
        count = 0
        for entry in await self._store.inbox_pending():
            update = Update.de_json(json.loads(entry.payload), bot)
            if update is not None:
                self.put_nowait(update)  # already in the inbox: not written again
                count += 1
        if count:
            log.info("resuming %d updates received before the last stop", count)
        return count

    async def finish(self, update: object) -> None:
        """The update was handled (or deliberately dropped) and its replies sent."""
        if isinstance(update, Update):
            await self._store.inbox_done(update.update_id)
