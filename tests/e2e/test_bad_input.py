"""Bad input: each gets a short answer, the session stays as it was, and no handler crashes."""

from __future__ import annotations

import random

from tests.fake_telegram import FakeTelegramServer, StoredMessage

from .conftest import BotFactory
from .harness import SimulatedUser, is_question

STALE = "That button belongs to an earlier question. Here is the current one."


def short(message: StoredMessage) -> str:
    assert not message.buttons, message.keyboard
    assert 0 < len(message.content) <= 200, message.content
    return message.content


async def test_bad_messages_get_a_short_answer_and_change_nothing(fake_telegram: FakeTelegramServer,
                                                                  bots: BotFactory) -> None:
    bot = await bots().start()
    eve = SimulatedUser(fake_telegram, "Eve")
    await eve.start()
    begin = fake_telegram.mark()

    # Text where a button is expected.
    assert short(await eve.send("hello")) == "Please choose one of the buttons below the question."
    hello = next(m for m in fake_telegram.messages_in(eve.chat, from_bot=False) if m.text == "hello")
    assert (await eve.tap("Work there")).content.startswith("Question 2\nHow old are you?")

    # Numbers out of range, far too long, emoji only, a sticker, a photo, an edited earlier message.
    assert short(await eve.send("-7")) == "Please type a number of at least 0."
    assert short(await eve.send("250")) == "Please type a number no higher than 100."
    assert short(await eve.send("1" * 4000)).startswith("That is too long for an answer.")
    assert short(await eve.send("🙂🎉")).startswith("I couldn't read that as a number.")
    mark = fake_telegram.mark()
    fake_telegram.user_sends_sticker(eve.user, eve.chat)
    assert short(await eve.reply(mark)) == "I can only read text and button presses here."
    mark = fake_telegram.mark()
    fake_telegram.user_sends_photo(eve.user, eve.chat, caption="30")
    assert short(await eve.reply(mark)) == "I can only read text and button presses here."
    mark = fake_telegram.mark()
    fake_telegram.user_edits_message(eve.user, hello, "30")
    assert short(await eve.reply(mark)).startswith("I saw you edited a message.")

    # Nothing changed: one answer stored, and the question is still the age.
    assert await eve.answers() == ["What would you like to do in China? → Work there"]
    assert (await eve.send("30")).content.startswith("Question 3\n")

    # One short answer per bad input, nothing else.
    sent = [m.content for m in fake_telegram.sent_messages(eve.chat, after=begin)]
    expected = ["Please choose one of the buttons", "Question 2\n", "Please type a number of at least 0",
                "Please type a number no higher than 100", "That is too long", "I couldn't read that as a number",
                "I can only read text", "I can only read text", "I saw you edited a message", "Your answers",
                "Question 3\n"]
    assert len(sent) == len(expected) and all(map(str.startswith, sent, expected)), sent
    bot.assert_healthy()


async def test_bad_button_presses_change_nothing(fake_telegram: FakeTelegramServer, bots: BotFactory) -> None:
    bot = await bots().start()
    finn = SimulatedUser(fake_telegram, "Finn")
    goal = await finn.start()
    await finn.tap("Work there")
    city = await finn.send("30")
    assert city.content.startswith("Question 3\n")

    # A button of an old, already answered question (its keyboard is gone, but an old client may show it).
    mark, query_id = finn.press(data="c:goal:settle", message=goal, check=False)
    answer = await finn.callback_answer(query_id)
    assert answer.text == STALE and answer.show_alert
    assert (await finn.reply(mark)).content.startswith("Question 3\n")  # the current question, again

    # Forged callback data, on the current question message.
    rng = random.Random(20261128)
    garbage = "".join(chr(rng.randrange(0x20, 0x2FF)) for _ in range(64))
    for number, data in enumerate(("c:age:x", "zz", garbage)):
        current = finn.screen
        assert current is not None
        mark = fake_telegram.mark()
        query_id = f"forged-{number}"
        fake_telegram.push_raw_update({"callback_query": {
            "id": query_id, "from": finn.user.to_api(), "chat_instance": "1",
            "message": fake_telegram.world.message_api(current), "data": data}})
        answer = await finn.callback_answer(query_id)
        assert answer.text == STALE, data
        assert (await finn.reply(mark)).content.startswith("Question 3\n"), data

    # A double tap: the same button twice, before the bot answered the first.
    current = finn.screen
    assert current is not None
    mark, first = finn.press("Beijing")
    _, second = finn.press("Beijing", message=current)
    await finn.callback_answer(first)
    repeated = await finn.callback_answer(second)
    assert not repeated.show_alert and not repeated.text  # nothing to complain about: it was applied once
    assert (await finn.reply(mark)).content.startswith("Question 4\n")
    await fake_telegram.wait_until_idle()
    asked = [m for m in fake_telegram.sent_messages(finn.chat, after=mark) if is_question(m)]
    assert [m.content.splitlines()[0] for m in asked] == ["Question 4"], [m.content[:40] for m in asked]

    listed = await finn.answers()
    assert len(listed) == 3, listed
    assert "→ Work there" in listed[0] and "→ 30 years" in listed[1] and "→ Beijing" in listed[2], listed
    assert (await finn.answer("Yes")).content.startswith("Question 5\n")
    bot.assert_healthy()
