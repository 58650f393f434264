"""The bot's update queue: long polling with ``getUpdates`` or delivery to a webhook.

As on Telegram, an update stays queued until the bot confirms it (a later ``getUpdates`` with a
higher ``offset``) or its webhook answers 2xx; a second concurrent ``getUpdates`` terminates the
first with 409; ``getUpdates`` is refused while a webhook is set.
"""

from __future__ import annotations

import asyncio
import contextlib
import time
from dataclasses import dataclass, field
from typing import Any

import aiohttp

from .errors import GET_UPDATES_CONFLICT, TERMINATED_BY_SET_WEBHOOK, WEBHOOK_ACTIVE, conflict

UPDATE_TYPES = frozenset(
    {
        "message", "edited_message", "channel_post", "edited_channel_post", "business_connection",
        "business_message", "edited_business_message", "deleted_business_messages", "message_reaction",
        "message_reaction_count", "inline_query", "chosen_inline_result", "callback_query",
        "shipping_query", "pre_checkout_query", "purchased_paid_media", "poll", "poll_answer",
        "my_chat_member", "chat_member", "chat_join_request", "chat_boost", "removed_chat_boost",
    }
)  # fmt: skip
NOT_SENT_BY_DEFAULT = frozenset({"chat_member", "message_reaction", "message_reaction_count"})


def update_type(body: dict[str, Any]) -> str:
    return next((key for key in body if key != "update_id"), "")


@dataclass
class QueuedUpdate:
    update_id: int
    body: dict[str, Any]
    forced: bool = False
    """Pushed with an explicit (possibly old) id: survives ``offset`` until delivered once."""
    deliveries: int = 0
    failed_attempts: int = 0


@dataclass
class WebhookConfig:
    url: str
    secret_token: str | None = None
    max_connections: int = 40
    ip_address: str | None = None
    last_error_date: int | None = None
    last_error_message: str | None = None
    deliveries: list[dict[str, Any]] = field(default_factory=list)
    """Every update body POSTed to this webhook (successfully or not)."""


class _Poll:
    def __init__(self) -> None:
        self.wake = asyncio.Event()
        self.terminated_by: str | None = None

    def terminate(self, reason: str) -> None:
        self.terminated_by = reason
        self.wake.set()


