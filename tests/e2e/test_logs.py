"""No personal data in the logs: what people type never reaches the bot's output, even when it fails."""

from __future__ import annotations

import re

from tests.fake_telegram import FakeTelegramServer

from .conftest import BotFactory
from .harness import SimulatedUser, answer_all, is_verdict

AGE = "53"
SALARY = "612345"
_TIMESTAMP = re.compile(r"^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d,\d{3} ", re.MULTILINE)


async def test_logs_hold_no_answers_and_no_token(fake_telegram: FakeTelegramServer, bots: BotFactory) -> None:
    bot = await bots().start()
    ivan = SimulatedUser(fake_telegram, "Ivan")
    await ivan.start()
    await answer_all(ivan, ["Work, then settle", AGE, "Beijing", "2020-05", "Yes"])

    # Sending the next question fails once: the error is logged, the answer is kept.
    fake_telegram.fail_next("sendMessage", error_code=500, description="Internal Server Error")
    failed = await ivan.send(SALARY)
    assert failed.content == "Sorry, something went wrong on our side. Your answers are safe; please try again."
    mark = fake_telegram.mark()
    fake_telegram.user_sends_command(ivan.user, ivan.chat, "start")
    assert (await ivan.reply(mark)).content.startswith("Welcome back!")
    assert (await ivan.reply(mark)).content.startswith("Question 7\n")

    # The lowest salary and tax are under today's standard, so each of the 4 years is asked too.
    summary = await answer_all(ivan, ["Doctorate", "7", "9 months or more", "HSK 2", ("None of these",),
                                      ("Patents or other IP",), "Yes", "Yes", "Yes", "612345", "90000",
                                      *["612345"] * 4, *["90000"] * 4, "Yes", "Yes", ("None of these",)])
    assert is_verdict(summary)
    assert any("612,345 yuan a year" in line for line in await ivan.answers())
    assert await bot.stop() == 0

    logged = bot.stdout() + bot.stderr()
    assert "error while handling update" in logged  # the failure was logged...
    text = _TIMESTAMP.sub("", logged)  # ...without what he typed (timestamps hold digits of their own)
    for secret in (SALARY, "612,345", "612 345", "612.345"):
        assert secret not in text, secret
    assert not re.search(rf"(?<![\d.:,]){AGE}(?![\d.:,])", text), AGE
    token = fake_telegram.token
    assert token not in logged and token.split(":", 1)[1] not in logged
    assert "Ivan" not in logged
