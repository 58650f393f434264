"""Outgoing messages, independent of any chat platform."""

from __future__ import annotations

from dataclasses import dataclass, field

from bot.callback_data import ButtonAction

TELEGRAM_TEXT_LIMIT = 4096


@dataclass(frozen=True)
class Button:
    text: str
    action: ButtonAction | None = None
    url: str | None = None


@dataclass(frozen=True)
class Outgoing:
    html: str
    buttons: tuple[tuple[Button, ...], ...] = field(default_factory=tuple)


def split_html(html: str, limit: int = TELEGRAM_TEXT_LIMIT) -> list[str]:
    """Split text into parts within Telegram's limit, at blank lines, then lines.

    Our markup never spans a line break, so a split between lines never cuts a tag in two. The limit
    counts characters after entity parsing; the raw HTML is longer, so measuring it is safe.
    """
    if len(html) <= limit:
        return [html]
    parts: list[str] = []
    current = ""
    for block in html.split("\n"):
        candidate = block if not current else f"{current}\n{block}"
        if len(candidate) <= limit:
            current = candidate
            continue
        if current:
            parts.append(current)
        rest = block
        while len(rest) > limit:  # a single line longer than the limit: cut it (never happens in our text)
            parts.append(rest[:limit])
            rest = rest[limit:]
        current = rest
    if current:
        parts.append(current)
    return [p.strip("\n") for p in parts if p.strip()]
