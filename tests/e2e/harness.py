"""End-to-end harness: the real bot as a subprocess, and simulated people talking to it.

``BotProcess`` starts ``python -m bot`` exactly as a person would (a fresh working folder, settings from
the environment), pointed at a ``FakeTelegramServer``; its stdout and stderr go to files that a failing
test prints. ``SimulatedUser`` plays one person in a private chat: it answers the question on screen by
pressing a button (by label or callback data) or typing, and waits for the bot's reply through the
server's ``mark``/``next_message`` APIs. Nothing here sleeps to wait for the bot.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import signal
import socket
import sys
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import IO

from tests.fake_telegram import (
    Button,
    CallbackAnswer,
    FakeTelegramServer,
    FakeUser,
    Mark,
    RecordedRequest,
    StoredMessage,
)

REPO_ROOT = Path(__file__).resolve().parents[2]
TYPED_IN_PRIVATE: list[tuple[str, str]] = []
"""(value, first name) for everything a SimulatedUser typed in its private chat, in this whole test
session: tests/e2e/conftest.py proves none of it reaches a log line or a group."""
SECRETS_GIVEN: set[str] = set()
"""Every secret handed to a bot process (its token, the webhook secret, later the encryption key)."""
_SECRET_VARIABLES = ("TOKEN", "SECRET", "KEY")
STOP_TIMEOUT = 10.0  # seconds between SIGINT and SIGKILL
REPLY_TIMEOUT = 10.0

# Variables the bot reads; the child gets only those the test sets (never the developer's own).
_BOT_VARIABLES = ("TELEGRAM_", "BOT_")
_PROXY_VARIABLES = frozenset({"http_proxy", "https_proxy", "all_proxy", "no_proxy"})  # any case


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def bot_environment(extra: Mapping[str, str]) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(_BOT_VARIABLES) and k.lower() not in _PROXY_VARIABLES}
    env.update(
        PYTHONPATH=str(REPO_ROOT) + (os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else ""),
        PYTHONUNBUFFERED="1",
        BOT_LOG_LEVEL="INFO",
    )
    env.update(extra)
    return env


class BotProcess:
    """``python -m bot`` in a subprocess, against ``server``, with its database in ``workdir``."""

    def __init__(self, server: FakeTelegramServer, workdir: Path, *, name: str = "bot",
                 database: Path | None = None, env: Mapping[str, str] | None = None) -> None:
        self.server = server
        self.workdir = workdir
        self.name = name
        self.database = database or workdir / "data" / "bot.sqlite3"
        self.extra_env = dict(env or {})
        self.stdout_path = workdir / f"{name}.stdout.log"
        self.stderr_path = workdir / f"{name}.stderr.log"
        self.process: asyncio.subprocess.Process | None = None
        self._files: list[IO[bytes]] = []
        self.started_at: Mark | None = None

    # lifecycle ---------------------------------------------------------------------------------

    async def start(self, *, wait: bool = True) -> BotProcess:
        """Starts the process; with ``wait``, returns once it polls getUpdates (or set its webhook)."""
        if self.process is not None:
            raise RuntimeError("already started")
        self.workdir.mkdir(parents=True, exist_ok=True)
        env = bot_environment({**self.server.env(), "BOT_DATABASE": str(self.database), **self.extra_env})
        SECRETS_GIVEN.update(value for name, value in env.items()
                             if name.startswith(_BOT_VARIABLES) and any(part in name for part in _SECRET_VARIABLES)
                             and not name.endswith("_FILE")  # a key file's path is no secret (its content is)
                             and value)
        stdout = self.stdout_path.open("ab")
        stderr = self.stderr_path.open("ab")
        self._files = [stdout, stderr]
        self.started_at = self.server.mark()
        self.process = await asyncio.create_subprocess_exec(
            sys.executable, "-m", "bot", cwd=self.workdir, env=env,
            stdin=asyncio.subprocess.DEVNULL, stdout=stdout, stderr=stderr,
        )
        if wait:
            if self.extra_env.get("BOT_MODE") == "webhook":
                await self.wait_for_request("setWebhook")
            else:
                await self.wait_until_polling()
        return self

    async def wait_until_polling(self, timeout: float = 20.0) -> RecordedRequest:  # noqa: ASYNC109
        """The server's ``wait_for_polling``, but only counting polls this process opened: after a
        restart the previous process' long poll may not be closed yet."""
        if self.started_at is None:
            return await self.server.wait_for_polling(timeout=timeout)
        after = self.started_at

        def open_poll() -> RecordedRequest | None:
            return next((r for r in self.server.requests_since(after, method="getUpdates") if not r.finished),
                        None)

        return await self._wait(open_poll, timeout, "the bot to poll getUpdates")

    async def wait_for_request(self, method: str, timeout: float = 20.0) -> RecordedRequest:  # noqa: ASYNC109
        return await self.server.wait_for(method=method, after=self.started_at, timeout=timeout)

    async def _wait(self, check: Callable[[], RecordedRequest | None], seconds: float, what: str
                    ) -> RecordedRequest:
        """The server's own waiting (woken by every request it records), cut short if the bot dies."""
        poll = asyncio.ensure_future(self.server._wait_until(check, seconds, what))
        assert self.process is not None
        died = asyncio.ensure_future(self.process.wait())
        try:
            done, _ = await asyncio.wait({poll, died}, return_when=asyncio.FIRST_COMPLETED)
            if poll in done:
                return poll.result()
            raise AssertionError(f"the bot exited with {died.result()} while waiting for {what}\n{self.output()}")
        finally:
            for task in (poll, died):
                if not task.done():
                    task.cancel()
                    with contextlib.suppress(asyncio.CancelledError):
                        await task

    async def stop(self, timeout: float = STOP_TIMEOUT) -> int:  # noqa: ASYNC109
        """SIGINT (what Ctrl+C sends), then SIGKILL if it has not exited within ``timeout``."""
        process = self.process
        if process is None:
            return 0
        if process.returncode is None:
            with contextlib.suppress(ProcessLookupError):
                process.send_signal(signal.SIGINT)
            try:
                await asyncio.wait_for(process.wait(), timeout)
            except TimeoutError:
                with contextlib.suppress(ProcessLookupError):
                    process.kill()
                await process.wait()
        self._close_files()
        assert process.returncode is not None
        return process.returncode

    def _close_files(self) -> None:
        for file in self._files:
            file.close()
        self._files = []

    @property
    def alive(self) -> bool:
        return self.process is not None and self.process.returncode is None

    # what it printed ---------------------------------------------------------------------------

    def stdout(self) -> str:
        return self.stdout_path.read_text(errors="replace") if self.stdout_path.exists() else ""

    def stderr(self) -> str:
        return self.stderr_path.read_text(errors="replace") if self.stderr_path.exists() else ""

    def output(self) -> str:
        return f"----- {self.name} stdout -----\n{self.stdout()}\n----- {self.name} stderr -----\n{self.stderr()}"

    def assert_healthy(self) -> None:
        """Still running, and no handler crashed (a traceback on stderr)."""
        assert self.alive, f"the bot exited with {self.process and self.process.returncode}\n{self.output()}"
        assert "Traceback" not in self.stderr(), self.output()
        assert "Traceback" not in self.stdout(), self.output()


