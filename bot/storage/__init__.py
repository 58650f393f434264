"""Session storage: the `SessionStore` interface and its SQLite implementation.

Sessions are opaque JSON text here; storage knows nothing about Telegram or the interview engine.
"""

from bot.storage.base import (
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
from bot.storage.sqlite import USER_KEYED_TABLES, SqliteSessionStore

__all__ = [
    "USER_KEYED_TABLES",
    "ChatSettings",
    "ChatStore",
    "InboxEntry",
    "Migration",
    "MigrationError",
    "OpenQuestion",
    "SaveOutcome",
    "SessionStore",
    "SqliteSessionStore",
    "StatCount",
    "StatIncrement",
    "StatsStore",
    "StorageError",
    "StoredSession",
    "load_migrations",
]
