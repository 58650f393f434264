"""Benchmark: one, two and three webhook workers on PostgreSQL, and one on SQLite, under the same load.

Each configuration runs real ``python -m bot`` processes in webhook mode behind nginx (round robin over
the workers, as in the README's "Running several workers"), fed by the fake Telegram Bot API of the tests,
which posts every update to nginx. The same simulated people (bench_pipeline's ``Person``: the "work"
interview, 16 updates each) act the moment each reply arrives (a closed loop), so a configuration that
handles more gets more updates a second. PostgreSQL is a throwaway server of PostgreSQL 15 with fsync on
(tests/postgres_server.py), a fresh database per configuration; SQLite is a fresh file.

CPU is read from ``/proc``: the workers' processes (every thread), and apart from them the PostgreSQL
server (the postmaster and its backends, live and exited), before and after the measured load.

    python bench/bench_workers.py                  # 40 people x 16 updates per configuration
    python bench/bench_workers.py --people 8 --warmup 1      # a short run
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import os
import random
import shutil
import signal
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
for folder in (ROOT, ROOT / "bench"):
    if str(folder) not in sys.path:
        sys.path.insert(0, str(folder))

import machine  # noqa: E402  (bench/machine.py)
from bench_pipeline import OURS_SCRIPT, Person  # noqa: E402

from tests.e2e.harness import free_port  # noqa: E402
from tests.e2e.nginx import nginx_serving  # noqa: E402
from tests.fake_telegram import FakeTelegramServer  # noqa: E402
from tests.postgres_server import PostgresServer, postgres_bin_dir  # noqa: E402

CONFIGURATIONS = (("SQLite", 1), ("PostgreSQL", 1), ("PostgreSQL", 2), ("PostgreSQL", 3))
SECRET = "bench_workers_secret"
LOAD_BOUND = 600.0  # seconds for a configuration's measured load: a bound, not a measurement


def tree_cpu_seconds(root: int) -> float:
    """User + system CPU of ``root`` and every process under it, including children already reaped."""
    parents: dict[int, int] = {}
    times: dict[int, float] = {}
    tick = os.sysconf("SC_CLK_TCK")
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        pid = int(entry.name)
        parents[pid] = int(fields[1])
        times[pid] = sum(int(value) for value in fields[11:15]) / tick  # utime, stime, cutime, cstime
    total = 0.0
    for pid, cpu in times.items():
        ancestor = pid
        while ancestor not in (0, 1, root) and ancestor in parents:
            ancestor = parents[ancestor]
        if ancestor == root:
            total += cpu
    return total


@dataclass
class Result:
    name: str
    updates: int
    seconds: float
    workers_cpu: float
    database_cpu: float | None
    latencies_ms: list[float]
    api_calls: int  # Bot API calls the workers made during the load

    def percentile(self, q: float) -> float:
        ordered = sorted(self.latencies_ms)
        return ordered[min(len(ordered) - 1, max(0, round(q * len(ordered)) - 1))]

    def row(self) -> str:
        database = "—" if self.database_cpu is None else f"{1000 * self.database_cpu / self.updates:.2f}"
        total = 1000 * (self.workers_cpu + (self.database_cpu or 0.0)) / self.updates
        return (f"| {self.name} | {self.updates} | {self.updates / self.seconds:.1f} | "
                f"{self.api_calls / self.seconds:.1f} | {self.percentile(0.5):.0f} | "
                f"{self.percentile(0.99):.0f} | {1000 * self.workers_cpu / self.updates:.2f} | {database} | "
                f"{total:.2f} |")


def upstream_block(ports: Sequence[int]) -> str:
    """The README's workers block, for as many workers as given."""
    servers = "\n".join(f"    server 127.0.0.1:{port};" for port in ports)
    return (f"upstream bot_workers {{\n{servers}\n}}\nlocation = /tg/hook {{\n    proxy_pass http://bot_workers;\n"
            "    proxy_next_upstream error timeout;\n}\n")


