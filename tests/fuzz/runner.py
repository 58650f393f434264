"""Runs the fuzzer: the bot's real Application, in-process, polling a fake Telegram server that the
generator fills with updates, batch after batch, with every invariant checked after each batch.

A run is split into epochs of a few thousand updates. Each epoch is a fresh fake server and a fresh
Application over the *same* database (a restart, as a deploy does): the fake server keeps every request
and message it saw, and 100,000 updates' worth would not fit in memory.
"""

from __future__ import annotations

import asyncio
import json
import logging
import os
import platform
import random
import sqlite3
import time
import traceback
from collections import Counter
from collections.abc import AsyncIterator, Callable, Coroutine
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from telegram import Update
from telegram.ext import AIORateLimiter, Application, ContextTypes

from bot.china_time import china_today
from bot.composition import build_service
from bot.config import Settings
from bot.records import UserRecord
from bot.service import ConversationService
from bot.telegram_adapter.application import build_application
from tests.fake_telegram import FakeTelegramServer, RateLimits

from .generator import SentUpdate, UpdateGenerator
from .invariants import LeakDetector, check_record

Prepare = Callable[[Application, ConversationService], None]  # type: ignore[type-arg]
ErrorCallback = Callable[[object, ContextTypes.DEFAULT_TYPE], Coroutine[Any, Any, None]]

PUBLIC_OUTPUT_METHODS = frozenset({"sendMessage", "editMessageText", "sendDocument", "sendPhoto",
                                   "editMessageCaption", "editMessageReplyMarkup", "sendMediaGroup"})
WAIT_FOR_BATCH = 60.0  # seconds; a batch that takes longer than this is a hang, reported as such


class _Aborted(Exception):
    """A batch never finished: the run stops there (its failures are reported)."""


@dataclass(frozen=True)
class Failure:
    invariant: str
    index: int | None  # the offending update's index in the run (None: not tied to one update)
    kind: str | None
    detail: str  # never a value a person typed

    def describe(self, seed: int) -> str:
        where = f"update #{self.index} ({self.kind})" if self.index is not None else "no single update"
        return f"[{self.invariant}] seed {seed}, {where}: {self.detail}"


@dataclass
class FuzzReport:
    seed: int
    requested: int
    by_kind: Counter[str] = field(default_factory=Counter)
    failures: list[Failure] = field(default_factory=list)
    failures_by_invariant: Counter[str] = field(default_factory=Counter)
    elapsed: float = 0.0
    epochs: int = 0
    sessions_checked: int = 0
    complete_interviews: int = 0  # sessions at a verdict at the end (the interview's deep states reached)
    most_answers: int = 0  # the most answers any stored session held at the end
    verdicts_reached: int = 0  # times a walker's session became complete (they were shown the verdict)

    @property
    def updates(self) -> int:
        return sum(self.by_kind.values())

    @property
    def ok(self) -> bool:
        return not self.failures_by_invariant

    def summary(self) -> str:
        lines = [f"fuzz: {self.updates} updates, seed {self.seed}, {self.epochs} epoch(s), "
                 f"{self.elapsed:.1f} s ({self.updates / max(self.elapsed, 1e-9):.0f} updates/s)",
                 f"machine: {machine()}", "updates sent by kind:"]
        lines += [f"  {kind:32} {count:7}" for kind, count in sorted(self.by_kind.items())]
        lines.append(f"stored sessions checked: {self.sessions_checked}; at the end, sessions at a verdict: "
                     f"{self.complete_interviews}, most answers in one session: {self.most_answers}; "
                     f"verdicts reached by walkers during the run: {self.verdicts_reached}")
        if self.ok:
            lines.append("failures: none")
        else:
            lines.append("failures by invariant:")
            lines += [f"  {name:32} {count:7}" for name, count in sorted(self.failures_by_invariant.items())]
            lines += [f"  {failure.describe(self.seed)}" for failure in self.failures[:30]]
        return "\n".join(lines)


def machine() -> str:
    return (f"{platform.machine()}, {os.cpu_count()} CPU(s) ({platform.processor() or 'unknown'}), "
            f"Python {platform.python_version()}, {platform.system()} {platform.release()}")


