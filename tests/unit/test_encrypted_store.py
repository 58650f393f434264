"""Tests for the encryption at rest: `EncryptedSessionStore` over the SQLite store, its keys, rotation.

Rows are inspected and tampered with through plain SQL on the file (a second connection, as an attacker
with a copy of the database would), and the raw files are read the way ``strings`` reads them.
"""

from __future__ import annotations

import contextlib
import json
import logging
import re
import sqlite3
import stat
from collections.abc import AsyncIterator, Sequence
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TypeVar

import pytest
from pydantic import SecretStr, ValidationError

from bot.config import Settings
from bot.key_rotation import rotate_key
from bot.storage import ClaimedFollowUp, FollowUp, InboxEntry, SaveOutcome, SqliteSessionStore, StoredSession
from bot.storage.encrypted import (
    META_KEY_IDS,
    DecryptionError,
    EncryptedSessionStore,
    key_id_of_value,
)
from bot.storage.keys import (
    EncryptionKey,
    EncryptionKeyError,
    KeyRing,
    configured_keys,
    create_key_file,
    read_key_file,
    write_key_file,
)

# Personal values that must never be readable in the files: a salary, an age, a city, a name.
SALARY, AGE, CITY, NAME = "612345", "37", "chongqing", "Zhang Wei"
RECORD = json.dumps({"session": {"answers": {"annual_salary": {"value": int(SALARY)}, "age": {"value": int(AGE)},
                                             "work_city": {"value": CITY}}, "name": NAME}})
PERSONAL = (SALARY, CITY, NAME, '"age"', '"answers"')


def record_for(user_id: int) -> str:
    return RECORD.replace(SALARY, f"{SALARY}{user_id}")


def printable_runs(path: Path, minimum: int = 4) -> str:
    """What ``strings`` shows of a file: runs of at least ``minimum`` printable ASCII characters."""
    if not path.exists():
        return ""
    return "\n".join(match.decode("ascii") for match in re.findall(rb"[\x20-\x7e]{%d,}" % minimum, path.read_bytes()))


def readable_text(database: Path) -> str:
    return "\n".join(printable_runs(Path(f"{database}{suffix}")) for suffix in ("", "-wal"))


def raw_rows(database: Path) -> dict[int, tuple[str, int]]:
    with sqlite3.connect(database) as db:
        return {int(u): (str(d), int(v)) for u, d, v in db.execute("SELECT user_id, data, version FROM sessions")}


@pytest.fixture
def database(tmp_path: Path) -> Path:
    return tmp_path / "data" / "bot.sqlite3"


@pytest.fixture
def key_a() -> EncryptionKey:
    return EncryptionKey.generate()


@pytest.fixture
async def store(database: Path, key_a: EncryptionKey) -> AsyncIterator[EncryptedSessionStore]:
    encrypted = EncryptedSessionStore(SqliteSessionStore(database), KeyRing([key_a]))
    await encrypted.open()
    try:
        yield encrypted
    finally:
        await encrypted.close()


async def fill(store: EncryptedSessionStore, users: range) -> None:
    for user in users:
        assert await store.save(user, record_for(user), expected_version=0) is SaveOutcome.SAVED


# -- the layer ----------------------------------------------------------------------------------


