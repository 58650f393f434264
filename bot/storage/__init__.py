"""Session storage: the `SessionStore` interface and its SQLite and PostgreSQL implementations.

Sessions are opaque JSON text here; storage knows nothing about Telegram or the interview engine.
"""

from bot.storage.base import (
    BotStore,
    InboxEntry,
    MigrationError,
    OpenQuestion,
    SaveOutcome,
    SessionStore,
    StorageError,
    StoredSession,
)
from bot.storage.chats import ChatSettings, ChatStore, StatCount, StatIncrement, StatsStore
from bot.storage.migrations import Migration, load_migrations
from bot.storage.postgres import POSTGRES_USER_KEYED_TABLES, PostgresSessionStore
from bot.storage.postgres_address import PostgresAddress, parse_postgres_url
from bot.storage.sqlite import USER_KEYED_TABLES, SqliteSessionStore

__all__ = [
    "POSTGRES_USER_KEYED_TABLES",
    "USER_KEYED_TABLES",
    "BotStore",
    "ChatSettings",
    "ChatStore",
    "InboxEntry",
    "Migration",
    "MigrationError",
    "OpenQuestion",
    "PostgresAddress",
    "PostgresSessionStore",
    "SaveOutcome",
    "SessionStore",
    "SqliteSessionStore",
    "StatCount",
    "StatIncrement",
    "StatsStore",
    "StorageError",
    "StoredSession",
    "load_migrations",
    "parse_postgres_url",
]
