"""python-telegram-bot's network layer on our own keep-alive HTTP/1.1 client (PTB's extension point, ``BaseRequest``).

A button press makes three or four Bot API calls (the long poll, the answer to the button, the edit of
the answered question, the next question), so the client's CPU per call counts. Client CPU per
``sendMessage``-like call through ``BaseRequest.post`` (PTB's request handling and JSON included),
measured with ``bench/bench_http.py`` (server in another process, loopback; AMD EPYC, 2 cores, Python
3.11.7; default asyncio loop / uvloop): PTB's default httpx 1.44 / 1.31 ms, our previous aiohttp layer
0.37 / 0.32 ms, this one 0.16 / 0.15 ms. The client alone (``KeepAliveClient``: asyncio protocols, httptools)
costs 0.10 / 0.08 ms of that, most of it the event loop and the socket system calls.

Requests go as one JSON body (``RequestData.json_payload``); uploads as ``multipart/form-data`` built
here; answers are decoded with orjson. Error messages never contain the URL: it holds the bot token.
"""

from __future__ import annotations

import json
import logging
import secrets
from typing import cast

import orjson
from telegram._utils.defaultvalue import DefaultValue
from telegram._utils.types import JSONDict, ODVInput, UploadFileDict
from telegram.error import NetworkError, TelegramError, TimedOut
from telegram.request import BaseRequest, RequestData

from bot.telegram_adapter.http_client import InvalidResponse, KeepAliveClient, PoolTimeout

__all__ = ["KeepAliveRequest", "encode_multipart"]

log = logging.getLogger(__name__)

_JSON = b"application/json"
_POOL_TIMEOUT_MESSAGE = (
    "Pool timeout: All connections in the connection pool are occupied. Request was *not* sent to Telegram. "
    "Consider adjusting the connection pool size or the pool timeout."
)  # PTB's own wording (HTTPXRequest), so that logs read the same whichever layer is in use


