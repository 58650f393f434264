"""The real bot through a proxy: a whole interview through a local HTTP CONNECT proxy and a local SOCKS5
proxy, configured by ``TELEGRAM_PROXY_URL`` or by the standard environment variables, and the start-up
error when the proxy cannot be reached.

The bot is told that the Bot API is at ``api.telegram.test``, a name only the test proxies resolve (to
the fake server on 127.0.0.1): every call that reached the fake server went through the proxy. With
``https_api`` the Bot API is also behind TLS with a test certificate authority, as Telegram's is.
"""

from __future__ import annotations

import asyncio
import ssl
from collections.abc import AsyncIterator
from pathlib import Path
from urllib.parse import quote

import pytest
import pytest_asyncio
import trustme

from tests.fake_telegram import FakeTelegramServer
from tests.proxies import FAKE_API_HOST, ConnectProxy, Socks5Proxy, TlsFront, refusing_address

from .conftest import BotFactory
from .harness import SimulatedUser, answer_all
from .test_interview import SCRIPT

PASSWORD = "pr0xy:SECRET@pass"


def through_proxy(server: FakeTelegramServer) -> dict[str, str]:
    return {"TELEGRAM_API_BASE_URL": f"http://{FAKE_API_HOST}:{server.port}/bot"}


async def whole_interview(server: FakeTelegramServer, bots: BotFactory, env: dict[str, str]) -> None:
    bot = await bots(env={**through_proxy(server), **env}).start()
    alice = SimulatedUser(server, "Alice")
    first = await alice.start()
    assert first.content.startswith("Question 1\n")
    verdict = await answer_all(alice, [answer for answer, _ in SCRIPT])
    assert verdict.content.startswith("Your eligibility, as of ")
    bot.assert_healthy()
    assert PASSWORD not in bot.stdout() + bot.stderr()
    assert quote(PASSWORD, safe="") not in bot.stdout() + bot.stderr()


@pytest.mark.parametrize("kind", [ConnectProxy, Socks5Proxy])
async def test_a_whole_interview_through_the_proxy_setting(
        fake_telegram: FakeTelegramServer, bots: BotFactory, kind: type[ConnectProxy | Socks5Proxy]) -> None:
    proxy = await kind(username="ann", password=PASSWORD).start()
    try:
        await whole_interview(fake_telegram, bots, {"TELEGRAM_PROXY_URL": proxy.url})
    finally:
        await proxy.close()
    assert proxy.tunnels and set(proxy.tunnels) == {(FAKE_API_HOST, fake_telegram.port)}
    assert proxy.refused == []


@pytest.mark.parametrize(("variable", "kind"), [("HTTP_PROXY", ConnectProxy), ("ALL_PROXY", Socks5Proxy),
                                                ("all_proxy", ConnectProxy)])
async def test_a_whole_interview_through_the_proxy_variables(
        fake_telegram: FakeTelegramServer, bots: BotFactory, variable: str,
        kind: type[ConnectProxy | Socks5Proxy]) -> None:
    # This fake Bot API is http://, so HTTP_PROXY is its variable (HTTPS_PROXY, for https:// URLs such as
    # Telegram's, is the next test's); ALL_PROXY serves both. NO_PROXY names other hosts only.
    proxy = await kind(username="ann", password=PASSWORD).start()
    try:
        await whole_interview(fake_telegram, bots, {variable: proxy.url, "NO_PROXY": "localhost,127.0.0.1"})
    finally:
        await proxy.close()
    assert proxy.tunnels and set(proxy.tunnels) == {(FAKE_API_HOST, fake_telegram.port)}


class HttpsApi:
    """The fake Bot API behind TLS as ``https://api.telegram.test:PORT``, a certificate authority the
    bot is told to trust (``SSL_CERT_FILE``), and a server-side TLS context for an https:// proxy."""

    def __init__(self, front: TlsFront, ca_file: Path, tls: ssl.SSLContext) -> None:
        self.front = front
        self.ca_file = ca_file
        self.tls = tls

    def env(self) -> dict[str, str]:
        return {"TELEGRAM_API_BASE_URL": f"https://{FAKE_API_HOST}:{self.front.port}/bot",
                "SSL_CERT_FILE": str(self.ca_file)}