# people ------------------------------------------------------------------------------------------


DONE = "✔ Done"


def is_question(message: StoredMessage) -> bool:
    """A question as the bot sends it ("Question 3\n..."), not yet answered."""
    return message.content.startswith("Question ")


def is_verdict(message: StoredMessage) -> bool:
    return message.content.startswith("Your eligibility, as of ")


class SimulatedUser:
    """One person in a private chat with the bot.

    ``screen`` is the latest bot message that has buttons (the question, or the verdict): ``tap``
    presses one of its buttons. Every action returns the bot's next message in the chat sent after the
    action (each message is handed out once, in order).
    """

    def __init__(self, server: FakeTelegramServer, first_name: str = "Alice", *, language_code: str | None = "en",
                 user_id: int | None = None) -> None:
        self.server = server
        self.user: FakeUser = server.add_user(first_name, language_code=language_code, user_id=user_id)
        self.chat = server.private_chat(self.user)
        self.screen: StoredMessage | None = None

    @property
    def id(self) -> int:
        return self.user.id

    # acting --------------------------------------------------------------------------------------

    async def command(self, name: str, args: str = "") -> StoredMessage:
        mark = self.server.mark()
        self.server.user_sends_command(self.user, self.chat, name, args)
        return await self.reply(mark)

    async def send(self, text: str) -> StoredMessage:
        if not text.startswith("/"):
            TYPED_IN_PRIVATE.append((text, self.user.first_name))
        mark = self.server.mark()
        self.server.user_sends_text(self.user, self.chat, text)
        return await self.reply(mark)

    async def start(self) -> StoredMessage:
        """/start: the greeting (or welcome back), then the question; returns the question."""
        mark = self.server.mark()
        self.server.user_sends_command(self.user, self.chat, "start")
        greeting = await self.reply(mark)
        assert not greeting.buttons, greeting.content
        return await self.reply(mark)

    def press(self, label: str | None = None, *, data: str | None = None, message: StoredMessage | None = None,
              check: bool = True) -> tuple[Mark, str]:
        """Presses a button without waiting; returns the mark before it and the callback query id."""
        target = message or self.screen
        assert target is not None, "no message with buttons on screen"
        if label is not None:
            current = self.server.world.message(target.chat_id, target.message_id)
            assert current is not None
            button = current.find_button(label) or _button_starting_with(current, label)
            assert button is not None and button.callback_data, (
                f"no button {label!r} in {current.button_texts} of message {current.message_id} "
                f"{current.content[:120]!r}\n{self.server._log()}")
            data = button.callback_data
        assert data is not None, "give a label or callback data"
        mark = self.server.mark()
        return mark, self.server.user_presses_button(self.user, target, data, check=check)

    async def tap(self, label: str | None = None, *, data: str | None = None,
                  message: StoredMessage | None = None) -> StoredMessage:
        """Presses a button and returns the bot's next message (the next question, the verdict...)."""
        mark, query_id = self.press(label, data=data, message=message)
        await self.server.wait_for_callback_answer(query_id, timeout=REPLY_TIMEOUT)
        return await self.reply(mark)

    async def toggle(self, label: str) -> StoredMessage:
        """Ticks or unticks a choice of a multiple-choice question: the bot edits the question in place."""
        assert self.screen is not None
        mark, query_id = self.press(label)
        await self.server.wait_for_callback_answer(query_id, timeout=REPLY_TIMEOUT)
        edited = await self.server.wait_for_edit(self.chat, self.screen.message_id, after=mark,
                                                 timeout=REPLY_TIMEOUT)
        self.screen = edited
        return edited

    async def answer(self, answer: str) -> StoredMessage:
        """Answers the question on screen: a button whose label starts with ``answer``, else typed text."""
        assert self.screen is not None
        current = self.server.world.message(self.screen.chat_id, self.screen.message_id)
        if current is not None and (current.find_button(answer) or _button_starting_with(current, answer)):
            return await self.tap(answer)
        return await self.send(answer)

    # waiting -------------------------------------------------------------------------------------

    async def reply(self, after: Mark) -> StoredMessage:
        message = await self.server.next_message(self.chat, after=after, timeout=REPLY_TIMEOUT)
        if message.buttons:
            self.screen = message
        return message

    async def callback_answer(self, query_id: str) -> CallbackAnswer:
        return await self.server.wait_for_callback_answer(query_id, timeout=REPLY_TIMEOUT)

    async def answers(self) -> list[str]:
        """/answers as ``["question → answer", ...]`` (empty when nothing is stored)."""
        screen = self.screen
        listing = await self.command("answers")
        self.screen = screen  # the listing's buttons are not the question
        return parse_answers(listing)

    def messages(self) -> list[StoredMessage]:
        """The bot's messages in this chat as they are now (after edits)."""
        return self.server.messages_in(self.chat, from_bot=True)


