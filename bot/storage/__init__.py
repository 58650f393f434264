"""Session storage: the `SessionStore` interface and its SQLite and PostgreSQL implementations.

Sessions are opaque JSON text here; storage knows nothing about Telegram or the interview engine.
"""

from bot.storage.base import (
    BotStore,
    ClaimedFollowUp,
    FollowUp,
    InboxEntry,
    MigrationError,
    OpenQuestion,
    SaveOutcome,
    SessionStore,
    StorageError,
    StoredSession,
    follow_up_backoff,
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
    "ClaimedFollowUp",
    "FollowUp",
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
    "follow_up_backoff",
    "load_migrations",
    "parse_postgres_url",
]
