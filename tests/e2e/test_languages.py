"""Whole interviews in Chinese, Russian and Arabic through the real bot, with a switch of language midway."""

from __future__ import annotations

from tests.fake_telegram import FakeTelegramServer, StoredMessage

from .conftest import BotFactory
from .harness import REPLY_TIMEOUT, SimulatedUser

# (question id, answer): a choice key to press, a tuple of keys to tick then confirm, or text to type.
Step = tuple[str, str | tuple[str, ...]]
WORK_AND_SETTLE: list[Step] = [
    ("goal", "both"), ("age", "30"), ("work_city", "beijing"), ("china_work_start", "not_yet"), ("job_offer", "yes"),
    ("annual_salary", "400000"), ("highest_degree", "master"), ("experience_years", "5"),
    ("months_in_china", "nine_plus"), ("chinese_level", "none"), ("achievements", ("none",)),
    ("background", ("top_university",)), ("clean_record", "yes"), ("medical_check", "yes"), ("china_ties", ("none",)),
]


def callback_data(message: StoredMessage) -> list[str]:
    return [data for row in message.keyboard for _, data in row if data]


async def take(user: SimulatedUser, step: Step) -> StoredMessage:
    """Answers one question, checking that it is the question the bot is showing."""
    question, answer = step
    screen = user.screen
    assert screen is not None
    shown = callback_data(screen)
    if isinstance(answer, tuple):
        for key in answer:
            mark, query = user.press(data=f"t:{question}:{key}")
            await user.callback_answer(query)
            await user.server.wait_for_edit(user.chat, screen.message_id, after=mark, timeout=REPLY_TIMEOUT)
        mark, query = user.press(data=f"d:{question}")
        await user.callback_answer(query)
        return await user.reply(mark)
    if f"c:{question}:{answer}" in shown:
        mark, query = user.press(data=f"c:{question}:{answer}")
        await user.callback_answer(query)
        return await user.reply(mark)
    assert not any(d.startswith(("c:", "t:")) for d in shown), f"{question}: expected a typed answer, got {shown}"
    return await user.send(answer)


async def interview(user: SimulatedUser, steps: list[Step]) -> StoredMessage:
    reply: StoredMessage | None = None
    for step in steps:
        reply = await take(user, step)
    assert reply is not None
    return reply


async def test_chinese_then_russian_midway(fake_telegram: FakeTelegramServer, bots: BotFactory) -> None:
    bot = await bots().start()
    li = SimulatedUser(fake_telegram, "Li", language_code="zh-hans")
    first = await li.start()
    assert "您想在中国" in first.content or "中国" in first.content
    await interview(li, WORK_AND_SETTLE[:6])
    # /language, then Русский: the current question is asked again in Russian; nothing is lost.
    menu = await li.command("language")
    assert "l:ru" in callback_data(menu)
    mark, query = li.press(data="l:ru", message=menu)
    await li.callback_answer(query)
    again = await li.reply(mark)
    while not again.buttons:
        again = await li.reply(mark)
    assert "образование" in again.content.lower() or "квалификац" in again.content.lower(), again.content
    verdict = await interview(li, WORK_AND_SETTLE[6:])
    assert "Разрешение на работу" in verdict.content or "разрешение на работу" in verdict.content, verdict.content
    listing = await li.command("answers")
    assert "400" in listing.content and "30" in listing.content  # answers given in Chinese are still there
    bot.assert_healthy()


async def test_arabic_interview_with_arabic_digits(fake_telegram: FakeTelegramServer, bots: BotFactory) -> None:
    await bots().start()
    amal = SimulatedUser(fake_telegram, "Amal", language_code="ar")
    first = await amal.start()
    assert any("\u0600" <= ch <= "\u06ff" for ch in first.content)  # Arabic script
    steps = list(WORK_AND_SETTLE)
    steps[1] = ("age", "٣٠")  # Arabic-Indic digits
    steps[5] = ("annual_salary", "٤٠٠٬٠٠٠")
    verdict = await interview(amal, steps)
    assert any("\u0600" <= ch <= "\u06ff" for ch in verdict.content)
    listing = await amal.command("answers")
    assert "400" in listing.content or "٤٠٠" in listing.content


async def test_russian_interview_with_russian_number_formats(fake_telegram: FakeTelegramServer,
                                                             bots: BotFactory) -> None:
    await bots().start()
    ivan = SimulatedUser(fake_telegram, "Иван", language_code="ru")
    first = await ivan.start()
    assert "Китае" in first.content
    steps = list(WORK_AND_SETTLE)
    steps[5] = ("annual_salary", "400 000")
    verdict = await interview(ivan, steps)
    assert "Категория" in verdict.content or "категор" in verdict.content.lower(), verdict.content
    mark, query = ivan.press(data="w:wp_b", message=verdict)
    await ivan.callback_answer(query)
    details = await ivan.reply(mark)
    assert "400 000" in details.content.replace("\u202f", " ").replace("\xa0", " "), details.content
