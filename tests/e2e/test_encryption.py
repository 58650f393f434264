"""Answers are encrypted at rest: the raw database file shows none of them, and a wrong key stops the bot."""

from __future__ import annotations

import asyncio
import base64
import json
import os
import re
import stat
import sys
from pathlib import Path

from tests.fake_telegram import FakeTelegramServer

from .conftest import BotFactory
from .harness import SimulatedUser, answer_all, bot_environment

ANSWERS = ["Work there", "41", "Guangzhou", "Yes", "612345"]
# What must not be readable in the files: the salary (as typed and as shown), the city, the person's
# name, and the record's own field names (which would mean plain JSON).
PERSONAL = ("612345", "612,345", "guangzhou", "Guangzhou", "Meiling", '"answers"', '"value"')


def readable_text(database: Path) -> str:
    """What ``strings`` shows of the database file and its WAL."""
    runs: list[str] = []
    for path in (database, Path(f"{database}-wal")):
        if path.exists():
            runs += [run.decode("ascii") for run in re.findall(rb"[\x20-\x7e]{4,}", path.read_bytes())]
    return "\n".join(runs)


def files(folder: Path) -> dict[str, bytes]:
    return {path.name: path.read_bytes() for path in sorted(folder.iterdir()) if path.is_file()}


async def test_answers_are_unreadable_on_disk_and_a_wrong_key_stops_the_bot(
        fake_telegram: FakeTelegramServer, bots: BotFactory) -> None:
    bot = await bots().start()
    key_file = bot.database.parent / "bot.key"
    assert stat.S_IMODE(key_file.stat().st_mode) == 0o600
    assert "back this file up" in bot.stderr()
    assert key_file.read_text().split()[1] not in bot.output()  # the key itself is never printed

    meiling = SimulatedUser(fake_telegram, "Meiling")
    await meiling.start()
    await answer_all(meiling, ANSWERS)
    document = await meiling.command("mydata")  # the person still gets her answers in the clear
    assert document.document is not None
    assert json.loads(document.document.data)["session"]["answers"]["annual_salary"]["value"] == 612345

    text = readable_text(bot.database)  # while the bot runs: the file and its WAL
    assert not [value for value in PERSONAL if value in text]
    assert await bot.stop() == 0
    text = readable_text(bot.database)
    assert not [value for value in PERSONAL if value in text]

    key_id = key_file.read_text().split()[0]
    before = files(bot.database.parent)
    wrong_key = base64.b64encode(os.urandom(32)).decode()
    for env in ({"BOT_ENCRYPTION_KEY": wrong_key}, {"BOT_ENCRYPTION_KEY_FILE": str(bot.workdir / "missing.key")}):
        refused = bots(env=env)
        await refused.start(wait=False)
        assert refused.process is not None
        assert await asyncio.wait_for(refused.process.wait(), 30) == 2, refused.output()
        assert "Cannot open the database" in refused.stderr() and key_id in refused.stderr(), refused.output()
        assert wrong_key not in refused.output()
        assert "Traceback" not in refused.stderr(), refused.output()
    assert files(bot.database.parent) == before  # nothing written, no key file made
    assert not (bot.workdir / "missing.key").exists()

    again = await bots().start()  # the right key again: everything is there
    assert len(await meiling.answers()) == len(ANSWERS)
    again.assert_healthy()


async def test_rotate_key_between_two_runs_keeps_every_answer(fake_telegram: FakeTelegramServer,
                                                              bots: BotFactory) -> None:
    bot = await bots().start()
    meiling = SimulatedUser(fake_telegram, "Meiling")
    await meiling.start()
    await answer_all(meiling, ANSWERS)
    assert await bot.stop() == 0
    key_file = bot.database.parent / "bot.key"
    old_id = key_file.read_text().split()[0]

    rotation = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bot", "rotate-key", cwd=bot.workdir,
        env=bot_environment({"BOT_DATABASE": str(bot.database)}),
        stdin=asyncio.subprocess.DEVNULL, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE)
    out, err = await asyncio.wait_for(rotation.communicate(), 60)
    assert rotation.returncode == 0, out.decode() + err.decode()
    lines = key_file.read_text().split("\n")
    new_id = lines[0].split()[0]
    assert new_id != old_id and lines[1:] == [""]  # the old key retired
    assert f"every row is now under key {new_id}" in out.decode()
    assert lines[0].split()[1] not in out.decode() + err.decode()

    again = await bots().start()
    assert len(await meiling.answers()) == len(ANSWERS)
    text = readable_text(bot.database)
    assert not [value for value in PERSONAL if value in text]
    again.assert_healthy()
