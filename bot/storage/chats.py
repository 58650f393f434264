"""Group and channel settings, and anonymous counters: the two small interfaces beside sessions."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal, Protocol

ChatKind = Literal["group", "supergroup", "channel"]


@dataclass(frozen=True)
class ChatSettings:
    chat_id: int
    kind: ChatKind
    title: str
    language: str
    public_commands: bool = True
    quiet: bool = False
    bot_status: str = "member"


@dataclass(frozen=True)
class StatIncrement:
    metric: str  # started | completed
    dimension: str  # source | language | outcome
    value: str


@dataclass(frozen=True)
class StatCount:
    metric: str
    dimension: str
    value: str
    count: int


class ChatStore(Protocol):
    async def get_chat(self, chat_id: int) -> ChatSettings | None: ...

    async def put_chat(self, settings: ChatSettings) -> None: ...

    async def delete_chat(self, chat_id: int) -> bool: ...


class StatsStore(Protocol):
    async def stats(self) -> list[StatCount]: ...
