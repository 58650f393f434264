"""Benchmark: the whole pipeline, update -> load -> engine -> durable save -> render -> send.

Each bot runs as its own process, exactly as deployed (``python -m bot``; the reference is
``bench/reference_bot.py``), long-polling the fake Telegram Bot API server of the tests over loopback
HTTP. This process runs the fake server and the simulated people; the bot's CPU time is read from
``/proc/<pid>/stat`` (user + system time of every thread of the bot process: the event loop, aiosqlite's
worker thread, the HTTP client) before and after the measured load, so neither the fake server nor the
simulated people are counted. See bench/README.md.

    python bench/bench_pipeline.py            # 1,000 and 100,000 stored sessions, 20 people x 16 updates
    python bench/bench_pipeline.py --quick    # a short smoke run
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import gc
import json
import os
import pickle
import random
import signal
import sqlite3
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import machine  # noqa: E402  (bench/machine.py: the script's folder is on sys.path)

from tests.fake_telegram import FakeTelegramServer, FakeUser, RecordedRequest, StoredMessage  # noqa: E402

PREFILLED_FIRST_ID = 500_000_001  # stored people; the simulated ones get the fake server's ids (10,000,001...)
STEP_TIMEOUT = 30.0  # seconds for one reply: a bound, not a measurement
EDIT_METHODS = frozenset({"editMessageText", "editMessageReplyMarkup"})

# One step: (kind, value, reply) where kind is "start", "tap" (callback data) or "type" (text), and reply
# is "send" (a new message answers it) or "edit" (the pressed message is edited: a multiple-choice tick).
Step = tuple[str, str, str]

OURS_SCRIPT: tuple[Step, ...] = (
    ("start", "/start", "send"),
    ("tap", "c:goal:work", "send"),
    ("type", "{age}", "send"),
    ("tap", "c:work_city:beijing", "send"),
    ("tap", "c:job_offer:yes", "send"),
    ("type", "{salary}", "send"),
    ("tap", "c:highest_degree:master", "send"),
    ("type", "{experience}", "send"),
    ("tap", "c:months_in_china:nine_plus", "send"),
    ("tap", "c:chinese_level:hsk4", "send"),
    ("tap", "t:achievements:none", "edit"),
    ("tap", "d:achievements", "send"),
    ("tap", "t:background:stem_degree", "edit"),
    ("tap", "d:background", "send"),
    ("tap", "c:clean_record:yes", "send"),
    ("tap", "c:medical_check:yes", "send"),  # -> the verdict
)
REFERENCE_SCRIPT: tuple[Step, ...] = (
    ("start", "/start", "send"),
    ("tap", "goal:work", "send"),
    ("type", "{age}", "send"),
    ("tap", "work_city:beijing", "send"),
    ("tap", "job_offer:yes", "send"),
    ("type", "{salary}", "send"),
    ("tap", "highest_degree:master", "send"),
    ("type", "{experience}", "send"),
    ("tap", "months_in_china:nine_plus", "send"),
    ("tap", "chinese_level:hsk4", "send"),
    ("tap", "achievements:none", "edit"),
    ("tap", "achievements:done", "send"),
    ("tap", "background:stem_degree", "edit"),
    ("tap", "background:done", "send"),
    ("tap", "clean_record:yes", "send"),
    ("tap", "medical_check:yes", "send"),  # -> the verdict
)


# --- the machine ---------------------------------------------------------------------------------------

def header() -> str:
    return machine.header(("python-telegram-bot", "httpx", "aiosqlite", "pydantic", "aiohttp", "aiohttp-socks",
                           "uvloop"))


def process_cpu_seconds(pid: int) -> float:
    """User + system CPU time of a whole process (every thread), from /proc (10 ms ticks)."""
    stat = Path(f"/proc/{pid}/stat").read_text()
    fields = stat[stat.rindex(")") + 2:].split()  # fields[0] is the state, field 3 of the file
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


# --- stored data -----------------------------------------------------------------------------------------

def realistic_answers(rng: random.Random) -> dict[str, Any]:
    """One person's answers to the "work" path, as the engine stores them."""
    def answer(value: Any = None, *, unknown: bool = False) -> dict[str, Any]:
        return {"value": value, "unknown": unknown, "skipped": False}

    return {
        "goal": answer(rng.choice(["work", "both", "settle", "unsure"])),
        "age": answer(rng.randint(21, 64)),
        "work_city": answer(rng.choice(["beijing", "shanghai", "guangzhou"])),
        "job_offer": answer(rng.choice(["yes", "no", "dont_know"])),
        "annual_salary": answer(rng.randrange(120_000, 1_500_000, 1_000)),
        "highest_degree": answer(rng.choice(["doctorate", "master", "bachelor", "below_bachelor"])),
        "experience_years": answer(rng.randint(0, 30)),
        "months_in_china": answer(rng.choice(["nine_plus", "six_to_nine", "three_to_six", "under_three"])),
        "chinese_level": answer(rng.choice(["hsk5_plus", "hsk4", "hsk3", "none"])),
        "achievements": answer(rng.choice([["none"], ["senior_post"], ["postdoc", "senior_post"]])),
        "background": answer(rng.choice([["none"], ["stem_degree"], ["top_university", "stem_degree"]])),
        "clean_record": answer(rng.choice(["yes", "dont_know"]), unknown=rng.random() < 0.1),
        "medical_check": answer(rng.choice(["yes", "dont_know"])),
    }


