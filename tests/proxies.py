"""Small proxies for tests: an HTTP CONNECT proxy and a SOCKS5 proxy, asyncio, on 127.0.0.1.

Both count the tunnels they open (``tunnels``: the host and port each client asked for) and resolve
made-up host names (``FAKE_HOSTS``: ``api.telegram.test`` is 127.0.0.1) that nothing else resolves. A
bot told to call ``http://api.telegram.test:PORT/bot`` can thus reach the fake Bot API server only through
the proxy: every answer it got proves a call went through it. They connect only to loopback addresses
and to the names in ``FAKE_HOSTS``, never elsewhere. Optional user name and password: Basic
``Proxy-Authorization`` for CONNECT, RFC 1929 for SOCKS5.
"""

from __future__ import annotations

import asyncio
import base64
import contextlib
import ipaddress
import socket
import ssl
import struct
from collections.abc import Mapping
from urllib.parse import quote

__all__ = ["FAKE_API_HOST", "FAKE_HOSTS", "ConnectProxy", "Socks5Proxy", "TlsFront", "refusing_address"]

FAKE_API_HOST = "api.telegram.test"
FAKE_HOSTS: Mapping[str, str] = {FAKE_API_HOST: "127.0.0.1"}


def refusing_address() -> tuple[str, int]:
    """A 127.0.0.1 port that nothing listens on: connecting to it is refused."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return "127.0.0.1", int(sock.getsockname()[1])


class _Proxy:
    scheme = ""

    def __init__(self, *, username: str | None = None, password: str | None = None,
                 hosts: Mapping[str, str] = FAKE_HOSTS) -> None:
        self.username = username
        self.password = password
        self.hosts = dict(hosts)
        self.tunnels: list[tuple[str, int]] = []  # every tunnel opened: the target as the client named it
        self.refused: list[str] = []  # why each refused client was refused ("auth", "target")
        self.port = 0
        self._server: asyncio.Server | None = None
        self._tasks: set[asyncio.Task[None]] = set()

    @property
    def url(self) -> str:
        """The proxy URL a client is given, with the credentials if any."""
        credentials = ""
        if self.username is not None:
            credentials = quote(self.username, safe="") + ":" + quote(self.password or "", safe="") + "@"
        return f"{self.scheme}://{credentials}127.0.0.1:{self.port}"

    async def start(self, *, tls: ssl.SSLContext | None = None) -> _Proxy:
        """Listens on 127.0.0.1; with ``tls``, clients speak TLS to the proxy itself (an https:// proxy)."""
        if tls is not None:
            self.scheme = "https"
        self._server = await asyncio.start_server(self._serve, "127.0.0.1", 0, ssl=tls)
        self.port = int(self._server.sockets[0].getsockname()[1])
        return self

    async def close(self) -> None:
        if self._server is not None:
            self._server.close()
            for task in list(self._tasks):
                task.cancel()
            await asyncio.gather(*self._tasks, return_exceptions=True)
            await self._server.wait_closed()
            self._server = None

    async def __aenter__(self) -> _Proxy:
        return await self.start()

    async def __aexit__(self, *_: object) -> None:
        await self.close()

    def _resolve(self, host: str) -> str | None:
        """Loopback addresses and the made-up names only: a test proxy never reaches out."""
        if host in self.hosts:
            return self.hosts[host]
        with contextlib.suppress(ValueError):
            if ipaddress.ip_address(host).is_loopback:
                return host
        return None

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        task = asyncio.current_task()
        assert task is not None
        self._tasks.add(task)
        try:
            await self._handle(reader, writer)
        except (OSError, asyncio.IncompleteReadError, ValueError):
            pass
        except asyncio.CancelledError:
            # Only close() cancels these tasks; re-raised, asyncio's stream callback logs it as an error.
            pass
        finally:
            self._tasks.discard(task)
            writer.close()

    async def _handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        raise NotImplementedError

    async def _relay(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter,
                     target_reader: asyncio.StreamReader, target_writer: asyncio.StreamWriter) -> None:
        async def copy(source: asyncio.StreamReader, sink: asyncio.StreamWriter) -> None:
            try:
                while data := await source.read(65536):
                    sink.write(data)
                    await sink.drain()
            except OSError:
                pass
            finally:
                with contextlib.suppress(OSError):
                    sink.close()

        try:
            await asyncio.gather(copy(reader, target_writer), copy(target_reader, writer))
        finally:
            target_writer.close()


class ConnectProxy(_Proxy):
    """An HTTP proxy that only tunnels (``CONNECT host:port``)."""

    scheme = "http"

    async def _handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        head = await reader.readuntil(b"\r\n\r\n")
        request_line, *header_lines = head.decode("latin-1").split("\r\n")
        method, target, _ = request_line.split(" ", 2)
        headers = {name.strip().lower(): value.strip()
                   for name, _, value in (line.partition(":") for line in header_lines if line)}
        if method != "CONNECT":
            writer.write(b"HTTP/1.1 405 Method Not Allowed\r\nContent-Length: 0\r\n\r\n")
            return
        if self.username is not None:
            expected = base64.b64encode(f"{self.username}:{self.password or ''}".encode()).decode()
            if headers.get("proxy-authorization") != f"Basic {expected}":
                self.refused.append("auth")
                writer.write(b"HTTP/1.1 407 Proxy Authentication Required\r\n"
                             b"Proxy-Authenticate: Basic realm=\"test\"\r\nContent-Length: 0\r\n\r\n")
                return
        host, _, port_text = target.rpartition(":")
        host = host.strip("[]")
        address = self._resolve(host)
        if address is None:
            self.refused.append("target")
            writer.write(b"HTTP/1.1 502 Bad Gateway\r\nContent-Length: 0\r\n\r\n")
            return
        try:
            target_reader, target_writer = await asyncio.open_connection(address, int(port_text))
        except OSError:
            writer.write(b"HTTP/1.1 502 Bad Gateway\r\nContent-Length: 0\r\n\r\n")
            return
        self.tunnels.append((host, int(port_text)))
        writer.write(b"HTTP/1.1 200 Connection established\r\n\r\n")
        await writer.drain()
        await self._relay(reader, writer, target_reader, target_writer)


class Socks5Proxy(_Proxy):
    """A SOCKS5 proxy (RFC 1928; CONNECT only), with RFC 1929 user name and password if given."""

    scheme = "socks5h"  # it resolves host names itself, as socks5h:// asks

    async def _handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        version, count = await reader.readexactly(2)
        if version != 5:
            return
        methods = await reader.readexactly(count)
        wanted = 2 if self.username is not None else 0
        if wanted not in methods:
            self.refused.append("auth")
            writer.write(b"\x05\xff")
            return
        writer.write(bytes([5, wanted]))
        if wanted == 2:
            _, name_length = await reader.readexactly(2)
            name = (await reader.readexactly(name_length)).decode()
            (password_length,) = await reader.readexactly(1)
            password = (await reader.readexactly(password_length)).decode()
            if name != self.username or password != (self.password or ""):
                self.refused.append("auth")
                writer.write(b"\x01\x01")
                return
            writer.write(b"\x01\x00")
        _, command, _, address_type = await reader.readexactly(4)
        if address_type == 1:
            host = socket.inet_ntop(socket.AF_INET, await reader.readexactly(4))
        elif address_type == 4:
            host = socket.inet_ntop(socket.AF_INET6, await reader.readexactly(16))
        elif address_type == 3:
            (length,) = await reader.readexactly(1)
            host = (await reader.readexactly(length)).decode()
        else:
            return
        (port,) = struct.unpack("!H", await reader.readexactly(2))
        failure = b"\x05%c\x00\x01\x00\x00\x00\x00\x00\x00"
        if command != 1:
            writer.write(failure % 7)  # command not supported
            return
        address = self._resolve(host)
        if address is None:
            self.refused.append("target")
            writer.write(failure % 2)  # not allowed by ruleset
            return
        try:
            target_reader, target_writer = await asyncio.open_connection(address, port)
        except OSError:
            writer.write(failure % 5)  # connection refused
            return
        self.tunnels.append((host, port))
        writer.write(b"\x05\x00\x00\x01\x7f\x00\x00\x01" + struct.pack("!H", port))
        await writer.drain()
        await self._relay(reader, writer, target_reader, target_writer)


class TlsFront:
    """Terminates TLS on 127.0.0.1 and relays the plain bytes to ``backend_port``: an https:// face for
    the plain-HTTP fake Bot API server, with a certificate for ``FAKE_API_HOST`` (from ``tls``)."""

    def __init__(self, backend_port: int, tls: ssl.SSLContext) -> None:
        self.backend_port = backend_port
        self.tls = tls
        self.port = 0
        self._proxy = _Relay(backend_port)

    async def start(self) -> TlsFront:
        await self._proxy.start(tls=self.tls)
        self.port = self._proxy.port
        return self

    async def close(self) -> None:
        await self._proxy.close()


class _Relay(_Proxy):
    def __init__(self, backend_port: int) -> None:
        super().__init__()
        self.backend_port = backend_port

    async def _handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        target_reader, target_writer = await asyncio.open_connection("127.0.0.1", self.backend_port)
        await self._relay(reader, writer, target_reader, target_writer)
