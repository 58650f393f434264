"""python-telegram-bot's network layer on aiohttp (PTB's documented extension point, ``BaseRequest``).

Why aiohttp and not PTB's default ``HTTPXRequest``: it costs less CPU per Bot API call (bench/README.md),
and ``aiohttp-socks`` gives one code path for HTTP CONNECT and SOCKS5 proxies.

What it guarantees:

* **Keep-alive**: one connection pool per request object, connections reused between calls.
* **No resending**: a request that may have reached the server is never sent again. PTB sends every
  Bot API call as a POST, and aiohttp retries a request on a reused connection that closed only for
  idempotent methods (GET, PUT, ...), never for a POST; we add no retry of our own. A closed
  connection is a ``NetworkError``; whoever called decides whether to try again.
* **Bounded answers**: response header lines and fields are limited by aiohttp's parser, the body by
  ``max_response_bytes`` (checked on ``Content-Length`` and while reading, decompressed size included).
* **No secrets in errors**: messages name at most a host and a port, never the URL (it holds the bot
  token) nor the proxy's credentials.
"""

from __future__ import annotations

import json
import logging
import os
import ssl
from typing import cast
from urllib.parse import urlsplit

import aiohttp
import aiohttp_socks
from telegram.error import NetworkError, TelegramError, TimedOut
from telegram.request import BaseRequest, RequestData

from bot.config import Settings
from bot.telegram_adapter.proxy import ProxyURL

__all__ = ["MAX_HEADER_FIELD_BYTES", "MAX_RESPONSE_BYTES", "AiohttpRequest", "telegram_requests"]

log = logging.getLogger(__name__)

# The largest Bot API answer is a getUpdates of 100 updates; file downloads (GET) are at most 20 MB on
# Telegram's own server. Beyond this, an answer is refused rather than held in memory.
MAX_RESPONSE_BYTES = 32 * 1024 * 1024
MAX_HEADER_FIELD_BYTES = 8190  # per header line and per field: aiohttp's own default, stated here
_JSON_HEADERS = {"Content-Type": "application/json"}