async def prefill_ours(database: Path, count: int, seed: int = 1) -> None:
    """``count`` stored sessions (the bot's own record JSON), plus a day of processed update ids, in bulk."""
    await _migrate(database)
    rng = random.Random(seed)
    stamp = "2026-11-27T12:00:00.000000Z"

    from bot.records import UserRecord
    from conversations.session import Session

    base = UserRecord(session=Session()).model_dump(mode="json")  # every field the bot writes today

    def sessions() -> Any:
        for number in range(count):
            answers = realistic_answers(rng)
            if number % 3 == 0:  # a third are mid-interview
                answers = dict(list(answers.items())[: rng.randint(1, 12)])
            record = {**base, "session": {**base["session"], "answers": answers}}
            text = json.dumps(record, separators=(",", ":"))
            if number % 1000 == 0:
                UserRecord.from_json(text)  # the bot can read what we store
            yield (PREFILLED_FIRST_ID + number, text, stamp, stamp)

    with sqlite3.connect(database) as db:
        db.execute("PRAGMA synchronous = OFF")
        db.executemany("INSERT INTO sessions (user_id, data, version, created_at, updated_at) VALUES (?, ?, 1, ?, ?)",
                       sessions())
        db.executemany("INSERT INTO processed_updates (kind, id, seen_at) VALUES ('update', ?, ?)",
                       ((str(1_000_000 + n), stamp) for n in range(count)))
    with sqlite3.connect(database) as db:
        stored = db.execute("SELECT COUNT(*) FROM sessions").fetchone()[0]
    assert stored == count, (stored, count)
    await _encrypt(database)


async def _encrypt(database: Path) -> None:
    """The rows encrypted, as a deployed bot keeps them: the bot's own start-up pass, which also
    creates the key file beside the database, where the bot will look for it."""
    from bot.composition import encrypted_sessions
    from bot.config import Settings
    from bot.storage import SqliteSessionStore

    store = encrypted_sessions(Settings.model_validate({"BOT_DATABASE": str(database)}),
                               SqliteSessionStore(database))
    await store.open()
    await store.close()


async def _migrate(database: Path) -> None:
    from bot.storage import SqliteSessionStore

    store = SqliteSessionStore(database)
    await store.open()
    await store.close()


