"""Wiring: content, catalogue, store and service, built once at start-up."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from functools import partial

from bot.config import Settings
from bot.service import ConversationService
from bot.storage import BotStore, PostgresAddress, PostgresSessionStore, SessionStore, SqliteSessionStore
from bot.storage.encrypted import EncryptedSessionStore
from bot.storage.keys import configured_keys, create_key_file
from conversations.engine import Interview
from conversations.loading import load_content
from locales import load_catalog


def utc_now() -> datetime:
    return datetime.now(UTC)


def build_database(settings: Settings, *, clock: Callable[[], datetime] = utc_now) -> BotStore:
    """The database ``BOT_DATABASE`` names: PostgreSQL for a postgresql:// URL, else a SQLite file. Not opened.
    The one place that picks the store, for the bot and for rotate-key."""
    if isinstance(settings.bot_database, PostgresAddress):
        return PostgresSessionStore(settings.bot_database, clock=clock)
    return SqliteSessionStore(settings.bot_database, clock=clock)


def encrypted_sessions(settings: Settings, database: SessionStore) -> EncryptedSessionStore:
    """The sessions, encrypted, over ``database``. The keys are read here; they are checked against the
    data, and a key file is created for a database without encrypted data, when the store opens."""
    keys = configured_keys(settings.bot_encryption_key, settings.encryption_key_file)
    create = None if settings.bot_encryption_key is not None else partial(create_key_file,
                                                                          settings.encryption_key_file)
    return EncryptedSessionStore(database, keys, create_keys=create)


def build_service(settings: Settings, *, clock: Callable[[], datetime] = utc_now
                  ) -> tuple[ConversationService, EncryptedSessionStore, BotStore]:
    """The service, its (encrypted) session store, and the database underneath for the groups' settings
    and the anonymous counts. Opening and closing the session store opens and closes the database."""
    catalog = load_catalog()
    content = load_content(settings.bot_content_dir) if settings.bot_content_dir else load_content()
    interview = Interview(content, languages=frozenset(catalog.codes))
    # The groups' settings and the anonymous counts hold nothing personal: they use the database as is.
    database = build_database(settings, clock=clock)
    store = encrypted_sessions(settings, database)
    service = ConversationService(interview, store, catalog, clock=clock,
                                  default_language=settings.bot_default_language,
                                  session_ttl_days=settings.bot_session_ttl_days, chats=database,
                                  follow_ups=settings.telegram_bot_token is not None)
    return service, store, database
