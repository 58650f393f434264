"""Where a PostgreSQL database is: ``postgresql://user:password@host:port/dbname``, parsed once.

The password is kept out of ``repr`` and ``str``: what is shown anywhere (logs, errors, the settings'
``repr``) is `PostgresAddress.display`, ``postgresql://user@host:port/dbname``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Final, Literal
from urllib.parse import parse_qsl, unquote, urlsplit

SCHEMES: Final = ("postgresql", "postgres")
DEFAULT_PORT: Final = 5432
SslMode = Literal["disable", "allow", "prefer", "require", "verify-ca", "verify-full"]
SSL_MODES: Final[tuple[SslMode, ...]] = ("disable", "allow", "prefer", "require", "verify-ca", "verify-full")


def is_postgres_url(text: str) -> bool:
    return text.split("://", 1)[0].lower() in SCHEMES and "://" in text


@dataclass(frozen=True)
class PostgresAddress:
    """A database on a PostgreSQL server, with the credentials to log in."""

    host: str
    port: int
    dbname: str
    user: str
    password: str | None = field(default=None, repr=False)  # never shown: see `display`
    sslmode: SslMode | None = None  # the URL's ?sslmode=..., else the driver's default ("prefer")

    @property
    def display(self) -> str:
        """The address without the password, for messages."""
        return f"postgresql://{self.user}@{self.location}"

    @property
    def location(self) -> str:
        """host:port/dbname."""
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"{host}:{self.port}/{self.dbname}"

    def __str__(self) -> str:
        return self.display


def parse_postgres_url(url: str) -> PostgresAddress:
    """Parse ``postgresql://user[:password]@host[:port]/dbname[?sslmode=...]``; ValueError if malformed.

    The error messages never repeat the URL (it holds the password). Percent-encoded parts are decoded,
    so a password with ``@`` or ``/`` is written ``%40`` / ``%2F``.
    """
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError:
        raise ValueError("the PostgreSQL URL is malformed (its port must be a number)") from None
    if parts.scheme.lower() not in SCHEMES:
        raise ValueError("a PostgreSQL URL starts with postgresql://")
    if not parts.hostname:
        raise ValueError("the PostgreSQL URL needs a host: postgresql://user:password@host:port/dbname")
    dbname = unquote(parts.path.removeprefix("/"))
    if not dbname or "/" in dbname:
        raise ValueError("the PostgreSQL URL needs a database name: postgresql://user:password@host:port/dbname")
    if not parts.username:
        raise ValueError("the PostgreSQL URL needs a user name: postgresql://user:password@host:port/dbname")
    if parts.fragment:
        raise ValueError("the PostgreSQL URL must not have a #fragment")
    sslmode: SslMode | None = None
    for key, value in parse_qsl(parts.query, keep_blank_values=True):
        if key != "sslmode":
            raise ValueError("the PostgreSQL URL takes only one option, sslmode")
        matched = [mode for mode in SSL_MODES if mode == value]
        if not matched:
            raise ValueError(f"sslmode must be one of {', '.join(SSL_MODES)}")
        sslmode = matched[0]
    return PostgresAddress(
        host=parts.hostname,
        port=port if port is not None else DEFAULT_PORT,
        dbname=dbname,
        user=unquote(parts.username),
        password=unquote(parts.password) if parts.password is not None else None,
        sslmode=sslmode,
    )
