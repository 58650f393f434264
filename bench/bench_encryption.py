"""CPU cost of encrypting sessions at rest: per save and per load, with and without the encryption layer.

    .venv/bin/python bench/bench_encryption.py                  # 3,000 saves and loads x 5 runs of each store
    .venv/bin/python bench/bench_encryption.py --operations 300 --runs 1 --sessions 100 --before 1000   # quick

Two figures:

* **AES-GCM alone**: `seal` and `unseal` (bot/storage/encrypted.py) of one session record (about 1.5 KB
  of JSON, bench_store.RECORD), in a loop: the cryptography itself, base64 and the text around it.
* **A database from before**: how long the start-up pass takes to encrypt ``--before`` plain sessions.
* **Through the store**: the same saves and loads as bench_store.py (WAL, ``synchronous=FULL``, a real
  file), once on `SqliteSessionStore` and once on `EncryptedSessionStore` over it, runs alternating so
  that the machine's load hits both alike. CPU is the whole process's (``time.process_time``, aiosqlite's
  thread included); the figures are medians over the runs, and the difference is what encryption costs.
"""

from __future__ import annotations

import argparse
import asyncio
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.append(ROOT.as_posix())

import machine  # noqa: E402  (bench/machine.py: the script's folder is on sys.path)
from bench_store import RECORD  # noqa: E402

from bot.storage import SessionStore, SqliteSessionStore  # noqa: E402
from bot.storage.encrypted import EncryptedSessionStore, seal, unseal  # noqa: E402
from bot.storage.keys import EncryptionKey, KeyRing  # noqa: E402


def crypto_alone(operations: int) -> tuple[float, float]:
    """CPU seconds per seal and per unseal of one record."""
    ring = KeyRing([EncryptionKey.generate()])
    start = time.process_time()
    sealed = [seal(ring.current, n, n + 1, RECORD) for n in range(operations)]
    per_seal = (time.process_time() - start) / operations
    start = time.process_time()
    for n, value in enumerate(sealed):
        unseal(ring, n, n + 1, value)
    return per_seal, (time.process_time() - start) / operations


async def one_run(store: SessionStore, sessions: int, operations: int, record: str = RECORD
                  ) -> tuple[float, float]:
    """CPU seconds per save and per load of ``record`` on an open store holding ``sessions`` sessions."""
    versions = {user: (loaded.version if (loaded := await store.load(user)) else 0) for user in range(sessions)}
    start = time.process_time()
    for n in range(operations):
        user = n % sessions
        await store.save(user, record, expected_version=versions[user])
        versions[user] += 1
    per_save = (time.process_time() - start) / operations
    start = time.process_time()
    for n in range(operations):
        loaded = await store.load(n % sessions)
        assert loaded is not None and loaded.data == record
    return per_save, (time.process_time() - start) / operations


async def through_stores(folder: Path, *, sessions: int, operations: int, runs: int
                         ) -> dict[str, tuple[list[float], list[float]]]:
    # "plain, sized": plain text as long as the encrypted value (base64 makes it a third longer), to
    # tell the cost of the bigger row from the cost of the cryptography.
    sized = RECORD + " " * (len(seal(EncryptionKey.generate(), 0, 1, RECORD)) - len(RECORD))
    records = {"plain": RECORD, "plain, sized": sized, "encrypted": RECORD}
    stores: dict[str, SessionStore] = {
        "plain": SqliteSessionStore(folder / "plain.sqlite3"),
        "plain, sized": SqliteSessionStore(folder / "sized.sqlite3"),
        "encrypted": EncryptedSessionStore(SqliteSessionStore(folder / "encrypted.sqlite3"),
                                           KeyRing([EncryptionKey.generate()])),
    }
    results: dict[str, tuple[list[float], list[float]]] = {name: ([], []) for name in stores}
    for store in stores.values():
        await store.open()
    try:
        for name, store in stores.items():  # warm-up: every session stored once
            await one_run(store, sessions, sessions, records[name])
        for _ in range(runs):
            for name, store in stores.items():
                per_save, per_load = await one_run(store, sessions, operations, records[name])
                results[name][0].append(per_save)
                results[name][1].append(per_load)
    finally:
        for store in stores.values():
            await store.close()
    return results


async def encrypt_from_before(folder: Path, sessions: int) -> tuple[float, float]:
    """CPU and wall seconds of the start-up pass that encrypts a database from before encryption
    holding ``sessions`` plain sessions (bulk-inserted with SQL, as bench_pipeline.py does)."""
    database = folder / "before.sqlite3"
    async with SqliteSessionStore(database):
        pass  # the schema
    with sqlite3.connect(database) as db:
        db.executemany("INSERT INTO sessions (user_id, data, version, created_at, updated_at)"
                       " VALUES (?, ?, 1, '2026-12-01T00:00:00.000000Z', '2026-12-01T00:00:00.000000Z')",
                       ((user, RECORD) for user in range(sessions)))
    store = EncryptedSessionStore(SqliteSessionStore(database), KeyRing([EncryptionKey.generate()]))
    cpu, wall = time.process_time(), time.perf_counter()
    await store.open()
    cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
    await store.close()
    return cpu, wall


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--sessions", type=int, default=1_000, help="stored sessions the saves go to")
    parser.add_argument("--operations", type=int, default=3_000, help="saves, then loads, per run")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--before", type=int, default=100_000,
                        help="plain sessions in the database from before encryption that start-up encrypts")
    args = parser.parse_args()
    per_seal, per_unseal = crypto_alone(max(args.operations, 1_000))
    with tempfile.TemporaryDirectory() as folder:
        results = asyncio.run(through_stores(Path(folder), sessions=args.sessions, operations=args.operations,
                                             runs=args.runs))
        before_cpu, before_wall = asyncio.run(encrypt_from_before(Path(folder), args.before))
    print(machine.header(("aiosqlite", "cryptography")))
    print(f"record: {len(RECORD)} bytes of JSON; {args.operations} saves and loads x {args.runs} runs "
          f"on {args.sessions} stored sessions")
    print(f"AES-GCM alone:  seal {per_seal * 1e6:.1f} us, unseal {per_unseal * 1e6:.1f} us")
    medians = {name: (statistics.median(saves), statistics.median(loads)) for name, (saves, loads) in results.items()}
    for name, (save, load) in medians.items():
        print(f"{name:12} CPU per save {save * 1e6:6.0f} us   per load {load * 1e6:6.0f} us")
    print(f"encryption   CPU per save {(medians['encrypted'][0] - medians['plain'][0]) * 1e6:+6.0f} us"
          f"   per load {(medians['encrypted'][1] - medians['plain'][1]) * 1e6:+6.0f} us")
    print(f"start-up encryption of {args.before} sessions from before: {before_cpu:.1f} s CPU, {before_wall:.1f} s")


if __name__ == "__main__":
    main()
