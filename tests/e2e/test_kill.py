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
from pathlib import Path

import pytest

from tests.fake_telegram import FakeTelegramServer

from .harness import BotProcess, free_port
from .people import Person

PEOPLE = 12
KILLS = 6
SECRET = "kill_test_secret"

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
