"""Why asyncpg: the client CPU of the same save with asyncpg and with psycopg 3, on one PostgreSQL server.

    .venv/bin/pip install 'psycopg[binary]>=3.3,<3.4'   # not a dependency of the bot: only for this comparison
    .venv/bin/python bench/bench_pg_drivers.py

Both drivers run the store's own save statement (bot/storage/postgres.py, the next version of a stored
session with an update id) inside BEGIN ... COMMIT, on one connection each (no pool), as prepared
statements with binary parameters (psycopg: ``prepare=True, binary=True``; asyncpg does both by default),
in alternating runs so that the machine's other load falls on both alike. The server is a throwaway
PostgreSQL 15 (tests/postgres_server.py), fsync on. Printed: the bot process's CPU per save, median of runs.
"""

from __future__ import annotations

import asyncio
import re
import statistics
import sys
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.append(ROOT.as_posix())

import asyncpg  # noqa: E402
import machine  # noqa: E402
from bench_store import RECORD, postgres_server  # noqa: E402

from bot.storage import PostgresSessionStore, parse_postgres_url  # noqa: E402
from bot.storage.postgres import _SAVE_NEXT  # noqa: E402  (the statement itself, so both run the same SQL)

SAVES, RUNS, SESSIONS = 2_000, 4, 100
PSYCOPG_SAVE = re.sub(r"\$(\d+)", lambda m: f"%(p{m.group(1)})s", _SAVE_NEXT)


def arguments(user: int, version: int, update_id: int) -> tuple[Any, ...]:
    return (user, RECORD.encode(), version, datetime.now(UTC), ["update"], [str(update_id)], None, None,
            [], [], [], [])


async def with_asyncpg(conn: Any, first_id: int, versions: dict[int, int]) -> float:
    start = time.process_time()
    for n in range(SAVES):
        user = n % SESSIONS
        async with conn.transaction():
            row = await conn.fetchrow(_SAVE_NEXT, *arguments(user, versions[user], first_id + n))
        assert row["written"] == 1
        versions[user] += 1
    return (time.process_time() - start) / SAVES


async def with_psycopg(conn: Any, first_id: int, versions: dict[int, int]) -> float:
    start = time.process_time()
    for n in range(SAVES):
        user = n % SESSIONS
        values = arguments(user, versions[user], first_id + n)
        async with conn.transaction():
            cursor = await conn.execute(PSYCOPG_SAVE, {f"p{i + 1}": v for i, v in enumerate(values)},
                                        prepare=True, binary=True)
            row = await cursor.fetchone()
        assert row[1] == 1
        versions[user] += 1
    return (time.process_time() - start) / SAVES


async def main() -> None:
    try:
        import psycopg
    except ImportError:
        raise SystemExit("psycopg is not installed: .venv/bin/pip install 'psycopg[binary]>=3.3,<3.4'") from None
    async with postgres_server() as url:
        async with PostgresSessionStore(url) as store:  # the schema, and the sessions the saves go to
            for user in range(SESSIONS):
                await store.save(user, RECORD, expected_version=0)
        a = parse_postgres_url(url)
        apg = await asyncpg.connect(host=a.host, port=a.port, user=a.user, password=a.password, database=a.dbname)
        pg = await psycopg.AsyncConnection.connect(host=a.host, port=a.port, user=a.user, password=a.password,
                                                   dbname=a.dbname, autocommit=True)
        versions = dict.fromkeys(range(SESSIONS), 1)
        results: dict[str, list[float]] = {"asyncpg": [], "psycopg": []}
        first_id = 1_000
        for _ in range(RUNS):
            results["asyncpg"].append(await with_asyncpg(apg, first_id, versions))
            first_id += SAVES
            results["psycopg"].append(await with_psycopg(pg, first_id, versions))
            first_id += SAVES
        await apg.close()
        await pg.close()
    print(machine.header(("asyncpg", "psycopg", "psycopg-binary")))
    print(f"{SAVES} saves x {RUNS} runs per driver, alternating")
    for name, runs in results.items():
        print(f"{name:8} client CPU per save: median {statistics.median(runs) * 1e6:.0f} us"
              f"  (runs: {', '.join(f'{r * 1e6:.0f}' for r in runs)})")


if __name__ == "__main__":
    asyncio.run(main())
