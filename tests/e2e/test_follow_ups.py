"""Reminders and rule-change alerts, through the real bot and the fake Bot API.

Time is driven by the test-only clock (``BOT_TEST_CLOCK_FILE``): the file says what "now" is, and the
test rewrites it while the bot runs. The schedule is in the database, so a reminder survives SIGKILL.
"""

from __future__ import annotations

import asyncio
import shutil
import sys
from pathlib import Path

import pytest

from tests.fake_telegram import FakeTelegramServer, Mark, StoredMessage

from .conftest import BotFactory
from .harness import REPO_ROOT, Answer, SimulatedUser, answer_all, is_verdict

CONTENT = REPO_ROOT / "conversations" / "content" / "china"
TODAY = "2026-12-03T04:00:00+00:00"  # noon in China

# Settle, 38, Beijing, working in China since June 2023: the four years of the salary route are reached on
# 1 June 2027, and with the same answers nothing else keeps the route closed.
THREE_AND_A_HALF_YEARS: list[Answer] = ["Settle", "38", "Beijing", "2023-06", "Doctorate", "Yes", "Yes",
                                        ("None of these",)]


def settled(salary: str, recommended: str = "Yes") -> list[Answer]:
    """Eight years in Beijing, every condition of the salary route but the salary's bar answered."""
    return ["Settle", "45", "Beijing", "2018-01", "Doctorate", "Yes", "Yes", "Yes", salary, "250000", "Yes",
            recommended, ("None of these",)]


def set_clock(path: Path, when: str) -> None:
    path.write_text(when, encoding="utf-8")


async def until(condition: object, seconds: float = 20.0) -> None:
    """Waits until ``condition()`` holds (the bot works in the background): polls the fake server's state."""
    assert callable(condition)
    for _ in range(int(seconds / 0.05)):
        if condition():
            return
        await asyncio.sleep(0.05)
    raise AssertionError("timed out waiting for the bot")


def texts_after(user: SimulatedUser, mark: Mark) -> list[str]:
    """What the bot sent the person since ``mark``."""
    return [m.content for m in user.server.sent_messages(user.chat, after=mark)]


def button(message: StoredMessage, prefix: str) -> str:
    for row in message.buttons:
        for candidate in row:
            if candidate.text.startswith(prefix):
                return candidate.text
    raise AssertionError(f"no button {prefix!r} in {message.button_texts}")


@pytest.fixture
def clock(tmp_path: Path) -> Path:
    path = tmp_path / "clock.txt"
    set_clock(path, TODAY)
    return path


