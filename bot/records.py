"""What the bot stores per person: the engine's session plus a little chat state, as one JSON document."""

from __future__ import annotations

from collections import OrderedDict
from datetime import date

from pydantic import BaseModel, ConfigDict, Field

from bot.storage import OpenQuestion
from conversations.rechecks import OutcomeSnapshot
from conversations.session import Session

RECORD_SCHEMA = 1


class Reminder(BaseModel):
    """A reminder the person asked for: on ``on``, tell them how their answers fare that day."""

    model_config = ConfigDict(frozen=True)

    on: date
    routes: tuple[str, ...]  # the routes their answers were expected to meet that day


class UserRecord(BaseModel):
    model_config = ConfigDict(frozen=True)

    schema_version: int = RECORD_SCHEMA
    session: Session
    language_chosen: bool = False  # the person picked a language (else it follows Telegram's)
    # The message showing the question not yet answered, to close its buttons once it is. Stored beside
    # the record (SessionStore.remember_question), never inside its JSON, so it changes no version.
    open_question: OpenQuestion | None = Field(default=None, exclude=True)
    completion_counted: bool = False  # the anonymous "completed" counter already includes this session
    reminders: tuple[Reminder, ...] = ()  # in date order, at most one per date
    # Opted in to rule-change re-checks: the outcome last told to the person (or when they opted in)
    rule_alerts: OutcomeSnapshot | None = None
    # Reminders or notices written here before they are sent (bot.effects.encode_replies), so that a crash
    # between the save and the sending loses none: they are sent, at least once, before anything new.
    undelivered: str | None = None

    def to_json(self) -> str:
        return self.model_dump_json(exclude_defaults=False)

    @classmethod
    def from_json(cls, text: str) -> UserRecord:
        return cls.model_validate_json(text)


class RecordCache:
    """Records recently read or written, by their exact stored JSON text, most recent kept.

    The text read back at the next update is the text just written, so the same immutable record
    object comes back: no JSON parsing, and the engine finds what it computed for its session (the
    path, the verdict) in its own caches. Keyed by the whole text, a hit can never be stale: a write
    by another instance stores other text. Bounded, so memory does not grow with the people who write;
    each entry knows whose it is, so that a person who asks to be forgotten leaves nothing here.
    """

    def __init__(self, size: int = 1_000) -> None:
        self._size = size
        self._records: OrderedDict[str, tuple[int, UserRecord]] = OrderedDict()

    def parse(self, text: str, user_id: int) -> UserRecord:
        """The record stored as ``text`` (ValueError if it cannot be read)."""
        found = self._records.get(text)
        if found is None or found[0] != user_id:
            record = UserRecord.from_json(text)
            self.put(text, record, user_id)
            return record
        self._records.move_to_end(text)
        return found[1]

    def put(self, text: str, record: UserRecord, user_id: int) -> None:
        self._records[text] = (user_id, record)
        self._records.move_to_end(text)
        if len(self._records) > self._size:
            self._records.popitem(last=False)

    def forget(self, user_id: int) -> list[UserRecord]:
        """Drop everything kept for this person (they asked to be forgotten); returns what was dropped."""
        texts = [text for text, (owner, _) in self._records.items() if owner == user_id]
        return [self._records.pop(text)[1] for text in texts]
