"""kill -9 under load: no message that Telegram was told we received goes unanswered.

Twelve people go through the interview while the bot is killed with SIGKILL and restarted on the same
database, again and again. Each action of a person (a command, a typed answer, a button) must get an
answer (a message, or the button's callback answer), whatever instant the process died at: an update
acknowledged to Telegram (polling: the next getUpdates offset; webhook: the 200) is in the durable inbox,
and the replies of an update applied but not yet sent are kept with it. Telegram redelivers what was not
acknowledged (the fake server does too). Replies may come twice after a crash; the people here act on the
newest question on their screen, as a person would. No timing is asserted: the waits are bounds.
"""

from __future__ import annotations

import asyncio
import contextlib
import random
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
import pytest_asyncio

from tests.fake_telegram import FakeTelegramServer, FakeUser, StoredMessage

from .harness import BotProcess, free_port, is_question, is_verdict

ANSWER_BOUND = 60.0  # seconds an action may wait for its answer, restarts included: a bound, not a measurement
PEOPLE = 12
KILLS = 6
SECRET = "kill_test_secret"

# The "work" path, by question id (from the buttons' data) or, for typed questions, by their text.
TAPS = {"goal": "c:goal:work", "work_city": "c:work_city:beijing", "job_offer": "c:job_offer:yes",
        "highest_degree": "c:highest_degree:master", "months_in_china": "c:months_in_china:nine_plus",
        "chinese_level": "c:chinese_level:hsk4", "clean_record": "c:clean_record:yes",
        "medical_check": "c:medical_check:yes"}
TICKS = {"achievements": "none", "background": "stem_degree"}
TYPED = {"How old are you?": "age", "What gross annual salary": "salary", "How many years of work experience":
         "experience"}


@dataclass
class Person:
    server: FakeTelegramServer
    user: FakeUser
    values: dict[str, str]
    acted_on: set[int] = field(default_factory=set)
    actions: int = 0

    @property
    def chat(self) -> object:
        return self.server.private_chat(self.user)

    def screen(self) -> StoredMessage | None:
        """The newest question (or the verdict) not acted on yet, as a person sees their chat."""
        shown = [m for m in self.server.messages_in(self.chat, from_bot=True)  # type: ignore[arg-type]
                 if m.buttons and m.message_id not in self.acted_on and (is_question(m) or is_verdict(m))]
        return max(shown, key=lambda m: m.message_id) if shown else None

    async def next_screen(self) -> StoredMessage:
        await self.server.wait_for(lambda _: self.screen() is not None, timeout=ANSWER_BOUND)
        found = self.screen()
        assert found is not None
        return found

    async def press(self, message: StoredMessage, data: str) -> None:
        self.actions += 1
        query = self.server.user_presses_button(self.user, message, data, check=False)  # as shown on screen
        await self.server.wait_for_callback_answer(query, timeout=ANSWER_BOUND)  # answered, crash or not

    async def interview(self) -> str:
        mark = self.server.mark()
        self.actions += 1
        self.server.user_sends_command(self.user, self.chat, "start")  # type: ignore[arg-type]
        await self.server.next_message(self.chat, after=mark, timeout=ANSWER_BOUND)  # type: ignore[arg-type]
        while True:
            screen = await self.next_screen()
            if is_verdict(screen):
                return screen.content
            self.acted_on.add(screen.message_id)
            data = [b.callback_data for row in screen.buttons for b in row if b.callback_data]
            question = next((d.split(":")[1] for d in data if d[:2] in ("c:", "t:", "u:", "d:", "s:")), None)
            if question in TAPS:
                await self.press(screen, TAPS[question])
            elif question in TICKS:
                await self.press(screen, f"t:{question}:{TICKS[question]}")
                await self.press(screen, f"d:{question}")
            else:
                typed = next(value for start, value in TYPED.items() if start in screen.content)
                mark = self.server.mark()
                self.actions += 1
                self.server.user_sends_text(self.user, self.chat, self.values[typed])  # type: ignore[arg-type]
                await self.server.next_message(self.chat, after=mark, timeout=ANSWER_BOUND)  # type: ignore[arg-type]


@pytest_asyncio.fixture
async def patient_telegram() -> AsyncIterator[FakeTelegramServer]:
    """A fake Bot API that, like Telegram, keeps retrying a webhook delivery while the bot is down."""
    server = FakeTelegramServer(webhook_retry_delay=0.1, webhook_max_attempts=100_000)
    await server.start()
    try:
        yield server
    finally:
        await server.stop()


@pytest.mark.parametrize("mode", ["polling", "webhook", "webhook-postgres"])
async def test_kill_9_under_load_leaves_no_acknowledged_message_unanswered(
        patient_telegram: FakeTelegramServer, tmp_path: Path, mode: str, request: pytest.FixtureRequest) -> None:
    server = patient_telegram
    database = tmp_path / "data" / "bot.sqlite3"
    port = free_port()
    env = {"BOT_MESSAGES_PER_MINUTE": "10000"}
    if mode == "webhook-postgres":
        env["BOT_DATABASE"] = request.getfixturevalue("postgres_url")
    if mode.startswith("webhook"):
        env.update(BOT_MODE="webhook", BOT_WEBHOOK_URL=f"http://127.0.0.1:{port}/hook", BOT_WEBHOOK_SECRET=SECRET,
                   BOT_LISTEN="127.0.0.1", BOT_PORT=str(port))
    bots: list[BotProcess] = []

    async def start_bot() -> BotProcess:
        bot = BotProcess(server, tmp_path, name=f"bot{len(bots) + 1}", database=database, env=env)
        bots.append(bot)
        return await bot.start()

    await start_bot()
    rng = random.Random(20261203)
    people = [Person(server, server.add_user(f"P{n}"),
                     {"age": str(rng.randint(25, 44)), "salary": f"{rng.randint(300, 900)}k",
                      "experience": str(rng.randint(2, 12))}) for n in range(PEOPLE)]

    async def killer() -> None:
        for _ in range(KILLS):
            await asyncio.sleep(rng.uniform(0.5, 2.0))  # the moments of the kills: spread over the interviews
            victim = bots[-1]
            assert victim.process is not None
            with contextlib.suppress(ProcessLookupError):
                victim.process.kill()
            await victim.process.wait()
            await start_bot()

    try:
        results = await asyncio.gather(killer(), *(person.interview() for person in people))
        verdicts = results[1:]
        assert all(str(verdict).startswith("Your eligibility, as of ") for verdict in verdicts)
        for person, verdict in zip(people, verdicts, strict=True):
            assert "Work permit" in str(verdict), person.user.first_name
        bots[-1].assert_healthy()
        resumed = sum(bot.stderr().count("resuming") for bot in bots)
        print(f"{mode}: {sum(p.actions for p in people)} actions, all answered, across {KILLS} kills; "
              f"{resumed} restarts resumed unfinished updates")
    finally:
        for bot in bots:
            await bot.stop()
