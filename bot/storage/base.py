"""The session-store interface: the `SessionStore` protocol, the values it takes and gives, its errors.

Storage knows nothing about Telegram or the interview engine: a session is opaque JSON text here.
Session text holds personal answers (salaries, ages), so it is kept out of every ``repr`` and message.

`SqliteSessionStore` (sqlite.py) and `PostgresSessionStore` (postgres.py, for several workers) meet the
same contract, written in the docstrings below; `BotStore` is what both are. The tests of the contract
are in ``tests/unit/test_session_store.py`` and run against both.

Beside each session, a store keeps the person's `FollowUp`: when to look at them again (reminders,
rule-change re-checks), so that a background job finds who is due without decrypting every session;
`claim_follow_ups` hands each due person to one worker at a time.

The bot never uses a store directly for sessions: `EncryptedSessionStore` (encrypted.py) wraps it and
encrypts ``data`` (and the inbox's payloads and replies), using the methods at the end of the protocol (a
meta table, a cursor over sessions, an in-place rewrite, erasing old copies) to check its keys and
re-encrypt rows. So what reaches a store is ciphertext text, and an implementation needs nothing of its own
for encryption.
"""

from __future__ import annotations

from collections.abc import Sequence
from contextlib import AbstractAsyncContextManager
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from enum import StrEnum
from typing import Protocol

from bot.storage.chats import ChatStore, StatIncrement, StatsStore


@dataclass(frozen=True)
class OpenQuestion:
    """The question a person has been sent and not answered yet: its message, to close its buttons later."""

    message_id: int  # Telegram's id of the message holding the question
    question_id: str  # the interview's id of the question


@dataclass(frozen=True)
class InboxEntry:
    """An update received from Telegram and not yet fully handled."""

    update_id: int
    payload: str = field(repr=False)  # the update's JSON: it holds what the person typed, never printed
    person: str | None = field(default=None, repr=False)  # whose: "user:<id>" or "chat:<id>" (the order key)


@dataclass(frozen=True)
class FollowUp:
    """When the bot should next look at a person for reminders or rule-change re-checks.

    The reminders and the rule-change snapshot themselves are kept inside the person's (encrypted) session;
    the store keeps only these two values in the clear, so that a background job can find the people due
    without decrypting everyone. Neither is an answer: a date and the id of a content version.
    """

    due_at: datetime | None  # the earliest time something may be due (None: nothing scheduled)
    rules_key: str | None  # the rules the person's rule-change snapshot was made with (None: not subscribed)


@dataclass(frozen=True)
class ClaimedFollowUp:
    """A person `SessionStore.claim_follow_ups` gave to this worker to look at."""

    user_id: int
    attempts: int  # how many times it has been claimed since it was last saved (1 on the first claim)


# A claim holds for FOLLOW_UP_FIRST_BACKOFF * 2**(attempts before it), at most FOLLOW_UP_MAX_BACKOFF.
FOLLOW_UP_FIRST_BACKOFF = timedelta(seconds=60)
FOLLOW_UP_MAX_BACKOFF = timedelta(hours=6)
# Doublings after which the cap is reached (60 s * 2**9 > 6 h): larger exponents are never computed.
_BACKOFF_DOUBLINGS_TO_CAP = 9


def follow_up_backoff(attempts_before: int) -> timedelta:
    """How long a claim made after ``attempts_before`` earlier claims holds: 1 min, 2, 4, ... at most 6 h.

    A worker that dies or fails before saving leaves the claim to expire, and the person is retried later,
    less often each time, until a save resets the count."""
    if attempts_before < 0:
        raise ValueError("attempts_before must be >= 0")
    doublings = min(attempts_before, _BACKOFF_DOUBLINGS_TO_CAP)
    return min(FOLLOW_UP_FIRST_BACKOFF * (1 << doublings), FOLLOW_UP_MAX_BACKOFF)


def require_aware(moment: datetime) -> datetime:
    """``moment`` itself if it is timezone-aware; ValueError for a naive datetime (the contract refuses them)."""
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError("timestamps must be timezone-aware")
    return moment


def checked_follow_up(follow_up: FollowUp | None) -> FollowUp | None:
    """``follow_up`` as given, after checking its types and that its due time is timezone-aware."""
    if follow_up is None:
        return None
    if not isinstance(follow_up, FollowUp):
        raise TypeError("follow_up must be a FollowUp or None")
    if follow_up.due_at is not None:
        require_aware(follow_up.due_at)
    if follow_up.rules_key is not None and not isinstance(follow_up.rules_key, str):
        raise TypeError("rules_key must be text or None")
    return follow_up


@dataclass(frozen=True)
class StoredSession:
    """One user's saved session, as read back from the store."""

    user_id: int
    data: str = field(repr=False)  # the engine's session as JSON text; opaque here, never printed
    version: int  # optimistic-concurrency version, 1 after the first save
    created_at: datetime  # timezone-aware, UTC
    updated_at: datetime  # timezone-aware, UTC
    open_question: OpenQuestion | None = None


