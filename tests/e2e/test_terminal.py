"""Terminal mode: ``python -m bot`` without a token runs the interview in a terminal, and only there."""

from __future__ import annotations

import os
import pty
import select
import subprocess
import sys
import time
from pathlib import Path

from .harness import bot_environment

DEADLINE = 20.0  # seconds; a bound on waiting, never an assertion about speed


def terminal_env(tmp_path: Path) -> dict[str, str]:
    env = bot_environment({"BOT_DATABASE": str(tmp_path / "data" / "bot.sqlite3"), "LANG": "en_US.UTF-8",
                           "TERM": "dumb"})
    env.pop("LC_ALL", None)
    return env


def test_without_token_and_without_a_terminal_it_explains_and_fails(tmp_path: Path) -> None:
    done = subprocess.run([sys.executable, "-m", "bot"], cwd=tmp_path, env=terminal_env(tmp_path),
                          stdin=subprocess.DEVNULL, capture_output=True, text=True, timeout=DEADLINE, check=False)
    assert done.returncode != 0
    assert "No TELEGRAM_BOT_TOKEN is set and this is not an interactive terminal." in done.stderr
    assert "Traceback" not in done.stderr


class Terminal:
    """The bot on a pseudo-terminal: what it printed so far, and typing into it."""

    def __init__(self, tmp_path: Path) -> None:
        self.master, slave = pty.openpty()
        self.process = subprocess.Popen([sys.executable, "-m", "bot"], cwd=tmp_path, env=terminal_env(tmp_path),
                                        stdin=slave, stdout=slave, stderr=slave, close_fds=True)
        os.close(slave)
        self.screen = ""

    def read_until(self, text: str, start: int = 0) -> int:
        """Reads output until ``text`` appears after position ``start``; returns where it ends."""
        deadline = time.monotonic() + DEADLINE
        while (found := self.screen.find(text, start)) < 0:
            remaining = deadline - time.monotonic()
            assert remaining > 0 and self.process.poll() is None, f"no {text!r} in:\n{self.screen}"
            ready, _, _ = select.select([self.master], [], [], remaining)
            if ready:
                try:
                    self.screen += os.read(self.master, 65536).decode(errors="replace")
                except OSError:  # the process closed the terminal
                    break
        assert found >= 0, f"no {text!r} in:\n{self.screen}"
        return found + len(text)

    def type(self, line: str) -> int:
        position = len(self.screen)
        os.write(self.master, line.encode() + b"\r")
        return position

    def close(self) -> int:
        try:
            return self.process.wait(timeout=DEADLINE)
        finally:
            if self.process.poll() is None:
                self.process.kill()
                self.process.wait()
            os.close(self.master)


def test_in_a_terminal_it_asks_and_accepts_an_answer(tmp_path: Path) -> None:
    terminal = Terminal(tmp_path)
    try:
        end = terminal.read_until("What would you like to do in China?")
        end = terminal.read_until("[1] Work there", end)
        end = terminal.read_until("> ", end)
        after = terminal.type("1")  # the first button
        end = terminal.read_until("How old are you?", after)
        end = terminal.read_until("> ", end)
        after = terminal.type("34")
        end = terminal.read_until("In which city will you work", after)
        terminal.read_until("> ", end)
        terminal.type("/quit")
    finally:
        code = terminal.close()
    assert code == 0, terminal.screen
    assert "Traceback" not in terminal.screen
