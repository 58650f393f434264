"""What the bot stores per person: the engine's session plus a little chat state, as one JSON document."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict

from conversations.session import Session

RECORD_SCHEMA = 1


class UserRecord(BaseModel):
    model_config = ConfigDict(frozen=True)

    schema_version: int = RECORD_SCHEMA
    session: Session
    language_chosen: bool = False  # the person picked a language (else it follows Telegram's)
    question_message_id: int | None = None  # the message showing the current question, to edit once answered
    question_id: str | None = None
    completion_counted: bool = False  # the anonymous "completed" counter already includes this session

    def to_json(self) -> str:
        return self.model_dump_json(exclude_defaults=False)

    @classmethod
    def from_json(cls, text: str) -> UserRecord:
        return cls.model_validate_json(text)
