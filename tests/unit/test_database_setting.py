"""BOT_DATABASE: a SQLite file's path (the default) or a PostgreSQL URL, whose password is never shown."""

from __future__ import annotations

from pathlib import Path

import pytest
from pydantic import ValidationError

from bot.composition import build_database
from bot.config import Settings
from bot.storage import PostgresAddress, PostgresSessionStore, SqliteSessionStore

PASSWORD = "pa55-w0rd-shown-nowhere"


def settings(**env: str) -> Settings:
    return Settings(_env_file=None, **env)  # type: ignore[call-arg]


def test_a_path_is_a_sqlite_file_as_before() -> None:
    assert settings().bot_database == Path("./data/bot.sqlite3")
    chosen = settings(BOT_DATABASE="/var/lib/bot/bot.sqlite3")
    assert chosen.bot_database == Path("/var/lib/bot/bot.sqlite3")
    assert isinstance(build_database(chosen), SqliteSessionStore)


def test_a_url_is_a_postgres_database_and_its_password_is_never_shown() -> None:
    chosen = settings(BOT_DATABASE=f"postgresql://bot:{PASSWORD}@db.example.org:6543/botdb")
    assert chosen.bot_database == PostgresAddress(host="db.example.org", port=6543, dbname="botdb", user="bot",
                                                  password=PASSWORD)
    store = build_database(chosen)
    assert isinstance(store, PostgresSessionStore)
    for shown in (repr(chosen), str(chosen), repr(chosen.bot_database), str(chosen.bot_database), repr(store),
                  chosen.model_dump_json()):
        assert PASSWORD not in shown, shown


@pytest.mark.parametrize("url", [
    f"postgresql://bot:{PASSWORD}@db.example.org:port/botdb",
    f"postgresql://bot:{PASSWORD}@db.example.org:5432/",
    f"postgresql://bot:{PASSWORD}@db.example.org:5432/botdb?options=x",
])
def test_a_malformed_url_is_refused_without_showing_it(url: str) -> None:
    with pytest.raises(ValidationError) as raised:
        settings(BOT_DATABASE=url)
    assert "BOT_DATABASE" in str(raised.value)
    assert PASSWORD not in str(raised.value)