def _button_starting_with(message: StoredMessage, prefix: str) -> Button | None:
    """The first button whose label (without a tick box) starts with ``prefix``."""
    for row in message.buttons:
        for button in row:
            if button.text.startswith(prefix) or button.text.lstrip("▫️✅ ").startswith(prefix):
                return button
    return None


def parse_answers(listing: StoredMessage) -> list[str]:
    lines = listing.content.splitlines()
    if not lines or not lines[0].startswith("Your answers"):
        return []
    pairs: list[str] = []
    for line in lines[1:]:
        if line.strip().startswith("→"):
            pairs[-1] += " " + line.strip()
        else:
            pairs.append(line.split(". ", 1)[1] if ". " in line else line)
    return pairs


Answer = str | tuple[str, ...]
"""One answer in a script: a button label (or its start) or text to type; a tuple ticks several
choices of a multiple-choice question, then presses Done."""


async def answer_one(user: SimulatedUser, answer: Answer) -> StoredMessage:
    """Answers the question on screen; returns the bot's reply (the next question or the verdict)."""
    assert user.screen is not None and is_question(user.screen), (
        f"expected a question before answering {answer!r}, got {user.screen and user.screen.content[:200]!r}")
    question = user.screen.content.splitlines()[1]
    if isinstance(answer, tuple):
        for choice in answer:
            await user.toggle(choice)
        reply = await user.tap(DONE)
    else:
        reply = await user.answer(answer)
    assert is_question(reply) or is_verdict(reply), (
        f"answering {question!r} with {answer!r} got {reply.content[:200]!r}")
    return reply


async def answer_all(user: SimulatedUser, answers: Sequence[Answer]) -> StoredMessage:
    """Answers the questions on screen one after another; returns the bot's last reply."""
    reply: StoredMessage | None = None
    for answer in answers:
        reply = await answer_one(user, answer)
    assert reply is not None
    return reply
