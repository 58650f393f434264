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
from bot.storage.migrations import Migration, load_migrations
from bot.storage.sqlite import USER_KEYED_TABLES, SqliteSessionStore

__all__ = [
    "USER_KEYED_TABLES",
    "DuplicateUpdateError",
    "Migration",
    "MigrationError",
    "SessionStore",
    "SqliteSessionStore",
    "StaleSessionError",
    "StorageError",
    "StoredSession",
    "load_migrations",
]