async def test_the_inbox_keeps_what_people_typed_and_the_replies_encrypted(store: EncryptedSessionStore,
                                                                           database: Path) -> None:
    update = json.dumps({"update_id": 31, "message": {"text": SALARY, "from": {"first_name": NAME}}})
    assert await store.inbox_add([InboxEntry(31, update), InboxEntry(32, update.replace("31", "32"))]) == {31, 32}
    assert await store.save(7, RECORD, expected_version=0, update_id=31, replies=f"Your salary: {SALARY}") \
        is SaveOutcome.SAVED
    assert await store.inbox_replies(31) == f"Your salary: {SALARY}"
    assert (await store.inbox_pending())[0].payload == update
    with sqlite3.connect(database) as db:
        rows = {int(u): (str(p), r) for u, p, r in db.execute("SELECT update_id, payload, replies FROM inbox")}
    assert all(payload.startswith("enc1:") for payload, _ in rows.values())
    assert not any(value in payload or value in str(replies) for payload, replies in rows.values()
                   for value in PERSONAL)
    # An entry's payload or replies moved to another update fail to decrypt: the entry is skipped, never misread.
    with sqlite3.connect(database) as db:
        db.execute("UPDATE inbox SET payload = (SELECT payload FROM inbox WHERE update_id = 31) WHERE update_id = 32")
        db.execute("UPDATE inbox SET replies = (SELECT replies FROM inbox WHERE update_id = 31) WHERE update_id = 32")
    assert [e.update_id for e in await store.inbox_pending()] == [31]
    with pytest.raises(DecryptionError) as refused:
        await store.inbox_replies(32)
    assert SALARY not in str(refused.value)


async def test_round_trip_and_nothing_readable_in_the_row(store: EncryptedSessionStore, database: Path,
                                                         key_a: EncryptionKey) -> None:
    assert await store.save(7, RECORD, expected_version=0, update_id=1) is SaveOutcome.SAVED
    assert await store.save(7, RECORD, expected_version=1, update_id=2) is SaveOutcome.SAVED
    loaded = await store.load(7)
    assert loaded is not None and loaded.data == RECORD and loaded.version == 2
    stored, version = raw_rows(database)[7]
    assert version == 2 and stored.startswith(f"enc1:{key_a.key_id}:")
    assert not any(value in stored for value in PERSONAL)
    # a random nonce per write: the same text saved twice is stored differently
    assert await store.save(8, RECORD, expected_version=0) is SaveOutcome.SAVED
    assert await store.save(9, RECORD, expected_version=0) is SaveOutcome.SAVED
    assert raw_rows(database)[8][0] != raw_rows(database)[9][0]


async def test_refusals_and_other_methods_pass_through(store: EncryptedSessionStore) -> None:
    assert await store.load(1) is None
    assert await store.save(1, RECORD, expected_version=0, update_id=5) is SaveOutcome.SAVED
    assert await store.save(1, RECORD, expected_version=1, update_id=5) is SaveOutcome.DUPLICATE
    assert await store.save(1, RECORD, expected_version=0) is SaveOutcome.STALE
    assert await store.mark_processed(update_id=6)
    assert await store.delete_user(1)
    assert await store.load(1) is None


def tamper(database: Path, sql: str, *parameters: object) -> None:
    with sqlite3.connect(database) as db:
        db.execute(sql, parameters)


async def assert_refused(store: EncryptedSessionStore, user_id: int) -> str:
    with pytest.raises(DecryptionError) as caught:
        await store.load(user_id)
    message = str(caught.value)
    assert not any(value in message for value in PERSONAL)
    return message


async def test_follow_ups_pass_through_unencrypted(store: EncryptedSessionStore, database: Path) -> None:
    """A follow-up is a due time and a rules key, no answer: kept as given, so the store can find who is
    due without decrypting anyone; the save forwards it, in its transaction."""
    due = datetime(2026, 10, 19, 1, 0, tzinfo=UTC)
    assert await store.save(7, RECORD, expected_version=0, follow_up=FollowUp(due, "rules-1")) is SaveOutcome.SAVED
    assert await store.save(8, RECORD, expected_version=0, follow_up=FollowUp(None, "rules-1")) is SaveOutcome.SAVED
    assert await store.save(7, RECORD, expected_version=0, follow_up=FollowUp(None, None)) is SaveOutcome.STALE
    assert await store.follow_up(7) == await store.inner.follow_up(7) == FollowUp(due, "rules-1")
    with sqlite3.connect(database) as db:
        assert db.execute("SELECT user_id, due_at, rules_key FROM follow_ups ORDER BY user_id").fetchall() == [
            (7, "2026-10-19T01:00:00.000000Z", "rules-1"), (8, None, "rules-1")]
    assert await store.rules_changed("rules-2", due - timedelta(days=1)) == 2
    assert await store.claim_follow_ups(due, 10) == [ClaimedFollowUp(7, 1), ClaimedFollowUp(8, 1)]
    assert await store.save(7, RECORD, expected_version=1, follow_up=FollowUp(None, None)) is SaveOutcome.SAVED
    assert await store.follow_up(7) is None
    assert await store.delete_user(8)
    assert await store.follow_up(8) is None


