"""KeepAliveClient against local servers: aiohttp for well-behaved ones, raw asyncio servers for misbehaviour.

Everything listens on 127.0.0.1. No timing assertions: short timeouts only make failures fast.
"""

from __future__ import annotations

import asyncio
import shutil
import socket
import ssl
import struct
import subprocess
from collections.abc import AsyncIterator, Awaitable, Callable, Coroutine
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import pytest
from aiohttp import web

from bot.telegram_adapter.http_client import InvalidResponse, KeepAliveClient, PoolTimeout

JSON = b"application/json"
ANSWER = b'{"ok":true,"result":{"message_id":1}}'


def client(**kwargs: Any) -> KeepAliveClient:
    kwargs.setdefault("user_agent", "test-agent/1.0")
    kwargs.setdefault("read_timeout", 10.0)
    return KeepAliveClient(**kwargs)


# -- servers --------------------------------------------------------------------------------------


class AppServer:
    """An aiohttp server recording each request's connection (the client's port) and what it received."""

    def __init__(self, handler: Callable[[web.Request], Awaitable[web.StreamResponse]] | None = None) -> None:
        self.peers: list[int] = []
        self.received: list[tuple[str, str, dict[str, str], bytes]] = []
        self._handler = handler
        self.port = 0

    async def _handle(self, request: web.Request) -> web.StreamResponse:
        peer = request.transport.get_extra_info("peername") if request.transport else None
        self.peers.append(peer[1] if peer else -1)
        body = await request.read()
        self.received.append((request.method, request.path_qs, dict(request.headers), body))
        if self._handler is not None:
            return await self._handler(request)
        return web.Response(body=ANSWER, content_type="application/json")

    @asynccontextmanager
    async def running(self, ssl_context: ssl.SSLContext | None = None) -> AsyncIterator[AppServer]:
        app = web.Application()
        app.router.add_route("*", "/{tail:.*}", self._handle)
        runner = web.AppRunner(app, access_log=None)
        await runner.setup()
        site = web.TCPSite(runner, "127.0.0.1", 0, ssl_context=ssl_context)
        await site.start()
        self.port = runner.addresses[0][1]
        try:
            yield self
        finally:
            await runner.cleanup()

    @property
    def connections(self) -> int:
        return len(set(self.peers))


RawHandler = Callable[["RawServer", asyncio.StreamReader, asyncio.StreamWriter, int], Coroutine[Any, Any, None]]


class RawServer:
    """A plain asyncio server; ``handler(server, reader, writer, connection_number)`` scripts each connection."""

    def __init__(self, handler: RawHandler) -> None:
        self._handler = handler
        self.connections = 0
        self.requests: list[tuple[int, bytes]] = []  # (connection number, request head and body)
        self._tasks: set[asyncio.Task[None]] = set()
        self.port = 0

    @asynccontextmanager
    async def running(self) -> AsyncIterator[RawServer]:
        server = await asyncio.start_server(self._on_connection, "127.0.0.1", 0)
        self.port = server.sockets[0].getsockname()[1]
        try:
            yield self
        finally:
            server.close()
            for task in list(self._tasks):
                task.cancel()
            await asyncio.gather(*self._tasks, return_exceptions=True)
            await server.wait_closed()

    async def _on_connection(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self.connections += 1
        # The script runs in its own task, so that stopping the server can cancel it quietly.
        task = asyncio.ensure_future(self._handler(self, reader, writer, self.connections))
        self._tasks.add(task)
        try:
            await task
        except (ConnectionError, asyncio.IncompleteReadError, asyncio.CancelledError):
            pass
        finally:
            self._tasks.discard(task)
            writer.transport.abort()

    async def read_request(self, reader: asyncio.StreamReader, number: int) -> bytes | None:
        """One request (head and Content-Length body), or None at the end of the stream."""
        try:
            head = await reader.readuntil(b"\r\n\r\n")
        except asyncio.IncompleteReadError:
            return None
        length = 0
        for line in head.split(b"\r\n"):
            if line.lower().startswith(b"content-length:"):
                length = int(line.split(b":", 1)[1])
        request = head + await reader.readexactly(length)
        self.requests.append((number, request))
        return request

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/bot123:ABC/sendMessage"


def reset(writer: asyncio.StreamWriter) -> None:
    """Close with a TCP reset (SO_LINGER 0) rather than an orderly end of stream."""
    sock = writer.get_extra_info("socket")
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    writer.transport.abort()


def ok(body: bytes = ANSWER, extra: bytes = b"") -> bytes:
    return b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: %d\r\n%s\r\n%s" % (
        len(body), extra, body)