def prefill_reference(path: Path, count: int, seed: int = 1) -> None:
    """The same people as PicklePersistence stores them: user_data, chat_data and conversation states."""
    rng = random.Random(seed)
    user_data: dict[int, dict[str, Any]] = {}
    chat_data: dict[int, dict[str, Any]] = {}
    states: dict[tuple[int, ...], object] = {}
    for number in range(count):
        user_id = PREFILLED_FIRST_ID + number
        answers = {key: value["value"] for key, value in realistic_answers(rng).items()}
        if number % 3 == 0:
            kept = rng.randint(1, 12)
            answers = dict(list(answers.items())[:kept])
            states[(user_id, user_id)] = kept  # the question they are on
        user_data[user_id] = {"answers": answers}
        chat_data[user_id] = {}
    data = {"conversations": {"interview": states}, "user_data": user_data, "chat_data": chat_data,
            "bot_data": {}, "callback_data": None}
    with path.open("wb") as file:
        pickle.dump(data, file, protocol=pickle.HIGHEST_PROTOCOL)


# --- one bot under load ------------------------------------------------------------------------------------

@dataclass
class Result:
    bot: str
    sessions: int
    updates: int
    seconds: float
    cpu_seconds: float
    latencies_ms: list[float] = field(repr=False)
    full_write_ms: float | None = None  # reference only: one rewrite of the persistence file
    service_ms: float | None = None  # ours only: CPU per update of the service alone, without Telegram
    flood: int = 0  # messages one more person sent at once as the load began (their replies are not timed)

    @property
    def updates_per_second(self) -> float:
        return self.updates / self.seconds

    @property
    def cpu_ms_per_update(self) -> float:
        return 1000 * self.cpu_seconds / self.updates

    def percentile(self, q: float) -> float:
        ordered = sorted(self.latencies_ms)
        return ordered[min(len(ordered) - 1, max(0, round(q * len(ordered)) - 1))]


class Person:
    """A simulated person following a script, timing each reply."""

    def __init__(self, server: FakeTelegramServer, user: FakeUser, script: Sequence[Step], values: dict[str, str],
                 pauses: Sequence[float] = ()) -> None:
        self.server = server
        self.pauses = pauses  # seconds to wait before each step (reading, thinking); empty: none
        self.user = user
        self.chat = server.private_chat(user)
        self.script = script
        self.values = values
        self.screen: StoredMessage | None = None  # the last message with buttons
        self.latencies_ms: list[float] = []

    async def run(self) -> None:
        for number, (kind, value, reply) in enumerate(self.script):
            if number < len(self.pauses) and self.pauses[number] > 0:
                await asyncio.sleep(self.pauses[number])
            mark = self.server.mark()
            pushed = time.monotonic()
            if kind == "start":
                self.server.user_sends_command(self.user, self.chat, "start")
            elif kind == "type":
                self.server.user_sends_text(self.user, self.chat, value.format(**self.values))
            else:
                assert self.screen is not None, "no buttons to press"
                self.server.user_presses_button(self.user, self.screen, value)
            record = await self.server.wait_for(self._reply_matcher(reply), after=mark, timeout=STEP_TIMEOUT)
            self.latencies_ms.append(1000 * (record.at - pushed))
            if record.message is not None and record.message.buttons:
                self.screen = record.message

    def _reply_matcher(self, reply: str) -> Callable[[RecordedRequest], bool]:
        chat_id = self.chat.id

        def matches(record: RecordedRequest) -> bool:
            if record.chat_id != chat_id or not record.ok:
                return False
            if reply == "edit":
                return record.method in EDIT_METHODS
            # The next question, or the verdict (the last step): not an error message or the greeting.
            return record.method == "sendMessage" and record.message is not None and (
                record.message.content.startswith(("Question ", "Your eligibility", "Your result")))

        return matches


def bot_command(kind: str) -> list[str]:
    if kind == "ours":
        return [sys.executable, "-m", "bot"]
    return [sys.executable, str(ROOT / "bench" / "reference_bot.py")]


def pauses_for(rng: random.Random, steps: int, pace: float) -> list[float]:
    """A person's pauses before each step: the first staggers the start over one pace, the others are
    reading-and-tapping times drawn between half and one and a half times the pace."""
    if pace <= 0:
        return []
    return [rng.uniform(0, pace), *(rng.uniform(0.5 * pace, 1.5 * pace) for _ in range(steps - 1))]