async def test_a_reminder_is_offered_kept_through_kill_and_sent_once_on_its_day(
        fake_telegram: FakeTelegramServer, bots: BotFactory, clock: Path) -> None:
    env = {"BOT_TEST_CLOCK_FILE": str(clock)}
    first = await bots(env=env).start()
    rosa = SimulatedUser(fake_telegram, "Rosa")
    forgetful = SimulatedUser(fake_telegram, "Fred")
    for person in (rosa, forgetful):
        await person.start()
        verdict = await answer_all(person, THREE_AND_A_HALF_YEARS)
        assert is_verdict(verdict)
        assert "on June 1, 2027 you would meet: Permanent residence" in verdict.content, verdict.content
        confirmation = await person.tap(button(verdict, "⏰ Remind me"))
        assert "⏰ Done: on June 1, 2027" in confirmation.content, confirmation.content

    # A second tap on the same button changes nothing: one reminder.
    listing = await rosa.command("reminders")
    assert listing.content.count("⏰ June 1, 2027") == 1, listing.content
    assert any(text.startswith("✖ Cancel reminder 1") for row in listing.buttons for text in [b.text for b in row])

    # Fred asks to be forgotten: his reminder goes with everything else.
    await forgetful.command("forget")
    assert forgetful.screen is not None
    mark, query = forgetful.press("Yes, delete everything")
    await forgetful.callback_answer(query)
    await fake_telegram.wait_for(method="editMessageText", chat_id=forgetful.chat, text="Done: everything", after=mark)

    # SIGKILL, then the day comes while the bot is down; a new process starts on the same database.
    assert first.process is not None
    first.process.kill()
    await first.process.wait()
    set_clock(clock, "2027-06-01T01:30:00+00:00")  # 09:30 in China
    rosa_seen = fred_seen = fake_telegram.mark()
    # Telegram is busy at that moment: the first two sends get 429 with retry_after, and are waited out.
    fake_telegram.fail_next("sendMessage", times=2, error_code=429, retry_after=1)
    second = await bots(env=env, database=first.database).start()

    await until(lambda: any("Your reminder for June 1, 2027" in t for t in texts_after(rosa, rosa_seen)))
    await asyncio.sleep(5)  # two more ticks of the sender: nothing is sent twice
    reminders = [t for t in texts_after(rosa, rosa_seen) if "Your reminder for" in t]
    assert len(reminders) == 1, reminders
    assert "Permanent residence" in reminders[0], reminders[0]
    assert "More questions apply to you now" in reminders[0], reminders[0]  # the salary questions, from today
    # (A reply to his /forget may come again after the kill: replies are sent at least once. No reminder.)
    assert not [t for t in texts_after(forgetful, fred_seen) if "reminder" in t.lower()]
    refused = fake_telegram.requests_since(rosa_seen, method="sendMessage")
    assert [r.ok for r in refused][:3] == [False, False, True], [r.ok for r in refused]

    # Delivered reminders leave the list.
    listing = await rosa.command("reminders")
    assert listing.content.startswith("You have no reminders"), listing.content
    second.assert_healthy()


async def test_a_content_change_notifies_exactly_the_people_whose_outcome_changed(
        fake_telegram: FakeTelegramServer, bots: BotFactory, clock: Path, tmp_path: Path) -> None:
    content = tmp_path / "content"
    shutil.copytree(CONTENT, content)
    env = {"BOT_TEST_CLOCK_FILE": str(clock), "BOT_CONTENT_DIR": str(content)}
    first = await bots(env=env).start()

    # Beijing's last stored figure is past its due date, so a salary over its bar is only "to be confirmed".
    ana = SimulatedUser(fake_telegram, "Ana")  # over the bar, alerts on: the new figure decides her route
    ben = SimulatedUser(fake_telegram, "Ben")  # alerts on, but without his employer's recommendation
    cai = SimulatedUser(fake_telegram, "Cai")  # like Ana, alerts off
    dev = SimulatedUser(fake_telegram, "Dev")  # like Ana, alerts on, then blocks the bot
    for person, script, alerts in ((ana, settled("950000"), True), (ben, settled("950000", "No"), True),
                                   (cai, settled("950000"), False), (dev, settled("950000"), True)):
        await person.start()
        verdict = await answer_all(person, script)
        assert is_verdict(verdict), verdict.content
        if alerts:
            done = await person.tap(button(verdict, "🔔 Alert me"))
            assert done.content.startswith("🔔 Done"), done.content
    listing = await ana.command("reminders")
    assert "Rule-change alerts: on" in listing.content
    await first.stop()

    # A new content version: Beijing's figures for 2025 and 2026 (test data), the second in force later.
    wage = content / "parameters" / "local_average_wage" / "beijing.yaml"
    wage.write_text(wage.read_text(encoding="utf-8") + (
        "  2026-07-01: {value: 150000, reference_year: 2025, series: all_urban_units, valid_until: 2027-06-30,\n"
        "               sources: [beijing_wage_series], note: test data}\n"
        "  2027-07-01: {value: 170000, reference_year: 2026, series: all_urban_units, valid_until: 2028-06-30,\n"
        "               sources: [beijing_wage_series], note: test data}\n"), encoding="utf-8")
    fake_telegram.user_blocks_bot(dev.user)
    mark = fake_telegram.mark()
    seen = {p.user.first_name: mark for p in (ana, ben, cai, dev)}
    second = await bots(env=env, database=first.database).start()

    await until(lambda: any("A rule change affects your result" in t for t in texts_after(ana, seen["Ana"])))
    await asyncio.sleep(5)
    told = [t for t in texts_after(ana, seen["Ana"]) if "A rule change" in t]
    assert len(told) == 1, told
    assert "🟡 Eligible if confirmed → ✅ Eligible" in told[0], told[0]
    assert "143,244" in told[0] and "150,000" in told[0], told[0]  # the figure, old and new
    assert texts_after(ben, seen["Ben"]) == []  # still closed by the recommendation: no change, no message
    assert texts_after(cai, seen["Cai"]) == []  # never asked for alerts
    assert texts_after(dev, seen["Dev"]) == []  # blocked the bot: skipped...
    assert "blocked the bot: their reminders and alerts were dropped" in second.stderr()  # ...and dropped

    # The next dated figure comes into force on 1 July 2027: 6 x 170,000 = 1,020,000 is over Ana's lowest salary,
    # so each of her four years is now compared with its own year's bar: questions she has not answered yet.
    set_clock(clock, "2027-07-01T02:00:00+00:00")
    await until(lambda: len([t for t in texts_after(ana, seen["Ana"]) if "A rule change" in t]) == 2)
    told = [t for t in texts_after(ana, seen["Ana"]) if "A rule change" in t]
    assert "✅ Eligible → 🟡 Eligible if confirmed" in told[1], told[1]
    assert "150,000 yuan a year → 170,000 yuan a year, in force from July 1, 2027" in told[1], told[1]
    assert "More questions apply to you now" in told[1], told[1]
    assert texts_after(ben, seen["Ben"]) == []
    assert "re-evaluated" in second.stderr()
    second.assert_healthy()