async def test_tampered_ciphertext_is_refused(store: EncryptedSessionStore, database: Path) -> None:
    await store.save(7, RECORD, expected_version=0)
    stored = raw_rows(database)[7][0]
    flipped = stored[:-6] + ("A" if stored[-6] != "A" else "B") + stored[-5:]
    tamper(database, "UPDATE sessions SET data = ? WHERE user_id = 7", flipped)
    message = await assert_refused(store, 7)
    assert "user 7 at version 1" in message and "does not decrypt" in message


async def test_a_row_moved_to_another_person_is_refused(store: EncryptedSessionStore, database: Path) -> None:
    await fill(store, range(1, 3))
    tamper(database, "UPDATE sessions SET data = (SELECT data FROM sessions WHERE user_id = 1) WHERE user_id = 2")
    assert "user 2" in await assert_refused(store, 2)
    assert (await store.load(1)) is not None


async def test_a_row_at_another_version_is_refused(store: EncryptedSessionStore, database: Path) -> None:
    await store.save(7, RECORD, expected_version=0)
    first = raw_rows(database)[7][0]
    await store.save(7, RECORD.replace(CITY, "beijing"), expected_version=1)
    tamper(database, "UPDATE sessions SET data = ? WHERE user_id = 7", first)  # an old answer replayed
    assert "version 2" in await assert_refused(store, 7)


async def test_a_row_under_an_unknown_key_is_refused(store: EncryptedSessionStore, database: Path) -> None:
    await store.save(7, RECORD, expected_version=0)
    stored = raw_rows(database)[7][0]
    tamper(database, "UPDATE sessions SET data = ? WHERE user_id = 7", stored.replace(stored[5:21], "0" * 16, 1))
    assert "key 0000000000000000" in await assert_refused(store, 7)


# -- keys ---------------------------------------------------------------------------------------