class _Observer(logging.Handler):
    """Everything that went wrong: the Application's error handler being called (an exception no handler
    caught), records logged at ERROR or with a traceback, and exceptions the event loop saw."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.handler_errors: list[tuple[int | None, str]] = []  # (update_id, exception type)
        self.logged: list[str] = []

    explain = False  # also the exception's message and where in bot/ it came from (for debugging a seed)

    async def on_error(self, update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
        update_id = update.update_id if isinstance(update, Update) else None
        self.handler_errors.append((update_id, self._describe(context.error)))

    def _describe(self, error: BaseException | None) -> str:
        if error is None:
            return "?"
        if not self.explain:
            return type(error).__name__
        frames = [f"{frame.filename.rsplit('/', 1)[-1]}:{frame.lineno}" for frame in
                  traceback.extract_tb(error.__traceback__) if f"{os.sep}bot{os.sep}" in frame.filename]
        return f"{type(error).__name__}: {str(error)[:200]} at {' < '.join(reversed(frames)) or '?'}"

    def emit(self, record: logging.LogRecord) -> None:
        if record.funcName == "on_error":
            return  # the bot's own error handler: reported, with the update, by on_error above
        if record.levelno >= logging.ERROR or record.exc_info:
            error = record.exc_info[1] if record.exc_info else None
            self.logged.append(f"{record.name} logged {record.levelname}"
                               + (f" with {self._describe(error)}" if error is not None else ""))

    def on_loop_exception(self, loop: asyncio.AbstractEventLoop, context: dict[str, Any]) -> None:
        error = context.get("exception")
        self.logged.append(f"event loop: {type(error).__name__ if error else context.get('message', '?')[:80]}")


class FuzzRun:
    def __init__(self, *, updates: int, seed: int, workdir: Path, epoch_updates: int = 5_000,
                 batch_size: int = 60, people: int = 60, prepare: Prepare | None = None,
                 max_failures_kept: int = 100, progress: Callable[[str], None] | None = None,
                 explain: bool = False, show: frozenset[int] = frozenset()) -> None:
        self.requested = updates
        self.seed = seed
        self.workdir = workdir
        self.database = workdir / "fuzz.sqlite3"
        self.epoch_updates = epoch_updates
        self.batch_size = batch_size
        self.people = people
        self.prepare = prepare
        self.max_failures_kept = max_failures_kept
        self.progress = progress
        self.rng = random.Random(seed)
        self.report = FuzzReport(seed=seed, requested=updates)
        self.leaks = LeakDetector()
        self.observer = _Observer()
        self.observer.explain = explain
        self.show = show  # indices of updates to print as JSON, to reproduce a failure by hand
        self.last_index_of_user: dict[int, tuple[int, str]] = {}
        self.walker_complete: dict[int, bool] = {}
        self.index_of_update_id: dict[int, tuple[int, str]] = {}

    def fail(self, invariant: str, detail: str, index: int | None = None, kind: str | None = None) -> None:
        self.report.failures_by_invariant[invariant] += 1
        failure = Failure(invariant, index, kind, detail)
        if len(self.report.failures) < self.max_failures_kept:
            self.report.failures.append(failure)
        if self.progress is not None:
            self.progress(f"FAILED {failure.describe(self.seed)}")

    async def run(self) -> FuzzReport:
        started = time.perf_counter()
        loop = asyncio.get_running_loop()
        previous_handler = loop.get_exception_handler()
        loop.set_exception_handler(self.observer.on_loop_exception)
        root = logging.getLogger()
        previous_level = root.level
        root.addHandler(self.observer)
        root.setLevel(logging.WARNING)  # the bot's INFO lines cost time and say nothing the checks need
        try:
            specs: list[dict[str, Any]] | None = None
            next_index = 0
            try:
                while next_index < self.requested:
                    specs, next_index = await self._epoch(specs, next_index)
                    self.report.epochs += 1
            except _Aborted:
                self.report.epochs += 1
            await self._check_all_sessions()
        finally:
            root.removeHandler(self.observer)
            root.setLevel(previous_level)
            loop.set_exception_handler(previous_handler)
        self.report.elapsed = time.perf_counter() - started
        return self.report

    async def _epoch(self, specs: list[dict[str, Any]] | None, first_index: int
                     ) -> tuple[list[dict[str, Any]], int]:
        async with running_bot(self.database, on_error=self.observer.on_error, prepare=self.prepare) as (
                server, application, service):
            generator = UpdateGenerator(server, service.interview.content, self.rng, people=self.people,
                                        first_index=first_index)
            specs = generator.build_world(specs)
            await self._after_batch(server, application, service, generator, generator.sent[:], server.mark())
            end = min(self.requested, first_index + self.epoch_updates)
            while generator.next_index < end:
                questions = await self._walkers_questions(service, generator)
                mark = server.mark()
                batch = generator.batch(min(self.batch_size, end - generator.next_index), questions.get)
                await self._after_batch(server, application, service, generator, batch, mark)
            if self.progress is not None:
                self.progress(f"{generator.next_index} updates, {sum(self.report.failures_by_invariant.values())}"
                              " failure(s)")
        return specs, generator.next_index

    async def _walkers_questions(self, service: ConversationService, generator: UpdateGenerator
                                 ) -> dict[int, str | None]:
        """What the bot is asking each walker now, read from the store as the bot itself will."""
        today = china_today(service.clock())
        found: dict[int, str | None] = {}
        for person in generator.world.people:
            if not person.walker:
                continue
            stored = await service.store.load(person.user.id)
            if stored is None:
                continue
            try:
                session = UserRecord.from_json(stored.data).session
                found[person.user.id] = service.interview.current_question(session, today)
                complete = bool(session.answers) and found[person.user.id] is None
                if complete and not self.walker_complete.get(person.user.id, False):
                    self.report.verdicts_reached += 1
                self.walker_complete[person.user.id] = complete
            except Exception:
                found[person.user.id] = None  # reported by the session check
        return found

    async def _after_batch(self, server: FakeTelegramServer, application: Application,  # type: ignore[type-arg]
                           service: ConversationService, generator: UpdateGenerator, batch: list[SentUpdate],
                           mark: Any) -> None:
        for sent in batch:
            self.report.by_kind[sent.kind] += 1
            if sent.index in self.show and self.progress is not None:
                self.progress(f"update #{sent.index} ({sent.kind}): {json.dumps(sent.body, ensure_ascii=False)}")
            update_id = sent.body.get("update_id")
            if isinstance(update_id, int):
                self.index_of_update_id[update_id] = (sent.index, sent.kind)
            for user_id in _private_senders(sent.body):
                self.last_index_of_user[user_id] = (sent.index, sent.kind)
        try:
            await asyncio.wait_for(settle(server, application), WAIT_FOR_BATCH)
        except TimeoutError:
            first = batch[0] if batch else None
            self.fail("batch-finishes", f"the batch starting here did not finish within {WAIT_FOR_BATCH:.0f} s",
                      first.index if first else None, first.kind if first else None)
            self._check_errors(batch)
            raise _Aborted from None
        self._check_errors(batch)
        self._check_callbacks(server, batch)
        self._check_leaks(server, generator, mark)
        await self._check_sessions(service, {uid for sent in batch for uid in _private_senders(sent.body)})

    # --- the invariants ------------------------------------------------------------------------------
    def _check_errors(self, batch: list[SentUpdate]) -> None:
        for update_id, error in self.observer.handler_errors:
            index, kind = self.index_of_update_id.get(update_id, (None, None)) if update_id is not None \
                else (None, None)
            self.fail("no-unhandled-exception", f"the error handler ran ({error})", index, kind)
        self.observer.handler_errors.clear()
        for line in self.observer.logged:
            first = batch[0] if batch else None
            self.fail("nothing-logged-as-error", f"{line} in the batch starting here",
                      first.index if first else None, first.kind if first else None)
        self.observer.logged.clear()

    def _check_callbacks(self, server: FakeTelegramServer, batch: list[SentUpdate]) -> None:
        queries = server.world.callback_queries
        for sent in batch:
            query = sent.body.get("callback_query")
            if not isinstance(query, dict):
                continue
            record = queries.get(str(query.get("id")))
            if record is None or record.answer is None:
                self.fail("every-callback-answered", "the button press got no answerCallbackQuery", sent.index,
                          sent.kind)

    def _check_leaks(self, server: FakeTelegramServer, generator: UpdateGenerator, mark: Any) -> None:
        for index, text in generator.private_typed:
            self.leaks.add_typed(index, text, generator.public_typed)
        generator.private_typed.clear()
        for request in server.requests_since(mark):
            chat_id = request.chat_id
            public = isinstance(chat_id, str) or (isinstance(chat_id, int) and chat_id < 0)
            if request.method not in PUBLIC_OUTPUT_METHODS or not public or chat_id is None:
                continue
            for leak in self.leaks.check(chat_id, request.method, request.text or "", generator.public_typed):
                self.fail("nothing-private-in-public", f"a value typed in private reached a group or channel "
                          f"({leak.method})", leak.typed_at, "typed in private")

    async def _check_sessions(self, service: ConversationService, user_ids: set[int]) -> None:
        today = china_today(service.clock())
        for user_id in sorted(user_ids):
            stored = await service.store.load(user_id)
            self.report.sessions_checked += 1
            if stored is None:
                continue
            problem = check_record(stored.data, service.interview, today, stored.open_question)
            if problem is not None:
                index, kind = self.last_index_of_user.get(user_id, (None, None))
                self.fail("sessions-valid", f"stored session {problem}", index, kind)

    async def _check_all_sessions(self) -> None:
        """At the end: every session in the database, found with plain SQL, loads and validates."""
        with sqlite3.connect(f"file:{self.database}?mode=ro", uri=True) as connection:
            user_ids = [row[0] for row in connection.execute("SELECT user_id FROM sessions")]
        settings = Settings(_env_file=None, BOT_DATABASE=str(self.database))  # type: ignore[call-arg]
        service, store, _ = build_service(settings)
        await store.open()
        try:
            await self._check_sessions(service, set(user_ids))
            today = china_today(service.clock())
            for user_id in user_ids:
                stored = await store.load(user_id)
                if stored is None:
                    continue
                try:
                    session = UserRecord.from_json(stored.data).session
                    self.report.most_answers = max(self.report.most_answers, len(session.answers))
                    if session.answers and service.interview.is_complete(session, today):
                        self.report.complete_interviews += 1
                except Exception:
                    pass  # reported by _check_sessions
        finally:
            await store.close()


@asynccontextmanager
async def running_bot(database: Path, *, on_error: ErrorCallback | None = None, prepare: Prepare | None = None
                      ) -> AsyncIterator[tuple[FakeTelegramServer, Application, ConversationService]]:  # type: ignore[type-arg]
    """A fake Telegram server and the bot's real Application polling it, in this event loop, as
    ``python -m bot`` runs it (build_application, post_init, start, Updater.start_polling); stopped and
    shut down (post_shutdown too) on the way out. ``on_error`` is added as a second error handler."""
    # No flood control: Telegram's limits are the bot's AIORateLimiter's business, switched off here.
    async with FakeTelegramServer(rate_limits=RateLimits(group_messages=None)) as server:
        settings = Settings(_env_file=None, TELEGRAM_BOT_TOKEN=server.token,  # type: ignore[call-arg]
                            TELEGRAM_API_BASE_URL=server.base_url, BOT_DATABASE=str(database))
        service, store, database = build_service(settings)
        application = build_application(
            settings, service, store, database,
            rate_limiter=AIORateLimiter(overall_max_rate=0, group_max_rate=0, max_retries=3))
        if on_error is not None:
            application.add_error_handler(on_error)
        if prepare is not None:
            prepare(application, service)
        await application.initialize()
        if application.post_init is not None:
            await application.post_init(application)
        await application.start()
        assert application.updater is not None
        await application.updater.start_polling(allowed_updates=Update.ALL_TYPES, poll_interval=0.0)
        try:
            yield server, application, service
        finally:
            await application.updater.stop()
            await application.stop()
            if application.post_shutdown is not None:
                await application.post_shutdown(application)
            await application.shutdown()


async def settle(server: FakeTelegramServer, application: Application) -> None:  # type: ignore[type-arg]
    """Until every queued update was fetched by the bot's poller and fully processed. The poller
    confirms a batch with its next getUpdates, after putting the batch on the update queue, so once
    the fake server holds nothing unconfirmed, the update queue's join() covers every update."""
    while not server.updates.is_drained:  # noqa: ASYNC110 (the fake server signals no event for this)
        await asyncio.sleep(0.001)
    await application.update_queue.join()


def _private_senders(body: dict[str, Any]) -> list[int]:
    """The people whose private session an update may have changed."""
    for key in ("message", "edited_message", "callback_query"):
        value = body.get(key)
        if isinstance(value, dict):
            sender = value.get("from")
            if isinstance(sender, dict) and isinstance(sender.get("id"), int) and sender["id"] > 0:
                return [sender["id"]]
    return []


async def run_fuzz(updates: int, seed: int, workdir: Path, **options: Any) -> FuzzReport:
    return await FuzzRun(updates=updates, seed=seed, workdir=workdir, **options).run()