async def serve_forever(server: RawServer, reader: asyncio.StreamReader, writer: asyncio.StreamWriter,
                        number: int) -> None:
    while await server.read_request(reader, number) is not None:
        writer.write(ok())


async def wait_until(condition: Callable[[], bool]) -> None:
    for _ in range(500):
        if condition():
            return
        await asyncio.sleep(0.01)
    raise AssertionError("condition not reached")


# -- scenarios (each also runs on uvloop, below) -------------------------------------------------


async def scenario_sequential_requests_reuse_one_connection() -> None:
    async with AppServer().running() as server:
        http = client()
        url = f"http://127.0.0.1:{server.port}/bot123:ABC/sendMessage?x=1"
        for i in range(20):
            status, body = await http.request("POST", url, b'{"n":%d}' % i, JSON)
            assert (status, body) == (200, ANSWER)
        await http.close()
    assert server.connections == 1 and len(server.peers) == 20
    method, path_qs, headers, body = server.received[-1]
    assert (method, path_qs, body) == ("POST", "/bot123:ABC/sendMessage?x=1", b'{"n":19}')
    assert headers["Host"] == f"127.0.0.1:{server.port}"
    assert headers["User-Agent"] == "test-agent/1.0"
    assert headers["Content-Type"] == "application/json" and headers["Content-Length"] == "8"
    assert headers["Connection"] == "keep-alive"


