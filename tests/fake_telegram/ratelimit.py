"""Telegram's flood control on messages, as a sliding window per chat.

Telegram allows about 20 messages a minute into one group, supergroup or channel; past that a send
fails with 429 ``Too Many Requests: retry after N``.  Tests shrink the window through
``server.rate_limits``.
"""

from __future__ import annotations

import math
from collections import defaultdict, deque
from dataclasses import dataclass


@dataclass
class RateLimits:
    """Adjustable limits; ``None`` switches one off."""

    group_messages: int | None = 20
    """Messages allowed per ``group_window`` into one chat with a negative id."""
    group_window: float = 60.0
    private_messages: int | None = None
    """Messages allowed per ``private_window`` into one private chat (off by default)."""
    private_window: float = 1.0
    global_messages: int | None = None
    """Messages allowed per ``global_window`` across all chats (off by default)."""
    global_window: float = 1.0


class FloodControl:
    """Remembers when messages were sent and answers how long a new one must wait."""

    def __init__(self, limits: RateLimits) -> None:
        self.limits = limits
        self._sent: defaultdict[int, deque[float]] = defaultdict(deque)
        self._all: deque[float] = deque()

    def retry_after(self, chat_id: int, now: float) -> int | None:
        """Seconds the bot must wait before sending into ``chat_id``, or ``None`` if it may send now."""
        if chat_id < 0:
            limit, window = self.limits.group_messages, self.limits.group_window
        else:
            limit, window = self.limits.private_messages, self.limits.private_window
        waits = [
            _wait(self._sent[chat_id], limit, window, now),
            _wait(self._all, self.limits.global_messages, self.limits.global_window, now),
        ]
        longest = max((wait for wait in waits if wait is not None), default=None)
        return None if longest is None else max(1, math.ceil(longest))

    def record(self, chat_id: int, now: float) -> None:
        self._sent[chat_id].append(now)
        self._all.append(now)

    def reset(self) -> None:
        self._sent.clear()
        self._all.clear()


def _wait(sent: deque[float], limit: int | None, window: float, now: float) -> float | None:
    while sent and sent[0] <= now - window:
        sent.popleft()
    if limit is None or len(sent) < limit:
        return None
    return sent[len(sent) - limit] + window - now
