"""One person floods the bot while three others go through their interviews: the others are answered, in
order, and get their verdicts; the flood is cut to a bounded queue with a polite notice; the flooder's
session stays consistent and usable."""

from __future__ import annotations

import asyncio

from tests.fake_telegram import FakeTelegramServer

from .conftest import BotFactory
from .harness import SimulatedUser, answer_all, is_question, is_verdict
from .test_concurrency import BO, CHEN

FLOOD = 300
NOTICE = "You are sending messages faster than I can answer"


async def test_a_flood_from_one_person_does_not_stop_the_others(fake_telegram: FakeTelegramServer,
                                                                 bots: BotFactory) -> None:
    # The per-minute limit would hold the flooder back for the rest of the minute (tests/unit covers it); this
    # test is about the queue cap and the other people.
    bot = await bots(env={"BOT_MESSAGES_PER_MINUTE": "10000"}).start()
    flooder = SimulatedUser(fake_telegram, "Flo")
    others = [SimulatedUser(fake_telegram, name) for name in ("Bo", "Chen", "Dana")]
    assert is_question(await flooder.start())
    await asyncio.gather(*(person.start() for person in others))
    before = len(flooder.messages())
    for number in range(FLOOD):  # all at once, as a script or a stuck key would
        fake_telegram.user_sends_text(flooder.user, flooder.chat, f"spam {number}")

    verdicts = await asyncio.gather(answer_all(others[0], BO), answer_all(others[1], CHEN),
                                    answer_all(others[2], BO))
    assert all(is_verdict(verdict) for verdict in verdicts)
    assert "✅ Eligible — Work permit, category A" in verdicts[0].content
    assert "❌ Not eligible yet — Work permit, category A" in verdicts[1].content

    # The flooder: the updates kept were each answered (the question has buttons), the rest were dropped
    # with a notice once per burst, and the session still works.
    replies = flooder.messages()[before:]
    notices = [m for m in replies if m.content.startswith(NOTICE)]
    assert 1 <= len(notices) <= FLOOD // 100 + 1  # getUpdates hands out at most 100 updates per call
    assert len(replies) < FLOOD // 2  # most of the flood was never processed
    question = await flooder.tap("Work there")
    assert question.content.startswith("Question 2\n")
    listing = await flooder.answers()
    assert len(listing) == 1 and listing[0].endswith("→ Work there")
    bot.assert_healthy()
    assert "dropped" in bot.stderr() and "spam" not in bot.stderr()  # logged as a count, never with content
