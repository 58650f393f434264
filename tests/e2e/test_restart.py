"""The bot process restarts in the middle of an interview: nothing the person answered is lost."""

from __future__ import annotations

from tests.fake_telegram import FakeTelegramServer

from .conftest import BotFactory
from .harness import Answer, SimulatedUser, answer_all, is_verdict

BEFORE: list[Answer] = ["Work there", "38", "Shanghai", "Yes", "650k"]
AFTER: list[Answer] = ["Doctorate", "12", "6 to 9 months", "HSK 3", ("None of these",), ("Patents or other IP",), "Yes",
                       "Yes"]


async def test_restart_in_the_middle_loses_nothing(fake_telegram: FakeTelegramServer, bots: BotFactory) -> None:
    first = await bots().start()
    dana = SimulatedUser(fake_telegram, "Dana")
    await dana.start()
    await answer_all(dana, BEFORE)
    shown_before = dana.screen
    assert shown_before is not None and shown_before.content.startswith("Question 6\n")

    assert await first.stop() == 0  # SIGINT: a clean shutdown
    assert "Traceback" not in first.stderr(), first.output()
    second = await bots(database=first.database).start()

    # She simply answers the question still on her screen (sent by the previous process).
    reply = await dana.tap(AFTER[0], message=shown_before)  # type: ignore[arg-type]
    assert reply.content.startswith("Question 7\n"), reply.content
    # The question she answered, sent by the previous process, was closed: it shows her answer, no buttons.
    closed = fake_telegram.world.message(shown_before.chat_id, shown_before.message_id)
    assert closed is not None and not closed.buttons, closed
    assert "→ Doctorate" in closed.content, closed.content

    # /start welcomes her back and shows the current question again.
    mark = fake_telegram.mark()
    fake_telegram.user_sends_command(dana.user, dana.chat, "start")
    welcome = await dana.reply(mark)
    assert welcome.content.startswith("Welcome back!")
    current = await dana.reply(mark)
    assert current.content.startswith("Question 7\n"), current.content

    listed = await dana.answers()
    assert len(listed) == len(BEFORE) + 1
    for expected in ("Work there", "38 years", "Shanghai", "→ Yes", "650,000 yuan a year", "Doctorate"):
        assert any(expected in line for line in listed), (expected, listed)

    summary = await answer_all(dana, AFTER[1:])
    assert is_verdict(summary)
    assert len(await dana.answers()) == len(BEFORE) + len(AFTER)
    second.assert_healthy()
