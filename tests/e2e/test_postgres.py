"""The real bot on PostgreSQL (``BOT_DATABASE=postgresql://...``): an interview across a restart, /forget,
and a clear start-up error when the server cannot be reached. Needs PostgreSQL 15 (tests/postgres_server.py)."""

from __future__ import annotations

import asyncio

from bot.storage import parse_postgres_url
from tests.fake_telegram import FakeTelegramServer
from tests.postgres_server import PostgresServer

from .conftest import BotFactory
from .harness import Answer, SimulatedUser, answer_all, free_port, is_verdict

BEFORE: list[Answer] = ["Work there", "38", "Shanghai", "Yes", "650k"]
AFTER: list[Answer] = ["Doctorate", "12", "6 to 9 months", "HSK 3", ("None of these",), ("Patents or other IP",), "Yes",
                       "Yes"]


async def test_interview_on_postgres_survives_a_restart_and_forget_removes_the_rows(
    fake_telegram: FakeTelegramServer, bots: BotFactory, postgres_server: PostgresServer, postgres_url: str
) -> None:
    password = parse_postgres_url(postgres_url).password
    assert password
    first = await bots(env={"BOT_DATABASE": postgres_url}).start()
    dana = SimulatedUser(fake_telegram, "Dana")
    await dana.start()
    await answer_all(dana, BEFORE)
    shown_before = dana.screen
    assert shown_before is not None and shown_before.content.startswith("Question 6\n")
    assert await first.stop() == 0
    assert "Traceback" not in first.stderr(), first.output()

    second = await bots(env={"BOT_DATABASE": postgres_url}).start()
    # She answers the question still on her screen, sent by the previous process: nothing was lost.
    reply = await dana.tap(AFTER[0], message=shown_before)  # type: ignore[arg-type]
    assert reply.content.startswith("Question 7\n"), reply.content
    summary = await answer_all(dana, AFTER[1:])
    assert is_verdict(summary)
    assert len(await dana.answers()) == len(BEFORE) + len(AFTER)
    stored = postgres_server.psql(postgres_url, f"SELECT version FROM sessions WHERE user_id = {dana.id}")
    assert len(stored) == 1 and int(stored[0][0]) > len(BEFORE) + len(AFTER)

    confirm = await dana.command("forget")
    mark, query_id = dana.press("Yes, delete everything", message=confirm)
    await dana.callback_answer(query_id)
    done = await fake_telegram.wait_for_edit(dana.chat, confirm.message_id, after=mark)
    assert done.content == "Done: everything I stored about you is deleted."
    assert postgres_server.psql(postgres_url, f"SELECT count(*) FROM sessions WHERE user_id = {dana.id}") == [["0"]]
    second.assert_healthy()
    for bot in (first, second):
        assert password not in bot.output()


async def test_an_unreachable_server_stops_the_start_with_a_clear_error(
    fake_telegram: FakeTelegramServer, bots: BotFactory
) -> None:
    port = free_port()  # nothing listens there
    password = "not-to-be-shown-4711"
    bot = bots(env={"BOT_DATABASE": f"postgresql://bot:{password}@127.0.0.1:{port}/botdb"})
    await bot.start(wait=False)
    assert bot.process is not None
    code = await asyncio.wait_for(bot.process.wait(), 60)
    assert code != 0
    assert f"127.0.0.1:{port}/botdb" in bot.stderr(), bot.output()
    assert "Storage error: cannot use the PostgreSQL database" in bot.stderr(), bot.output()
    assert password not in bot.output()
