"""AiohttpRequest through python-telegram-bot itself, against a small local Bot API look-alike."""

from __future__ import annotations

import asyncio
import contextlib
import io
import json
import socket
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Any

import pytest
from aiohttp import web
from telegram import Bot, InputFile
from telegram.error import BadRequest, InvalidToken, NetworkError, RetryAfter, TelegramError, TimedOut
from telegram.ext import AIORateLimiter, ExtBot

from bot.telegram_adapter.transport import AiohttpRequest

TOKEN = "123456:SECRET-TOKEN-abc"
USER = {"id": 123456, "is_bot": True, "first_name": "Test", "username": "test_bot"}


class BotApi:
    """Answers like the Bot API; records each call's method, content type and form or JSON fields."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, str, dict[str, Any]]] = []
        self.files: dict[str, tuple[str | None, bytes, str]] = {}
        self.port = 0

    async def handle(self, request: web.Request) -> web.Response:
        token, method = request.match_info["token"], request.match_info["method"]
        if token != TOKEN:
            return web.json_response({"ok": False, "error_code": 401, "description": "Unauthorized"}, status=401)
        fields: dict[str, Any] = {}
        if request.content_type == "multipart/form-data":
            reader = await request.multipart()
            async for part in reader:
                assert not isinstance(part, type(reader))
                data = await part.read()  # type: ignore[union-attr]
                if part.filename is not None:  # type: ignore[union-attr]
                    self.files[part.name or ""] = (part.filename, bytes(data),  # type: ignore[union-attr]
                                                   part.headers.get("Content-Type", ""))
                else:
                    fields[part.name or ""] = data.decode()
        else:
            fields = json.loads(await request.read() or b"{}")
        self.calls.append((method, request.content_type, fields))
        return await self.answer(method, fields)

    async def answer(self, method: str, fields: dict[str, Any]) -> web.Response:
        if method == "getMe":
            return web.json_response({"ok": True, "result": USER})
        if method in ("sendMessage", "sendDocument"):
            chat_id = int(fields["chat_id"])
            message: dict[str, Any] = {"message_id": 7, "date": 1700000000,
                                       "chat": {"id": chat_id, "type": "private", "first_name": "Ann"}}
            if method == "sendMessage":
                message["text"] = fields["text"]
            else:
                message["document"] = {"file_id": "F1", "file_unique_id": "U1", "file_name": "report.txt"}
            return web.json_response({"ok": True, "result": message})
        if method == "editMessageText":
            return web.json_response(
                {"ok": False, "error_code": 400, "description": "Bad Request: message is not modified"}, status=400)
        if method == "answerCallbackQuery":
            return web.json_response(
                {"ok": False, "error_code": 429, "description": "Too Many Requests: retry after 7",
                 "parameters": {"retry_after": 7}}, status=429)
        if method == "getChat":
            await asyncio.sleep(5)  # longer than the read timeout under test
            return web.json_response({"ok": True, "result": {"id": 1, "type": "private"}})
        if method == "close":
            return web.Response(body=b"<html>not JSON</html>", status=200, content_type="text/html")
        return web.json_response({"ok": False, "error_code": 404, "description": "Not Found"}, status=404)


@pytest.fixture
async def api() -> AsyncIterator[BotApi]:
    server = BotApi()
    app = web.Application()
    app.router.add_post("/bot{token}/{method}", server.handle)
    runner = web.AppRunner(app, access_log=None, shutdown_timeout=0.1)  # do not wait for getChat's sleep
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    server.port = runner.addresses[0][1]
    try:
        yield server
    finally:
        await runner.cleanup()


def make_bot(port: int, **kwargs: Any) -> Bot:
    return Bot(TOKEN, base_url=f"http://127.0.0.1:{port}/bot", request=AiohttpRequest(**kwargs))


async def test_get_me_and_send_message(api: BotApi) -> None:
    async with make_bot(api.port) as bot:  # initialize() calls getMe
        assert bot.username == "test_bot"
        message = await bot.send_message(chat_id=42, text="héllo <b>world</b>")
        assert message.message_id == 7 and message.chat.id == 42 and message.text == "héllo <b>world</b>"
        again = await bot.send_message(chat_id=42, text="again")
        assert again.text == "again"
    assert [call[:2] for call in api.calls] == [("getMe", "application/json"), ("sendMessage", "application/json"),
                                                ("sendMessage", "application/json")]
    assert api.calls[1][2] == {"chat_id": "42", "text": "héllo <b>world</b>"}  # PTB JSON-encodes each value


@pytest.mark.filterwarnings("ignore::telegram.warnings.PTBDeprecationWarning")  # PTB's own, about retry_after
async def test_error_answers_become_ptb_errors(api: BotApi) -> None:
    async with make_bot(api.port) as bot:
        with pytest.raises(BadRequest, match="not modified"):
            await bot.edit_message_text("same", chat_id=42, message_id=7)
        with pytest.raises(RetryAfter) as raised:
            await bot.answer_callback_query("query-id")
        assert "7" in str(raised.value)
        assert await bot.get_me()  # the connection is still good after error answers


async def test_send_document_is_multipart(api: BotApi) -> None:
    content = b"line one\r\n--not-a-boundary--\r\n\x00\xff binary"
    async with make_bot(api.port) as bot:
        message = await bot.send_document(chat_id=42, document=InputFile(content, filename="report.txt"),
                                          caption="Your data", disable_notification=True)
        assert message.document is not None and message.document.file_id == "F1"
        handle = io.BytesIO(b"from a handle")
        await bot.send_document(chat_id=42, document=InputFile(handle, filename="h.bin", read_file_handle=False))
    method, content_type, fields = api.calls[1]
    assert (method, content_type) == ("sendDocument", "multipart/form-data")
    assert fields == {"chat_id": "42", "caption": "Your data", "disable_notification": "true"}
    assert api.files["document"] == ("h.bin", b"from a handle", "application/octet-stream")


async def test_send_document_content_and_filename(api: BotApi) -> None:
    async with make_bot(api.port) as bot:
        await bot.send_document(chat_id=42, document=InputFile(b"\x00\x01data", filename="résumé 2024.txt"))
    assert api.files["document"] == ("résumé 2024.txt", b"\x00\x01data", "text/plain")


async def test_read_timeout_raises_timed_out_without_the_token(api: BotApi) -> None:
    async with make_bot(api.port, read_timeout=0.2) as bot:
        with pytest.raises(TimedOut) as raised:
            await bot.get_chat(42)
        assert "SECRET" not in str(raised.value) and "SECRET" not in repr(raised.value)
        with pytest.raises(TimedOut):
            await bot.get_chat(42, read_timeout=0.1)
        assert await bot.get_me()


async def test_connection_refused_raises_network_error_without_the_token() -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    bot = make_bot(port)
    with pytest.raises(NetworkError) as raised:
        await bot.initialize()
    assert not isinstance(raised.value, TimedOut)
    assert "SECRET" not in str(raised.value)
    assert f"127.0.0.1:{port}" in str(raised.value) and "Connection refused" in str(raised.value)
    await bot.request.shutdown()  # PTB's Bot.shutdown() skips a bot whose initialize() failed


async def test_invalid_json_answer_is_ptb_invalid_server_response(api: BotApi, caplog: pytest.LogCaptureFixture,
                                                                 ) -> None:
    async with make_bot(api.port) as bot:
        with pytest.raises(TelegramError, match="Invalid server response"):
            await bot.close()
    assert "not JSON" not in caplog.text  # the answer itself is never logged


async def test_wrong_token_is_invalid_token(api: BotApi) -> None:
    bot = Bot("999:WRONG", base_url=f"http://127.0.0.1:{api.port}/bot", request=AiohttpRequest())
    with pytest.raises(InvalidToken):  # (PTB's own message for this one names the token)
        await bot.initialize()
    await bot.shutdown()


async def test_not_initialized_is_refused() -> None:
    with pytest.raises(RuntimeError, match="not initialized"):
        await AiohttpRequest().do_request("http://127.0.0.1:1/bot1:A/getMe", "POST")


def test_parse_json_payload_matches_the_base_class() -> None:
    parse = AiohttpRequest.parse_json_payload
    assert parse(b'{"ok":true,"result":[1,2]}') == {"ok": True, "result": [1, 2]}
    assert parse(b'{"text":"caf\xe9"}') == {"text": "caf\ufffd"}
    assert parse(b'{"n":NaN}')["n"] != parse(b'{"n":NaN}')["n"]
    with pytest.raises(TelegramError, match="Invalid server response"):
        parse(b"<html>")


class PreEncoded:
    """Stands for a RequestData whose json_payload is already encoded (as a subclass may do)."""

    contains_files = False
    json_payload = b'{"chat_id":42,"text":"pre-encoded"}'


async def test_json_payload_is_sent_as_given(api: BotApi) -> None:
    request = AiohttpRequest()
    async with request:
        url = f"http://127.0.0.1:{api.port}/bot{TOKEN}/sendMessage"
        result = await request.post(url, PreEncoded())  # type: ignore[arg-type]
    assert isinstance(result, dict) and result["text"] == "pre-encoded"
    assert api.calls == [("sendMessage", "application/json", {"chat_id": 42, "text": "pre-encoded"})]


# -- keep-alive, no resending, size limits ------------------------------------------------------------


async def test_connections_are_kept_alive_between_calls() -> None:
    peers: list[object] = []

    async def answer(request: web.Request) -> web.Response:
        assert request.transport is not None
        peers.append(request.transport.get_extra_info("peername"))
        return web.json_response({"ok": True, "result": USER})

    async with served(answer) as port, make_bot(port) as bot:
        for _ in range(5):
            await bot.get_me()
    assert len(peers) == 6 and len(set(peers)) == 1  # initialize()'s getMe and five more, one connection


class ClosingServer:
    """A raw HTTP/1.1 server that answers the first ``answered`` requests (keep-alive), then reads each
    request in full and closes the connection without answering: the request reached the server."""

    def __init__(self, answered: int) -> None:
        self.answered = answered
        self.requests: list[bytes] = []  # request line and body of every request read
        self.port = 0

    async def serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            while True:
                head = await reader.readuntil(b"\r\n\r\n")
                length = next((int(line.split(b":", 1)[1]) for line in head.split(b"\r\n")
                               if line.lower().startswith(b"content-length:")), 0)
                body = await reader.readexactly(length)
                self.requests.append(head.split(b"\r\n", 1)[0] + b" " + body)
                if len(self.requests) > self.answered:
                    break
                answer = json.dumps({"ok": True, "result": USER}).encode()
                writer.write(b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: %d\r\n\r\n%s"
                             % (len(answer), answer))
                await writer.drain()
        except (asyncio.IncompleteReadError, ConnectionError):
            pass
        finally:
            writer.close()


@pytest.mark.parametrize("answered", [0, 1], ids=["new connection", "reused connection"])
async def test_a_post_the_server_read_is_never_sent_again(answered: int) -> None:
    closing = ClosingServer(answered)
    server = await asyncio.start_server(closing.serve, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    request = AiohttpRequest()
    try:
        async with request:
            url = f"http://127.0.0.1:{port}/bot{TOKEN}/sendMessage"
            if answered:
                await request.post(url, PreEncoded())  # type: ignore[arg-type]  # opens the kept-alive connection
            with pytest.raises(NetworkError) as raised:
                await request.post(url, PreEncoded())  # type: ignore[arg-type]
    finally:
        server.close()
        await server.wait_closed()
    assert not isinstance(raised.value, TimedOut)
    assert "closed the connection" in str(raised.value) and "SECRET" not in str(raised.value)
    assert len(closing.requests) == answered + 1  # the unanswered POST reached the server exactly once
    assert closing.requests[-1].startswith(b"POST /bot") and closing.requests[-1].endswith(PreEncoded.json_payload)


@contextlib.asynccontextmanager
async def served(handler: Callable[[web.Request], Awaitable[web.StreamResponse]]) -> AsyncIterator[int]:
    app = web.Application()
    app.router.add_route("*", "/{path:.*}", handler)
    runner = web.AppRunner(app, access_log=None, shutdown_timeout=0.1)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    try:
        yield runner.addresses[0][1]
    finally:
        await runner.cleanup()


async def test_a_body_over_the_limit_is_refused() -> None:
    big = json.dumps({"ok": True, "result": {**USER, "first_name": "x" * 5000}}).encode()

    async def with_length(request: web.Request) -> web.Response:
        return web.Response(body=big, content_type="application/json")

    async def chunked(request: web.Request) -> web.StreamResponse:
        response = web.StreamResponse(headers={"Content-Type": "application/json"})
        response.enable_chunked_encoding()
        await response.prepare(request)
        for start in range(0, len(big), 1000):
            await response.write(big[start:start + 1000])
        await response.write_eof()
        return response

    for handler in (with_length, chunked):
        async with served(handler) as port:
            bot = make_bot(port, max_response_bytes=4096)
            with pytest.raises(NetworkError, match="answer is too large") as raised:
                await bot.initialize()
            assert "SECRET" not in str(raised.value)
            await bot.request.shutdown()
            async with make_bot(port, max_response_bytes=len(big)) as roomy:
                assert roomy.first_name == "x" * 5000


async def test_a_header_over_the_limit_is_refused() -> None:
    async def huge_header(request: web.Request) -> web.Response:
        return web.json_response({"ok": True, "result": USER}, headers={"X-Padding": "p" * 10_000})

    async with served(huge_header) as port:
        bot = make_bot(port)
        with pytest.raises(NetworkError, match="Invalid answer from the Bot API") as raised:
            await bot.initialize()
        assert "SECRET" not in str(raised.value)
        await bot.request.shutdown()


@pytest.mark.filterwarnings("ignore::telegram.warnings.PTBDeprecationWarning")  # PTB's own, about retry_after
async def test_429_reaches_the_rate_limiter_which_waits_it_out() -> None:
    calls: list[str] = []

    async def once_too_many(request: web.Request) -> web.Response:
        method = request.match_info["path"].rsplit("/", 1)[1]
        calls.append(method)
        if method == "sendMessage" and calls.count("sendMessage") == 1:
            return web.json_response({"ok": False, "error_code": 429, "description": "Too Many Requests: retry after 1",
                                      "parameters": {"retry_after": 1}}, status=429)
        if method == "sendMessage":
            return web.json_response({"ok": True, "result": {"message_id": 8, "date": 1700000000, "text": "hi",
                                                             "chat": {"id": 42, "type": "private"}}})
        return web.json_response({"ok": True, "result": USER})

    async with served(once_too_many) as port:
        bot = ExtBot(TOKEN, base_url=f"http://127.0.0.1:{port}/bot", request=AiohttpRequest(),
                     rate_limiter=AIORateLimiter(max_retries=1))
        async with bot:
            message = await bot.send_message(chat_id=42, text="hi")
    assert message.message_id == 8
    assert calls == ["getMe", "sendMessage", "sendMessage"]


async def test_file_downloads_are_read_and_bounded_too() -> None:
    async def file(request: web.Request) -> web.Response:
        assert request.method == "GET"
        return web.Response(body=b"\x00" * 5000, content_type="application/octet-stream")

    async with served(file) as port:
        url = f"http://127.0.0.1:{port}/file/bot{TOKEN}/documents/file_1.bin"
        async with AiohttpRequest(max_response_bytes=5000) as request:
            assert await request.retrieve(url) == b"\x00" * 5000
        async with AiohttpRequest(max_response_bytes=4999) as request:
            with pytest.raises(NetworkError, match="too large") as raised:
                await request.retrieve(url)
    assert "SECRET" not in str(raised.value)
