"""CPU per session save of the SQLite store, as the service calls it.

    .venv/bin/python bench/bench_store.py                 # 3,000 saves x 5 runs on 1,000 stored sessions
    .venv/bin/python bench/bench_store.py --saves 500 --runs 1 --sessions 100   # a quick look

Each save is what an answer costs the store: the next version of one person's session (about 1.5 KB of
JSON), with the update id, a callback query id on every other save, and counters on one save in eight.
The file is a real one in a temporary folder, with the store's defaults (WAL, synchronous=FULL). CPU is the
whole process's (``time.process_time``), so the work done in aiosqlite's thread is counted; the figure is
the median over the runs. The store is driven only through ``save(..., expected_version=...)`` and
``load``, which every version of the store has had, so the same script measures an older checkout:

    PYTHONPATH=/path/to/old/checkout .venv/bin/python bench/bench_store.py
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.append(ROOT.as_posix())  # after PYTHONPATH, so an older checkout given there wins

import machine  # noqa: E402  (bench/machine.py: the script's folder is on sys.path)

from bot.storage import SqliteSessionStore, StatIncrement  # noqa: E402

RECORD = '{"session": {"language": "en", "answers": {' + ", ".join(
    f'"question_{n}": {{"value": {n * 1000}, "at": "2026-12-03T08:00:00Z"}}' for n in range(28)
) + '}}, "completion_counted": false}'
COUNTERS = (StatIncrement("started", "source", "private"), StatIncrement("started", "language", "en"))


async def measure(folder: Path, *, sessions: int, saves: int, runs: int) -> tuple[list[float], list[float]]:
    """Per-save CPU and wall seconds of each run."""
    cpu: list[float] = []
    wall: list[float] = []
    async with SqliteSessionStore(folder / "bench.sqlite3") as store:
        versions = dict.fromkeys(range(sessions), 0)
        update_id = 0
        for user in versions:  # the stored sessions the saves go to
            update_id += 1
            await store.save(user, RECORD, expected_version=0, update_id=update_id)
            versions[user] = 1
        for _ in range(runs):
            cpu_start, wall_start = time.process_time(), time.perf_counter()
            for n in range(saves):
                user = n % sessions
                update_id += 1
                await store.save(
                    user,
                    RECORD,
                    expected_version=versions[user],
                    update_id=update_id,
                    callback_query_id=f"cq-{update_id}" if n % 2 else None,
                    stats=COUNTERS if n % 8 == 0 else (),
                )
                versions[user] += 1
            cpu.append((time.process_time() - cpu_start) / saves)
            wall.append((time.perf_counter() - wall_start) / saves)
        loaded = await store.load(0)
        assert loaded is not None and loaded.version == versions[0], "a save was lost"
    return cpu, wall


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--sessions", type=int, default=1_000, help="stored sessions the saves go to")
    parser.add_argument("--saves", type=int, default=3_000, help="saves per run")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        cpu, wall = asyncio.run(measure(Path(folder), sessions=args.sessions, saves=args.saves, runs=args.runs))
    store_module = sys.modules[SqliteSessionStore.__module__].__file__
    print(machine.header(("aiosqlite",)))
    print(f"store: {store_module}")
    print(f"{args.saves} saves x {args.runs} runs on {args.sessions} stored sessions")
    print(f"CPU per save:  median {statistics.median(cpu) * 1e6:.0f} us"
          f"  (runs: {', '.join(f'{c * 1e6:.0f}' for c in cpu)})")
    print(f"wall per save: median {statistics.median(wall) * 1e6:.0f} us (includes the fsync of synchronous=FULL)")


if __name__ == "__main__":
    main()
