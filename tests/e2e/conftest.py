"""Fixtures for the end-to-end tests: bot processes that are always stopped, their output printed, and
the proof over the whole end-to-end suite that nothing personal leaks (``nothing_personal_anywhere``)."""

from __future__ import annotations

import re
from collections.abc import AsyncIterator, Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
import pytest_asyncio

from tests.fake_telegram import FakeTelegramServer

from .harness import SECRETS_GIVEN, TYPED_IN_PRIVATE, BotProcess

BotFactory = Callable[..., BotProcess]


@pytest_asyncio.fixture
async def bots(fake_telegram: FakeTelegramServer, tmp_path: Path) -> AsyncIterator[BotFactory]:
    """Makes (not starts) ``BotProcess``es against the fake server, with their files in ``tmp_path``.

    At the end every process still running is stopped, and what each printed is written to this
    test's stdout, which pytest shows when the test fails.
    """
    made: list[BotProcess] = []

    def make(**kwargs: Any) -> BotProcess:
        kwargs.setdefault("name", f"bot{len(made) + 1}")
        kwargs.setdefault("database", tmp_path / "data" / "bot.sqlite3")
        process = BotProcess(fake_telegram, tmp_path, **kwargs)
        made.append(process)
        return process

    try:
        yield make
    finally:
        for process in made:
            await process.stop()
            print(process.output())
            LEDGER.bot_output.append((process.name, process.stdout() + process.stderr()))


@pytest_asyncio.fixture
async def patient_telegram() -> AsyncIterator[FakeTelegramServer]:
    """A fake Bot API that, like Telegram, keeps retrying a webhook delivery while the bot is down."""
    server = FakeTelegramServer(webhook_retry_delay=0.1, webhook_max_attempts=100_000)
    await server.start()
    try:
        yield server
    finally:
        await server.stop()


_GROUP_OUTPUT = frozenset({"sendMessage", "editMessageText", "sendDocument", "sendPhoto", "editMessageReplyMarkup"})


@pytest_asyncio.fixture(autouse=True)
async def nothing_personal_in_groups(fake_telegram: FakeTelegramServer) -> AsyncIterator[None]:
    """After every end-to-end test: no text a person typed in a private chat (an age, a salary, a date)
    was ever sent by the bot to a group or a channel, in a message or an edit. What this test typed, what
    it sent publicly and the names of its people also go to the suite-wide ledger."""
    yield
    private_messages = [
        message
        for chat_id in list(fake_telegram.world.chats)
        if chat_id > 0
        for message in fake_telegram.messages_in(chat_id, from_bot=False, include_deleted=True)
    ]
    typed = {
        message.text.strip()
        for message in private_messages
        if message.text and not message.text.startswith("/") and len(message.text.strip()) >= 2
    }
    patterns = [re.compile(rf"(?<![\w,.]){re.escape(value)}(?![\w,.])") for value in typed if len(value) <= 200]
    for record in fake_telegram.requests:
        chat_id = record.chat_id
        if record.method not in _GROUP_OUTPUT or not isinstance(chat_id, int | str) or \
                (isinstance(chat_id, int) and chat_id >= 0):
            continue
        text = record.text or ""
        LEDGER.public_output.append((f"chat {chat_id}", text))
        for pattern in patterns:
            assert not pattern.search(text), f"{pattern.pattern!r} typed in private reached chat {chat_id}: {text!r}"
    LEDGER.typed.update(typed)
    LEDGER.public_input.update(
        message.text.strip()
        for chat_id in list(fake_telegram.world.chats)
        if chat_id < 0
        for message in fake_telegram.messages_in(chat_id, from_bot=False, include_deleted=True)
        if message.text
    )
    LEDGER.names.update(user.first_name for user in fake_telegram.world.users.values()
                        if not user.is_bot and len(user.first_name) >= 3)
    LEDGER.secrets.add(fake_telegram.token)