async def test_the_test_clock_is_refused_with_a_real_telegram_address(tmp_path: Path, clock: Path) -> None:
    from tests.e2e.harness import bot_environment

    env = bot_environment({"TELEGRAM_BOT_TOKEN": "123:abc", "TELEGRAM_API_BASE_URL": "https://api.telegram.org/bot",
                           "BOT_TEST_CLOCK_FILE": str(clock), "BOT_DATABASE": str(tmp_path / "db.sqlite3")})
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bot", cwd=tmp_path, env=env, stdin=asyncio.subprocess.DEVNULL,
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE)
    _, err = await process.communicate()
    assert process.returncode == 2
    assert b"BOT_TEST_CLOCK_FILE is for tests only" in err



async def test_a_reminder_that_fails_to_send_is_sent_later(fake_telegram: FakeTelegramServer, bots: BotFactory,
                                                          clock: Path) -> None:
    env = {"BOT_TEST_CLOCK_FILE": str(clock)}
    bot = await bots(env=env).start()
    rosa = SimulatedUser(fake_telegram, "Rosa")
    await rosa.start()
    verdict = await answer_all(rosa, THREE_AND_A_HALF_YEARS)
    await rosa.tap(button(verdict, "⏰ Remind me"))

    # On the day, Telegram fails with a server error: the reminder stays saved, unsent.
    mark = fake_telegram.mark()
    fake_telegram.fail_next("sendMessage", error_code=500)
    set_clock(clock, "2027-06-01T01:30:00+00:00")
    await fake_telegram.wait_for(method="sendMessage", chat_id=rosa.chat, ok=False, after=mark, timeout=20)
    await asyncio.sleep(3)
    assert not [t for t in texts_after(rosa, mark) if "Your reminder for" in t]
    assert "it will be retried" in bot.stderr()

    # A few minutes later it is tried again, and sent once.
    set_clock(clock, "2027-06-01T01:35:00+00:00")
    await until(lambda: any("Your reminder for June 1, 2027" in t for t in texts_after(rosa, mark)))
    await asyncio.sleep(4)
    assert len([t for t in texts_after(rosa, mark) if "Your reminder for" in t]) == 1
    bot.assert_healthy()
