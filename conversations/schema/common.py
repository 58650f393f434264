"""Types shared by the content models."""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated

from pydantic import BaseModel, ConfigDict, StringConstraints

Identifier = Annotated[str, StringConstraints(pattern=r"^[a-z][a-z0-9_]*$", max_length=48)]
MessageId = Annotated[str, StringConstraints(pattern=r"^[a-z][a-z0-9-]*$", max_length=80)]


class Confidence(StrEnum):
    """How sure the research is of a fact (see the sources registry)."""

    CONFIRMED = "confirmed"  # read in an official or primary text
    SECONDARY = "secondary"  # read only in secondary sources
    UNCONFIRMED = "unconfirmed"  # from memory or inference: treat as a gap


class Strict(BaseModel):
    """Base for content models: unknown keys are errors, so a typo in a file cannot pass silently."""

    model_config = ConfigDict(extra="forbid", frozen=True)