async def scenario_chunked_answer() -> None:
    async def handler(server: RawServer, reader: asyncio.StreamReader, writer: asyncio.StreamWriter,
                      number: int) -> None:
        while await server.read_request(reader, number) is not None:
            writer.write(b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n")
            await writer.drain()
            await asyncio.sleep(0.01)  # the rest in another packet
            writer.write(b"7\r\n, world\r\n0\r\n\r\n")

    async with RawServer(handler).running() as server:
        http = client()
        assert await http.request("POST", server.url, b"{}", JSON) == (200, b"hello, world")
        assert await http.request("POST", server.url, b"{}", JSON) == (200, b"hello, world")
        await http.close()
    assert server.connections == 1


async def scenario_server_closes_a_reused_connection_on_the_next_request() -> None:
    # The first connection answers once, then reads the next request and closes without a byte:
    # what a server whose keep-alive limit just passed does. The client retries on a new connection.
    async def handler(server: RawServer, reader: asyncio.StreamReader, writer: asyncio.StreamWriter,
                      number: int) -> None:
        if number == 1:
            await server.read_request(reader, number)
            writer.write(ok())
            await writer.drain()
            await server.read_request(reader, number)
            writer.close()
            return
        await serve_forever(server, reader, writer, number)

    async with RawServer(handler).running() as server:
        http = client()
        assert await http.request("POST", server.url, b'{"a":1}', JSON) == (200, ANSWER)
        assert await http.request("POST", server.url, b'{"a":2}', JSON) == (200, ANSWER)
        await http.close()
    assert server.connections == 2
    assert [(number, request.endswith(b'{"a":2}')) for number, request in server.requests] == [
        (1, False), (1, True), (2, True)]


async def scenario_read_timeout_closes_the_connection() -> None:
    async def handler(server: RawServer, reader: asyncio.StreamReader, writer: asyncio.StreamWriter,
                      number: int) -> None:
        if number == 1:
            await server.read_request(reader, number)
            await asyncio.sleep(30)  # never answers
            return
        await serve_forever(server, reader, writer, number)

    async with RawServer(handler).running() as server:
        http = client()
        with pytest.raises(TimeoutError):
            await http.request("POST", server.url, b"{}", JSON, read_timeout=0.2)
        assert await http.request("POST", server.url, b"{}", JSON) == (200, ANSWER)
        await http.close()
    assert server.connections == 2


async def scenario_https_with_a_self_signed_certificate(tmp_path: Path) -> None:
    cert, key = self_signed_certificate(tmp_path)
    server_context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    server_context.load_cert_chain(cert, key)
    async with AppServer().running(ssl_context=server_context) as server:
        url = f"https://localhost:{server.port}/bot123:ABC/getMe"
        http = client(ssl_context=ssl.create_default_context(cafile=str(cert)))
        for _ in range(3):
            assert await http.request("POST", url, b"{}", JSON) == (200, ANSWER)
        await http.close()
        untrusting = client()  # the system's certificate authorities do not know ours
        with pytest.raises(ssl.SSLCertVerificationError):
            await untrusting.request("POST", url, b"{}", JSON)
        await untrusting.close()
    assert server.connections == 1
    assert server.received[0][2]["Host"] == f"localhost:{server.port}"


def self_signed_certificate(directory: Path) -> tuple[Path, Path]:
    openssl = shutil.which("openssl")
    if openssl is None:
        pytest.skip("the openssl command is not installed")
    cert, key = directory / "cert.pem", directory / "key.pem"
    subprocess.run(
        [openssl, "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", str(key), "-out", str(cert),
         "-days", "2", "-subj", "/CN=localhost", "-addext", "subjectAltName=DNS:localhost,IP:127.0.0.1"],
        check=True, capture_output=True, timeout=60)
    return cert, key


# -- the same scenarios on the default event loop ------------------------------------------------


async def test_sequential_requests_reuse_one_connection() -> None:
    await scenario_sequential_requests_reuse_one_connection()


async def test_chunked_answer() -> None:
    await scenario_chunked_answer()


async def test_server_closes_a_reused_connection_on_the_next_request_then_retry_succeeds() -> None:
    await scenario_server_closes_a_reused_connection_on_the_next_request()


async def test_read_timeout_raises_and_the_connection_is_not_reused() -> None:
    await scenario_read_timeout_closes_the_connection()


async def test_https_against_a_local_server(tmp_path: Path) -> None:
    await scenario_https_with_a_self_signed_certificate(tmp_path)


# -- on uvloop ------------------------------------------------------------------------------------


@pytest.mark.parametrize("scenario", [
    scenario_sequential_requests_reuse_one_connection,
    scenario_chunked_answer,
    scenario_server_closes_a_reused_connection_on_the_next_request,
    scenario_read_timeout_closes_the_connection,
    scenario_https_with_a_self_signed_certificate,
], ids=lambda scenario: scenario.__name__.removeprefix("scenario_"))
def test_on_uvloop(scenario: Callable[..., Coroutine[Any, Any, None]], tmp_path: Path) -> None:
    uvloop = pytest.importorskip("uvloop")
    arguments = (tmp_path,) if scenario is scenario_https_with_a_self_signed_certificate else ()
    with asyncio.Runner(loop_factory=uvloop.new_event_loop) as runner:
        assert "uvloop" in type(runner.get_loop()).__module__
        runner.run(scenario(*arguments))


# -- default event loop only -------------------------------------------------------------------------


async def test_concurrent_requests_up_to_the_pool_size_then_they_wait() -> None:
    gate = asyncio.Event()
    active = 0
    most_active = 0

    async def handler(request: web.Request) -> web.Response:
        nonlocal active, most_active
        active += 1
        most_active = max(most_active, active)
        await gate.wait()
        active -= 1
        return web.Response(body=ANSWER)

    async with AppServer(handler).running() as server:
        http = client(pool_size=3)
        url = f"http://127.0.0.1:{server.port}/x"
        requests = [asyncio.create_task(http.request("POST", url, b"{}", JSON)) for _ in range(5)]
        await wait_until(lambda: active == 3)
        await asyncio.sleep(0.05)  # give a (wrong) fourth connection the chance to show up
        assert active == 3 and len(server.received) == 3
        gate.set()
        assert await asyncio.gather(*requests) == [(200, ANSWER)] * 5
        await http.close()
    assert most_active == 3 and server.connections == 3


async def test_pool_timeout_then_the_slot_is_not_lost() -> None:
    gate = asyncio.Event()

    async def handler(request: web.Request) -> web.Response:
        await gate.wait()
        return web.Response(body=ANSWER)

    async with AppServer(handler).running() as server:
        http = client(pool_size=1)
        url = f"http://127.0.0.1:{server.port}/x"
        first = asyncio.create_task(http.request("POST", url, b"{}", JSON))
        await wait_until(lambda: len(server.received) == 1)
        with pytest.raises(PoolTimeout):
            await http.request("POST", url, b"{}", JSON, pool_timeout=0.1)
        assert isinstance(PoolTimeout(), TimeoutError)
        gate.set()
        assert await first == (200, ANSWER)
        assert await http.request("POST", url, b"{}", JSON, pool_timeout=0.1) == (200, ANSWER)
        await http.close()
    assert len(server.received) == 2 and server.connections == 1


async def test_connection_close_answer_means_a_new_connection_next_time() -> None:
    async def handler(server: RawServer, reader: asyncio.StreamReader, writer: asyncio.StreamWriter,
                      number: int) -> None:
        await server.read_request(reader, number)
        writer.write(ok(extra=b"Connection: close\r\n"))
        await writer.drain()
        await asyncio.sleep(0.05)  # the client must not wait for the end of the stream either

    async with RawServer(handler).running() as server:
        http = client()
        for _ in range(3):
            assert await http.request("POST", server.url, b"{}", JSON) == (200, ANSWER)
        await http.close()
    assert server.connections == 3 and len(server.requests) == 3


async def test_http_1_0_answer_is_not_reused_even_with_keep_alive() -> None:
    async def handler(server: RawServer, reader: asyncio.StreamReader, writer: asyncio.StreamWriter,
                      number: int) -> None:
        while await server.read_request(reader, number) is not None:
            writer.write(b"HTTP/1.0 200 OK\r\nConnection: keep-alive\r\nContent-Length: 2\r\n\r\n{}")

    async with RawServer(handler).running() as server:
        http = client()
        assert await http.request("POST", server.url, b"{}", JSON) == (200, b"{}")
        assert await http.request("POST", server.url, b"{}", JSON) == (200, b"{}")
        await http.close()
    assert server.connections == 2


async def test_answer_without_length_is_read_until_the_end_of_the_stream() -> None:
    async def handler(server: RawServer, reader: asyncio.StreamReader, writer: asyncio.StreamWriter,
                      number: int) -> None:
        await server.read_request(reader, number)
        writer.write(b"HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\n\r\nfirst part, ")
        await writer.drain()
        await asyncio.sleep(0.01)
        writer.write(b"second part")
        await writer.drain()
        writer.close()

    async with RawServer(handler).running() as server:
        http = client()
        assert await http.request("GET", server.url) == (200, b"first part, second part")
        assert await http.request("GET", server.url) == (200, b"first part, second part")
        await http.close()
    assert server.connections == 2
    assert server.requests[0][1].startswith(b"GET /bot123:ABC/sendMessage HTTP/1.1\r\n")
    assert b"Content-Length" not in server.requests[0][1]


async def test_answer_cut_short_is_an_error() -> None:
    async def handler(server: RawServer, reader: asyncio.StreamReader, writer: asyncio.StreamWriter,
                      number: int) -> None:
        await server.read_request(reader, number)
        writer.write(b"HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\nonly this")
        await writer.drain()
        writer.close()

    async with RawServer(handler).running() as server:
        http = client()
        with pytest.raises(ConnectionError):
            await http.request("POST", server.url, b"{}", JSON)
        await http.close()
    assert len(server.requests) == 1


async def test_large_answer() -> None:
    big = bytes(range(256)) * 4096  # 1 MiB

    async def handler(request: web.Request) -> web.Response:
        return web.Response(body=big)

    async with AppServer(handler).running() as server:
        http = client()
        url = f"http://127.0.0.1:{server.port}/file"
        assert await http.request("GET", url) == (200, big)
        assert await http.request("POST", url, big, b"application/octet-stream") == (200, big)
        await http.close()
    assert server.received[1][3] == big and server.connections == 1


async def test_server_closing_an_idle_connection_is_noticed_and_the_next_request_succeeds() -> None:
    async def handler(server: RawServer, reader: asyncio.StreamReader, writer: asyncio.StreamWriter,
                      number: int) -> None:
        await server.read_request(reader, number)
        writer.write(ok())  # keep-alive advertised, then closed at once
        await writer.drain()
        writer.close()

    async with RawServer(handler).running() as server:
        http = client()
        for _ in range(3):
            assert await http.request("POST", server.url, b"{}", JSON) == (200, ANSWER)
            await asyncio.sleep(0.05)  # the end of the stream arrives while the connection is idle
        await http.close()
    assert server.connections == 3 and len(server.requests) == 3


@pytest.mark.parametrize("how", ["reset", "close"])
async def test_failure_on_a_reused_connection_is_retried_once_on_a_new_one(how: str) -> None:
    async def handler(server: RawServer, reader: asyncio.StreamReader, writer: asyncio.StreamWriter,
                      number: int) -> None:
        if number == 1:
            await server.read_request(reader, number)
            writer.write(ok())
            await writer.drain()
            await server.read_request(reader, number)
            if how == "reset":
                reset(writer)
            else:
                writer.close()
            return
        await serve_forever(server, reader, writer, number)

    async with RawServer(handler).running() as server:
        http = client()
        assert await http.request("POST", server.url, b"{}", JSON) == (200, ANSWER)
        assert await http.request("POST", server.url, b"{}", JSON) == (200, ANSWER)
        await http.close()
    assert [number for number, _ in server.requests] == [1, 1, 2]


async def test_reset_on_a_fresh_connection_is_raised_not_retried() -> None:
    async def handler(server: RawServer, reader: asyncio.StreamReader, writer: asyncio.StreamWriter,
                      number: int) -> None:
        await server.read_request(reader, number)
        reset(writer)

    async with RawServer(handler).running() as server:
        http = client()
        with pytest.raises(ConnectionError):
            await http.request("POST", server.url, b"{}", JSON)
        await asyncio.sleep(0.05)
        await http.close()
    assert len(server.requests) == 1 and server.connections == 1


async def test_failure_after_part_of_the_answer_on_a_reused_connection_is_not_retried() -> None:
    async def handler(server: RawServer, reader: asyncio.StreamReader, writer: asyncio.StreamWriter,
                      number: int) -> None:
        await server.read_request(reader, number)
        writer.write(ok())
        await server.read_request(reader, number)
        writer.write(b"HTTP/1.1 200 OK\r\nContent-Le")
        await writer.drain()
        reset(writer)

    async with RawServer(handler).running() as server:
        http = client()
        assert await http.request("POST", server.url, b"{}", JSON) == (200, ANSWER)
        with pytest.raises(ConnectionError):
            await http.request("POST", server.url, b"{}", JSON)
        await asyncio.sleep(0.05)
        await http.close()
    assert len(server.requests) == 2 and server.connections == 1


async def test_invalid_answer_is_a_clear_error() -> None:
    async def handler(server: RawServer, reader: asyncio.StreamReader, writer: asyncio.StreamWriter,
                      number: int) -> None:
        await server.read_request(reader, number)
        writer.write(b"this is not HTTP\r\n\r\n")
        await asyncio.sleep(1)

    async with RawServer(handler).running() as server:
        http = client()
        with pytest.raises(InvalidResponse) as raised:
            await http.request("POST", server.url, b"{}", JSON)
        await http.close()
    assert "123:ABC" not in str(raised.value)


async def test_informational_answer_before_the_real_one() -> None:
    async def handler(server: RawServer, reader: asyncio.StreamReader, writer: asyncio.StreamWriter,
                      number: int) -> None:
        while await server.read_request(reader, number) is not None:
            writer.write(b"HTTP/1.1 100 Continue\r\n\r\n" + ok(b'{"x":1}'))

    async with RawServer(handler).running() as server:
        http = client()
        assert await http.request("POST", server.url, b"{}", JSON) == (200, b'{"x":1}')
        assert await http.request("POST", server.url, b"{}", JSON) == (200, b'{"x":1}')
        await http.close()
    assert server.connections == 1


async def test_an_extra_answer_in_the_same_packet_means_the_connection_is_not_reused() -> None:
    async def handler(server: RawServer, reader: asyncio.StreamReader, writer: asyncio.StreamWriter,
                      number: int) -> None:
        while await server.read_request(reader, number) is not None:
            writer.write(ok() + (ok(b'{"stray":1}') if number == 1 else b""))

    async with RawServer(handler).running() as server:
        http = client()
        assert await http.request("POST", server.url, b"{}", JSON) == (200, ANSWER)
        assert await http.request("POST", server.url, b"{}", JSON) == (200, ANSWER)
        await http.close()
    assert [number for number, _ in server.requests] == [1, 2]


async def test_error_statuses_are_returned_with_their_body() -> None:
    async def handler(request: web.Request) -> web.Response:
        return web.Response(status=400, body=b'{"ok":false}')

    async with AppServer(handler).running() as server:
        http = client()
        url = f"http://127.0.0.1:{server.port}/x"
        assert await http.request("POST", url, b"{}", JSON) == (400, b'{"ok":false}')
        assert await http.request("POST", url, b"{}", JSON) == (400, b'{"ok":false}')
        await http.close()
    assert server.connections == 1


async def test_connection_refused() -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]  # closed again: nothing listens there
    http = client()
    with pytest.raises(ConnectionRefusedError):
        await http.request("POST", f"http://127.0.0.1:{port}/bot123:ABC/getMe", b"{}", JSON)
    await http.close()