class KeepAliveRequest(BaseRequest):
    """``BaseRequest`` on ``KeepAliveClient``. Timeouts in seconds; ``None`` means no limit.

    ``write_timeout`` and ``media_write_timeout`` (uploads) extend the read timeout: the client buffers
    the whole request and times the exchange from sending to the complete answer.
    """

    def __init__(self, *, connection_pool_size: int = 64, read_timeout: float | None = 5.0,
                 write_timeout: float | None = 5.0, connect_timeout: float | None = 5.0,
                 pool_timeout: float | None = 5.0, media_write_timeout: float | None = 20.0) -> None:
        self._pool_size = connection_pool_size
        self._read_timeout = read_timeout
        self._write_timeout = write_timeout
        self._connect_timeout = connect_timeout
        self._pool_timeout = pool_timeout
        self._media_write_timeout = media_write_timeout
        self._client: KeepAliveClient | None = None

    @property
    def read_timeout(self) -> float | None:
        return self._read_timeout

    async def initialize(self) -> None:
        if self._client is None:
            self._client = KeepAliveClient(
                user_agent=self.USER_AGENT, pool_size=self._pool_size, connect_timeout=self._connect_timeout,
                read_timeout=self._read_timeout, pool_timeout=self._pool_timeout)

    async def shutdown(self) -> None:
        client, self._client = self._client, None
        if client is not None:
            await client.close()

    async def do_request(
        self,
        url: str,
        method: str,
        request_data: RequestData | None = None,
        read_timeout: ODVInput[float] = BaseRequest.DEFAULT_NONE,
        write_timeout: ODVInput[float] = BaseRequest.DEFAULT_NONE,
        connect_timeout: ODVInput[float] = BaseRequest.DEFAULT_NONE,
        pool_timeout: ODVInput[float] = BaseRequest.DEFAULT_NONE,
    ) -> tuple[int, bytes]:
        client = self._client
        if client is None:
            raise RuntimeError("KeepAliveRequest is not initialized")
        read = self._read_timeout if isinstance(read_timeout, DefaultValue) else read_timeout
        connect = self._connect_timeout if isinstance(connect_timeout, DefaultValue) else connect_timeout
        pool = self._pool_timeout if isinstance(pool_timeout, DefaultValue) else pool_timeout
        body: bytes | None = None
        content_type: bytes | None = None
        if request_data is not None:
            if request_data.contains_files:
                body, content_type = encode_multipart(request_data.json_parameters, request_data.multipart_data)
                write = self._media_write_timeout if isinstance(write_timeout, DefaultValue) else write_timeout
                read = None if read is None or write is None else read + write
            else:
                body = request_data.json_payload
                content_type = _JSON
        try:
            return await client.request(method, url, body, content_type, read_timeout=read,
                                        connect_timeout=connect, pool_timeout=pool)
        except PoolTimeout as error:
            raise TimedOut(_POOL_TIMEOUT_MESSAGE) from error
        except TimeoutError as error:  # before OSError: TimeoutError is one
            raise TimedOut(f"Timed out: {error}") from error
        except (OSError, InvalidResponse) as error:
            # The client's messages never hold the URL; an OSError's names at most the host and port.
            raise NetworkError(f"{type(error).__name__}: {error}") from error

    @staticmethod
    def parse_json_payload(payload: bytes) -> JSONDict:
        """orjson first (several times faster than ``json``); anything it refuses goes the base class's way.

        orjson refuses some answers ``json`` accepts (invalid UTF-8, which the base class replaces; NaN),
        so those are decoded exactly as the base class does. One difference remains: orjson reads integers
        beyond 64 bits as floats (the Bot API promises at most 52 significant bits). Invalid JSON raises
        ``TelegramError("Invalid server response")`` like the base class, which also logs the answer: we
        log its size only, as answers hold personal data.
        """
        try:
            return cast(JSONDict, orjson.loads(payload))
        except orjson.JSONDecodeError:
            pass
        decoded = payload.decode("utf-8", "replace")
        try:
            return cast(JSONDict, json.loads(decoded))
        except ValueError as exc:
            log.error("Can not load invalid JSON data (%d bytes)", len(payload))
            raise TelegramError("Invalid server response") from exc


def _quote(value: str) -> bytes:
    # The WHATWG form encoding of names and filenames: these three would end the quoted string or the line.
    return value.replace('"', "%22").replace("\r", "%0D").replace("\n", "%0A").encode()


def encode_multipart(fields: dict[str, str], files: UploadFileDict) -> tuple[bytes, bytes]:
    """``multipart/form-data`` body and its Content-Type: text fields first, then the files."""
    contents: list[tuple[bytes, bytes, bytes, bytes]] = []
    for name, (filename, content, mime_type) in files.items():
        data = content if isinstance(content, bytes) else content.read()  # PTB may pass an open file
        contents.append((_quote(name), _quote(filename), _quote(mime_type), data))
    values = [(_quote(name), value.encode()) for name, value in fields.items()]
    while True:
        boundary = secrets.token_hex(16).encode()
        # 128 random bits make a clash unlikely, but checking is cheap and makes it impossible.
        if not any(boundary in data for *_, data in contents) and not any(boundary in v for _, v in values):
            break
    parts: list[bytes] = []
    for name_q, value in values:
        parts.append(b'--%s\r\nContent-Disposition: form-data; name="%s"\r\n\r\n%s\r\n' % (boundary, name_q, value))
    for name_q, filename_q, mime_q, data in contents:
        parts.append(b'--%s\r\nContent-Disposition: form-data; name="%s"; filename="%s"\r\nContent-Type: %s\r\n\r\n'
                     % (boundary, name_q, filename_q, mime_q))
        parts.append(data)
        parts.append(b"\r\n")
    parts.append(b"--%s--\r\n" % boundary)
    return b"".join(parts), b"multipart/form-data; boundary=" + boundary
