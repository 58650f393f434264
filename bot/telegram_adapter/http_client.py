"""A small HTTP/1.1 keep-alive client: asyncio transports and protocols, responses parsed by httptools.

Why not aiohttp or httpx: the bot's CPU goes mostly to Bot API calls, and a general-purpose client
spends most of its time on features a Bot API call never uses (cookies, redirects, proxies, streaming
bodies, middlewares). This client does one thing: send a complete request over a pooled connection and
return ``(status, body)``. Works on the default asyncio event loop and on uvloop.

What it does, and why:

- One pool per origin (scheme, host, port) of at most ``pool_size`` connections. A request beyond it
  waits for a free connection (``pool_timeout``, then ``PoolTimeout``). Idle connections are reused last
  in, first out (the warmest first); one idle for longer than ``idle_timeout`` or that the server closed
  is discarded, never reused.
- Each request is one ``transport.write`` (head and body joined); the per-origin headers are built once.
- ``read_timeout`` bounds the time from sending to the complete answer. A connection that timed out or
  failed is closed, never pooled again: the state of its byte stream is unknown.
- A Bot API POST is not idempotent, so nothing is retried, except in one case: a reused connection that
  the server closed while it was idle (reset or end of stream, before any byte of an answer). That is
  the normal end of keep-alive (the server's idle limit) and the request is sent once more on a new
  connection.
- Bodies and URLs (the Bot API URL holds the bot token) never appear in logs or exception messages.

Not supported, because the Bot API does not need them: HEAD requests, request bodies streamed from
files, redirects, proxies, compression, ``Expect: 100-continue``, protocol upgrades, HTTP/2.
"""

from __future__ import annotations

import asyncio
import enum
import ssl
import time
from collections import deque
from typing import Any, Final, Literal, TypeAlias, cast
from urllib.parse import quote, urlsplit

import httptools

__all__ = ["DEFAULT", "InvalidResponse", "KeepAliveClient", "PoolTimeout", "Timeout"]


class InvalidResponse(Exception):
    """The server's answer is not usable HTTP/1.x. The connection it came on has been closed."""


class PoolTimeout(TimeoutError):
    """Every connection of the pool stayed busy for ``pool_timeout``: the request was not sent."""


class _Default(enum.Enum):
    VALUE = enum.auto()


DEFAULT: Final = _Default.VALUE
"""Passed as a timeout (the default), means: the value given to the client's constructor."""

Timeout: TypeAlias = float | Literal[_Default.VALUE] | None

_MAX_TARGETS = 512  # cached URL -> (pool, request target); file download URLs are one-off, so bounded
_HAPPY_EYEBALLS: Final[dict[str, Any]] = {"happy_eyeballs_delay": 0.25, "interleave": 1}
_CLOSE_WAIT = 1.0  # seconds close() waits for the connections to be gone (a TLS close may need a round trip)


