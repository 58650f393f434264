"""The test-only clock: read from a file the test rewrites, and refused wherever a real bot could use it."""

from __future__ import annotations

import os
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from pydantic import ValidationError

from bot.config import Settings
from bot.test_clock import FileClock


def test_the_clock_reads_the_file_and_keeps_running(tmp_path: Path) -> None:
    path = tmp_path / "now"
    clock = FileClock(path)
    assert abs(clock() - datetime.now(UTC)) < timedelta(seconds=5)  # no file: real time
    path.write_text("2027-06-01T01:30:00+00:00")
    first = clock()
    assert datetime(2027, 6, 1, 1, 30, tzinfo=UTC) <= first < datetime(2027, 6, 1, 1, 31, tzinfo=UTC)
    assert clock() >= first  # time still moves forward between two settings
    path.write_text("2028-01-01")  # a date alone: midnight UTC
    os.utime(path, ns=(1, 1))  # a new modification time even within the file system's resolution
    assert clock().date() == datetime(2028, 1, 1).date()


def test_a_bad_file_keeps_the_last_time(tmp_path: Path) -> None:
    path = tmp_path / "now"
    path.write_text("2030-01-01T00:00:00Z")
    clock = FileClock(path)
    assert clock().year == 2030
    path.write_text("not a date")
    os.utime(path, ns=(2, 2))
    assert clock().year == 2030


@pytest.mark.parametrize("extra", [
    {"BOT_MODE": "webhook", "BOT_WEBHOOK_URL": "https://bot.example.org/hook", "BOT_WEBHOOK_SECRET": "s3cret",
     "TELEGRAM_API_BASE_URL": "http://127.0.0.1:9/bot"},
    {"TELEGRAM_API_BASE_URL": "https://api.telegram.org/bot"},
    {},  # the default address is Telegram's
    {"TELEGRAM_API_BASE_URL": "http://telegram.example.org/bot"},
])
def test_the_test_clock_is_refused_outside_tests(monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
                                                 extra: dict[str, str]) -> None:
    monkeypatch.setenv("TELEGRAM_BOT_TOKEN", "123:abc")
    monkeypatch.setenv("BOT_TEST_CLOCK_FILE", str(tmp_path / "now"))
    for name, value in extra.items():
        monkeypatch.setenv(name, value)
    with pytest.raises(ValidationError, match="BOT_TEST_CLOCK_FILE is for tests only"):
        Settings(_env_file=None)  # type: ignore[call-arg]


def test_the_test_clock_is_accepted_with_a_fake_server_on_this_machine(monkeypatch: pytest.MonkeyPatch,
                                                                       tmp_path: Path) -> None:
    monkeypatch.setenv("TELEGRAM_BOT_TOKEN", "123:abc")
    monkeypatch.setenv("TELEGRAM_API_BASE_URL", "http://127.0.0.1:8081/bot")
    monkeypatch.setenv("BOT_TEST_CLOCK_FILE", str(tmp_path / "now"))
    assert Settings(_env_file=None).bot_test_clock_file == tmp_path / "now"  # type: ignore[call-arg]
