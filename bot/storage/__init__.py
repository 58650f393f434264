"""Session storage: the `SessionStore` interface and its SQLite implementation.

Sessions are opaque JSON text here; storage knows nothing about Telegram or the interview engine.
"""

from bot.storage.base import (
    DuplicateUpdateError,
    MigrationError,
    SessionStore,
    StaleSessionError,
    StorageError,
    StoredSession,
)
from bot.storage.chats import ChatSettings, ChatStore, StatCount, StatIncrement, StatsStore
from bot.storage.migrations import Migration, load_migrations
from bot.storage.sqlite import USER_KEYED_TABLES, SqliteSessionStore

__all__ = [
    "USER_KEYED_TABLES",
    "ChatSettings",
    "ChatStore",
    "DuplicateUpdateError",
    "Migration",
    "MigrationError",
    "SessionStore",
    "SqliteSessionStore",
    "StaleSessionError",
    "StatCount",
    "StatIncrement",
    "StatsStore",
    "StorageError",
    "StoredSession",
    "load_migrations",
]