class _Connection(asyncio.Protocol):
    """One HTTP/1.1 connection, driven by asyncio's callbacks; at most one request in flight."""

    __slots__ = (
        "_body", "_framed", "_headers_done", "_lost", "_parser", "_pool", "_timer", "_waiter",
        "closed_by_client", "got_data", "idle_since", "keep_alive", "reused", "status", "transport", "unusable",
    )

    def __init__(self, pool: _Pool) -> None:
        self._pool = pool
        self.transport: asyncio.Transport | None = None
        self._parser = httptools.HttpResponseParser(self)
        self._waiter: asyncio.Future[tuple[int, bytes]] | None = None
        self._timer: asyncio.TimerHandle | None = None
        self._lost: asyncio.Future[None] | None = None
        self._body: list[bytes] = []
        self._headers_done = False
        self._framed = False  # the answer has Content-Length or is chunked (else it ends with the stream)
        self.status = 0
        self.keep_alive = False
        self.got_data = False  # a byte of the current answer arrived (decides whether a retry is safe)
        self.reused = False
        self.unusable = False  # end of stream, lost, failed, timed out: never send on it again
        self.closed_by_client = False
        self.idle_since = 0.0

    # -- requests ---------------------------------------------------------------------------------

    def send(self, head: bytes, timeout: float | None, loop: asyncio.AbstractEventLoop,
             ) -> asyncio.Future[tuple[int, bytes]]:
        """Write one request; the returned future gets ``(status, body)`` or the failure."""
        waiter: asyncio.Future[tuple[int, bytes]] = loop.create_future()
        self._waiter = waiter
        self.got_data = self._headers_done = self._framed = False
        transport = self.transport
        if self.unusable or transport is None or transport.is_closing():
            # asyncio drops writes to a closed transport silently: fail now rather than at the timeout.
            self._fail(ConnectionResetError("the connection was closed by the server"))
            return waiter
        if timeout is not None:
            self._timer = loop.call_later(timeout, self._on_timeout)
        try:
            transport.write(head)
        except (OSError, RuntimeError) as error:  # uvloop raises on a handle closed meanwhile
            self._fail(ConnectionResetError(f"the request could not be written: {type(error).__name__}"))
        return waiter

    def abort(self) -> None:
        self.unusable = True
        if self.transport is not None:
            self.transport.abort()

    def close_and_wait(self, loop: asyncio.AbstractEventLoop) -> asyncio.Future[None] | None:
        """Close (gracefully when idle); the future is done once asyncio reports the connection lost."""
        self.closed_by_client = self.unusable = True
        transport = self.transport
        if transport is None or (self._lost is None and transport.is_closing()):
            return None
        if self._lost is None:
            self._lost = loop.create_future()
        if self._waiter is not None:
            transport.abort()
        else:
            transport.close()
        return self._lost

    def _finish(self) -> None:
        waiter = self._waiter
        self._waiter = None
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None
        body = self._body
        data = body[0] if len(body) == 1 else b"".join(body)
        body.clear()
        if waiter is not None and not waiter.done():
            waiter.set_result((self.status, data))

    def _fail(self, error: BaseException) -> None:
        waiter = self._waiter
        self._waiter = None
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None
        self._body.clear()
        self.abort()
        if waiter is not None and not waiter.done():
            waiter.set_exception(error)

    def _on_timeout(self) -> None:
        self._timer = None
        self._fail(TimeoutError("no complete answer within the read timeout"))

    # -- asyncio protocol callbacks ------------------------------------------------------------

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self.transport = cast(asyncio.Transport, transport)

    def data_received(self, data: bytes) -> None:
        if self._waiter is None:
            # Bytes nobody asked for: we would no longer know where the next answer starts.
            self.abort()
            return
        self.got_data = True
        try:
            self._parser.feed_data(data)
        except (httptools.HttpParserError, httptools.HttpParserUpgrade) as error:
            # llhttp's reason is a fixed text ("Invalid header value char"), never the answer's bytes.
            self._fail(InvalidResponse(f"invalid HTTP answer: {type(error).__name__}: {error}"))

    def eof_received(self) -> bool:
        self.unusable = True
        if self._waiter is not None:
            self._end_of_stream()
        return False  # let the transport close itself

    def connection_lost(self, exc: Exception | None) -> None:
        self.unusable = True
        if self._waiter is not None:
            if self.closed_by_client:
                self._fail(ConnectionAbortedError("the client was closed"))
            elif exc is None:
                self._end_of_stream()
            elif isinstance(exc, OSError):
                self._fail(exc)
            else:
                self._fail(ConnectionResetError(f"connection lost: {type(exc).__name__}"))
        if self._lost is not None and not self._lost.done():
            self._lost.set_result(None)
        self._pool.forget_idle(self)

    def _end_of_stream(self) -> None:
        if self._headers_done and not self._framed:
            self._finish()  # an answer without Content-Length, not chunked: it ends with the stream
        else:
            self._fail(ConnectionResetError("the server closed the connection before a complete answer"))

    # -- httptools callbacks --------------------------------------------------------------------

    def on_message_begin(self) -> None:
        if self._waiter is None:
            # An answer nobody asked for, in the same packet as the real one: never reuse this stream.
            self.unusable = True

    def on_header(self, name: bytes, value: bytes) -> None:
        # Needed only to tell an answer that ends with the stream from one cut short (httptools does
        # not expose llhttp's own flag). len() first: most headers are neither of these two.
        if len(name) in (14, 17) and name.lower() in (b"content-length", b"transfer-encoding"):
            self._framed = True

    def on_headers_complete(self) -> None:
        parser = self._parser
        self._headers_done = True
        self.status = parser.get_status_code()
        # llhttp: False on "Connection: close" and on an answer that ends with the stream; HTTP/1.0
        # connections are not reused even with "Connection: keep-alive".
        self.keep_alive = parser.should_keep_alive() and parser.get_http_version() == "1.1"

    def on_body(self, body: bytes) -> None:
        self._body.append(body)

    def on_message_complete(self) -> None:
        if self.status < 200:
            # An informational answer (such as 100 Continue) comes before the real one.
            self._headers_done = self._framed = False
            self._body.clear()
            return
        self._finish()


