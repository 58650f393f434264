"""A clock for end-to-end tests: "now" is read from a file the test rewrites while the bot runs.

It exists so that a test can drive reminders and dated rule changes through the real, unmodified bot.
`Settings` refuses it in webhook mode and with any Bot API address other than this machine's, so a
deployed bot cannot be pointed at a false date.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path


class FileClock:
    """``now`` is the ISO 8601 date and time written in ``path`` (UTC when it names no zone), plus the time
    that has passed since the file was last changed, so that time still moves between two settings."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._seen: tuple[int, datetime, datetime] | None = None  # (file mtime, the set time, when read)

    def __call__(self) -> datetime:
        real = datetime.now(UTC)
        try:
            mtime = self.path.stat().st_mtime_ns
        except OSError:
            return real  # no file yet: real time
        if self._seen is None or self._seen[0] != mtime:
            text = self.path.read_text(encoding="utf-8").strip()
            try:
                written = datetime.fromisoformat(text)
            except ValueError:
                return real if self._seen is None else self._seen[1] + (real - self._seen[2])
            if written.tzinfo is None:
                written = written.replace(tzinfo=UTC)
            self._seen = (mtime, written, real)
        return self._seen[1] + (real - self._seen[2])
