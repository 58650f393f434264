"""Two people interviewed at the same time by one bot process: each gets their own verdict."""

from __future__ import annotations

import asyncio
from itertools import zip_longest

from tests.fake_telegram import FakeTelegramServer

from .conftest import BotFactory
from .harness import Answer, SimulatedUser, answer_one, is_verdict

BO: list[Answer] = ["Work there", "45", "Shanghai", "Yes", "1,200,000", "Doctorate", "15", "9 months or more",
                    "HSK 5 or higher", ("Top award or academy member",), ("Patents or other IP",), "Yes", "Yes"]
CHEN: list[Answer] = ["Work there", "25", "Guangzhou", "No", "I don't know", "Bachelor's degree", "0",
                      "Less than 3 months", "None of these", ("None of these",), ("None of these",), "No", "No",
                      "None of these"]


async def test_two_people_at_once_get_their_own_verdicts(fake_telegram: FakeTelegramServer,
                                                         bots: BotFactory) -> None:
    bot = await bots().start()
    bo = SimulatedUser(fake_telegram, "Bo")
    chen = SimulatedUser(fake_telegram, "Chen")
    await asyncio.gather(bo.start(), chen.start())

    async def nothing() -> None:
        return None

    # Step by step, both at once: their updates reach the bot in the same batches.
    for step_bo, step_chen in zip_longest(BO, CHEN):
        await asyncio.gather(answer_one(bo, step_bo) if step_bo is not None else nothing(),
                             answer_one(chen, step_chen) if step_chen is not None else nothing())

    assert bo.screen is not None and is_verdict(bo.screen)
    assert chen.screen is not None and is_verdict(chen.screen)
    assert "✅ Eligible — Work permit, category A" in bo.screen.content
    assert "❌ Not eligible yet — Work permit, category A" in chen.screen.content
    assert "❌ Not eligible yet — Work permit, category B" in chen.screen.content
    assert "✅ Eligible — Work permit" not in chen.screen.content
    assert bo.screen.content != chen.screen.content

    bo_answers, chen_answers = await asyncio.gather(bo.answers(), chen.answers())
    assert len(bo_answers) == len(BO) and len(chen_answers) == len(CHEN)
    assert any("→ 45 years" in line for line in bo_answers)
    assert any("→ 1,200,000 yuan a year" in line for line in bo_answers)
    assert any("→ Shanghai" in line for line in bo_answers)
    assert any("→ 25 years" in line for line in chen_answers)
    assert any("→ Guangzhou" in line for line in chen_answers)
    assert not any("1,200,000" in line or "45 years" in line or "Shanghai" in line for line in chen_answers)
    assert not any("25 years" in line or "Guangzhou" in line for line in bo_answers)

    # The questions each of them answered were closed in their own chat, with their own answers.
    bo_chat = "\n".join(m.content for m in bo.messages())
    chen_chat = "\n".join(m.content for m in chen.messages())
    assert "→ 1,200,000 yuan a year" in bo_chat and "→ 45 years" in bo_chat
    assert "→ 25 years" in chen_chat and "→ Guangzhou" in chen_chat
    assert "1,200,000" not in chen_chat and "45 years" not in chen_chat
    assert "25 years" not in bo_chat and "Guangzhou" not in bo_chat
    bot.assert_healthy()
