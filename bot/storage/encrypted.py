"""`EncryptedSessionStore`: every session encrypted at rest, as a layer over any `SessionStore`.

The layer encrypts ``data`` on ``save`` and decrypts it on ``load``; everything else goes to the store
underneath unchanged (the open question's ids, update ids, anonymous counters and follow-ups hold no
answer: a follow-up is a due time and the id of a content version, and what is due is inside the data). So
SQLite and PostgreSQL share one implementation, and the service, the groups' features and the terminal
see plain session text as before.

Format. A stored value is ``enc1:<key id>:<base64 of nonce + ciphertext>``: AES-256-GCM with a random
96-bit nonce per write, and as associated data the person's user id and the version the row is written
at (``expected_version + 1`` on save). A row copied to another person, replayed at another version or
altered in any byte fails its authentication tag and is refused with `DecryptionError`, whose text
names the user id, version and key id but holds nothing of the data.

Keys. `KeyRing` (keys.py): the current key encrypts, every key in the ring decrypts. The store's meta
table (``SessionStore.get_meta``) records the ids of the keys rows may be under. ``open`` refuses, before
writing anything, keys that do not include all of them; with no key at all and no encrypted data yet, it
asks ``create_keys`` for a new ring (the composition writes a key file).

Rows from before. Sessions stored in plain text by an earlier version of the bot are read as they are
until ``open`` has encrypted them all (once, recorded in the meta table); after that a plain row is
refused as foreign. `reencrypt_all` (``python -m bot rotate-key``) brings every row under the current
key, resumably: it rewrites only the rows not yet under it, keeping their version and ``updated_at``.
Afterwards `SessionStore.erase_old_copies` removes the replaced values from free space and logs.
"""

from __future__ import annotations

import asyncio
import base64
import binascii
import dataclasses
import logging
import os
from collections.abc import Callable, Sequence
from contextlib import AbstractAsyncContextManager
from typing import TYPE_CHECKING, Final

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from bot.storage.base import (
    ClaimedFollowUp,
    FollowUp,
    InboxEntry,
    OpenQuestion,
    SaveOutcome,
    SessionStore,
    StorageError,
    StoredSession,
)
from bot.storage.chats import StatIncrement
from bot.storage.keys import EncryptionKey, EncryptionKeyError, KeyRing

if TYPE_CHECKING:
    from datetime import datetime, timedelta

log = logging.getLogger(__name__)

PREFIX: Final = "enc1:"
NONCE_BYTES: Final = 12
# Names in the store's meta table.
META_KEY_IDS: Final = "encryption.key_ids"  # space-separated ids of the keys rows may be encrypted under
META_PLAIN_DONE: Final = "encryption.plain_rows_encrypted"  # set once no plain row is left


class DecryptionError(StorageError):
    """A stored session cannot be decrypted: altered, moved to another person or version, or its key is
    unknown. The text names where, never what."""


def associated_data(user_id: int, version: int) -> bytes:
    """What binds a ciphertext to its row: who it belongs to and which version of their session it is."""
    return f"session|user:{int(user_id)}|version:{int(version)}".encode("ascii")


def inbox_associated_data(update_id: int, part: str) -> bytes:
    """What binds an inbox value to its entry: the update it came with, and which part (payload, replies)."""
    return f"inbox|update:{int(update_id)}|{part}".encode("ascii")


def seal(key: EncryptionKey, user_id: int, version: int, plaintext: str) -> str:
    return seal_bound(key, associated_data(user_id, version), plaintext)


def seal_bound(key: EncryptionKey, bound_to: bytes, plaintext: str) -> str:
    nonce = os.urandom(NONCE_BYTES)
    sealed = AESGCM(key.secret).encrypt(nonce, plaintext.encode("utf-8"), bound_to)
    return f"{PREFIX}{key.key_id}:{base64.b64encode(nonce + sealed).decode('ascii')}"


def key_id_of_value(value: str) -> str | None:
    """The key id a stored value is encrypted under; None for a plain (never encrypted) value."""
    if not value.startswith(PREFIX):
        return None
    return value[len(PREFIX):].partition(":")[0]