async def test_cancelled_request_does_not_leak_its_connection() -> None:
    async def handler(server: RawServer, reader: asyncio.StreamReader, writer: asyncio.StreamWriter,
                      number: int) -> None:
        if number == 1:
            await server.read_request(reader, number)
            await asyncio.sleep(30)
            return
        await serve_forever(server, reader, writer, number)

    async with RawServer(handler).running() as server:
        http = client(pool_size=1)
        task = asyncio.create_task(http.request("POST", server.url, b"{}", JSON))
        await wait_until(lambda: len(server.requests) == 1)
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task
        assert await http.request("POST", server.url, b"{}", JSON, pool_timeout=1.0) == (200, ANSWER)
        await http.close()
    assert server.connections == 2


async def test_idle_connection_older_than_the_limit_is_not_reused() -> None:
    async with RawServer(serve_forever).running() as server:
        http = client(idle_timeout=0.05)
        assert await http.request("POST", server.url, b"{}", JSON) == (200, ANSWER)
        await asyncio.sleep(0.1)
        assert await http.request("POST", server.url, b"{}", JSON) == (200, ANSWER)
        assert await http.request("POST", server.url, b"{}", JSON) == (200, ANSWER)
        await http.close()
    assert [number for number, _ in server.requests] == [1, 2, 2]


