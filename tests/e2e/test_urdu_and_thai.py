"""Whole interviews in Urdu (right to left, Extended Arabic-Indic digits, lakh grouping) and in Thai (Thai
digits), through the real bot against the fake Bot API server."""

from __future__ import annotations

from tests.fake_telegram import FakeTelegramServer

from .conftest import BotFactory
from .harness import SimulatedUser
from .test_languages import WORK_AND_SETTLE, callback_data, interview

RLM = "\u200f"


def visible(text: str) -> str:
    """The text as read: without the invisible isolation and direction marks around values."""
    return text.translate({ord(mark): None for mark in "\u2068\u2069\u200f"})


def _script(text: str, first: str, last: str) -> int:
    return sum(first <= ch <= last for ch in text)


async def test_urdu_interview_with_urdu_digits_and_lakh_grouping(fake_telegram: FakeTelegramServer,
                                                                  bots: BotFactory) -> None:
    bot = await bots().start()
    ayesha = SimulatedUser(fake_telegram, "Ayesha", language_code="ur")
    first = await ayesha.start()
    assert "چین" in first.content, first.content  # Urdu: "China"
    steps = list(WORK_AND_SETTLE)
    steps[1] = ("age", "۳۰")  # Extended Arabic-Indic digits, as Urdu keyboards type them
    steps[5] = ("annual_salary", "۴,۰۰,۰۰۰")  # 400,000 grouped the lakh way
    verdict = await interview(ayesha, steps)
    assert "اہل" in verdict.content, verdict.content  # "eligible"
    assert "ورک پرمٹ" in verdict.content
    assert "×" not in verdict.content  # multiples are written in words in right-to-left text
    why_buttons = [label for row in verdict.keyboard for label, data in row if data and data.startswith("w:")]
    assert why_buttons and all(label.startswith("کیوں؟") for label in why_buttons), why_buttons
    listing = await ayesha.command("answers")
    assert "400,000" in visible(listing.content) and "30" in visible(listing.content), listing.content
    mark, query = ayesha.press(data="w:wp_a", message=verdict)
    await ayesha.callback_answer(query)
    details = await ayesha.reply(mark)
    assert "400,000 یوآن سالانہ" in visible(details.content), details.content  # the salary typed in Urdu digits
    # The command menu and descriptions a person whose Telegram is in Urdu sees.
    menu = dict(fake_telegram.commands[("all_private_chats", "ur")])
    assert menu["start"] == "جانچ شروع کریں یا جاری رکھیں", menu
    assert fake_telegram.descriptions["ur"].startswith("میں قدم بہ قدم")
    assert "چین" in fake_telegram.short_descriptions["ur"]
    assert details.content.startswith(RLM) or details.content[0] >= "\u0600", details.content[:20]
    bot.assert_healthy()


async def test_thai_interview_with_thai_digits(fake_telegram: FakeTelegramServer, bots: BotFactory) -> None:
    bot = await bots().start()
    somchai = SimulatedUser(fake_telegram, "Somchai", language_code="th")
    first = await somchai.start()
    assert _script(first.content, "\u0e00", "\u0e7f") > 20, first.content  # Thai script
    steps = list(WORK_AND_SETTLE)
    steps[1] = ("age", "๓๐")  # Thai digits
    steps[5] = ("annual_salary", "๔๐๐,๐๐๐ หยวน")
    verdict = await interview(somchai, steps)
    assert "มีสิทธิ์" in verdict.content, verdict.content  # "eligible"
    assert "ใบอนุญาตทำงาน" in verdict.content
    assert "w:wp_b" in callback_data(verdict)
    listing = await somchai.command("answers")
    assert "400,000" in listing.content, listing.content
    mark, query = somchai.press(data="w:wp_a", message=verdict)
    await somchai.callback_answer(query)
    details = await somchai.reply(mark)
    assert "400,000 หยวนต่อปี" in details.content, details.content
    assert "คะแนน" in details.content  # the points breakdown, in Thai
    menu = dict(fake_telegram.commands[("all_private_chats", "th")])
    assert menu["start"] == "เริ่มหรือตรวจสอบต่อ", menu
    assert fake_telegram.descriptions["th"].startswith("ฉันตรวจสอบทีละขั้น")
    bot.assert_healthy()