@pytest_asyncio.fixture
async def https_api(fake_telegram: FakeTelegramServer, tmp_path: Path) -> AsyncIterator[HttpsApi]:
    ca = trustme.CA()
    tls = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ca.issue_cert(FAKE_API_HOST, "127.0.0.1").configure_cert(tls)
    ca_file = tmp_path / "test-ca.pem"
    ca.cert_pem.write_to_path(str(ca_file))
    front = await TlsFront(fake_telegram.port, tls).start()
    try:
        yield HttpsApi(front, ca_file, tls)
    finally:
        await front.close()


@pytest.mark.parametrize(("variable", "proxy_tls"), [("HTTPS_PROXY", False), ("https_proxy", True),
                                                     ("TELEGRAM_PROXY_URL", True)],
                         ids=["HTTPS_PROXY", "https_proxy to an https proxy", "TELEGRAM_PROXY_URL https proxy"])
async def test_a_whole_interview_with_an_https_bot_api_through_a_connect_proxy(
        fake_telegram: FakeTelegramServer, bots: BotFactory, https_api: HttpsApi, variable: str,
        proxy_tls: bool) -> None:
    # As in production: TLS to the Bot API inside the proxy's tunnel (and, for an https:// proxy, TLS to
    # the proxy too). HTTPS_PROXY is the variable for an https:// Bot API URL.
    proxy = await ConnectProxy(username="ann", password=PASSWORD).start(tls=https_api.tls if proxy_tls else None)
    try:
        bot = await bots(env={**https_api.env(), variable: proxy.url}).start()
        alice = SimulatedUser(fake_telegram, "Alice")
        await alice.start()
        verdict = await answer_all(alice, [answer for answer, _ in SCRIPT])
        assert verdict.content.startswith("Your eligibility, as of ")
        bot.assert_healthy()
        assert PASSWORD not in bot.stdout() + bot.stderr()
    finally:
        await proxy.close()
    assert proxy.tunnels and set(proxy.tunnels) == {(FAKE_API_HOST, https_api.front.port)}


@pytest.mark.parametrize("scheme", ["http", "socks5h"])
async def test_an_unreachable_proxy_stops_the_bot_with_a_clear_error(
        fake_telegram: FakeTelegramServer, bots: BotFactory, scheme: str) -> None:
    host, port = refusing_address()
    url = f"{scheme}://ann:{quote(PASSWORD, safe='')}@{host}:{port}"
    bot = await bots(env={**through_proxy(fake_telegram), "TELEGRAM_PROXY_URL": url}).start(wait=False)
    assert bot.process is not None
    code = await asyncio.wait_for(bot.process.wait(), 60)
    assert code != 0, bot.output()
    stderr = bot.stderr()
    assert f"Cannot connect to the proxy {scheme}://{host}:{port}: Connection refused" in stderr, bot.output()
    output = bot.stdout() + stderr
    assert fake_telegram.token not in output and fake_telegram.token.split(":")[1] not in output
    assert PASSWORD not in output and quote(PASSWORD, safe="") not in output and "SECRET" not in output
    assert fake_telegram.requests == []  # nothing reached the Bot API


async def test_a_bad_proxy_url_is_a_configuration_error(fake_telegram: FakeTelegramServer, bots: BotFactory) -> None:
    bot = await bots(env={"TELEGRAM_PROXY_URL": f"socks4://ann:{quote(PASSWORD, safe='')}@127.0.0.1:1080"}
                     ).start(wait=False)
    assert bot.process is not None
    code = await asyncio.wait_for(bot.process.wait(), 60)
    assert code == 2, bot.output()
    assert "Configuration error: TELEGRAM_PROXY_URL" in bot.stderr(), bot.output()
    assert "SECRET" not in bot.stdout() + bot.stderr()
