"""Wiring: content, catalogue, store and service, built once at start-up."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

from bot.config import Settings
from bot.service import ConversationService
from bot.storage import BotStore, PostgresAddress, PostgresSessionStore, SqliteSessionStore
from conversations.engine import Interview
from conversations.loading import load_content
from locales import load_catalog


def utc_now() -> datetime:
    return datetime.now(UTC)


def build_store(settings: Settings, *, clock: Callable[[], datetime] = utc_now) -> BotStore:
    """The store ``BOT_DATABASE`` names: PostgreSQL for a postgresql:// URL, else a SQLite file. Not opened."""
    if isinstance(settings.bot_database, PostgresAddress):
        return PostgresSessionStore(settings.bot_database, clock=clock)
    return SqliteSessionStore(settings.bot_database, clock=clock)


def build_service(settings: Settings, *, clock: Callable[[], datetime] = utc_now
                  ) -> tuple[ConversationService, BotStore]:
    catalog = load_catalog()
    interview = Interview(load_content(), languages=frozenset(catalog.codes))
    store = build_store(settings, clock=clock)
    service = ConversationService(interview, store, catalog, clock=clock,
                                  default_language=settings.bot_default_language,
                                  session_ttl_days=settings.bot_session_ttl_days, chats=store)
    return service, store
