"""Sends reminders and rule-change alerts in the background, at the operator's rate, behind interactive replies.

A JobQueue job wakes every `TICK`; the schedule itself is in the database (`SessionStore.claim_follow_ups`),
never only in memory, so nothing is lost by a restart, and a person claimed by one worker is not claimed by
another while the claim holds. Each tick:

* tells the store when the rules in force changed (a new content deployed, or a dated figure that came into
  force or went stale today), which makes every person with alerts due for a re-check, once per change;
* claims the people who are due and sends them what bot/follow_up_delivery.py prepared, one message at a
  time at ``BOT_FOLLOW_UPS_PER_SECOND``, waiting while interactive updates are being handled, and waiting out
  Telegram's 429 ``retry_after``;
* a person who blocked the bot (403) has their reminders and alerts dropped; any other failure leaves the
  claim to expire, so the person is retried later, with a growing pause.
"""

from __future__ import annotations

import asyncio
import logging
import warnings
from collections.abc import Callable
from datetime import datetime, timedelta

from telegram import Bot
from telegram.error import BadRequest, Forbidden, NetworkError, RetryAfter
from telegram.ext import ContextTypes
from telegram.warnings import PTBDeprecationWarning

from bot.china_time import china_today
from bot.effects import Effect, Send
from bot.follow_up_delivery import FollowUpDelivery
from bot.storage import SessionStore
from bot.telegram_adapter.keyboards import inline_keyboard
from bot.telegram_adapter.processor import FairUpdateProcessor
from conversations.compiled import Content
from conversations.rechecks import rules_key

log = logging.getLogger(__name__)

TICK = timedelta(seconds=2)
CLAIM_BATCH = 20  # people claimed at once: at 5 a second, 4 seconds of sending
INTERACTIVE_WAIT = 1.0  # at most this long, per message, waiting for interactive updates to finish
_RETRY_AFTER_ATTEMPTS = 3


class FollowUpSender:
    def __init__(self, delivery: FollowUpDelivery, store: SessionStore, content: Content, *,
                 clock: Callable[[], datetime], per_second: float,
                 processor: FairUpdateProcessor | None = None) -> None:
        self.delivery = delivery
        self.store = store
        self.content = content
        self.clock = clock
        self.interval = 1.0 / per_second
        self.processor = processor
        self._rules_seen: str | None = None
        self._next_send = 0.0
        self._running = False
        self._counts = {"rechecked": 0, "notified": 0}

    async def tick(self, context: ContextTypes.DEFAULT_TYPE) -> None:
        if self._running:  # the previous tick is still sending: it will claim the rest
            return
        self._running = True
        try:
            await self._tick(context.bot)
        finally:
            self._running = False

    async def _tick(self, bot: Bot) -> None:
        now = self.clock()
        key = rules_key(self.content, china_today(now))
        if key != self._rules_seen:
            marked = await self.store.rules_changed(key, now)
            if self._rules_seen is not None or marked:
                log.info("rules in force are now %s: %d people with alerts to re-check", key, marked)
            self._report()
            self._rules_seen = key
        while True:
            claims = await self.store.claim_follow_ups(self.clock(), CLAIM_BATCH)
            for claim in claims:
                await self._one(bot, claim.user_id)
            if len(claims) < CLAIM_BATCH:
                break
        self._report()

    def _report(self) -> None:
        """How many people a rule change re-evaluated and notified (counts only: nobody is named)."""
        if self._counts["rechecked"]:
            log.info("rule-change re-check: %d people re-evaluated, %d notified",
                     self._counts["rechecked"], self._counts["notified"])
            self._counts = {"rechecked": 0, "notified": 0}

    async def _one(self, bot: Bot, user_id: int) -> None:
        prepared = await self.delivery.prepare(user_id)
        if prepared is None:
            return
        if prepared.rechecked:
            self._counts["rechecked"] += 1
            self._counts["notified"] += prepared.notified
        if not prepared.effects:
            return
        try:
            await self._send(bot, user_id, prepared.effects)
        except Forbidden:
            await self.delivery.drop(user_id)
            log.info("a person blocked the bot: their reminders and alerts were dropped")
            return
        except (NetworkError, RetryAfter) as error:
            # Kept in their record; the claim expires and the person is tried again later.
            log.warning("follow-up not sent (%s); it will be retried", type(error).__name__)
            return
        await self.delivery.delivered(user_id)

    async def _send(self, bot: Bot, chat_id: int, effects: list[Effect]) -> None:
        for effect in effects:
            for attempt in range(_RETRY_AFTER_ATTEMPTS):
                await self._pace()
                try:
                    await self._perform(bot, chat_id, effect)
                    break
                except RetryAfter as error:  # Telegram asks us to slow down: everybody waits
                    seconds = _seconds(error)
                    self._next_send = asyncio.get_running_loop().time() + seconds
                    if attempt == _RETRY_AFTER_ATTEMPTS - 1:
                        raise

    @staticmethod
    async def _perform(bot: Bot, chat_id: int, effect: Effect) -> None:
        if not isinstance(effect, Send):
            return  # follow-ups are plain messages: button answers and edits need a pressed button
        try:
            await bot.send_message(chat_id, effect.message.html, reply_markup=inline_keyboard(effect.message))
        except BadRequest as error:
            # Permanent for this message (e.g. the account is gone): resending would fail the same way.
            log.error("follow-up message refused by Telegram: %s", type(error).__name__)

    async def _pace(self) -> None:
        """At most ``per_second`` messages a second, after any 429 pause, and behind interactive updates."""
        loop = asyncio.get_running_loop()
        waited = 0.0
        while self.processor is not None and self.processor.active_keys and waited < INTERACTIVE_WAIT:
            await asyncio.sleep(0.05)
            waited += 0.05
        delay = self._next_send - loop.time()
        if delay > 0:
            await asyncio.sleep(delay)
        self._next_send = max(self._next_send, loop.time()) + self.interval



def _seconds(error: RetryAfter) -> float:
    """The pause Telegram asked for. PTB 22 gives seconds and warns that a later major version will give a
    timedelta; both are read, without the warning."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", PTBDeprecationWarning)
        pause = error.retry_after
    return pause.total_seconds() if isinstance(pause, timedelta) else float(pause)