async def run_configuration(kind: str, workers: int, *, database: str, people: int, warmup: int, seed: int,
                            workdir: Path, postgres: PostgresServer | None) -> Result:
    ports = [free_port() for _ in range(workers)]
    async with FakeTelegramServer() as server, nginx_serving(upstream_block(ports), workdir / "nginx") as proxy:
        processes: list[asyncio.subprocess.Process] = []
        logs = []
        try:
            for number, port in enumerate(ports):
                env = {k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "BOT_"))}
                env.update(server.env(), PYTHONPATH=str(ROOT), BOT_DATABASE=database, BOT_MODE="webhook",
                           BOT_WEBHOOK_URL=f"http://127.0.0.1:{proxy}/tg/hook", BOT_WEBHOOK_SECRET=SECRET,
                           BOT_LISTEN="127.0.0.1", BOT_PORT=str(port), BOT_MESSAGES_PER_MINUTE="10000")
                log = (workdir / f"worker{number + 1}.log").open("wb")
                logs.append(log)
                mark = server.mark()
                processes.append(await asyncio.create_subprocess_exec(
                    sys.executable, "-m", "bot", cwd=workdir, env=env, stdin=asyncio.subprocess.DEVNULL,
                    stdout=log, stderr=log))
                await server.wait_for(method="setWebhook", after=mark, timeout=120)
            rng = random.Random(seed)  # the same people and answers for every configuration

            def person() -> Person:
                values = {"age": str(rng.randint(25, 44)), "salary": f"{rng.randint(400, 520)}k",
                          "experience": str(rng.randint(3, 12))}
                return Person(server, server.add_user(f"P{rng.randrange(10**6)}"), OURS_SCRIPT, values)

            await asyncio.gather(*(person().run() for _ in range(warmup)))  # imports, caches, connections
            await server.wait_until_idle(quiet=0.2, timeout=60)
            crowd = [person() for _ in range(people)]

            def database_cpu() -> float | None:
                if postgres is None or postgres.process is None:
                    return None
                return tree_cpu_seconds(postgres.process.pid)

            def workers_cpu() -> float:
                return sum(tree_cpu_seconds(process.pid) for process in processes)

            workers_before, database_before = workers_cpu(), database_cpu()
            load_mark = server.mark()
            started = time.monotonic()
            await asyncio.wait_for(asyncio.gather(*(p.run() for p in crowd)), timeout=LOAD_BOUND)
            elapsed = time.monotonic() - started
            api_calls = len(server.requests_since(load_mark))
            await server.wait_until_idle(quiet=0.2, timeout=60)
            database_after = database_cpu()
            workers_used = workers_cpu() - workers_before
        finally:
            for process in processes:
                with contextlib.suppress(ProcessLookupError):
                    process.send_signal(signal.SIGINT)
            for process in processes:
                try:
                    await asyncio.wait_for(process.wait(), 60)
                except TimeoutError:
                    process.kill()
                    await process.wait()
            for log in logs:
                log.close()
    latencies = [ms for p in crowd for ms in p.latencies_ms]
    used_database = None if database_before is None or database_after is None else database_after - database_before
    name = f"{workers} worker{'s' if workers > 1 else ''}, {kind}"
    return Result(name, len(latencies), elapsed, workers_used, used_database, latencies, api_calls)


async def run(people: int, warmup: int, seed: int) -> list[Result]:
    bin_dir = postgres_bin_dir()
    if not (bin_dir / "initdb").exists():
        raise SystemExit(f"no PostgreSQL in {bin_dir}: apt-get install postgresql-15")
    folder = Path(tempfile.mkdtemp(prefix="bench-workers-"))
    postgres_folder = Path(tempfile.mkdtemp(prefix="bench-workers-postgres-"))  # given to the server's user
    postgres = PostgresServer(bin_dir=bin_dir, folder=postgres_folder, durable=True)
    results = []
    try:
        await asyncio.to_thread(postgres.init)
        await asyncio.to_thread(postgres.start)
        for number, (kind, workers) in enumerate(CONFIGURATIONS):
            workdir = folder / f"run{number + 1}"
            workdir.mkdir()
            if kind == "SQLite":
                database, server = str(workdir / "bot.sqlite3"), None
            else:
                database, server = await asyncio.to_thread(postgres.create_database, "bench"), postgres
            result = await run_configuration(kind, workers, database=database, people=people, warmup=warmup,
                                             seed=seed, workdir=workdir, postgres=server)
            print(result.row(), flush=True)
            results.append(result)
    finally:
        await asyncio.to_thread(postgres.stop)
        for each in (folder, postgres_folder):
            shutil.rmtree(each, ignore_errors=True)
    return results


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--people", type=int, default=40, help="simulated people at once (default 40)")
    parser.add_argument("--warmup", type=int, default=4, help="people through the interview before measuring")
    parser.add_argument("--seed", type=int, default=20261203)
    args = parser.parse_args(argv)
    print(machine.header(["python-telegram-bot", "asyncpg", "aiosqlite"]))
    print(f"load: {args.people} people at once, each {len(OURS_SCRIPT)} updates, acting as each reply arrives;"
          " nginx round robin in front of the workers")
    print("| configuration | updates | updates/s | Bot API calls/s | p50 ms | p99 ms | workers' CPU ms/update |"
          " PostgreSQL CPU ms/update | total CPU ms/update |")
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    asyncio.run(run(args.people, args.warmup, args.seed))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
