"""Encryption keys: the key ring, its key file, and where the bot finds its keys.

A key is 32 random bytes (AES-256). Its id is derived from the key itself (16 hex digits of a SHA-256
over a fixed label and the key), so the id stored with every encrypted row names the one key that opens
it, and a key given under a wrong id is caught when the file is read. The id says nothing usable about
the key.

The key file holds one key per line, ``<key id> <base64 key>``, the first being the current key (the
one new writes use) and the others older keys still needed to read rows not yet re-encrypted (during a
rotation). Blank lines and lines starting with ``#`` are ignored. It is written atomically (a temporary
file renamed over it) with mode 0600, in a folder created 0700.

Key bytes never appear in a ``repr``, a log line or an exception text.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import logging
import os
import secrets
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Final

from pydantic import SecretStr

from bot.storage.base import StorageError

log = logging.getLogger(__name__)

KEY_BYTES: Final = 32
_KEY_ID_LABEL: Final = b"china-eligibility-bot key id\0"


class EncryptionKeyError(StorageError):
    """A key cannot be read, or the keys given do not open the database's data."""


def key_id_of(secret: bytes) -> str:
    return hashlib.sha256(_KEY_ID_LABEL + secret).hexdigest()[:16]


@dataclass(frozen=True)
class EncryptionKey:
    key_id: str
    secret: bytes = field(repr=False)

    @classmethod
    def from_secret(cls, secret: bytes) -> EncryptionKey:
        if len(secret) != KEY_BYTES:
            raise EncryptionKeyError(f"an encryption key must be {KEY_BYTES} bytes (base64 of 32 random bytes)")
        return cls(key_id_of(secret), secret)

    @classmethod
    def generate(cls) -> EncryptionKey:
        return cls.from_secret(secrets.token_bytes(KEY_BYTES))

    @classmethod
    def from_base64(cls, text: str) -> EncryptionKey:
        try:
            secret = base64.b64decode(text.strip(), validate=True)
        except (binascii.Error, ValueError):
            raise EncryptionKeyError("an encryption key must be base64 of 32 random bytes") from None
        return cls.from_secret(secret)

    def to_base64(self) -> str:
        return base64.b64encode(self.secret).decode("ascii")


class KeyRing:
    """The keys the bot knows: the current one first, then older ones still needed for reading."""

    def __init__(self, keys: Sequence[EncryptionKey]) -> None:
        if not keys:
            raise EncryptionKeyError("a key ring needs at least one key")
        self._keys: dict[str, EncryptionKey] = {}
        for key in keys:
            self._keys.setdefault(key.key_id, key)
        self._current = keys[0]

    @property
    def current(self) -> EncryptionKey:
        return self._current

    @property
    def ids(self) -> tuple[str, ...]:
        return tuple(self._keys)

    def get(self, key_id: str) -> EncryptionKey | None:
        return self._keys.get(key_id)

    def __iter__(self) -> Iterator[EncryptionKey]:
        return iter(self._keys.values())

    def __len__(self) -> int:
        return len(self._keys)

    def with_current(self, key: EncryptionKey) -> KeyRing:
        """This ring with ``key`` as the current key, the others kept for reading."""
        return KeyRing([key, *self])

    def __repr__(self) -> str:
        return f"KeyRing(ids={self.ids!r})"


def read_key_file(path: Path) -> KeyRing:
    """The key ring in ``path``; EncryptionKeyError (naming the line, never its text) if malformed."""
    try:
        text = path.read_text(encoding="ascii")
    except (OSError, UnicodeDecodeError) as error:
        raise EncryptionKeyError(f"cannot read the key file {path}: {type(error).__name__}") from None
    keys: list[EncryptionKey] = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        parts = line.split()
        if len(parts) != 2:
            raise EncryptionKeyError(f"{path}, line {number}: expected '<key id> <base64 key>'")
        key = EncryptionKey.from_base64(parts[1])
        if key.key_id != parts[0]:
            raise EncryptionKeyError(f"{path}, line {number}: the key does not match its id {parts[0]}")
        keys.append(key)
    if not keys:
        raise EncryptionKeyError(f"the key file {path} holds no key")
    return KeyRing(keys)


def write_key_file(path: Path, ring: KeyRing) -> None:
    """Write ``ring`` to ``path`` atomically and durably: mode 0600, folder created 0700."""
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    text = "".join(f"{key.key_id} {key.to_base64()}\n" for key in ring)
    temporary = path.with_name(f".{path.name}.{secrets.token_hex(4)}.tmp")
    fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        with os.fdopen(fd, "w", encoding="ascii") as file:
            file.write(text)
            file.flush()
            os.fsync(file.fileno())
        os.replace(temporary, path)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    directory = os.open(path.parent, os.O_RDONLY)
    try:
        os.fsync(directory)  # the rename itself survives a crash
    finally:
        os.close(directory)


def configured_keys(env_key: SecretStr | None, key_file: Path) -> KeyRing | None:
    """The keys from ``BOT_ENCRYPTION_KEY`` if set (then the key file is not read), else from the key
    file if it exists; None when there is neither."""
    if env_key is not None:
        return KeyRing([EncryptionKey.from_base64(env_key.get_secret_value())])
    if key_file.exists():
        return read_key_file(key_file)
    return None


def create_key_file(path: Path) -> KeyRing:
    """A new key ring of one fresh key, written to ``path`` (which must not exist yet)."""
    if path.exists():
        raise EncryptionKeyError(f"the key file {path} exists already")
    ring = KeyRing([EncryptionKey.generate()])
    write_key_file(path, ring)
    log.warning("created a new encryption key (id %s) in %s: back this file up, apart from the database; "
                "without it the stored answers cannot be read", ring.current.key_id, path)
    return ring
