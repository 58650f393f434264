"""The session-store interface: the `SessionStore` protocol, the `StoredSession` value and the errors.

Storage knows nothing about Telegram or the interview engine: a session is opaque JSON text here.
Session text holds personal answers (salaries, ages), so it is kept out of every ``repr`` and message.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Protocol

from bot.storage.chats import StatIncrement


@dataclass(frozen=True)
class StoredSession:
    """One user's saved session, as read back from the store."""

    user_id: int
    data: str = field(repr=False)  # the engine's session as JSON text; opaque here, never printed
    version: int  # optimistic-concurrency version, 1 after the first save
    created_at: datetime  # timezone-aware, UTC
    updated_at: datetime  # timezone-aware, UTC


class StorageError(Exception):
    """Base class of every error raised by the session store."""


class StaleSessionError(StorageError):
    """``expected_version`` did not match: someone saved a newer version (or the session was deleted)."""

    def __init__(self, *, expected_version: int, actual_version: int) -> None:
        super().__init__(f"expected session version {expected_version}, found {actual_version}")
        self.expected_version = expected_version
        self.actual_version = actual_version  # 0 means "no session stored"


class DuplicateUpdateError(StorageError):
    """This update_id / callback query id was already applied; nothing was written."""

    def __init__(self, *, update_id: int | None, callback_query_id: str | None) -> None:
        super().__init__(f"already processed: update_id={update_id}, callback_query_id={callback_query_id}")
        self.update_id = update_id
        self.callback_query_id = callback_query_id


class MigrationError(StorageError):
    """A schema migration is malformed, conflicts with the database, or failed (and was rolled back)."""


class SessionStore(Protocol):
    """Where interview sessions live. All methods are safe to call concurrently from one event loop."""

    async def open(self) -> None:
        """Connect, configure and apply pending schema migrations."""
        ...

    async def close(self) -> None:
        """Close the store; calling it twice is harmless."""
        ...

    async def load(self, user_id: int) -> StoredSession | None:
        """Return the user's session, or None if there is none."""
        ...

    async def save(
        self,
        user_id: int,
        data: str,
        *,
        expected_version: int,
        update_id: int | None = None,
        callback_query_id: str | None = None,
        stats: Sequence[StatIncrement] = (),
    ) -> StoredSession:
        """Write ``data`` as the next version of the user's session, in one transaction.

        ``stats`` are anonymous counters incremented in the same transaction.

        ``expected_version`` is the version the caller loaded (0: "must not exist yet").
        Raises DuplicateUpdateError if ``update_id`` or ``callback_query_id`` was already recorded
        (checked first, so a redelivered update is reported as a duplicate, not as stale), then
        StaleSessionError on a version mismatch. Either way nothing is written. On success the ids
        are recorded as processed in the same transaction.
        """
        ...

    async def mark_processed(
        self, *, update_id: int | None = None, callback_query_id: str | None = None
    ) -> bool:
        """Record ids of an update that changes no session; False (and nothing written) if any was known."""
        ...

    async def is_processed(
        self, *, update_id: int | None = None, callback_query_id: str | None = None
    ) -> bool:
        """True if any of the given ids was already recorded."""
        ...

    async def delete_user(self, user_id: int) -> bool:
        """Remove everything keyed by the user ("/forget"); True if anything was removed."""
        ...

    async def purge_idle(self, idle_since: datetime) -> int:
        """Delete sessions last updated strictly before ``idle_since``; return how many."""
        ...

    async def purge_processed(self, older_than: datetime) -> int:
        """Forget processed ids seen strictly before ``older_than``; return how many."""
        ...

    async def count_sessions(self) -> int:
        """Number of stored sessions (constant time)."""
        ...