class _Pool:
    """The connections to one origin; ``count`` includes the idle ones and those being opened."""

    __slots__ = ("closed", "connections", "count", "headers", "host", "idle", "idle_timeout", "port",
                 "server_hostname", "size", "ssl_context", "waiters")

    def __init__(self, host: str, port: int, ssl_context: ssl.SSLContext | None, headers: bytes, size: int,
                 idle_timeout: float) -> None:
        self.host = host
        self.port = port
        self.ssl_context = ssl_context
        self.server_hostname = host if ssl_context is not None else None
        self.headers = headers
        self.size = size
        self.idle_timeout = idle_timeout
        self.count = 0
        self.closed = False  # the client was closed: connections still in use are closed when released
        self.idle: deque[_Connection] = deque()  # oldest on the left, most recently used on the right
        self.waiters: deque[asyncio.Future[_Connection | None]] = deque()
        self.connections: set[_Connection] = set()

    def take_idle(self) -> _Connection | None:
        idle = self.idle
        if not idle:
            return None
        oldest_allowed = time.monotonic() - self.idle_timeout
        while idle:
            conn = idle.pop()
            transport = conn.transport
            if conn.unusable or conn.idle_since < oldest_allowed or transport is None or transport.is_closing():
                self.discard(conn)
                continue
            # Retire the oldest idle connection once it is too old, so that a quiet pool shrinks.
            if idle and idle[0].idle_since < oldest_allowed:
                self.discard(idle.popleft())
            return conn
        return None

    def release(self, conn: _Connection, reusable: bool) -> None:
        if not reusable or self.closed:
            self.discard(conn)
            return
        conn.reused = True
        waiters = self.waiters
        while waiters:
            waiter = waiters.popleft()
            if not waiter.done():
                waiter.set_result(conn)  # straight to the longest waiting request
                return
        conn.idle_since = time.monotonic()
        self.idle.append(conn)

    def discard(self, conn: _Connection) -> None:
        self.drop(conn)
        self.free_slot()

    def drop(self, conn: _Connection) -> None:
        """Close a connection but keep its slot (the caller reuses it)."""
        conn.abort()
        self.connections.discard(conn)

    def free_slot(self) -> None:
        waiters = self.waiters
        while waiters:
            waiter = waiters.popleft()
            if not waiter.done():
                waiter.set_result(None)  # the slot passes to the waiter, which opens a connection
                return
        self.count -= 1

    def forget_idle(self, conn: _Connection) -> None:
        """The server closed an idle connection: free its slot now (a busy one is its request's job)."""
        try:
            self.idle.remove(conn)
        except ValueError:
            return
        self.connections.discard(conn)
        self.free_slot()


def _expire(waiter: asyncio.Future[_Connection | None]) -> None:
    if not waiter.done():
        waiter.set_exception(PoolTimeout("no free connection in the pool within the pool timeout"))


def _request_target(path: str) -> bytes:
    if path.isascii() and path.isprintable() and " " not in path:
        return path.encode("ascii")
    return quote(path, safe="/?#[]@!$&'()*+,;=:%~").encode("ascii")