async def run_bot(kind: str, sessions: int, *, people: int, warmup: int, workdir: Path, seed: int,
                  pace: float = 0.0, flood: int = 0, bot_env: dict[str, str] | None = None) -> Result:
    """Pre-fills the store, starts the bot process, measures the load, stops the bot."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "BOT_"))}
    env["PYTHONPATH"] = str(ROOT)
    if kind == "ours":
        env.update(bot_env or {})
    database = workdir / "bot.sqlite3"
    persistence = workdir / "reference.pickle"
    if kind == "ours":
        await prefill_ours(database, sessions, seed)
        env["BOT_DATABASE"] = str(database)
        script = OURS_SCRIPT
    else:
        prefill_reference(persistence, sessions, seed)
        env["REFERENCE_PERSISTENCE"] = str(persistence)
        script = REFERENCE_SCRIPT
    async with FakeTelegramServer() as server:
        env.update(server.env())
        log = (workdir / f"{kind}-{sessions}.log").open("wb")
        process = await asyncio.create_subprocess_exec(*bot_command(kind), cwd=workdir, env=env,
                                                       stdin=asyncio.subprocess.DEVNULL, stdout=log, stderr=log)
        try:
            await server.wait_for_polling(timeout=120)
            rng = random.Random(seed)  # the same people, answers and pauses for both bots

            def person(paced: bool) -> Person:
                values = {"age": str(rng.randint(25, 44)), "salary": f"{rng.randint(400, 520)}k",
                          "experience": str(rng.randint(3, 12))}
                pauses = pauses_for(rng, len(script), pace) if paced else []
                return Person(server, server.add_user(f"P{rng.randrange(10**6)}"), script, values, pauses)

            # Warm-up (imports, caches, first connections), then the measured load.
            await asyncio.gather(*(person(paced=False).run() for _ in range(warmup)))
            await server.wait_until_idle(quiet=0.2, timeout=60)
            crowd = [person(paced=True) for _ in range(people)]
            cpu_before = process_cpu_seconds(process.pid)
            started = time.monotonic()
            if flood:  # one more person sends `flood` messages at once, as the others begin
                flooder = server.add_user("Flooder")
                for number in range(flood):
                    server.user_sends_text(flooder, server.private_chat(flooder), f"flood {number}")
            await asyncio.wait_for(asyncio.gather(*(p.run() for p in crowd)), timeout=300)
            elapsed = time.monotonic() - started
            await server.wait_until_idle(quiet=0.2, timeout=60)
            cpu_used = process_cpu_seconds(process.pid) - cpu_before

            full_write_ms = None
            if kind == "reference" and not flood:
                full_write_ms = await measure_flush(server, process.pid)
        finally:
            with contextlib.suppress(ProcessLookupError):
                process.send_signal(signal.SIGINT)
            try:
                await asyncio.wait_for(process.wait(), 60)
            except TimeoutError:
                process.kill()
                await process.wait()
            log.close()
    latencies = [ms for p in crowd for ms in p.latencies_ms]
    service_ms = None
    if kind == "ours" and not flood:
        service_ms = await service_only(database, people=people, warmup=warmup, seed=seed)
    return Result(kind, sessions, len(latencies), elapsed, cpu_used, latencies, full_write_ms, service_ms, flood)


async def measure_flush(server: FakeTelegramServer, pid: int) -> float:
    """CPU of one full write of the reference's pickle file (what each durable save would cost it)."""
    admin = server.add_user("Admin")
    chat = server.private_chat(admin)
    await server.wait_until_idle(quiet=0.2, timeout=60)
    before = process_cpu_seconds(pid)
    mark = server.mark()
    server.user_sends_command(admin, chat, "bench_flush")
    await server.wait_for(method="sendMessage", chat_id=chat, text="flushed", after=mark, timeout=120)
    return 1000 * (process_cpu_seconds(pid) - before)