class UpdateQueue:
    """Pending updates and the two ways Telegram hands them to a bot."""

    def __init__(
        self,
        *,
        first_update_id: int = 100_001,
        webhook_retry_delay: float = 0.2,
        webhook_max_attempts: int = 5,
    ) -> None:
        self._pending: list[QueuedUpdate] = []
        self._next_id = first_update_id
        self.allowed_updates: list[str] | None = None
        self.webhook: WebhookConfig | None = None
        self.webhook_retry_delay = webhook_retry_delay
        self.webhook_max_attempts = webhook_max_attempts
        self.history: list[dict[str, Any]] = []
        """Every update ever queued, in order."""
        self.last_activity = time.monotonic()
        self._poll: _Poll | None = None
        self._listeners: set[asyncio.Event] = set()
        self._closing = False
        self._webhook_task: asyncio.Task[None] | None = None
        self._session: aiohttp.ClientSession | None = None

    # queueing --------------------------------------------------------------------------------

    def push(self, body: dict[str, Any]) -> int:
        """Queues an update; assigns ``update_id`` unless the body carries one."""
        explicit = body.get("update_id")
        if isinstance(explicit, int):
            update_id = explicit
            self._next_id = max(self._next_id, explicit + 1)
        else:
            update_id = self._next_id
            self._next_id += 1
        full = {"update_id": update_id, **{k: v for k, v in body.items() if k != "update_id"}}
        self._pending.append(QueuedUpdate(update_id, full, forced=isinstance(explicit, int)))
        self.history.append(full)
        self._touch()
        return update_id

    @property
    def pending(self) -> list[dict[str, Any]]:
        """Updates not yet confirmed by the bot."""
        return [item.body for item in self._pending]

    @property
    def is_drained(self) -> bool:
        return not self._pending

    def drop_pending(self) -> None:
        self._pending.clear()
        self._touch()

    def _touch(self) -> None:
        self.last_activity = time.monotonic()
        for event in self._listeners:
            event.set()

    def _allowed(self) -> set[str]:
        if not self.allowed_updates:
            return set(UPDATE_TYPES - NOT_SENT_BY_DEFAULT)
        return set(self.allowed_updates)

    def _drop_unallowed(self) -> None:
        allowed = self._allowed()
        self._pending = [item for item in self._pending if update_type(item.body) in allowed or item.forced]

    # long polling ----------------------------------------------------------------------------

    async def get_updates(
        self, *, offset: int | None, limit: int, poll_seconds: float, allowed_updates: list[str] | None
    ) -> list[dict[str, Any]]:
        if self.webhook is not None:
            raise conflict(WEBHOOK_ACTIVE)
        if allowed_updates is not None:
            self.allowed_updates = list(allowed_updates)
        if offset:
            self._confirm(offset)
        if self._poll is not None:
            self._poll.terminate(GET_UPDATES_CONFLICT)
        poll = _Poll()
        self._poll = poll
        self._listeners.add(poll.wake)
        loop = asyncio.get_running_loop()
        deadline = loop.time() + max(poll_seconds, 0.0)
        try:
            while True:
                if poll.terminated_by is not None:
                    raise conflict(poll.terminated_by)
                batch = self._take(max(1, min(limit, 100)))
                remaining = deadline - loop.time()
                if batch or self._closing or remaining <= 0:
                    return batch
                poll.wake.clear()
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(poll.wake.wait(), remaining)
        finally:
            self._listeners.discard(poll.wake)
            if self._poll is poll:
                self._poll = None

    def _confirm(self, offset: int) -> None:
        before = len(self._pending)
        if offset > 0:
            self._pending = [item for item in self._pending if item.update_id >= offset or item.forced]
        else:
            self._pending = self._pending[offset:] if -offset < len(self._pending) else self._pending
        if len(self._pending) != before:
            self._touch()

    def _take(self, limit: int) -> list[dict[str, Any]]:
        self._drop_unallowed()
        batch = sorted(self._pending[:limit], key=lambda item: item.update_id)
        for item in batch:
            item.deliveries += 1
            item.forced = False
        if batch:
            self._touch()
        return [item.body for item in batch]

    # webhook ---------------------------------------------------------------------------------

    def set_webhook(self, config: WebhookConfig, *, allowed_updates: list[str] | None, drop_pending: bool) -> bool:
        """Installs a webhook; returns whether one with this URL was already set."""
        already = self.webhook is not None and self.webhook.url == config.url
        if self._poll is not None:
            self._poll.terminate(TERMINATED_BY_SET_WEBHOOK)
        if allowed_updates is not None:
            self.allowed_updates = list(allowed_updates)
        if drop_pending:
            self.drop_pending()
        self.webhook = config
        self._restart_delivery()
        return already

    def delete_webhook(self, *, drop_pending: bool) -> bool:
        """Removes the webhook; returns whether there was one."""
        had = self.webhook is not None
        self.webhook = None
        if self._webhook_task is not None:
            self._webhook_task.cancel()
            self._webhook_task = None
        if drop_pending:
            self.drop_pending()
        return had

    def webhook_info(self) -> dict[str, Any]:
        info: dict[str, Any] = {
            "url": self.webhook.url if self.webhook else "",
            "has_custom_certificate": False,
            "pending_update_count": len(self._pending),
        }
        if self.webhook is not None:
            info["max_connections"] = self.webhook.max_connections
            if self.webhook.ip_address:
                info["ip_address"] = self.webhook.ip_address
            if self.webhook.last_error_date is not None:
                info["last_error_date"] = self.webhook.last_error_date
                info["last_error_message"] = self.webhook.last_error_message
        if self.allowed_updates:
            info["allowed_updates"] = list(self.allowed_updates)
        return info

    def _restart_delivery(self) -> None:
        if self._webhook_task is not None:
            self._webhook_task.cancel()
        self._webhook_task = asyncio.get_running_loop().create_task(self._deliver_forever())

    async def _deliver_forever(self) -> None:
        wake = asyncio.Event()
        self._listeners.add(wake)
        try:
            while not self._closing and self.webhook is not None:
                wake.clear()
                self._drop_unallowed()
                if not self._pending:
                    await wake.wait()
                    continue
                item = min(self._pending, key=lambda queued: queued.update_id)
                if await self._post(self.webhook, item):
                    item.deliveries += 1
                    if item in self._pending:
                        self._pending.remove(item)
                    self._touch()
                    continue
                item.failed_attempts += 1
                if item.failed_attempts >= self.webhook_max_attempts and item in self._pending:
                    self._pending.remove(item)
                    self._touch()
                await asyncio.sleep(self.webhook_retry_delay)
        finally:
            self._listeners.discard(wake)

    async def _post(self, webhook: WebhookConfig, item: QueuedUpdate) -> bool:
        if self._session is None:
            self._session = aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=10))
        headers = {"Content-Type": "application/json"}
        if webhook.secret_token:
            headers["X-Telegram-Bot-Api-Secret-Token"] = webhook.secret_token
        webhook.deliveries.append(item.body)
        error: str
        try:
            async with self._session.post(webhook.url, json=item.body, headers=headers) as response:
                await response.read()
                if 200 <= response.status < 300:
                    return True
                error = f"Wrong response from the webhook: {response.status} {response.reason}"
        except asyncio.CancelledError:
            raise
        except aiohttp.ClientConnectorError:
            error = "Connection refused"
        except (aiohttp.ClientError, TimeoutError) as exc:
            error = f"Connection failed: {exc.__class__.__name__}"
        webhook.last_error_date = int(time.time())
        webhook.last_error_message = error
        return False

    # lifecycle -------------------------------------------------------------------------------

    async def close(self) -> None:
        """Answers open long polls with no updates and stops webhook delivery."""
        self._closing = True
        for event in self._listeners:
            event.set()
        if self._webhook_task is not None:
            self._webhook_task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._webhook_task
            self._webhook_task = None
        if self._session is not None:
            await self._session.close()
            self._session = None