def test_key_file_round_trip_and_modes(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    path = tmp_path / "keys" / "bot.key"
    with caplog.at_level(logging.INFO):
        ring = create_key_file(path)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    assert read_key_file(path).ids == ring.ids
    assert "back this file up" in caplog.text and ring.current.key_id in caplog.text
    assert ring.current.to_base64() not in caplog.text
    assert ring.current.to_base64() not in repr(ring) + repr(ring.current)
    with pytest.raises(EncryptionKeyError):
        create_key_file(path)  # never over an existing key


def test_key_file_lines_are_checked_without_echoing_them(tmp_path: Path) -> None:
    key, other = EncryptionKey.generate(), EncryptionKey.generate()
    path = tmp_path / "bot.key"
    path.write_text(f"# comment\n{other.key_id} {key.to_base64()}\n")
    with pytest.raises(EncryptionKeyError) as caught:
        read_key_file(path)
    assert "line 2" in str(caught.value) and key.to_base64() not in str(caught.value)
    path.write_text(f"{key.key_id} not-base64!\n")
    with pytest.raises(EncryptionKeyError):
        read_key_file(path)


def test_the_environment_key_wins_over_the_file(tmp_path: Path) -> None:
    in_file, in_env = EncryptionKey.generate(), EncryptionKey.generate()
    path = tmp_path / "bot.key"
    assert configured_keys(None, path) is None
    write_key_file(path, KeyRing([in_file]))
    ring = configured_keys(SecretStr(in_env.to_base64()), path)
    assert ring is not None and ring.ids == (in_env.key_id,)
    file_ring = configured_keys(None, path)
    assert file_ring is not None and file_ring.ids == (in_file.key_id,)


def test_a_malformed_environment_key_is_refused_without_echoing_it(tmp_path: Path) -> None:
    for text in ("c2hvcnQ=", "not base64 at all"):
        with pytest.raises(ValidationError) as caught:
            Settings.model_validate({"BOT_ENCRYPTION_KEY": text})
        assert "BOT_ENCRYPTION_KEY must be base64 of 32 random bytes" in str(caught.value)
        assert text not in str(caught.value)
    settings = Settings.model_validate({"BOT_DATABASE": str(tmp_path / "db" / "x.sqlite3")})
    assert settings.encryption_key_file == tmp_path / "db" / "bot.key"
    assert Settings.model_validate({"BOT_ENCRYPTION_KEY_FILE": ""}).bot_encryption_key_file is None


async def test_first_start_creates_the_key_file(database: Path) -> None:
    key_file = database.parent / "bot.key"
    store = EncryptedSessionStore(SqliteSessionStore(database), None,
                                  create_keys=lambda: create_key_file(key_file))
    await store.open()
    try:
        await store.save(1, RECORD, expected_version=0)
    finally:
        await store.close()
    assert stat.S_IMODE(key_file.stat().st_mode) == 0o600
    assert key_id_of_value(raw_rows(database)[1][0]) == read_key_file(key_file).current.key_id


def snapshot(folder: Path) -> dict[str, bytes]:
    return {path.name: path.read_bytes() for path in sorted(folder.iterdir())}


async def test_wrong_or_missing_key_is_refused_and_nothing_is_touched(database: Path, key_a: EncryptionKey) -> None:
    async with _opened(EncryptedSessionStore(SqliteSessionStore(database), KeyRing([key_a]))) as store:
        await fill(store, range(1, 4))
    before = snapshot(database.parent)
    created: list[Path] = []

    def create() -> KeyRing:
        created.append(database.parent / "bot.key")
        return create_key_file(created[-1])

    wrong = EncryptionKey.generate()
    for keys in (KeyRing([wrong]), None):
        store = EncryptedSessionStore(SqliteSessionStore(database), keys, create_keys=create)
        with pytest.raises(EncryptionKeyError) as caught:
            await store.open()
        assert key_a.key_id in str(caught.value)
        with pytest.raises(Exception, match="not open"):
            await store.load(1)  # the store underneath was closed again
    assert created == []
    assert snapshot(database.parent) == before


# -- rows from before encryption ----------------------------------------------------------------


async def test_plain_rows_from_before_are_encrypted_at_start(database: Path, key_a: EncryptionKey) -> None:
    async with _opened(SqliteSessionStore(database)) as plain:
        for user in range(1, 30):
            await plain.save(user, record_for(user), expected_version=0)
        await plain.save(1, record_for(1), expected_version=1)  # an older version left in free space
    assert SALARY in readable_text(database)
    async with _opened(EncryptedSessionStore(SqliteSessionStore(database), KeyRing([key_a]))) as store:
        assert {key_id_of_value(data) for data, _ in raw_rows(database).values()} == {key_a.key_id}
        text = readable_text(database)  # the file and its WAL, while the store is open
        assert not any(value in text for value in PERSONAL)
        for user in range(1, 30):
            loaded = await store.load(user)
            assert loaded is not None and loaded.data == record_for(user)
        # once every row is encrypted, a plain row is foreign
        tamper(database, "UPDATE sessions SET data = ? WHERE user_id = 2", RECORD)
        await assert_refused(store, 2)


# -- rotation -----------------------------------------------------------------------------------


class InterruptedStore(SqliteSessionStore):
    """A store that dies (like a killed process) after ``batches`` batches of in-place rewrites."""

    def __init__(self, path: Path, batches: int) -> None:
        super().__init__(path)
        self.batches_left = batches

    async def replace_data(self, sessions: Sequence[StoredSession]) -> int:
        if self.batches_left == 0:
            raise KeyboardInterrupt
        self.batches_left -= 1
        return await super().replace_data(sessions)


def settings_for(database: Path) -> Settings:
    return Settings.model_validate({"BOT_DATABASE": str(database)})


async def test_rotate_key_re_encrypts_everything_and_retires_the_old_key(database: Path) -> None:
    settings = settings_for(database)
    old = create_key_file(settings.encryption_key_file)
    async with _opened(EncryptedSessionStore(SqliteSessionStore(database), old)) as store:
        await fill(store, range(1, 11))
    report = await rotate_key(settings)
    assert not report.resumed and report.rewritten == 10
    new = read_key_file(settings.encryption_key_file)
    assert new.ids == (report.key_id,) and report.key_id != old.current.key_id
    assert {key_id_of_value(data) for data, _ in raw_rows(database).values()} == {report.key_id}
    async with _opened(EncryptedSessionStore(SqliteSessionStore(database), new)) as store:
        assert await store.get_meta(META_KEY_IDS) == report.key_id
        loaded = await store.load(3)
        assert loaded is not None and loaded.data == record_for(3)
    with pytest.raises(EncryptionKeyError, match=report.key_id):
        await EncryptedSessionStore(SqliteSessionStore(database), old).open()


async def test_rotation_killed_halfway_stays_readable_and_a_second_run_finishes(database: Path) -> None:
    settings = settings_for(database)
    old = create_key_file(settings.encryption_key_file)
    async with _opened(EncryptedSessionStore(SqliteSessionStore(database), old)) as store:
        await fill(store, range(1, 11))
    # What rotate-key does before it dies: the new key first in the file, then 4 rows rewritten.
    both = old.with_current(EncryptionKey.generate())
    write_key_file(settings.encryption_key_file, both)
    interrupted = EncryptedSessionStore(InterruptedStore(database, batches=2), both, rewrite_batch=2)
    await interrupted.open()
    with pytest.raises(KeyboardInterrupt):
        await interrupted.reencrypt_all()
    await interrupted.close()
    under = [key_id_of_value(data) for data, _ in raw_rows(database).values()]
    assert under.count(both.current.key_id) == 4 and under.count(old.current.key_id) == 6
    # meanwhile the bot, with the key file as it is, reads every row
    async with _opened(EncryptedSessionStore(SqliteSessionStore(database), read_key_file(
            settings.encryption_key_file))) as store:
        for user in range(1, 11):
            loaded = await store.load(user)
            assert loaded is not None and loaded.data == record_for(user)

    report = await rotate_key(settings)
    assert report.resumed and report.rewritten == 6 and report.key_id == both.current.key_id
    assert read_key_file(settings.encryption_key_file).ids == (both.current.key_id,)
    assert {key_id_of_value(data) for data, _ in raw_rows(database).values()} == {both.current.key_id}


async def test_rotation_with_the_environment_key_needs_a_new_key_file(database: Path, tmp_path: Path) -> None:
    key = EncryptionKey.generate()
    settings = Settings.model_validate({"BOT_DATABASE": str(database), "BOT_ENCRYPTION_KEY": key.to_base64()})
    async with _opened(EncryptedSessionStore(SqliteSessionStore(database), KeyRing([key]))) as store:
        await fill(store, range(1, 4))
    with pytest.raises(EncryptionKeyError, match="--new-key-file"):
        await rotate_key(settings)
    report = await rotate_key(settings, tmp_path / "new.key")
    assert report.rewritten == 3 and read_key_file(tmp_path / "new.key").ids == (report.key_id,)


StoreT = TypeVar("StoreT", SqliteSessionStore, EncryptedSessionStore)


@contextlib.asynccontextmanager
async def _opened(store: StoreT) -> AsyncIterator[StoreT]:
    """``async with _opened(store) as store``: open, then close."""
    await store.open()
    try:
        yield store
    finally:
        await store.close()
