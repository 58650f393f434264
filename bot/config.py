"""Configuration from environment variables and an optional ``.env`` file (pydantic-settings).

The token, the proxy URL (which may hold a password) and the encryption key are ``SecretStr``s: they never
appear in ``repr``, logs or error messages. ``BOT_DATABASE`` is a SQLite file's path or a PostgreSQL URL; the
URL is parsed into a `PostgresAddress`, whose password is kept out of ``repr`` too.
"""

from __future__ import annotations

import base64
import binascii
import re
from enum import StrEnum
from pathlib import Path
from typing import Annotated
from urllib.parse import urlsplit

from pydantic import Field, SecretStr, field_serializer, field_validator, model_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

from bot.storage.postgres_address import PostgresAddress, is_postgres_url, parse_postgres_url
from bot.telegram_adapter.proxy import ProxyURL, environment_proxy, parse_proxy_url

TELEGRAM_API = "https://api.telegram.org/bot"
_LOOPBACK = frozenset({"127.0.0.1", "localhost", "::1"})


class Mode(StrEnum):
    POLLING = "polling"
    WEBHOOK = "webhook"


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env", env_file_encoding="utf-8", extra="ignore",
                                      hide_input_in_errors=True)

    telegram_bot_token: SecretStr | None = Field(default=None, alias="TELEGRAM_BOT_TOKEN")
    telegram_api_base_url: str = Field(default=TELEGRAM_API, alias="TELEGRAM_API_BASE_URL")
    telegram_proxy_url: SecretStr | None = Field(default=None, alias="TELEGRAM_PROXY_URL")
    # A SQLite file (the default) or postgresql://user:password@host:port/dbname.
    bot_database: Path | PostgresAddress = Field(default=Path("./data/bot.sqlite3"), alias="BOT_DATABASE")
    bot_mode: Mode = Field(default=Mode.POLLING, alias="BOT_MODE")
    bot_webhook_url: str | None = Field(default=None, alias="BOT_WEBHOOK_URL")
    bot_webhook_secret: SecretStr | None = Field(default=None, alias="BOT_WEBHOOK_SECRET")
    # The local path the webhook server listens on, when a reverse proxy rewrites the public URL's path.
    bot_webhook_path: str | None = Field(default=None, alias="BOT_WEBHOOK_PATH")
    bot_listen: str = Field(default="127.0.0.1", alias="BOT_LISTEN")
    bot_port: int = Field(default=8443, ge=1, le=65535, alias="BOT_PORT")
    bot_default_language: str = Field(default="en", alias="BOT_DEFAULT_LANGUAGE")
    bot_admin_ids: Annotated[frozenset[int], NoDecode] = Field(default=frozenset(), alias="BOT_ADMIN_IDS")
    bot_session_ttl_days: int = Field(default=180, ge=1, le=3650, alias="BOT_SESSION_TTL_DAYS")
    bot_drop_pending_updates: bool = Field(default=False, alias="BOT_DROP_PENDING_UPDATES")
    bot_log_level: str = Field(default="INFO", alias="BOT_LOG_LEVEL")
    # The key that encrypts the answers at rest (base64 of 32 random bytes); when unset, the key file.
    bot_encryption_key: SecretStr | None = Field(default=None, alias="BOT_ENCRYPTION_KEY")
    # Where the keys are kept when BOT_ENCRYPTION_KEY is unset; default: bot.key beside the database.
    bot_encryption_key_file: Path | None = Field(default=None, alias="BOT_ENCRYPTION_KEY_FILE")
    # Updates of one person waiting or running at once; more are dropped with one polite answer.
    bot_queue_per_person: int = Field(default=10, ge=1, le=1000, alias="BOT_QUEUE_PER_PERSON")
    # Updates of one person admitted per minute; more are dropped with one polite answer.
    bot_messages_per_minute: int = Field(default=60, ge=1, le=10_000, alias="BOT_MESSAGES_PER_MINUTE")
    # The rules data (questions, routes, dated figures); default: the content shipped in conversations/content/china.
    # A new folder deployed here is a new content version: people with rule alerts are re-checked against it.
    bot_content_dir: Path | None = Field(default=None, alias="BOT_CONTENT_DIR")
    # Reminders and rule-change notices sent in the background, at most this many a second (Telegram allows
    # about 30 a second to different chats in all; the rest is left to interactive replies).
    bot_follow_ups_per_second: float = Field(default=5.0, gt=0, le=30, alias="BOT_FOLLOW_UPS_PER_SECOND")
    # FOR TESTS ONLY: a file holding the date and time the bot takes as "now" (ISO 8601, e.g. 2027-10-19T09:00Z),
    # read again at every look at the clock, so a test can move time forward while the bot runs. Refused in
    # webhook mode and with any Bot API address other than this machine's.
    bot_test_clock_file: Path | None = Field(default=None, alias="BOT_TEST_CLOCK_FILE")

    @field_validator("bot_admin_ids", mode="before")
    @classmethod
    def _split_ids(cls, value: object) -> object:
        if isinstance(value, str):
            parts = [p for p in value.replace(";", ",").replace(" ", ",").split(",") if p]
            try:
                return frozenset(int(p) for p in parts)
            except ValueError:
                raise ValueError("BOT_ADMIN_IDS must be Telegram user ids separated by commas") from None
        if isinstance(value, int):
            return frozenset({value})
        return value

    @field_validator("bot_database", mode="before")
    @classmethod
    def _database_kind(cls, value: object) -> object:
        if isinstance(value, str) and is_postgres_url(value):
            return parse_postgres_url(value)  # its ValueError never repeats the URL
        if isinstance(value, str):
            return Path(value)
        return value

    @field_serializer("bot_database")
    def _database_shown(self, value: Path | PostgresAddress) -> str:
        """A dump of the settings shows the path, or the URL without its password."""
        return str(value)

    @field_validator("telegram_bot_token", "telegram_proxy_url", "bot_encryption_key", "bot_encryption_key_file",
                     "bot_test_clock_file",
                     "bot_content_dir", mode="before")
    @classmethod
    def _empty_is_unset(cls, value: object) -> object:
        return None if value == "" else value

    @field_validator("telegram_proxy_url")
    @classmethod
    def _proxy_shape(cls, value: SecretStr | None) -> SecretStr | None:
        if value is not None:
            parse_proxy_url(value.get_secret_value())  # ValueError names the setting, never the URL
        return value

    @field_validator("telegram_bot_token")
    @classmethod
    def _token_shape(cls, value: SecretStr | None) -> SecretStr | None:
        if value is not None:
            token = value.get_secret_value()
            number, _, secret = token.partition(":")
            if not number.isdigit() or not secret:
                raise ValueError("TELEGRAM_BOT_TOKEN looks wrong: @BotFather gives one like 123456789:AA...")
        return value

    @field_validator("bot_webhook_path")
    @classmethod
    def _path_shape(cls, value: str | None) -> str | None:
        if value is not None and not re.fullmatch(r"/?[A-Za-z0-9._~!$&'()*+,;=:@%/-]*", value):
            raise ValueError("BOT_WEBHOOK_PATH must be a URL path such as /tg/hook")
        return value

    @model_validator(mode="after")
    def _webhook_needs(self) -> Settings:
        if self.bot_mode is Mode.WEBHOOK:
            if not self.bot_webhook_url:
                raise ValueError("BOT_MODE=webhook needs BOT_WEBHOOK_URL (the public https address)")
            parts = urlsplit(self.bot_webhook_url)
            if parts.scheme not in ("http", "https") or not parts.hostname or parts.query or parts.fragment:
                raise ValueError("BOT_WEBHOOK_URL must be an address such as https://your.host/tg/hook")
            secret = self.bot_webhook_secret.get_secret_value() if self.bot_webhook_secret else ""
            if not (1 <= len(secret) <= 256) or not all(c.isalnum() or c in "_-" for c in secret):
                raise ValueError("BOT_MODE=webhook needs BOT_WEBHOOK_SECRET: 1-256 characters of A-Z a-z 0-9 _ -")
        return self

    @model_validator(mode="after")
    def _test_clock_only_in_tests(self) -> Settings:
        if self.bot_test_clock_file is None:
            return self
        if self.bot_mode is Mode.WEBHOOK:
            raise ValueError("BOT_TEST_CLOCK_FILE is for tests only and is refused in webhook mode")
        if self.telegram_bot_token is not None and urlsplit(self.telegram_api_base_url).hostname not in _LOOPBACK:
            raise ValueError("BOT_TEST_CLOCK_FILE is for tests only: it is refused unless TELEGRAM_API_BASE_URL is "
                             "a fake Bot API server on this machine (127.0.0.1 or localhost)")
        return self

    @model_validator(mode="after")
    def _environment_proxy_shape(self) -> Settings:
        # Only for the Telegram bot: a developer's odd proxy variables must not stop the terminal mode.
        if self.telegram_bot_token is not None:
            self.telegram_proxy()
        return self

    def telegram_proxy(self) -> ProxyURL | None:
        """The proxy for every Bot API call: ``TELEGRAM_PROXY_URL``, else the standard environment
        variables for the base URL (``HTTPS_PROXY``/``HTTP_PROXY``, ``ALL_PROXY``, ``NO_PROXY``), else none."""
        if self.telegram_proxy_url is not None:
            return parse_proxy_url(self.telegram_proxy_url.get_secret_value())
        return environment_proxy(self.telegram_api_base_url)

    @field_validator("bot_encryption_key")
    @classmethod
    def _key_shape(cls, value: SecretStr | None) -> SecretStr | None:
        if value is not None:
            try:
                secret = base64.b64decode(value.get_secret_value().strip(), validate=True)
            except (binascii.Error, ValueError):
                secret = b""
            if len(secret) != 32:
                raise ValueError("BOT_ENCRYPTION_KEY must be base64 of 32 random bytes "
                                 "(e.g. the output of: openssl rand -base64 32)")
        return value

    @property
    def encryption_key_file(self) -> Path:
        """BOT_ENCRYPTION_KEY_FILE, or ``bot.key`` in the database's folder."""
        if self.bot_encryption_key_file is not None:
            return self.bot_encryption_key_file
        folder = self.bot_database.parent if isinstance(self.bot_database, Path) else Path("./data")
        return folder / "bot.key"

    @property
    def base_url(self) -> str:
        """PTB's base_url: requests go to ``{base_url}{token}/{method}``."""
        return self.telegram_api_base_url
