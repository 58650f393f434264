"""The background side of reminders and rule alerts, without Telegram: what to send a person who is due.

The order makes every message go out at least once, whatever stops the process:

1. `prepare`: load the person's record, decide what is due (bot/follow_ups.py), and save the record with
   those messages in it (`UserRecord.undelivered`) and the reminders they answer removed, in one write.
2. The sender (bot/telegram_adapter/follow_up_sender.py) sends them.
3. `delivered`: save the record without them; the store's follow-up moves to the next reminder.

A process killed between 1 and 3 leaves the messages in the record, due again a little later
(`UNDELIVERED_GRACE`): whichever worker claims the person next sends them before anything new. A person
who blocked the bot is `drop`ped: their reminders, alerts and unsent messages are removed.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field

from bot.china_time import china_today
from bot.effects import Effect, decode_replies, encode_replies
from bot.follow_ups import FollowUpDecisions
from bot.service import ConversationService

log = logging.getLogger(__name__)

_ATTEMPTS = 3  # saves that lost a race with the person's own messages: load again and redo


@dataclass
class Prepared:
    """What to send a person now, already saved in their record."""

    effects: list[Effect] = field(default_factory=list)
    rechecked: bool = False  # their alerts were re-checked against new rules
    notified: bool = False  # and a change was found and is among the effects


class FollowUpDelivery:
    def __init__(self, service: ConversationService) -> None:
        if service.follow_ups is None:
            raise ValueError("the service was built without follow-ups (follow_ups=True)")
        self.service = service
        self.decisions: FollowUpDecisions = service.follow_ups

    async def prepare(self, user_id: int) -> Prepared | None:
        """What is due for the person, saved before it is sent; None when nothing is (or they are gone)."""
        for _ in range(_ATTEMPTS):
            loaded = await self.service.load_record(user_id)
            if loaded is None:
                return None  # forgotten (/forget removes the follow-up too) or unreadable
            record, version = loaded
            if record.undelivered is not None:  # saved by a run that stopped before it finished: send first
                try:
                    effects, _ = decode_replies(record.undelivered)
                except ValueError:
                    log.error("unreadable unsent follow-up messages; dropped")
                    effects = []
                if effects:
                    return Prepared(effects)
                record = record.model_copy(update={"undelivered": None})
            today = china_today(self.service.clock())
            due = self.decisions.due(record, today)
            new_record, effects = due.record, due.effects
            if effects:
                new_record = new_record.model_copy(update={"undelivered": encode_replies(effects, 0)})
            if await self.service.store_record(user_id, new_record, version):
                if not effects and not due.rechecked:
                    return None
                return Prepared(effects, rechecked=due.rechecked, notified=due.notified)
        log.warning("follow-up not prepared: the record kept changing")
        return None

    async def delivered(self, user_id: int) -> None:
        """The messages saved by `prepare` were sent: remove them from the record."""
        for _ in range(_ATTEMPTS):
            loaded = await self.service.load_record(user_id)
            if loaded is None or loaded[0].undelivered is None:
                return
            record, version = loaded
            if await self.service.store_record(user_id, record.model_copy(update={"undelivered": None}), version):
                return
        log.warning("sent follow-up not marked: it may be sent once more")

    async def drop(self, user_id: int) -> None:
        """The person blocked the bot: nothing more will be sent to them, so their reminders, alerts and
        unsent messages go (their answers stay until /forget or the usual expiry)."""
        for _ in range(_ATTEMPTS):
            loaded = await self.service.load_record(user_id)
            if loaded is None:
                return
            record, version = loaded
            cleared = record.model_copy(update={"reminders": (), "rule_alerts": None, "undelivered": None})
            if await self.service.store_record(user_id, cleared, version):
                return