class AiohttpRequest(BaseRequest):
    """``BaseRequest`` on an ``aiohttp.ClientSession``, directly or through ``proxy``.

    Timeouts in seconds, ``None`` for no limit. aiohttp has no write timeout: for uploads,
    ``media_write_timeout`` (or the call's ``write_timeout``) extends the read timeout, which runs from
    the request sent to each read of the answer; a JSON body is small and its write is not timed apart.
    ``pool_timeout`` and ``connect_timeout`` together bound the wait for a connection (aiohttp counts
    both in one).
    """

    def __init__(self, *, connection_pool_size: int = 64, proxy: ProxyURL | None = None,
                 read_timeout: float | None = 5.0,
                 connect_timeout: float | None = 5.0, pool_timeout: float | None = 1.0,
                 media_write_timeout: float | None = 20.0, max_response_bytes: int = MAX_RESPONSE_BYTES) -> None:
        self._pool_size = connection_pool_size
        self._proxy = proxy
        self._read_timeout = read_timeout
        self._connect_timeout = connect_timeout
        self._pool_timeout = pool_timeout
        self._media_write_timeout = media_write_timeout
        self._max_response_bytes = max_response_bytes
        self._session: aiohttp.ClientSession | None = None

    def __repr__(self) -> str:
        return f"AiohttpRequest(pool={self._pool_size}, proxy={self._proxy!r})"

    @property
    def proxy(self) -> ProxyURL | None:
        return self._proxy

    @property
    def read_timeout(self) -> float | None:
        return self._read_timeout

    async def initialize(self) -> None:
        if self._session is not None and not self._session.closed:
            return
        connector: aiohttp.TCPConnector
        proxy = self._proxy
        if proxy is None:
            connector = aiohttp.TCPConnector(limit=self._pool_size, ttl_dns_cache=300)
        else:
            connector = aiohttp_socks.ProxyConnector(
                host=proxy.host, port=proxy.port,
                proxy_type=aiohttp_socks.ProxyType.HTTP if proxy.scheme in ("http", "https")
                else aiohttp_socks.ProxyType.SOCKS5,
                username=proxy.username, password=proxy.password,
                rdns=proxy.scheme == "socks5h",
                proxy_ssl=ssl.create_default_context() if proxy.scheme == "https" else None,
                limit=self._pool_size)
        self._session = aiohttp.ClientSession(
            connector=connector, headers={"User-Agent": self.USER_AGENT}, trust_env=False,
            max_line_size=MAX_HEADER_FIELD_BYTES, max_field_size=MAX_HEADER_FIELD_BYTES)

    async def shutdown(self) -> None:
        session, self._session = self._session, None
        if session is not None and not session.closed:
            await session.close()

    @staticmethod
    def _timeout(read: float | None, connect: float | None, pool: float | None) -> aiohttp.ClientTimeout:
        wait = None if connect is None or pool is None else connect + pool
        return aiohttp.ClientTimeout(total=None, connect=wait, sock_connect=connect, sock_read=read)

    async def do_request(  # timeouts typed ``object``: PTB's default-value type is private, and wider is allowed
        self,
        url: str,
        method: str,
        request_data: RequestData | None = None,
        read_timeout: object = BaseRequest.DEFAULT_NONE,
        write_timeout: object = BaseRequest.DEFAULT_NONE,
        connect_timeout: object = BaseRequest.DEFAULT_NONE,
        pool_timeout: object = BaseRequest.DEFAULT_NONE,
    ) -> tuple[int, bytes]:
        session = self._session
        if session is None or session.closed:
            raise RuntimeError("AiohttpRequest is not initialized")
        read = _seconds(read_timeout, self._read_timeout)
        connect = _seconds(connect_timeout, self._connect_timeout)
        pool = _seconds(pool_timeout, self._pool_timeout)
        data: bytes | aiohttp.FormData | None = None
        headers: dict[str, str] | None = None
        if request_data is not None:
            if request_data.contains_files:
                data = aiohttp.FormData(quote_fields=False)  # names and filenames as UTF-8, as httpx sends them
                for name, value in request_data.json_parameters.items():
                    data.add_field(name, value)
                for name, (filename, content, mime_type) in request_data.multipart_data.items():
                    data.add_field(name, content, filename=filename, content_type=mime_type)
                write = _seconds(write_timeout, self._media_write_timeout)
                read = None if read is None or write is None else read + write
            else:
                data = request_data.json_payload
                headers = _JSON_HEADERS
        try:
            async with session.request(method, url, data=data, headers=headers,
                                       timeout=self._timeout(read, connect, pool)) as response:
                return response.status, await self._read_body(response)
        except aiohttp.ConnectionTimeoutError as error:
            raise TimedOut(f"Timed out connecting to {self._where(url)}") from error
        except TimeoutError as error:  # aiohttp's read timeout (ServerTimeoutError) is one
            raise TimedOut("Timed out waiting for the Bot API's answer") from error
        except aiohttp_socks.ProxyTimeoutError as error:
            raise TimedOut(f"Timed out connecting through the proxy {self._proxy}") from error
        except aiohttp_socks.ProxyConnectionError as error:
            raise NetworkError(f"Cannot connect to the proxy {self._proxy}: {_os_reason(error)}") from error
        except aiohttp_socks.ProxyError as error:
            code = f" (code {error.error_code})" if error.error_code is not None else ""
            raise NetworkError(f"The proxy {self._proxy} did not open a connection to the Bot API{code}"
                               ) from error
        except aiohttp.ClientConnectorError as error:
            raise NetworkError(f"Cannot connect to {error.host}:{error.port}: {_os_reason(error)}") from error
        except aiohttp.ServerDisconnectedError as error:
            raise NetworkError("The Bot API server closed the connection before answering "
                               "(the request may have been received: it is not sent again)") from error
        except aiohttp.ClientResponseError as error:  # str() would hold the URL; .message does not
            raise NetworkError(f"Invalid answer from the Bot API: {error.message}") from error
        except aiohttp.InvalidURL as error:
            raise NetworkError("Invalid Bot API URL") from error
        except aiohttp.ClientError as error:
            raise NetworkError(f"{type(error).__name__} talking to the Bot API") from error

    async def _read_body(self, response: aiohttp.ClientResponse) -> bytes:
        limit = self._max_response_bytes
        length = response.content_length
        if length is not None and length > limit:
            raise NetworkError(f"The Bot API's answer is too large ({length} bytes; the limit is {limit})")
        chunks: list[bytes] = []
        size = 0
        while chunk := await response.content.readany():
            size += len(chunk)
            if size > limit:
                raise NetworkError(f"The Bot API's answer is too large (over {limit} bytes)")
            chunks.append(chunk)
        return chunks[0] if len(chunks) == 1 else b"".join(chunks)

    def _where(self, url: str) -> str:
        if self._proxy is not None:
            return f"the proxy {self._proxy}"
        parts = urlsplit(url)
        return f"{parts.hostname}:{parts.port or (443 if parts.scheme == 'https' else 80)}"

    @staticmethod
    def parse_json_payload(payload: bytes) -> dict[str, object]:
        """As the base class, but an answer that is not JSON is logged by its size, not its content
        (answers hold what people typed)."""
        try:
            return cast(dict[str, object], json.loads(payload.decode("utf-8", "replace")))
        except ValueError as exc:
            log.error("Can not load invalid JSON data (%d bytes)", len(payload))
            raise TelegramError("Invalid server response") from exc


def _seconds(value: object, default: float | None) -> float | None:
    if value is BaseRequest.DEFAULT_NONE:
        return default
    if value is None or isinstance(value, (int, float)):
        return value
    raise TypeError(f"a timeout is a number of seconds or None, not {type(value).__name__}")


def _os_reason(error: BaseException) -> str:
    """The operating system's reason (``Connection refused``...), never a URL or credentials."""
    cause: BaseException | None = error
    while cause is not None:
        if isinstance(cause, OSError) and cause.errno:
            return os.strerror(cause.errno)
        cause = cause.__cause__ or cause.__context__
    return type(error).__name__


def telegram_requests(settings: Settings) -> tuple[AiohttpRequest, AiohttpRequest]:
    """PTB's two request objects from the settings: (API calls, getUpdates), both through the same proxy.

    ``ValueError`` (never showing a credential) if a proxy environment variable is not a valid proxy URL.
    """
    proxy = settings.telegram_proxy()
    if proxy is not None:
        log.info("Bot API calls go through the proxy %s", proxy)
    return (AiohttpRequest(connection_pool_size=64, proxy=proxy),
            AiohttpRequest(connection_pool_size=2, proxy=proxy, read_timeout=30.0))