async def service_only(database: Path, *, people: int, warmup: int, seed: int) -> float:
    """CPU ms per update of the conversation service alone (load -> engine -> durable save -> render), in
    this process, on the bot's database as the load left it: the part of the pipeline that is ours."""
    from bot.callback_data import decode
    from bot.composition import build_service
    from bot.config import Settings
    from bot.requests import Command, Person, Press, Request, Text

    settings = Settings.model_validate({"BOT_DATABASE": str(database)})
    service, store, _ = build_service(settings)
    await store.open()
    rng = random.Random(seed + 1)
    next_update = 900_000_000

    async def one(user_id: int) -> None:
        nonlocal next_update
        values = {"age": str(rng.randint(25, 44)), "salary": f"{rng.randint(400, 520)}k",
                  "experience": str(rng.randint(3, 12))}
        for kind, value, _ in OURS_SCRIPT:
            request: Request = (Command("start") if kind == "start" else Text(value.format(**values))
                                if kind == "type" else Press(decode(value)))
            next_update += 1
            turn = await service.handle(Person(user_id, "P", "en"), request, update_id=next_update)
            assert turn.effects, (kind, value)

    try:
        for number in range(warmup):
            await one(800_000_001 + number)
        gc.freeze()  # as the bot does at start-up (bot/__main__.py)
        before = time.process_time()
        for number in range(people):
            await one(810_000_001 + number)
        return 1000 * (time.process_time() - before) / (people * len(OURS_SCRIPT))
    finally:
        await store.close()


# --- the report --------------------------------------------------------------------------------------------

def table(results: list[Result]) -> str:
    rows = [("bot", "stored sessions", "updates", "updates/s", "CPU ms/update", "p50 ms", "p99 ms",
             "service-only ms", "full write ms")]
    for r in results:
        name = r.bot + (f" +flood {r.flood}" if r.flood else "")
        rows.append((name, f"{r.sessions:,}", str(r.updates), f"{r.updates_per_second:.1f}",
                     f"{r.cpu_ms_per_update:.2f}", f"{r.percentile(0.5):.1f}", f"{r.percentile(0.99):.1f}",
                     "-" if r.service_ms is None else f"{r.service_ms:.2f}",
                     "-" if r.full_write_ms is None else f"{r.full_write_ms:.0f}"))
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    lines = ["  ".join(cell.rjust(w) if i else cell.ljust(w)
                       for i, (cell, w) in enumerate(zip(row, widths, strict=True))) for row in rows]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)