def unseal(keys: KeyRing, user_id: int, version: int, value: str) -> str:
    return unseal_bound(keys, associated_data(user_id, version), value,
                        f"the session of user {int(user_id)} at version {int(version)}")


def unseal_bound(keys: KeyRing, bound_to: bytes, value: str, where: str) -> str:
    key_id, separator, payload = value[len(PREFIX):].partition(":")
    if not value.startswith(PREFIX) or not separator:
        raise DecryptionError(f"{where} is not in the encrypted format")
    key = keys.get(key_id)
    if key is None:
        raise DecryptionError(f"{where} is encrypted under key {key_id}, which is not among the keys given")
    try:
        raw = base64.b64decode(payload, validate=True)
        plaintext = AESGCM(key.secret).decrypt(raw[:NONCE_BYTES], raw[NONCE_BYTES:], bound_to)
        return plaintext.decode("utf-8")
    except (binascii.Error, ValueError, InvalidTag):
        raise DecryptionError(f"{where} does not decrypt under key {key_id}: altered, or copied from another "
                              "person, version or update") from None


class EncryptedSessionStore:
    """A `SessionStore` that encrypts session data before ``inner`` stores it. See the module's text.

    ``keys`` None: the keys are not known yet; ``open`` then calls ``create_keys`` if the database holds
    no encrypted data (and refuses to start otherwise).
    """

    def __init__(self, inner: SessionStore, keys: KeyRing | None, *,
                 create_keys: Callable[[], KeyRing] | None = None, rewrite_batch: int = 500) -> None:
        """``rewrite_batch``: sessions re-encrypted per transaction (one read and one write each)."""
        if rewrite_batch < 1:
            raise ValueError("rewrite_batch must be >= 1")
        self._inner = inner
        self._rewrite_batch = rewrite_batch
        self._keys = keys
        self._create_keys = create_keys
        self._plain_rows_left = True  # until open() has read the meta table

    @property
    def inner(self) -> SessionStore:
        return self._inner

    @property
    def keys(self) -> KeyRing:
        if self._keys is None:
            raise StorageError("the encrypted store is not open")
        return self._keys

    # -- lifecycle ---------------------------------------------------------------------------

    async def open(self) -> None:
        """Open ``inner``, check the keys against the data, and encrypt any row from before encryption.
        EncryptionKeyError, with ``inner`` closed again and nothing written, if the keys do not fit."""
        await self._inner.open()
        try:
            await self._check_keys()
            self._plain_rows_left = await self._inner.get_meta(META_PLAIN_DONE) is None
            if self._plain_rows_left:
                await self._rewrite_rows(lambda value: key_id_of_value(value) is None)
                await self._inner.put_meta(META_PLAIN_DONE, "yes")
                self._plain_rows_left = False
        except BaseException:
            await self._inner.close()
            raise

    async def _check_keys(self) -> None:
        in_use = await self.key_ids_in_use()
        if self._keys is None:
            if in_use:
                raise EncryptionKeyError(f"the database holds data encrypted under key {_names(in_use)}, "
                                         "and no encryption key was found")
            if self._create_keys is None:
                raise EncryptionKeyError("no encryption key was given")
            self._keys = await asyncio.to_thread(self._create_keys)
        missing = [key_id for key_id in in_use if self._keys.get(key_id) is None]
        if missing:
            raise EncryptionKeyError(f"the database holds data encrypted under key {_names(missing)}, but the "
                                     f"keys given are {_names(self._keys.ids)}: wrong key, or a key missing "
                                     "from the key file")
        await self._register(self._keys.current.key_id, in_use)

    async def key_ids_in_use(self) -> list[str]:
        """The ids of the keys stored rows may be encrypted under (from the meta table)."""
        return sorted((await self._inner.get_meta(META_KEY_IDS) or "").split())

    async def _register(self, key_id: str, in_use: Sequence[str]) -> None:
        """Record ``key_id`` as in use before any row is written under it, so that a later start with
        other keys is refused before it writes."""
        if key_id not in in_use:
            await self._inner.put_meta(META_KEY_IDS, " ".join(sorted({*in_use, key_id})))

    async def close(self) -> None:
        await self._inner.close()

    # -- sessions ----------------------------------------------------------------------------

    async def load(self, user_id: int) -> StoredSession | None:
        stored = await self._inner.load(user_id)
        if stored is None:
            return None
        return dataclasses.replace(stored, data=self._decrypt(stored))

    def _decrypt(self, stored: StoredSession) -> str:
        if key_id_of_value(stored.data) is None:
            if self._plain_rows_left:
                return stored.data  # a row from before encryption, while open() encrypts them
            raise DecryptionError(f"the session of user {stored.user_id} at version {stored.version} is not "
                                  "encrypted, although every row was: written by something other than the bot")
        return unseal(self.keys, stored.user_id, stored.version, stored.data)

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
        if not isinstance(data, str):
            raise TypeError("session data must be JSON text (str)")
        if expected_version < 0:
            raise ValueError("expected_version must be >= 0")
        sealed = seal(self.keys.current, user_id, expected_version + 1, data)
        return await self._inner.save(user_id, sealed, expected_version=expected_version, update_id=update_id,
                                      callback_query_id=callback_query_id, stats=stats,
                                      open_question=open_question, replies=self._sealed_replies(update_id, replies),
                                      follow_up=follow_up)

    async def remember_question(self, user_id: int, *, version: int, question: OpenQuestion | None) -> bool:
        return await self._inner.remember_question(user_id, version=version, question=question)

    async def mark_processed(self, *, update_id: int | None = None, callback_query_id: str | None = None,
                             replies: str | None = None) -> bool:
        return await self._inner.mark_processed(update_id=update_id, callback_query_id=callback_query_id,
                                                replies=self._sealed_replies(update_id, replies))

    # -- the durable inbox: what people typed, and the replies kept, are encrypted too ------------

    def _sealed_replies(self, update_id: int | None, replies: str | None) -> str | None:
        if replies is None or update_id is None:
            return replies  # nothing to keep (without an update, the store keeps nothing either)
        return seal_bound(self.keys.current, inbox_associated_data(update_id, "replies"), replies)

    async def inbox_add(self, entries: Sequence[InboxEntry]) -> set[int]:
        key = self.keys.current
        return await self._inner.inbox_add([
            InboxEntry(e.update_id, seal_bound(key, inbox_associated_data(e.update_id, "payload"), e.payload),
                       e.person)  # whose, in the clear: a Telegram id, as the sessions' user_id is
            for e in entries])

    async def inbox_pending(self, *, person: str | None = None, through: int | None = None) -> list[InboxEntry]:
        readable: list[InboxEntry] = []
        for entry in await self._inner.inbox_pending(person=person, through=through):
            try:
                payload = unseal_bound(self.keys, inbox_associated_data(entry.update_id, "payload"), entry.payload,
                                       f"the inbox entry of update {entry.update_id}")
            except DecryptionError as error:  # e.g. under a key dropped by a rotation: it cannot be handled
                log.error("skipping an inbox entry: %s", error)
                continue
            readable.append(InboxEntry(entry.update_id, payload, entry.person))
        return readable

    async def inbox_waiting_persons(self, received_before: datetime) -> list[str]:
        return await self._inner.inbox_waiting_persons(received_before)

    async def inbox_replies(self, update_id: int) -> str | None:
        kept = await self._inner.inbox_replies(update_id)
        if kept is None:
            return None
        return unseal_bound(self.keys, inbox_associated_data(update_id, "replies"), kept,
                            f"the replies kept for update {update_id}")

    async def inbox_done(self, update_ids: Sequence[int]) -> None:
        await self._inner.inbox_done(update_ids)

    # -- several processes: nothing to encrypt, passed through -------------------------------------

    @property
    def shared_by_processes(self) -> bool:
        return self._inner.shared_by_processes

    def person_lock(self, person: str) -> AbstractAsyncContextManager[None]:
        return self._inner.person_lock(person)

    def try_person_lock(self, person: str) -> AbstractAsyncContextManager[bool]:
        return self._inner.try_person_lock(person)

    async def claim_periodic_run(self, name: str, period: timedelta) -> bool:
        return await self._inner.claim_periodic_run(name, period)

    # -- follow-ups: a due time and a rules key, no answer: passed through -------------------------

    async def follow_up(self, user_id: int) -> FollowUp | None:
        return await self._inner.follow_up(user_id)

    async def claim_follow_ups(self, now: datetime, limit: int) -> list[ClaimedFollowUp]:
        return await self._inner.claim_follow_ups(now, limit)

    async def rules_changed(self, rules_key: str, now: datetime) -> int:
        return await self._inner.rules_changed(rules_key, now)

    async def delete_user(self, user_id: int) -> bool:
        return await self._inner.delete_user(user_id)

    async def purge_idle(self, idle_since: datetime) -> int:
        return await self._inner.purge_idle(idle_since)

    async def purge_processed(self, older_than: datetime) -> int:
        return await self._inner.purge_processed(older_than)

    # -- the layer's own bookkeeping: passed through, so that layers can stack ----------------

    async def get_meta(self, name: str) -> str | None:
        return await self._inner.get_meta(name)

    async def put_meta(self, name: str, value: str) -> None:
        await self._inner.put_meta(name, value)

    async def sessions_after(self, user_id: int | None, limit: int) -> list[StoredSession]:
        """Decrypted, like ``load``."""
        page = await self._inner.sessions_after(user_id, limit)
        return [dataclasses.replace(stored, data=self._decrypt(stored)) for stored in page]

    async def replace_data(self, sessions: Sequence[StoredSession]) -> int:
        return await self._inner.replace_data([self._sealed(session) for session in sessions])

    def _sealed(self, session: StoredSession) -> StoredSession:
        """``session`` with its data encrypted under the current key, for its user and version."""
        return dataclasses.replace(session, data=seal(self.keys.current, session.user_id, session.version,
                                                      session.data))

    async def erase_old_copies(self) -> None:
        await self._inner.erase_old_copies()

    # -- re-encryption -----------------------------------------------------------------------

    async def use_keys(self, keys: KeyRing) -> None:
        """Switch to ``keys`` (a rotation's new ring), which must still open every row stored."""
        missing = [key_id for key_id in await self.key_ids_in_use() if keys.get(key_id) is None]
        if missing:
            raise EncryptionKeyError(f"the new keys do not include key {_names(missing)}, still in use")
        self._keys = keys

    async def reencrypt_all(self) -> int:
        """Bring every stored session under the current key; how many were rewritten.

        Resumable: killed halfway, the rows already rewritten are under the current key, the others
        under their old one (still in the ring), and a second call rewrites only those.
        """
        in_use = await self.key_ids_in_use()
        current = self.keys.current.key_id
        await self._register(current, in_use)
        rewritten = await self._rewrite_rows(lambda value: key_id_of_value(value) != current)
        await self._inner.put_meta(META_KEY_IDS, current)
        await self._inner.put_meta(META_PLAIN_DONE, "yes")
        self._plain_rows_left = False
        return rewritten

    async def _rewrite_rows(self, needs_rewrite: Callable[[str], bool]) -> int:
        """Re-encrypt under the current key each stored session whose value ``needs_rewrite``, at its
        own version, a batch per transaction; then erase the replaced values. A session saved meanwhile
        is left alone: the save wrote it under the current key."""
        rewritten = 0
        after: int | None = None
        while page := await self._inner.sessions_after(after, self._rewrite_batch):
            stale = [stored for stored in page if needs_rewrite(stored.data)]
            rewritten += await self.replace_data([dataclasses.replace(stored, data=self._decrypt(stored))
                                                  for stored in stale])
            after = page[-1].user_id
        # Also when nothing was left to rewrite: a run killed before this line rewrote rows and left
        # their old values behind.
        await self._inner.erase_old_copies()
        return rewritten


def _names(key_ids: Sequence[str]) -> str:
    return ", ".join(key_ids) if key_ids else "(none)"


if TYPE_CHECKING:  # mypy proves the layer is a SessionStore itself
    from bot.storage.sqlite import MEMORY, SqliteSessionStore

    _conforms: SessionStore = EncryptedSessionStore(SqliteSessionStore(MEMORY), None)
