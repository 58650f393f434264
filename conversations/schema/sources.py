"""The sources registry: every criterion and parameter cites entries of it."""

from __future__ import annotations

from datetime import date

from pydantic import AnyHttpUrl

from conversations.schema.common import Confidence, MessageId, Strict


class Source(Strict):
    title: MessageId  # translated descriptive title, in locales/
    official_title: str | None = None  # the document's own name, e.g. 外专发〔2017〕40号
    issuer: MessageId
    date: date
    url: AnyHttpUrl | None = None
    confidence: Confidence
