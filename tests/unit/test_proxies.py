"""Proxies: the URL setting, the standard environment variables, and calls through CONNECT and SOCKS5."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator, Iterator

import pytest
from aiohttp import web
from pydantic import ValidationError
from telegram import Bot
from telegram.error import NetworkError, TimedOut

from bot.config import Settings
from bot.telegram_adapter.proxy import ProxyURL, environment_proxy, parse_proxy_url
from bot.telegram_adapter.transport import AiohttpRequest, telegram_requests
from tests.proxies import FAKE_API_HOST, ConnectProxy, Socks5Proxy, refusing_address

TOKEN = "123456:SECRET-TOKEN-abc"
PASSWORD = "pa:ss@w0rd/SECRET"
USER = {"id": 123456, "is_bot": True, "first_name": "Test", "username": "test_bot"}
PROXY_VARIABLES = ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "NO_PROXY")


@pytest.fixture(autouse=True)
def no_proxy_variables(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    for name in PROXY_VARIABLES:
        monkeypatch.delenv(name, raising=False)
        monkeypatch.delenv(name.lower(), raising=False)
    monkeypatch.delenv("TELEGRAM_PROXY_URL", raising=False)
    yield


# -- the URL --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "expected"), [
    ("http://proxy.example:3128", ProxyURL("http", "proxy.example", 3128)),
    ("https://proxy.example", ProxyURL("https", "proxy.example", 443)),
    ("socks5://127.0.0.1", ProxyURL("socks5", "127.0.0.1", 1080)),
    ("SOCKS5H://[::1]:9050", ProxyURL("socks5h", "::1", 9050)),
])
def test_proxy_urls_are_parsed(text: str, expected: ProxyURL) -> None:
    assert parse_proxy_url(text) == expected


def test_credentials_are_decoded_and_never_shown() -> None:
    proxy = parse_proxy_url("socks5h://ann%40home:pa%3Ass%40w0rd%2FSECRET@10.0.0.1:1080")
    assert (proxy.username, proxy.password) == ("ann@home", PASSWORD)
    assert str(proxy) == "socks5h://10.0.0.1:1080" and proxy.address == "10.0.0.1:1080"
    assert repr(proxy) == "ProxyURL(socks5h://10.0.0.1:1080, with credentials)"
    request = AiohttpRequest(proxy=proxy)
    assert "SECRET" not in repr(request) and "ann" not in repr(request)


@pytest.mark.parametrize("text", [
    "ftp://user:SECRET@proxy:21", "socks4://user:SECRET@proxy:1080", "http://user:SECRET@:3128",
    "http://user:SECRET@proxy:port", "http://user:SECRET@proxy:3128/path", "user:SECRET@proxy:3128",
])
def test_a_bad_proxy_url_is_a_configuration_error_without_the_url(text: str) -> None:
    with pytest.raises(ValidationError) as raised:
        Settings(TELEGRAM_PROXY_URL=text)
    assert "TELEGRAM_PROXY_URL" in str(raised.value)
    assert "SECRET" not in str(raised.value) and "user" not in str(raised.value).replace("[user:", "")


def test_the_setting_is_secret() -> None:
    settings = Settings(TELEGRAM_PROXY_URL=f"http://ann:{PASSWORD.replace('@', '%40').replace('/', '%2F')}@p:1")
    assert "SECRET" not in repr(settings) and "SECRET" not in str(settings.model_dump())
    assert settings.telegram_proxy() == ProxyURL("http", "p", 1)


# -- the environment ------------------------------------------------------------------------------------


def test_https_proxy_for_an_https_base_url_then_all_proxy(monkeypatch: pytest.MonkeyPatch) -> None:
    assert environment_proxy("https://api.telegram.org/bot") is None
    monkeypatch.setenv("ALL_PROXY", "socks5h://127.0.0.1:1080")
    assert environment_proxy("https://api.telegram.org/bot") == ProxyURL("socks5h", "127.0.0.1", 1080)
    monkeypatch.setenv("HTTPS_PROXY", "proxy.example:3128")  # no scheme: http, by custom
    monkeypatch.setenv("HTTP_PROXY", "http://other.example:8080")  # for http:// URLs only
    assert environment_proxy("https://api.telegram.org/bot") == ProxyURL("http", "proxy.example", 3128)
    assert environment_proxy("http://api.telegram.test:8081/bot") == ProxyURL("http", "other.example", 8080)


def test_lower_case_variables_count_too(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("https_proxy", "socks5://127.0.0.1:9050")
    assert environment_proxy("https://api.telegram.org/bot") == ProxyURL("socks5", "127.0.0.1", 9050)


@pytest.mark.parametrize("no_proxy", ["api.telegram.org", ".telegram.org", "localhost,telegram.org", "*"])
def test_no_proxy_names_the_host(monkeypatch: pytest.MonkeyPatch, no_proxy: str) -> None:
    monkeypatch.setenv("HTTPS_PROXY", "http://proxy.example:3128")
    monkeypatch.setenv("NO_PROXY", no_proxy)
    assert environment_proxy("https://api.telegram.org/bot") is None
    assert Settings(TELEGRAM_BOT_TOKEN=TOKEN).telegram_proxy() is None


def test_no_proxy_for_another_host_leaves_the_proxy(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HTTPS_PROXY", "http://proxy.example:3128")
    monkeypatch.setenv("no_proxy", "localhost,127.0.0.1")
    assert environment_proxy("https://api.telegram.org/bot") == ProxyURL("http", "proxy.example", 3128)


def test_the_setting_wins_over_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HTTPS_PROXY", "http://proxy.example:3128")
    monkeypatch.setenv("NO_PROXY", "*")
    settings = Settings(TELEGRAM_BOT_TOKEN=TOKEN, TELEGRAM_PROXY_URL="socks5h://127.0.0.1:1080")
    assert settings.telegram_proxy() == ProxyURL("socks5h", "127.0.0.1", 1080)
    api, updates = telegram_requests(settings)
    assert api.proxy == updates.proxy == ProxyURL("socks5h", "127.0.0.1", 1080)


def test_a_bad_environment_proxy_stops_the_bot_but_not_the_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HTTPS_PROXY", "gopher://ann:SECRET@proxy:70")
    with pytest.raises(ValidationError) as raised:
        Settings(TELEGRAM_BOT_TOKEN=TOKEN)
    assert "HTTPS_PROXY" in str(raised.value) and "SECRET" not in str(raised.value)
    assert Settings().telegram_bot_token is None  # no token: the terminal mode does not use the proxy


# -- calls through the proxies ----------------------------------------------------------------------------


@pytest.fixture
async def api_port() -> AsyncIterator[int]:
    async def answer(request: web.Request) -> web.Response:
        if request.match_info["token"] != TOKEN:
            return web.json_response({"ok": False, "error_code": 401, "description": "Unauthorized"}, status=401)
        return web.json_response({"ok": True, "result": USER})

    app = web.Application()
    app.router.add_post("/bot{token}/{method}", answer)
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    try:
        yield runner.addresses[0][1]
    finally:
        await runner.cleanup()


def bot_through(proxy_url: str, port: int, host: str = FAKE_API_HOST) -> Bot:
    # FAKE_API_HOST resolves only inside the test proxies: a call that succeeds went through one.
    return Bot(TOKEN, base_url=f"http://{host}:{port}/bot", request=AiohttpRequest(proxy=parse_proxy_url(proxy_url)))


@pytest.mark.parametrize("kind", [ConnectProxy, Socks5Proxy])
@pytest.mark.parametrize("credentials", [False, True], ids=["open", "with password"])
async def test_calls_go_through_the_proxy_on_one_kept_alive_tunnel(
        api_port: int, kind: type[ConnectProxy | Socks5Proxy], credentials: bool) -> None:
    proxy = await kind(username="ann" if credentials else None, password=PASSWORD if credentials else None).start()
    try:
        async with bot_through(proxy.url, api_port) as bot:
            for _ in range(3):
                assert (await bot.get_me()).username == "test_bot"
    finally:
        await proxy.close()
    assert proxy.tunnels == [(FAKE_API_HOST, api_port)]


async def test_socks5_resolves_locally_and_socks5h_remotely(api_port: int) -> None:
    async with Socks5Proxy() as proxy:
        async with bot_through(f"socks5://127.0.0.1:{proxy.port}", api_port, host="127.0.0.1") as bot:
            await bot.get_me()
        local = bot_through(f"socks5://127.0.0.1:{proxy.port}", api_port)
        with pytest.raises(NetworkError):  # the made-up name does not resolve here
            await local.initialize()
        await local.request.shutdown()
    assert proxy.tunnels == [("127.0.0.1", api_port)]


@pytest.mark.parametrize("kind", [ConnectProxy, Socks5Proxy])
async def test_wrong_proxy_password_is_a_network_error_naming_only_the_proxy(
        api_port: int, kind: type[ConnectProxy | Socks5Proxy]) -> None:
    async with kind(username="ann", password="right") as proxy:
        wrong = proxy.url.replace("right", "SECRET-wrong")
        bot = bot_through(wrong, api_port)
        with pytest.raises(NetworkError) as raised:
            await bot.initialize()
        await bot.request.shutdown()
    message = str(raised.value)
    assert f"127.0.0.1:{proxy.port}" in message, message
    assert "SECRET" not in message and "ann" not in message
    assert proxy.refused == ["auth"] and proxy.tunnels == []


@pytest.mark.parametrize("scheme", ["http", "socks5h"])
async def test_an_unreachable_proxy_names_its_host_and_port(scheme: str, caplog: pytest.LogCaptureFixture) -> None:
    host, port = refusing_address()
    caplog.set_level(logging.DEBUG, logger="bot")  # (PTB's own DEBUG lines show the token)
    bot = bot_through(f"{scheme}://ann:{PASSWORD.replace('@', '%40').replace('/', '%2F')}@{host}:{port}", 1)
    with pytest.raises(NetworkError) as raised:
        await bot.initialize()
    await bot.request.shutdown()
    message = str(raised.value)
    assert message == f"Cannot connect to the proxy {scheme}://{host}:{port}: Connection refused"
    assert "SECRET" not in caplog.text


@pytest.mark.parametrize("scheme", ["http", "socks5h"])
async def test_a_proxy_that_never_answers_times_out_naming_the_proxy(scheme: str) -> None:
    accepted: list[asyncio.StreamWriter] = []

    async def silent(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        accepted.append(writer)  # keeps the connection open, says nothing

    server = await asyncio.start_server(silent, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    request = AiohttpRequest(proxy=parse_proxy_url(f"{scheme}://ann:SECRET@127.0.0.1:{port}"),
                             connect_timeout=0.3, pool_timeout=0.1)
    try:
        bot = Bot(TOKEN, base_url=f"http://{FAKE_API_HOST}:1/bot", request=request)
        with pytest.raises(TimedOut) as raised:
            await bot.initialize()
    finally:
        await request.shutdown()
        for writer in accepted:
            writer.close()
        server.close()
        await server.wait_closed()
    assert f"127.0.0.1:{port}" in str(raised.value) and "SECRET" not in str(raised.value)
    assert accepted  # the proxy was reached
