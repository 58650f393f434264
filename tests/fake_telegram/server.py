"""The fake Telegram Bot API server: HTTP on 127.0.0.1, speaking the real protocol.

Start it inside the test's event loop and point the bot at ``server.base_url``
(``http://127.0.0.1:<port>/bot``); python-telegram-bot then calls
``{base_url}{token}/{method}`` exactly as it would call api.telegram.org.
"""

from __future__ import annotations

import asyncio
import json
import logging
import re
from collections import defaultdict, deque
from dataclasses import dataclass
from types import TracebackType
from typing import Any

from aiohttp import web

from .bot_api import BotApi, Described, Handler, file_path
from .errors import ApiError, default_description, not_found, unauthorized
from .observe import ObservationMixin, RecordedRequest
from .params import Params, read_params
from .ratelimit import FloodControl, RateLimits
from .simulate import SimulationMixin
from .state import CallbackAnswer, ChatActionRecord, FakeUser, World
from .updates import UpdateQueue, WebhookConfig

log = logging.getLogger(__name__)

DEFAULT_TOKEN = "123456789:AAFakeTelegramTokenForTests_abcdef123"
_TOKEN_RE = re.compile(r"^\d+:[A-Za-z0-9_-]+$")
_MAX_UPLOAD = 60 * 1024 * 1024


@dataclass
class _Failure:
    error_code: int
    description: str
    retry_after: int | None