def _host_bytes(host: str) -> bytes:
    return host.encode("ascii") if host.isascii() else host.encode("idna")


class KeepAliveClient:
    """An HTTP/1.1 client with a keep-alive connection pool per origin. See the module docstring.

    Timeouts are in seconds; ``None`` means no limit. Use one client per event loop.
    """

    def __init__(self, *, user_agent: str, pool_size: int = 64, connect_timeout: float | None = 5.0,
                 read_timeout: float | None = 5.0, pool_timeout: float | None = 5.0, idle_timeout: float = 30.0,
                 ssl_context: ssl.SSLContext | None = None) -> None:
        if pool_size < 1:
            raise ValueError("pool_size must be at least 1")
        if "\r" in user_agent or "\n" in user_agent:
            raise ValueError("user_agent must be a single line")
        self._user_agent = user_agent.encode("latin-1")
        self._pool_size = pool_size
        self._connect_timeout = connect_timeout
        self._read_timeout = read_timeout
        self._pool_timeout = pool_timeout
        self._idle_timeout = idle_timeout
        self._ssl_context = ssl_context
        self._pools: dict[tuple[str, str, int], _Pool] = {}
        self._targets: dict[str, tuple[_Pool, bytes]] = {}

    async def request(self, method: str, url: str, body: bytes | None = None, content_type: bytes | None = None, *,
                      read_timeout: Timeout = DEFAULT, connect_timeout: Timeout = DEFAULT,
                      pool_timeout: Timeout = DEFAULT) -> tuple[int, bytes]:
        """Send one request and return ``(status, body)`` of the answer, whatever the status.

        Raises ``TimeoutError`` (``PoolTimeout`` if the request was not sent), ``OSError`` (connection
        errors, ``ConnectionError`` among them) or ``InvalidResponse``.
        """
        target = self._targets.get(url)
        if target is None:
            target = self._target(url)
        pool, path = target
        if body is None:
            head = b"%s %s HTTP/1.1\r\n%s\r\n" % (method.encode(), path, pool.headers)
        elif content_type is None:
            head = b"%s %s HTTP/1.1\r\n%sContent-Length: %d\r\n\r\n%s" % (
                method.encode(), path, pool.headers, len(body), body)
        else:
            head = b"%s %s HTTP/1.1\r\n%sContent-Type: %s\r\nContent-Length: %d\r\n\r\n%s" % (
                method.encode(), path, pool.headers, content_type, len(body), body)
        if read_timeout is DEFAULT:
            read_timeout = self._read_timeout
        loop = asyncio.get_running_loop()

        conn = pool.take_idle()
        if conn is None:
            conn = await self._acquire(pool, connect_timeout, pool_timeout)
        try:
            result = await conn.send(head, read_timeout, loop)
        except ConnectionError:
            if not conn.reused or conn.got_data or conn.closed_by_client:
                pool.release(conn, False)
                raise
            pool.drop(conn)  # its slot goes to the new connection below
        except BaseException:  # timeouts, invalid answers, cancellation: the stream's state is unknown
            pool.release(conn, False)
            raise
        else:
            pool.release(conn, conn.keep_alive and not conn.unusable)
            return result
        # The server closed this pooled connection while it was idle (its keep-alive limit): no byte
        # of an answer came back, so the request is sent once more, on a new connection.
        conn = await self._connect(pool, connect_timeout)
        try:
            result = await conn.send(head, read_timeout, loop)
        except BaseException:
            pool.release(conn, False)
            raise
        pool.release(conn, conn.keep_alive and not conn.unusable)
        return result

    async def close(self) -> None:
        """Close every connection; requests in flight fail with ``ConnectionAbortedError``."""
        loop = asyncio.get_running_loop()
        pools = list(self._pools.values())
        self._pools.clear()
        self._targets.clear()
        lost: list[asyncio.Future[None]] = []
        for pool in pools:
            pool.closed = True
            while pool.waiters:
                waiter = pool.waiters.popleft()
                if not waiter.done():
                    waiter.set_exception(ConnectionAbortedError("the client was closed"))
            for conn in pool.connections:
                future = conn.close_and_wait(loop)
                if future is not None:
                    lost.append(future)
            pool.connections.clear()
            pool.idle.clear()
            pool.count = 0
        if lost:
            await asyncio.wait(lost, timeout=_CLOSE_WAIT)
            for conn_lost in lost:
                if not conn_lost.done():
                    conn_lost.cancel()

    # -- slow paths -------------------------------------------------------------------------------

    async def _acquire(self, pool: _Pool, connect_timeout: Timeout, pool_timeout: Timeout) -> _Connection:
        if pool.count < pool.size:
            pool.count += 1
            return await self._connect(pool, connect_timeout)
        if pool_timeout is DEFAULT:
            pool_timeout = self._pool_timeout
        loop = asyncio.get_running_loop()
        waiter: asyncio.Future[_Connection | None] = loop.create_future()
        pool.waiters.append(waiter)
        timer = loop.call_later(pool_timeout, _expire, waiter) if pool_timeout is not None else None
        try:
            conn = await waiter
        except BaseException:
            if waiter.done() and not waiter.cancelled() and waiter.exception() is None:
                # Handed a connection (or a slot) just as this request gave up: pass it on.
                handed = waiter.result()
                if handed is None:
                    pool.free_slot()
                else:
                    pool.release(handed, True)
            else:
                try:
                    pool.waiters.remove(waiter)
                except ValueError:
                    pass
            raise
        finally:
            if timer is not None:
                timer.cancel()
        if conn is None:
            return await self._connect(pool, connect_timeout)
        return conn

    async def _connect(self, pool: _Pool, connect_timeout: Timeout) -> _Connection:
        """Open a connection in a slot already counted in ``pool.count`` (freed again on failure)."""
        if connect_timeout is DEFAULT:
            connect_timeout = self._connect_timeout
        loop = asyncio.get_running_loop()
        conn = _Connection(pool)
        # Happy eyeballs (as aiohttp does): with a broken IPv6 route, IPv4 is tried after 0.25 s instead of
        # after the whole connect timeout. asyncio's loop has it; uvloop's create_connection does not.
        options = _HAPPY_EYEBALLS if isinstance(loop, asyncio.BaseEventLoop) else {}
        try:
            try:
                async with asyncio.timeout(connect_timeout):
                    await loop.create_connection(lambda: conn, pool.host, pool.port, ssl=pool.ssl_context,
                                                 server_hostname=pool.server_hostname, **options)
            except TimeoutError:
                raise TimeoutError("no connection within the connect timeout") from None
        except BaseException:
            pool.free_slot()
            raise
        if pool.closed:  # close() ran while this connection was being opened
            conn.abort()
            raise ConnectionAbortedError("the client was closed")
        pool.connections.add(conn)
        return conn

    def _target(self, url: str) -> tuple[_Pool, bytes]:
        # Error messages never quote the URL: a Bot API URL holds the bot token.
        parts = urlsplit(url)
        scheme = parts.scheme.lower()
        if scheme not in ("http", "https"):
            raise ValueError("only http and https URLs are supported")
        host = parts.hostname
        if not host:
            raise ValueError("the URL has no host")
        default_port = 443 if scheme == "https" else 80
        port = parts.port or default_port
        key = (scheme, host, port)
        pool = self._pools.get(key)
        if pool is None:
            host_header = _host_bytes(f"[{host}]" if ":" in host else host)
            if port != default_port:
                host_header += b":%d" % port
            headers = b"Host: %s\r\nUser-Agent: %s\r\nConnection: keep-alive\r\n" % (host_header, self._user_agent)
            context: ssl.SSLContext | None = None
            if scheme == "https":
                if self._ssl_context is None:
                    self._ssl_context = ssl.create_default_context()
                context = self._ssl_context
            pool = self._pools[key] = _Pool(host, port, context, headers, self._pool_size, self._idle_timeout)
        path = parts.path or "/"
        if parts.query:
            path = f"{path}?{parts.query}"
        if len(self._targets) >= _MAX_TARGETS:
            self._targets.clear()
        target = self._targets[url] = (pool, _request_target(path))
        return target