async def test_close_closes_every_connection_and_fails_requests_in_flight() -> None:
    async def handler(server: RawServer, reader: asyncio.StreamReader, writer: asyncio.StreamWriter,
                      number: int) -> None:
        while await server.read_request(reader, number) is not None:
            if len(server.requests) == 3:
                await asyncio.sleep(30)
            writer.write(ok())
        closed.append(number)

    closed: list[int] = []
    async with RawServer(handler).running() as server:
        http = client()
        first_two = [http.request("POST", server.url, b"{}", JSON) for _ in range(2)]
        assert await asyncio.gather(*first_two) == [(200, ANSWER)] * 2  # two connections, both idle
        blocked = asyncio.create_task(http.request("POST", server.url, b"{}", JSON))
        await wait_until(lambda: len(server.requests) == 3)
        await http.close()
        with pytest.raises(ConnectionAbortedError):
            await blocked
        await wait_until(lambda: len(closed) == 1)  # the idle one (the other's script is asleep)
    assert server.connections == 2  # the request in flight was not retried after close()


async def test_unsupported_url_is_refused_without_quoting_it() -> None:
    http = client()
    with pytest.raises(ValueError, match="http and https") as raised:
        await http.request("POST", "ftp://example.org/bot123:SECRET/getMe", b"{}", JSON)
    assert "SECRET" not in str(raised.value)
