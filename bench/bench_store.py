"""CPU per session save of the store, on SQLite and on PostgreSQL, as the service calls it.

    .venv/bin/python bench/bench_store.py                 # SQLite: 3,000 saves x 5 runs on 1,000 stored sessions
    .venv/bin/python bench/bench_store.py --database postgres   # the same on PostgreSQL 15 (started here)
    .venv/bin/python bench/bench_store.py --database both --saves 500 --runs 1 --sessions 100   # a quick look

Each save is what an answer costs the store: the next version of one person's session (about 1.5 KB of
JSON), with the update id, a callback query id on every other save, and counters on one save in eight.
SQLite: a real file in a temporary folder, with the store's defaults (WAL, synchronous=FULL). PostgreSQL: a
throwaway server of PostgreSQL 15 (tests/postgres_server.py) on 127.0.0.1 in a temporary folder, with
fsync on, as deployed. CPU is the whole bot process's (``time.process_time``), so the work done in
aiosqlite's thread is counted; on PostgreSQL the server's CPU is counted apart: the store's backends
(read from ``/proc/<pid>/stat``), since the server runs the statements that SQLite runs in the bot's
process. The figure is the median over the runs. The store is driven only through
``save(..., expected_version=...)`` and ``load``, which every version of the store has had, so the same
script measures an older checkout (SQLite):

    PYTHONPATH=/path/to/old/checkout .venv/bin/python bench/bench_store.py
"""

from __future__ import annotations

import argparse
import asyncio
import os
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.append(ROOT.as_posix())  # after PYTHONPATH, so an older checkout given there wins

import machine  # noqa: E402  (bench/machine.py: the script's folder is on sys.path)

from bot.storage import SqliteSessionStore, StatIncrement  # noqa: E402

RECORD = '{"session": {"language": "en", "answers": {' + ", ".join(
    f'"question_{n}": {{"value": {n * 1000}, "at": "2026-12-03T08:00:00Z"}}' for n in range(28)
) + '}}, "completion_counted": false}'
COUNTERS = (StatIncrement("started", "source", "private"), StatIncrement("started", "language", "en"))
CLOCK_TICKS = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100


@dataclass
class Runs:
    cpu: list[float]  # the bot process, seconds per save
    wall: list[float]
    server_cpu: list[float]  # the database server's backends, seconds per save
    has_server: bool  # PostgreSQL: the server's CPU is measured (SQLite has no server)


def process_cpu_seconds(pid: int) -> float:
    """User + system CPU of another process, from /proc (10 ms ticks)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / CLOCK_TICKS


async def measure(store: Any, server_cpu: Callable[[], Any] | None, *, sessions: int, saves: int, runs: int
                  ) -> Runs:
    """Per-save CPU and wall seconds of each run; ``server_cpu`` reads the server's CPU seconds, if any."""
    result = Runs([], [], [], has_server=server_cpu is not None)
    read_server_cpu = server_cpu or no_server
    versions = dict.fromkeys(range(sessions), 0)
    update_id = 0
    for user in versions:  # the stored sessions the saves go to
        update_id += 1
        await store.save(user, RECORD, expected_version=0, update_id=update_id)
        versions[user] = 1
    for _ in range(runs):
        server_start = await read_server_cpu()
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
        result.cpu.append((time.process_time() - cpu_start) / saves)
        result.wall.append((time.perf_counter() - wall_start) / saves)
        result.server_cpu.append((await read_server_cpu() - server_start) / saves)
    loaded = await store.load(0)
    assert loaded is not None and loaded.version == versions[0], "a save was lost"
    return result


async def no_server() -> float:
    return 0.0


async def on_sqlite(folder: Path, **load: int) -> Runs:
    async with SqliteSessionStore(folder / "bench.sqlite3") as store:
        return await measure(store, None, **load)


@asynccontextmanager
async def postgres_server() -> AsyncIterator[str]:
    """A throwaway PostgreSQL server with fsync on; the URL of a new database on it."""
    from tests.postgres_server import PostgresServer, postgres_bin_dir

    bin_dir = postgres_bin_dir()
    if not (bin_dir / "initdb").exists():
        raise SystemExit(f"no PostgreSQL in {bin_dir}: apt-get install postgresql-15")
    folder = Path(tempfile.mkdtemp(prefix="bench-postgres-"))
    server = PostgresServer(bin_dir=bin_dir, folder=folder, durable=True)
    try:
        server.init()
        server.start()
        yield server.create_database("bench")
    finally:
        server.stop()
        shutil.rmtree(folder, ignore_errors=True)


async def on_postgres(**load: int) -> Runs:
    from bot.storage import PostgresSessionStore

    async with postgres_server() as url, PostgresSessionStore(url) as store:

        async def backends_cpu() -> float:
            async with store.connection() as conn:
                pids = [row[0] for row in await conn.fetch(
                    "SELECT pid FROM pg_stat_activity WHERE application_name = 'china-eligibility-bot'")]
            return sum(process_cpu_seconds(pid) for pid in pids)

        return await measure(store, backends_cpu, **load)


def report(name: str, runs: Runs, durable: str) -> None:
    def line(values: list[float]) -> str:
        return f"median {statistics.median(values) * 1e6:.0f} us  (runs: {', '.join(f'{v * 1e6:.0f}' for v in values)})"

    print(f"{name}:")
    print(f"  CPU per save:  {line(runs.cpu)}")
    if runs.has_server:  # /proc counts in 10 ms ticks: a tiny run may read 0
        print(f"  server CPU per save: {line(runs.server_cpu)}")
        total = [a + b for a, b in zip(runs.cpu, runs.server_cpu, strict=True)]
        print(f"  both per save: {line(total)}")
    print(f"  wall per save: median {statistics.median(runs.wall) * 1e6:.0f} us ({durable})")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--database", choices=("sqlite", "postgres", "both"), default="sqlite")
    parser.add_argument("--sessions", type=int, default=1_000, help="stored sessions the saves go to")
    parser.add_argument("--saves", type=int, default=3_000, help="saves per run")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    load = {"sessions": args.sessions, "saves": args.saves, "runs": args.runs}
    print(machine.header(("aiosqlite", "asyncpg")))
    print(f"store: {sys.modules[SqliteSessionStore.__module__].__file__}")
    print(f"{args.saves} saves x {args.runs} runs on {args.sessions} stored sessions")
    if args.database in ("sqlite", "both"):
        with tempfile.TemporaryDirectory() as folder:
            runs = asyncio.run(on_sqlite(Path(folder), **load))
        report("SQLite", runs, "includes the fsync of synchronous=FULL")
    if args.database in ("postgres", "both"):
        report("PostgreSQL", asyncio.run(on_postgres(**load)), "includes the server's WAL flush per commit")


if __name__ == "__main__":
    main()