class FakeTelegramServer(ObservationMixin, SimulationMixin):
    """A Bot API server for one bot, plus the test-side API to play its users and watch it.

    Use as ``async with FakeTelegramServer() as server: ...`` or ``await start()`` / ``await stop()``.
    """

    def __init__(
        self,
        *,
        token: str = DEFAULT_TOKEN,
        bot_username: str = "china_check_bot",
        bot_first_name: str = "China Check",
        host: str = "127.0.0.1",
        port: int = 0,
        privacy_mode: bool = True,
        rate_limits: RateLimits | None = None,
        callback_query_ttl: float | None = None,
        webhook_retry_delay: float = 0.2,
        webhook_max_attempts: int = 5,
    ) -> None:
        if not _TOKEN_RE.match(token):
            raise ValueError(f"malformed bot token {token!r} (expected '<digits>:<secret>')")
        self.token = token
        self.host = host
        self.port = port
        self.privacy_mode = privacy_mode
        """Groups: a non-admin bot gets only commands, replies to it and mentions of it."""
        self.callback_query_ttl = callback_query_ttl
        """Seconds after which answerCallbackQuery fails as 'query is too old' (None: never)."""
        self.rate_limits = rate_limits or RateLimits()
        self.bot = FakeUser(id=int(token.split(":", 1)[0]), first_name=bot_first_name, username=bot_username,
                            language_code=None, is_bot=True)  # fmt: skip
        self.world = World(self.bot)
        self.updates = UpdateQueue(webhook_retry_delay=webhook_retry_delay, webhook_max_attempts=webhook_max_attempts)
        self.flood = FloodControl(self.rate_limits)
        self.api = BotApi(
            self.world,
            self.updates,
            self.flood,
            privacy_mode=lambda: self.privacy_mode,
            callback_query_ttl=lambda: self.callback_query_ttl,
        )
        self.callback_answers: list[CallbackAnswer] = self.api.callback_answers
        self._records: list[RecordedRequest] = []
        self._changed = asyncio.Event()
        self._last_bot_activity = 0.0
        self._consumed_messages: dict[int, set[int]] = {}
        self._consumed_edits: dict[tuple[int, int], set[int]] = {}
        self._failures: defaultdict[str, deque[_Failure]] = defaultdict(deque)
        self._runner: web.AppRunner | None = None

    # lifecycle -------------------------------------------------------------------------------

    async def start(self) -> FakeTelegramServer:
        app = web.Application(client_max_size=_MAX_UPLOAD)
        app.router.add_route("*", "/bot{token}/{method}", self._handle_method)
        app.router.add_get("/file/bot{token}/{path:.+}", self._handle_file)
        app.router.add_route("*", "/{tail:.*}", self._handle_unknown)
        runner = web.AppRunner(app, access_log=None, shutdown_timeout=0.5, handler_cancellation=True)
        await runner.setup()
        site = web.TCPSite(runner, self.host, self.port)
        await site.start()
        self._runner = runner
        address = runner.addresses[0]
        self.port = int(address[1])
        return self

    async def stop(self) -> None:
        await self.updates.close()
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    async def __aenter__(self) -> FakeTelegramServer:
        return await self.start()

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.stop()

    @property
    def base_url(self) -> str:
        """``http://127.0.0.1:<port>/bot``: python-telegram-bot's ``base_url``."""
        return f"http://{self.host}:{self.port}/bot"

    @property
    def base_file_url(self) -> str:
        return f"http://{self.host}:{self.port}/file/bot"

    def env(self) -> dict[str, str]:
        """Environment for a bot process started against this server."""
        return {"TELEGRAM_API_BASE_URL": self.base_url, "TELEGRAM_BOT_TOKEN": self.token}

    # test controls ---------------------------------------------------------------------------

    def fail_next(
        self,
        method: str,
        times: int = 1,
        error_code: int = 429,
        retry_after: int = 1,
        description: str | None = None,
    ) -> None:
        """Makes the next ``times`` calls of ``method`` fail with ``error_code`` (429 carries
        ``parameters.retry_after``), before the method runs."""
        failure = _Failure(
            error_code=error_code,
            description=description or default_description(error_code, retry_after),
            retry_after=retry_after if error_code == 429 else None,
        )
        for _ in range(times):
            self._failures[method.lower()].append(failure)

    @property
    def commands(self) -> dict[tuple[str, str], list[tuple[str, str]]]:
        """Stored setMyCommands lists by ``(scope, language_code)``, e.g. ``("default", "")``,
        ``("all_private_chats", "zh")``, ``("chat:-1001000000001", "")``."""
        return self.api.profile.commands

    @property
    def descriptions(self) -> dict[str, str]:
        """setMyDescription texts by language code (``""`` = default)."""
        return self.api.profile.descriptions

    @property
    def short_descriptions(self) -> dict[str, str]:
        return self.api.profile.short_descriptions

    @property
    def bot_names(self) -> dict[str, str]:
        return self.api.profile.names

    @property
    def chat_actions(self) -> list[ChatActionRecord]:
        return self.api.chat_actions

    @property
    def webhook(self) -> WebhookConfig | None:
        return self.updates.webhook

    @property
    def updates_sent(self) -> list[dict[str, Any]]:
        """Every update queued for the bot so far."""
        return list(self.updates.history)

    # HTTP ------------------------------------------------------------------------------------

    async def _handle_method(self, request: web.Request) -> web.Response:
        token = request.match_info["token"]
        if not _TOKEN_RE.match(token):
            return _answer(not_found().payload(), 404)
        if token != self.token:
            return _answer(unauthorized().payload(), 401)
        try:
            params = await read_params(request)
        except ApiError as exc:
            return _answer(exc.payload(), exc.error_code)
        found = self.api.lookup(request.match_info["method"])
        method = found[0] if found is not None else request.match_info["method"]
        record = self._start_record(method, dict(params.raw), dict(params.files))
        status, body = await self._run(found, params, record)
        record.params = params.as_recorded()
        self._finish_record(record, status, body)
        return _answer(body, status)

    async def _run(
        self, found: tuple[str, Handler] | None, params: Params, record: RecordedRequest
    ) -> tuple[int, dict[str, Any]]:
        try:
            if found is None:
                raise not_found()
            queued = self._failures.get(found[0].lower())
            if queued:
                failure = queued.popleft()
                raise ApiError(failure.error_code, failure.description, retry_after=failure.retry_after)
            result = await found[1](params, record)
        except ApiError as exc:
            return exc.error_code, exc.payload()
        except asyncio.CancelledError:
            self._finish_record(record, 499, {"ok": False, "error_code": 499, "description": "client went away"})
            raise
        except Exception as exc:
            log.exception("fake Telegram failed in %s", record.method)
            return 500, {"ok": False, "error_code": 500, "description": f"Internal Server Error: {exc!r}"}
        if isinstance(result, Described):
            return 200, {"ok": True, "result": result.result, "description": result.description}
        return 200, {"ok": True, "result": result}

    async def _handle_file(self, request: web.Request) -> web.Response:
        if request.match_info["token"] != self.token:
            return _answer(unauthorized().payload(), 401)
        wanted = request.match_info["path"]
        for stored in self.world.files.values():
            if file_path(stored) == wanted:
                return web.Response(body=stored.data, content_type=stored.mime_type or "application/octet-stream")
        return _answer(not_found().payload(), 404)

    async def _handle_unknown(self, request: web.Request) -> web.Response:
        return _answer(not_found().payload(), 404)


def _answer(body: dict[str, Any], status: int) -> web.Response:
    return web.json_response(body, status=status, dumps=lambda data: json.dumps(data, ensure_ascii=False))
