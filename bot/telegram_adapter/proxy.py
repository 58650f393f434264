"""Which proxy, if any, the bot's Bot API calls go through.

``TELEGRAM_PROXY_URL`` wins; when it is unset, the standard environment variables apply to the Bot API
base URL as curl and Python's own ``urllib`` read them: ``HTTPS_PROXY`` (``HTTP_PROXY`` for an ``http://``
base URL), then ``ALL_PROXY``, unless ``NO_PROXY`` names the host (each also in lower case).

A proxy URL may carry a user name and a password, so nothing here ever puts the URL itself in a
``repr``, a log line or an error message: only its scheme, host and port.
"""

from __future__ import annotations

import urllib.request
from dataclasses import dataclass, field
from urllib.parse import unquote, urlsplit

__all__ = ["SCHEMES", "ProxyURL", "environment_proxy", "parse_proxy_url"]

# socks5: the bot resolves the Bot API's host name itself and sends the proxy an address;
# socks5h: the proxy resolves it (what a bot whose local DNS is filtered needs).
SCHEMES = ("http", "https", "socks5", "socks5h")
DEFAULT_PORTS = {"http": 80, "https": 443, "socks5": 1080, "socks5h": 1080}


@dataclass(frozen=True, repr=False)
class ProxyURL:
    """A parsed proxy URL. ``str`` and ``repr`` show ``scheme://host:port`` and never the credentials."""

    scheme: str
    host: str
    port: int
    username: str | None = field(default=None, compare=False)
    password: str | None = field(default=None, compare=False)

    @property
    def address(self) -> str:
        """``host:port`` (IPv6 hosts in brackets): what error messages name."""
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"{host}:{self.port}"

    def __str__(self) -> str:
        return f"{self.scheme}://{self.address}"

    def __repr__(self) -> str:
        credentials = ", with credentials" if self.username or self.password else ""
        return f"ProxyURL({self}{credentials})"


def parse_proxy_url(text: str, *, source: str = "TELEGRAM_PROXY_URL", default_scheme: str | None = None) -> ProxyURL:
    """Parses ``scheme://[user[:password]@]host[:port]``; ``ValueError`` names ``source``, never the URL.

    ``default_scheme`` is for environment variables, which by custom may omit ``http://``.
    """
    text = text.strip()
    if default_scheme is not None and "://" not in text:
        text = f"{default_scheme}://{text}"
    try:
        parts = urlsplit(text)
        scheme = parts.scheme.lower()
        host = parts.hostname
        port = parts.port
    except ValueError:  # a port that is not a number, an unclosed IPv6 bracket
        raise ValueError(f"{source} is not a valid proxy URL (expected scheme://[user:password@]host:port)") from None
    if scheme not in SCHEMES:
        raise ValueError(f"{source} must start with one of {', '.join(s + '://' for s in SCHEMES)}")
    if not host:
        raise ValueError(f"{source} has no proxy host (expected scheme://[user:password@]host:port)")
    if parts.path not in ("", "/") or parts.query or parts.fragment:
        raise ValueError(f"{source} must be only scheme://[user:password@]host:port, with no path")
    username = unquote(parts.username) if parts.username else None
    password = unquote(parts.password) if parts.password else None
    return ProxyURL(scheme, host, port or DEFAULT_PORTS[scheme], username, password)


def environment_proxy(base_url: str) -> ProxyURL | None:
    """The proxy the standard variables give for ``base_url``, or ``None`` (unset, or ``NO_PROXY``)."""
    target = urlsplit(base_url)
    scheme = (target.scheme or "https").lower()
    host = target.hostname or ""
    proxies = urllib.request.getproxies_environment()  # upper and lower case; lower case wins
    for key in (scheme, "all"):
        value = proxies.get(key)
        if not value:
            continue
        netloc = f"{host}:{target.port}" if target.port else host
        # Public in urllib.request (it backs proxy_bypass), though typeshed leaves it out.
        if urllib.request.proxy_bypass_environment(netloc, proxies):  # type: ignore[attr-defined]
            return None
        variable = f"{key.upper()}_PROXY"
        return parse_proxy_url(value, source=f"{variable} (or {variable.lower()})", default_scheme="http")
    return None