class SaveOutcome(StrEnum):
    """What `SessionStore.save` did. Only SAVED wrote anything."""

    SAVED = "saved"  # the session is now at expected_version + 1; the ids are recorded; counters added
    DUPLICATE = "duplicate"  # the update or callback query was applied before: drop it
    STALE = "stale"  # someone else saved (or deleted) the session since it was loaded: reload, retry


class StorageError(Exception):
    """The store cannot do its work: not open, opened twice, or a database it cannot use."""


class MigrationError(StorageError):
    """A schema migration is malformed, conflicts with the database, or failed (and was rolled back)."""


class SessionStore(Protocol):
    """Where interview sessions live, with the ids of the updates already applied.

    The contract every implementation meets:

    * **Safe to share.** Every method may be called concurrently from one event loop, and several
      processes (or workers) may use one database at once; each write is atomic and isolated against
      all of them, and each method waits for the others' locks rather than failing at once.
    * **Durable.** When a writing method returns, its write survives a crash of the process and of the
      machine: the bot replies only after it.
    * **Applied once.** An update id or a callback query id, once recorded by `save` or
      `mark_processed`, makes every later `save` or `mark_processed` carrying it a refusal that writes
      nothing, until `purge_processed` forgets the id. Update ids and callback query ids are separate
      name spaces (update 5 and callback query "5" are different ids).
    * **Private.** Session data is never logged; `delete_user` leaves nothing of the person behind.
    * Timestamps are timezone-aware; naive datetimes are refused with ValueError.
    """

    async def open(self) -> None:
        """Connect, configure and bring the schema up to date; StorageError if it cannot."""
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
        open_question: OpenQuestion | None = None,
        replies: str | None = None,
        follow_up: FollowUp | None = None,
    ) -> SaveOutcome:
        """Write ``data`` as the next version of the user's session, all in one transaction.

        ``expected_version`` is the version the caller loaded, 0 for "no session yet". The checks, in
        this order, each ending the transaction with nothing written:

        1. DUPLICATE if ``update_id`` or ``callback_query_id`` is already recorded. Checked first: a
           redelivered update carries a version its first delivery made stale, and must be dropped,
           not retried.
        2. STALE if the stored version is not ``expected_version`` (0: a session exists; otherwise: it
           moved on, or it was deleted).

        Otherwise SAVED, and in the same transaction: the session's version becomes
        ``expected_version + 1`` and ``updated_at`` the current time (``created_at`` too for a new
        session); ``open_question`` replaces the stored one (None clears it); the given ids are
        recorded; each of ``stats`` adds 1 to its anonymous counter (one listed twice adds 2).
        With ``replies`` and ``update_id``, the replies are kept on that update's inbox entry in the same
        transaction (see `inbox_replies`); without an inbox entry they are not kept.

        ``follow_up`` None leaves the person's follow-up as it is. A `FollowUp` replaces it, in the same
        transaction and only when the outcome is SAVED: its attempts go back to 0 and any claim on it is
        released (see `claim_follow_ups`); ``FollowUp(None, None)`` removes it. A naive ``due_at`` is
        refused with ValueError before anything is written.
        """
        ...

    async def remember_question(self, user_id: int, *, version: int, question: OpenQuestion | None) -> bool:
        """Store ``question`` as the session's open question (None: none), if it is still at ``version``.

        Changes nothing else: not the version, not ``updated_at``, so a save that loaded this version
        still succeeds. False, with nothing written, if there is no session or its version moved.
        """
        ...

    async def mark_processed(self, *, update_id: int | None = None, callback_query_id: str | None = None,
                             replies: str | None = None) -> bool:
        """Record the ids of an update that changes no session, atomically.

        True if recorded; False, with nothing written, if any of them was already recorded. At least
        one id must be given (ValueError otherwise). ``replies`` are kept as by `save`, in the same
        transaction.
        """
        ...

    # -- the durable inbox: updates received and not yet fully handled ------------------------------

    async def inbox_add(self, entries: Sequence[InboxEntry]) -> set[int]:
        """Keep received updates durably, all in one transaction, before Telegram is told they arrived;
        returns the ids newly added (an entry with an id already there is left as it was)."""
        ...

    async def inbox_pending(self, *, person: str | None = None, through: int | None = None) -> list[InboxEntry]:
        """Every entry not yet done, oldest update first (at start-up: what a previous run left); with
        ``person``, only that person's; with ``through``, only those with ``update_id <= through``."""
        ...

    async def inbox_waiting_persons(self, received_before: datetime) -> list[str]:
        """The persons with an entry not yet done that was received strictly before ``received_before``:
        work a dead worker may have left (several workers)."""
        ...

    async def inbox_replies(self, update_id: int) -> str | None:
        """The replies a `save` or `mark_processed` of this update kept, if its entry is still there."""
        ...

    async def inbox_done(self, update_ids: Sequence[int]) -> None:
        """These updates were handled and their replies sent: forget their entries (and the replies with
        them), in one transaction."""
        ...

    # -- several processes on one database ------------------------------------------------------

    @property
    def shared_by_processes(self) -> bool:
        """True if several bot processes may use this database at once (PostgreSQL): only then do the
        person locks and periodic-run claims below do anything, and the bot use them."""
        ...

    def person_lock(self, person: str) -> AbstractAsyncContextManager[None]:
        """Hold the person's lock, across every process of the database, for the block (waits for it).
        Released when the block ends, and by the server if the process dies. One process: no-op."""
        ...

    def try_person_lock(self, person: str) -> AbstractAsyncContextManager[bool]:
        """As `person_lock`, without waiting: the block gets False (and holds nothing) if another holder
        has it. One process: always True."""
        ...

    async def claim_periodic_run(self, name: str, period: timedelta) -> bool:
        """True if the job ``name`` last ran (on any process) at least ``period`` ago, or never, and
        records that it runs now; False otherwise. One process: always True."""
        ...

    # -- follow-ups: when to look at a person again (reminders, rule-change re-checks) --------------

    async def follow_up(self, user_id: int) -> FollowUp | None:
        """The person's follow-up as last saved (``due_at`` possibly moved by `rules_changed`), or None."""
        ...

    async def claim_follow_ups(self, now: datetime, limit: int) -> list[ClaimedFollowUp]:
        """Claim, atomically, up to ``limit`` people whose ``due_at <= now`` and who are not claimed (never,
        or the claim expired: ``claimed_until <= now``), earliest ``due_at`` first (then lowest user id).

        Each claim holds until ``now + follow_up_backoff(attempts before it)`` and adds 1 to its attempts.
        While a claim holds, no other caller, in this process or another, on this database, gets the
        person. A `save` with a ``follow_up`` releases the claim; a claim never followed by one simply
        expires, and the person is claimed again later (a temporary failure, or a worker killed).
        ValueError for ``limit < 1`` or a naive ``now``.
        """
        ...

    async def rules_changed(self, rules_key: str, now: datetime) -> int:
        """Make every person subscribed under other rules (``rules_key`` not null and not this one) due
        ``now``: their ``due_at`` becomes ``now`` where it is null or later. Returns how many follow-ups
        it moved, so a repeated call (or the same call from another worker, at once or later) changes
        nothing more and returns 0 for the people already moved. Safe to run concurrently with everything
        else; ValueError for a naive ``now``.
        """
        ...

    async def delete_user(self, user_id: int) -> bool:
        """Remove everything stored about the user ("/forget"); True if anything was removed.

        Afterwards no stored row holds anything of theirs (their follow-up included), and deleted data
        is overwritten rather than left in free space where the database can do it (SQLite's
        secure_delete; PostgreSQL keeps dead row versions until VACUUM reuses their space, see
        postgres.py); a save that loaded the deleted session is STALE.
        """
        ...

    async def purge_idle(self, idle_since: datetime) -> int:
        """Delete the sessions last saved strictly before ``idle_since``; return how many.

        The session of a person with a follow-up is kept however idle it is: their reminders and
        rule-change snapshot live in it, and a reminder may be years away. It goes with the follow-up,
        when a save removes the follow-up and the session then idles, or with `delete_user`.
        """
        ...

    async def purge_processed(self, older_than: datetime) -> int:
        """Forget the ids recorded strictly before ``older_than``; return how many."""
        ...

    # -- for layers over the store (bot/storage/encrypted.py): bookkeeping and rewriting rows ------

    async def get_meta(self, name: str) -> str | None:
        """The value stored under ``name`` in the store's own small table of named values, or None.

        These values describe the database (e.g. the ids of the encryption keys in use), never a person.
        """
        ...

    async def put_meta(self, name: str, value: str) -> None:
        """Store ``value`` under ``name`` (replacing any previous value), durably."""
        ...

    async def sessions_after(self, user_id: int | None, limit: int) -> list[StoredSession]:
        """Up to ``limit`` sessions with user ids greater than ``user_id`` (None: from the lowest), in
        increasing user id order: a cursor over all stored sessions that holds nothing open between calls.
        """
        ...

    async def replace_data(self, sessions: Sequence[StoredSession]) -> int:
        """For each of ``sessions``, replace the stored ``data`` of that user's session with the given
        one if the session is still at the given ``version`` (for re-encryption), all in one transaction;
        return how many were replaced.

        Changes nothing else: not the version, not ``updated_at`` (rewriting a row does not make it
        less idle), not the open question; a session that is gone or moved on is left alone. The
        replaced values are treated like deleted data (see `erase_old_copies`).
        """
        ...

    async def erase_old_copies(self) -> None:
        """Make replaced and deleted values unreadable from the database's files, as far as the
        database allows: afterwards no earlier version of a row is left in free space or in a log."""
        ...


class BotStore(SessionStore, ChatStore, StatsStore, Protocol):
    """Everything the bot keeps, in one database: sessions, group settings and counters."""
