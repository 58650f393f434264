"""A whole interview in English, from /start to the verdict and its details, against the real bot process."""

from __future__ import annotations

from tests.fake_telegram import FakeTelegramServer

from .conftest import BotFactory
from .harness import SimulatedUser, answer_all, is_question

# (answer, how the answered question message shows it afterwards)
SCRIPT: list[tuple[str | tuple[str, ...], str]] = [
    ("Work, then settle", "Work, then settle"),  # button
    ("30", "30 years"),  # typed whole number
    ("Beijing", "Beijing"),
    ("2024-01", "2024"),  # started working in China: typed date
    ("Yes", "Yes"),  # job offer
    ("400k", "400,000 yuan a year"),  # typed money
    ("Master's degree", "Master's degree"),
    ("5", "5 years"),
    ("9 months or more", "9 months or more"),
    ("HSK 4", "HSK 4"),
    (("None of these",), "None of these"),  # achievements: multiple choice
    (("Top university abroad", "Science or tech degree", "Top university abroad"),
     "Science or tech degree"),  # tick, tick, untick, Done
    ("Yes", "Yes"),  # clean record
    ("I don't know", "I don't know"),  # medical check: "don't know"
    ("None of these", "None of these"),  # category C job kinds: asked as B is not certain without the check
    (("None of these",), "None of these"),  # ties to China
]


async def test_full_interview_from_start_to_verdict(fake_telegram: FakeTelegramServer, bots: BotFactory) -> None:
    bot = await bots().start()
    alice = SimulatedUser(fake_telegram, "Alice")

    first = await alice.start()
    assert first.content.startswith("Question 1\nWhat would you like to do in China?")
    greeting = fake_telegram.sent_messages(alice.chat)[0]
    assert greeting.content.startswith("Hello, Alice!")

    summary = await answer_all(alice, [answer for answer, _ in SCRIPT])

    # The verdict summary, with a "Why?" button per route.
    assert summary.content.startswith("Your eligibility, as of ")
    assert "🟡 Eligible if confirmed — Work permit, category B" in summary.content
    assert "❌ Not eligible yet — Work permit, category A" in summary.content
    assert "“Eligible if confirmed” means" in summary.content  # the medical check is unknown
    why = [text for text in summary.button_texts if text.startswith("Why? ")]
    assert "Why? Work permit B" in why and len(why) >= 3  # each route's short title

    # "Why?" shows the route: every criterion, the person's value against the threshold, the rule, sources.
    mark, query_id = alice.press("Why? Work permit A")
    assert (await alice.callback_answer(query_id)).show_alert is False
    details = [await alice.reply(mark)]
    while not details[-1].buttons:
        details.append(await alice.reply(mark))
    text = "\n".join(part.content for part in details)
    assert text.startswith("Work permit, category A")
    assert "All of these:" in text and "Any one of these:" in text
    assert "❌ Salary at least 6× the local average wage" in text
    assert "You: 400,000 yuan a year · Needed: 859,464 yuan a year" in text  # value and threshold
    assert "Based on the local average wage: 143,244 yuan a year" in text
    assert "Rule: " in text and "\nSources\n" in text
    assert "Points: " in text
    assert details[-1].button_texts == ["◀ Summary"]

    # Every answered question was edited into "✔ question → answer", without buttons.
    questions = [m for m in fake_telegram.sent_messages(alice.chat) if is_question(m)]
    assert len(questions) == len(SCRIPT)
    for sent, (_, shown) in zip(questions, SCRIPT, strict=True):
        now = fake_telegram.world.message(sent.chat_id, sent.message_id)
        assert now is not None
        assert now.content.startswith("✔ "), now.content
        question_line = sent.content.splitlines()[1]
        assert now.content.splitlines()[0] == f"✔ {question_line}"
        assert now.content.splitlines()[1].startswith("→ ") and shown in now.content, now.content
        assert now.buttons == []
        assert now.edit_count >= 1

    # The profile: command menu for private chats, description and short description.
    commands = fake_telegram.commands[("all_private_chats", "")]
    names = [name for name, _ in commands]
    assert names[0] == "start"
    assert {"help", "language", "back", "restart", "answers", "verdict", "mydata", "forget", "privacy"} <= set(names)
    assert all(description for _, description in commands)
    assert fake_telegram.descriptions[""].startswith("I check, step by step")
    assert fake_telegram.short_descriptions[""].startswith("Can you work or settle in China?")
    for method in ("setMyCommands", "setMyDescription", "setMyShortDescription"):
        assert fake_telegram.requests_since(method=method), method

    bot.assert_healthy()
    assert await bot.stop() == 0