def ratios(results: list[Result]) -> list[str]:
    lines = []
    for flooded in (r for r in results if r.flood):
        calm = next((r for r in results if r.bot == flooded.bot and r.sessions == flooded.sessions and not r.flood),
                    None)
        if calm is not None:
            lines.append(f"{flooded.bot}, {flooded.sessions:,} sessions: the others' p99 with one person flooding "
                         f"{flooded.flood} messages / without: {flooded.percentile(0.99):.0f} / "
                         f"{calm.percentile(0.99):.0f} ms = {flooded.percentile(0.99) / calm.percentile(0.99):.2f}"
                         + (" (target <= 2)" if flooded.bot == "ours" else ""))
    results = [r for r in results if not r.flood]
    by = {(r.bot, r.sessions): r for r in results}
    sizes = sorted({r.sessions for r in results})
    for size in sizes:
        ours, ref = by.get(("ours", size)), by.get(("reference", size))
        if ours and ref:
            line = (f"ours/reference CPU per update, {size:,} sessions: "
                    f"{ours.cpu_ms_per_update / ref.cpu_ms_per_update:.2f} (target <= 0.75)")
            if ref.full_write_ms is not None:
                durable = ref.cpu_ms_per_update + ref.full_write_ms
                line += (f"; against the reference with one durable write per update "
                         f"({durable:.1f} ms): {ours.cpu_ms_per_update / durable:.3f}")
            lines.append(line)
    if len(sizes) >= 2:
        small, large = sizes[0], sizes[-1]
        for bot in ("ours", "reference"):
            a, b = by.get((bot, small)), by.get((bot, large))
            if a and b:
                change = b.cpu_ms_per_update / a.cpu_ms_per_update
                target = " (target within 10 %: 0.90-1.10)" if bot == "ours" else ""
                lines.append(f"{bot} {large:,}/{small:,} sessions CPU per update: {change:.2f}{target}")
                if a.service_ms and b.service_ms:
                    lines.append(f"{bot} {large:,}/{small:,} sessions, service alone: "
                                 f"{b.service_ms / a.service_ms:.2f}")
    return lines


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="a short smoke run: few sessions and people")
    parser.add_argument("--sessions", help="stored sessions, comma-separated (default 1000,100000)")
    parser.add_argument("--people", type=int, help="simulated people at once (default 20)")
    parser.add_argument("--warmup", type=int, help="people who go through the interview before measuring (default 4)")
    parser.add_argument("--bots", default="ours,reference",
                        help="which bots, comma-separated: ours, reference (default: both)")
    parser.add_argument("--json", type=Path, help="also write the results to this file")
    parser.add_argument("--pace", type=float,
                        help="mean seconds a person takes before each step (default 1.5, --quick 0.05; "
                             "0: no pause, flat out)")
    parser.add_argument("--flood", type=int,
                        help="also run each bot at the smallest size with one more person sending this many "
                             "messages at once (default 300, --quick 30; 0: no flood run)")
    parser.add_argument("--bot-env", action="append", default=[], metavar="NAME=VALUE",
                        help="a setting for our bot in every run (e.g. BOT_QUEUE_PER_PERSON=3); repeatable")
    parser.add_argument("--seed", type=int, default=20261128)
    args = parser.parse_args(argv)
    sizes = [int(s) for s in (args.sessions or ("200,2000" if args.quick else "1000,100000")).split(",")]
    people = args.people or (4 if args.quick else 20)
    warmup = args.warmup if args.warmup is not None else (1 if args.quick else 4)
    bots = [b.strip() for b in args.bots.split(",") if b.strip()]
    args.pace = args.pace if args.pace is not None else (0.05 if args.quick else 1.5)
    flood = args.flood if args.flood is not None else (30 if args.quick else 300)
    bot_env = dict(item.split("=", 1) for item in args.bot_env)

    print(header())
    pace = "at once (flat out)" if args.pace <= 0 else f"pausing {args.pace:g} s on average before each step"
    if bot_env:
        print("our bot's settings: " + ", ".join(f"{k}={v}" for k, v in bot_env.items()))
    print(f"load: {people} people at once x {len(OURS_SCRIPT)} updates each, {pace}, after {warmup} warm-up "
          f"people; bots as separate processes, CPU from /proc/<pid>/stat", flush=True)
    results: list[Result] = []
    began = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="bench-pipeline-") as tmp:
        for size in sizes:
            for bot in bots:
                workdir = Path(tmp) / f"{bot}-{size}"
                workdir.mkdir(parents=True)
                result = asyncio.run(run_bot(bot, size, people=people, warmup=warmup,
                                             workdir=workdir, seed=args.seed, pace=args.pace, bot_env=bot_env))
                results.append(result)
                print(f"  {bot:9} {size:>9,} sessions: {result.cpu_ms_per_update:.2f} CPU ms/update, "
                      f"{result.updates_per_second:.1f} updates/s", flush=True)
        for bot in bots if flood else ():
            workdir = Path(tmp) / f"{bot}-{sizes[0]}-flood"
            workdir.mkdir(parents=True)
            result = asyncio.run(run_bot(bot, sizes[0], people=people, warmup=warmup, workdir=workdir,
                                         seed=args.seed, pace=args.pace, flood=flood, bot_env=bot_env))
            results.append(result)
            print(f"  {bot:9} {sizes[0]:>9,} sessions, one person flooding {flood}: p99 "
                  f"{result.percentile(0.99):.0f} ms for the others", flush=True)
    print()
    print(table(results))
    print()
    for line in ratios(results):
        print(line)
    print(f"\n(total {time.monotonic() - began:.0f} s)")
    if args.json:
        args.json.write_text(json.dumps([{**asdict(r), "cpu_ms_per_update": r.cpu_ms_per_update,
                                          "updates_per_second": r.updates_per_second,
                                          "p50_ms": r.percentile(0.5), "p99_ms": r.percentile(0.99)}
                                         for r in results], indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
