"""``python -m bot rotate-key``: every stored session re-encrypted under a new key, resumably.

Run it with the bot stopped (a running bot keeps writing under the key it started with). The steps, each
safe to interrupt:

1. The keys are read: from ``--new-key-file`` if that file exists (a rotation to it was interrupted),
   else as the bot reads them (BOT_ENCRYPTION_KEY, or the key file).
2. If every row is already under the current key and the ring holds no older key, a new key is made and
   written first, durably, to the target file (``--new-key-file``, else the key file) as the current key,
   with the old keys after it: from then on both open the rows.
3. Every row not under the current key is rewritten under it (`EncryptedSessionStore.reencrypt_all`),
   and the replaced values are erased from the database's free space and WAL.
4. The old keys are dropped from the target file: only the new key is left.

Killed anywhere, the next run finds rows under an older key, or older keys in the ring, and finishes that
rotation (steps 3 and 4) instead of starting another; run it again afterwards for a new key.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass
from pathlib import Path

from bot.composition import build_database
from bot.config import Settings
from bot.storage.encrypted import EncryptedSessionStore
from bot.storage.keys import EncryptionKey, EncryptionKeyError, KeyRing, configured_keys, read_key_file, write_key_file


@dataclass(frozen=True)
class RotationReport:
    key_id: str  # the key every row is now under
    key_file: Path  # where it is kept
    rewritten: int  # sessions re-encrypted by this run
    resumed: bool  # True: this run finished an interrupted rotation instead of making a new key


def rotation_keys(settings: Settings, new_key_file: Path | None) -> tuple[KeyRing, Path]:
    """The keys to start from and the file the new key goes to (step 1)."""
    if new_key_file is None and settings.bot_encryption_key is not None:
        raise EncryptionKeyError("BOT_ENCRYPTION_KEY is set: give --new-key-file PATH for the new key, then start "
                                 "the bot with BOT_ENCRYPTION_KEY_FILE=PATH and without BOT_ENCRYPTION_KEY")
    if new_key_file is not None and new_key_file.exists():
        keys: KeyRing | None = read_key_file(new_key_file)
    else:
        keys = configured_keys(settings.bot_encryption_key, settings.encryption_key_file)
    if keys is None:
        raise EncryptionKeyError(f"no encryption key found (BOT_ENCRYPTION_KEY, or {settings.encryption_key_file}):"
                                 " start the bot once to create one")
    return keys, new_key_file or settings.encryption_key_file


async def rotate_key(settings: Settings, new_key_file: Path | None = None) -> RotationReport:
    keys, target = await asyncio.to_thread(rotation_keys, settings, new_key_file)
    store = EncryptedSessionStore(build_database(settings), keys)
    await store.open()  # refuses keys that do not open the data, before writing anything
    try:
        resumed = len(keys) > 1 or await store.key_ids_in_use() != [keys.current.key_id]
        if not resumed:
            keys = keys.with_current(EncryptionKey.generate())
            await asyncio.to_thread(write_key_file, target, keys)  # before any row is written under the new key
            await store.use_keys(keys)
        rewritten = await store.reencrypt_all()
    finally:
        await store.close()
    await asyncio.to_thread(write_key_file, target, KeyRing([keys.current]))  # the old keys retire
    return RotationReport(key_id=keys.current.key_id, key_file=target, rewritten=rewritten, resumed=resumed)
