"""KeepAliveRequest through python-telegram-bot itself, against a small local Bot API look-alike."""

from __future__ import annotations

import asyncio
import io
import json
import socket
from collections.abc import AsyncIterator
from typing import Any

import pytest
from aiohttp import web
from telegram import Bot, InputFile
from telegram.error import BadRequest, InvalidToken, NetworkError, RetryAfter, TelegramError, TimedOut

from bot.telegram_adapter.transport import KeepAliveRequest, encode_multipart

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
    return Bot(TOKEN, base_url=f"http://127.0.0.1:{port}/bot", request=KeepAliveRequest(**kwargs))


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
    chained = raised.value.__cause__
    assert isinstance(chained, ConnectionRefusedError) and "SECRET" not in str(chained)
    await bot.shutdown()


async def test_invalid_json_answer_is_ptb_invalid_server_response(api: BotApi, caplog: pytest.LogCaptureFixture,
                                                                 ) -> None:
    async with make_bot(api.port) as bot:
        with pytest.raises(TelegramError, match="Invalid server response"):
            await bot.close()
    assert "not JSON" not in caplog.text  # the answer itself is never logged


async def test_wrong_token_is_invalid_token(api: BotApi) -> None:
    bot = Bot("999:WRONG", base_url=f"http://127.0.0.1:{api.port}/bot", request=KeepAliveRequest())
    with pytest.raises(InvalidToken):  # (PTB's own message for this one names the token)
        await bot.initialize()
    await bot.shutdown()


async def test_not_initialized_is_refused() -> None:
    with pytest.raises(RuntimeError, match="not initialized"):
        await KeepAliveRequest().do_request("http://127.0.0.1:1/bot1:A/getMe", "POST")


def test_parse_json_payload_matches_the_base_class() -> None:
    parse = KeepAliveRequest.parse_json_payload
    assert parse(b'{"ok":true,"result":[1,2]}') == {"ok": True, "result": [1, 2]}
    # orjson refuses these; the standard library's json (what the base class uses) accepts them.
    assert parse(b'{"text":"caf\xe9"}') == {"text": "caf\ufffd"}
    assert parse(b'{"n":NaN}')["n"] != parse(b'{"n":NaN}')["n"]
    with pytest.raises(TelegramError, match="Invalid server response"):
        parse(b"<html>")


def test_multipart_encoding_quotes_names_and_uses_crlf() -> None:
    body, content_type = encode_multipart(
        {"caption": "a\r\nb", 'we"ird\nname': "v"},
        {"document": ('fi"le\r\n.txt', b"DATA", "text/plain")})
    assert content_type.startswith(b"multipart/form-data; boundary=")
    boundary = content_type.split(b"=", 1)[1]
    assert len(boundary) == 32
    assert body == (
        b"--%s\r\nContent-Disposition: form-data; name=\"caption\"\r\n\r\na\r\nb\r\n"
        b"--%s\r\nContent-Disposition: form-data; name=\"we%%22ird%%0Aname\"\r\n\r\nv\r\n"
        b"--%s\r\nContent-Disposition: form-data; name=\"document\"; filename=\"fi%%22le%%0D%%0A.txt\"\r\n"
        b"Content-Type: text/plain\r\n\r\nDATA\r\n"
        b"--%s--\r\n" % (boundary, boundary, boundary, boundary))
    other, _ = encode_multipart({}, {"document": ("a", b"x", "text/plain")})
    assert other.split(b"\r\n", 1)[0] != body.split(b"\r\n", 1)[0]  # a new random boundary each time


class PreEncoded:
    """Stands for a RequestData whose json_payload is already encoded (as a subclass may do)."""

    contains_files = False
    json_payload = b'{"chat_id":42,"text":"pre-encoded"}'


async def test_json_payload_is_sent_as_given(api: BotApi) -> None:
    request = KeepAliveRequest()
    async with request:
        url = f"http://127.0.0.1:{api.port}/bot{TOKEN}/sendMessage"
        result = await request.post(url, PreEncoded())  # type: ignore[arg-type]
    assert isinstance(result, dict) and result["text"] == "pre-encoded"
    assert api.calls == [("sendMessage", "application/json", {"chat_id": 42, "text": "pre-encoded"})]