# --- the whole suite ---------------------------------------------------------------------------------

_LOG_TIMESTAMP = re.compile(r"^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d,\d{3} ", re.MULTILINE)
# Values are matched whole: "53" is an age in "age 53" but not in an update id 100053, a port :45317,
# a time 10:53 or an amount 1,053.
_BEFORE, _AFTER = r"(?<![\w:/-])(?<!\w[.,])", r"(?![\w:/-])(?![.,]\w)"


@dataclass
class PrivacyLedger:
    """Everything the end-to-end suite typed in private, and everything the bots wrote where others can
    read it: their logs (stdout and stderr, exceptions and tracebacks included) and what they sent to
    groups and channels."""

    typed: set[str] = field(default_factory=set)  # values typed in private chats
    public_input: set[str] = field(default_factory=set)  # texts members typed in groups: public already
    names: set[str] = field(default_factory=set)  # first names of the simulated people
    secrets: set[str] = field(default_factory=set)  # bot tokens, webhook secrets, encryption keys
    bot_output: list[tuple[str, str]] = field(default_factory=list)  # (bot process, all it printed)
    public_output: list[tuple[str, str]] = field(default_factory=list)  # (chat, text sent there)
    # Also what the harness recorded over the whole run (typed values, secrets given): off for a ledger
    # a test builds by hand, which must not depend on what other tests typed before it.
    with_harness_records: bool = True

    def findings(self) -> list[str]:
        """What leaked, named by where it was found and what kind of value it is; never the value."""
        found: list[str] = []
        secrets = self.secrets | (SECRETS_GIVEN if self.with_harness_records else set())
        secrets |= {secret.split(":", 1)[1] for secret in secrets if ":" in secret}
        logs = [(name, _LOG_TIMESTAMP.sub("", text)) for name, text in self.bot_output]
        for where, text in [*(("log of " + name, text) for name, text in logs), *self.public_output]:
            if any(secret in text for secret in secrets if len(secret) >= 8):
                found.append(f"a secret (token or key) in the {where}")
        recorded = TYPED_IN_PRIVATE if self.with_harness_records else []
        values = {value.strip() for value in self.typed} | {value.strip() for value, _ in recorded}
        values = {value for value in values if len(value) >= 2 and value not in self.public_input}
        personal = _whole_words(values)
        for name, text in logs:
            if personal is not None and (match := personal.search(text)):
                found.append(f"a value typed in private ({_kind(match.group())}) in the log of {name}")
        named = _whole_words(self.names | {name for _, name in recorded if len(name) >= 3})
        for name, text in logs:
            if named is not None and named.search(text):
                found.append(f"a person's name in the log of {name}")
        if personal is not None:
            for where, text in self.public_output:
                if personal.search(text):
                    found.append(f"a value typed in private in a message to {where}")
        return found


def _whole_words(values: set[str]) -> re.Pattern[str] | None:
    if not values:
        return None
    alternatives = "|".join(re.escape(value) for value in sorted(values, key=len, reverse=True))
    return re.compile(f"{_BEFORE}(?:{alternatives}){_AFTER}")


def _kind(value: str) -> str:
    return "a number" if value.replace(",", "").isdigit() else "a date" if re.fullmatch(r"[\d-]+", value) else "text"


LEDGER = PrivacyLedger()


@pytest.fixture(scope="session", autouse=True)
def nothing_personal_anywhere() -> Iterator[PrivacyLedger]:
    """Issue #13, item 3: once the whole end-to-end suite has run, no log line of any bot process, no
    exception text it printed and no message sent to a group or channel holds a value some simulated
    person typed in private (numbers, dates, words), a person's name (logs), the bot token or another
    secret given to the bot. Fails at the end of the session, naming where, never the value."""
    yield LEDGER
    findings = LEDGER.findings()
    assert not findings, "personal data or secrets leaked:\n  " + "\n  ".join(sorted(set(findings)))
