"""Compact, validated button payloads (Telegram allows 1-64 bytes of callback data).

Every payload is decoded strictly: a forged or malformed one decodes to ``None`` and the person gets a
polite "that button is out of date" answer; nothing reaches the engine.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

MAX_CALLBACK_BYTES = 64
_ID = r"[a-z][a-z0-9_]{0,47}"
_LANG = r"[A-Za-z]{2}(?:-[A-Za-z]{2,4})?"

Op = Literal["choose", "toggle", "confirm", "dont_know", "skip", "back", "change", "answers", "why", "summary",
             "restart", "language", "forget_yes", "forget_no", "check", "group_setting", "group_language",
             "remind", "remind_cancel", "alerts_on", "alerts_off"]

# op -> (wire prefix, argument patterns)
_WIRE: dict[str, tuple[str, tuple[str, ...]]] = {
    "choose": ("c", (_ID, _ID)),
    "toggle": ("t", (_ID, _ID)),
    "confirm": ("d", (_ID,)),
    "dont_know": ("u", (_ID,)),
    "skip": ("s", (_ID,)),
    "back": ("b", ()),
    "change": ("e", (_ID,)),
    "answers": ("a", ()),
    "why": ("w", (_ID,)),
    "summary": ("v", ()),
    "restart": ("r", ()),
    "language": ("l", (_LANG,)),
    "forget_yes": ("fy", ()),
    "forget_no": ("fn", ()),
    "check": ("k", (r"\d{1,20}",)),  # group /check button: the member it is meant for
    "group_setting": ("g", (r"public|quiet",)),  # group settings toggles (admins only)
    "group_language": ("gl", (_LANG,)),
    "remind": ("m", (r"\d{8}",)),  # "remind me on" that day (YYYYMMDD): checked against the answers when tapped
    "remind_cancel": ("mx", (r"\d{8}",)),
    "alerts_on": ("ra", ()),  # tell me if a rule change affects me
    "alerts_off": ("rx", ()),
}
_BY_PREFIX = {prefix: (op, args) for op, (prefix, args) in _WIRE.items()}


@dataclass(frozen=True)
class ButtonAction:
    op: Op
    args: tuple[str, ...] = ()

    def encode(self) -> str:
        prefix, patterns = _WIRE[self.op]
        if len(self.args) != len(patterns):
            raise ValueError(f"{self.op} takes {len(patterns)} arguments")
        data = ":".join((prefix, *self.args))
        if len(data.encode()) > MAX_CALLBACK_BYTES:
            raise ValueError(f"callback data over {MAX_CALLBACK_BYTES} bytes: {data!r}")
        return data


def decode(data: str | None) -> ButtonAction | None:
    """The action a button carries, or None for anything we did not produce."""
    if not data or len(data.encode()) > MAX_CALLBACK_BYTES:
        return None
    prefix, *args = data.split(":")
    found = _BY_PREFIX.get(prefix)
    if found is None:
        return None
    op, patterns = found
    if len(args) != len(patterns) or not all(re.fullmatch(p, a) for p, a in zip(patterns, args, strict=True)):
        return None
    return ButtonAction(op, tuple(args))  # type: ignore[arg-type]
