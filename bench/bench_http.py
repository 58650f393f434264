"""Benchmark: client CPU per Bot API call, for the HTTP clients python-telegram-bot could run on.

A tiny aiohttp server runs in a separate process (``--serve``) and answers every POST with a ~600-byte
JSON body, like a ``sendMessage`` answer. This process makes sequential JSON POSTs (~200 bytes each) over
loopback with each client and reads its own CPU time (``time.process_time()``: user + system, every
thread) around them, so the server's work is not counted. Clients:

- ``aiohttp``: a bare ``aiohttp.ClientSession`` (post, read the body; no JSON work, no PTB),
- ``aiohttp (PTB)``: the bot's previous network layer, aiohttp under PTB's ``BaseRequest``,
- ``httpx (PTB)``: PTB's default, ``HTTPXRequest``,
- ``keep-alive``: a bare ``KeepAliveClient.request`` (no JSON work, no PTB),
- ``keep-alive (PTB)``: ``KeepAliveRequest``, the bot's network layer,

each on the default asyncio event loop and on uvloop. The "(PTB)" rows go through ``BaseRequest.post``
as ``telegram.Bot`` does: encode the parameters (``RequestData.json_payload``), the request, decode the
answer (``parse_json_payload``), so they are the per-call cost the bot actually pays.

    python bench/bench_http.py            # 3 rounds of 3,000 calls per client and loop (about a minute)
    python bench/bench_http.py --quick    # 1 round of 300 calls: a smoke run

No assertions: it prints figures. The machine is small and shared: compare figures within one run.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import platform
import statistics
import subprocess
import sys
import time
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import machine  # noqa: E402  (bench/machine.py: the script's folder is on sys.path)

TOKEN = "123456789:AAbench-token-not-real_abcdefghijklmnop"
TEXT = "Question 4 of 13: what is your highest degree? Tap a button below."
ANSWER = json.dumps({"ok": True, "result": {
    "message_id": 123456, "date": 1764300000, "text": TEXT,
    "from": {"id": 987654321, "is_bot": True, "first_name": "China Check", "username": "china_check_bot"},
    "chat": {"id": 123456789, "type": "private", "first_name": "Ann", "last_name": "Example",
             "username": "ann_example"},
    "reply_markup": {"inline_keyboard": [[{"text": "Bachelor", "callback_data": "c:highest_degree:bachelor"}],
                                         [{"text": "Master", "callback_data": "c:highest_degree:master"}],
                                         [{"text": "PhD", "callback_data": "c:highest_degree:phd"}]]},
}}, separators=(",", ":")).encode()

# -- the server (its own process) ----------------------------------------------------------------


def serve() -> None:
    from aiohttp import web

    async def answer(request: web.Request) -> web.Response:
        await request.read()
        return web.Response(body=ANSWER, content_type="application/json")

    async def main() -> None:
        app = web.Application()
        app.router.add_post("/{path:.*}", answer)
        runner = web.AppRunner(app, access_log=None)
        await runner.setup()
        site = web.TCPSite(runner, "127.0.0.1", 0)
        await site.start()
        print(runner.addresses[0][1], flush=True)
        await asyncio.Event().wait()

    try:
        import uvloop
        uvloop.run(main())
    except ImportError:
        asyncio.run(main())


# -- the clients ------------------------------------------------------------------------------------

Call = Callable[[], Awaitable[Any]]


def request_data() -> Any:
    from telegram.request import RequestData
    from telegram.request._requestparameter import RequestParameter

    keyboard = {"inline_keyboard": [[{"text": "Master", "callback_data": "c:highest_degree:master"}]]}
    return RequestData([RequestParameter.from_input(name, value) for name, value in
                        (("chat_id", 123456789), ("text", TEXT), ("reply_markup", keyboard))])


def json_body() -> bytes:
    data: bytes = request_data().json_payload
    return data


def old_aiohttp_request() -> Any:
    """The bot's previous transport (bot/telegram_adapter/transport.py before KeepAliveRequest), JSON path."""
    import aiohttp
    from telegram.request import BaseRequest

    class AiohttpRequest(BaseRequest):
        def __init__(self) -> None:
            self._session: aiohttp.ClientSession | None = None
            self._timeout = aiohttp.ClientTimeout(total=None, sock_read=5.0, sock_connect=5.0)

        @property
        def read_timeout(self) -> float:
            return 5.0

        async def initialize(self) -> None:
            connector = aiohttp.TCPConnector(limit=64, keepalive_timeout=60, ttl_dns_cache=300)
            self._session = aiohttp.ClientSession(connector=connector, headers={"User-Agent": self.USER_AGENT})

        async def shutdown(self) -> None:
            if self._session is not None:
                await self._session.close()

        async def do_request(self, url: str, method: str, request_data: Any = None, read_timeout: Any = None,
                             write_timeout: Any = None, connect_timeout: Any = None, pool_timeout: Any = None,
                             ) -> tuple[int, bytes]:
            assert self._session is not None
            async with self._session.request(
                    method, url, data=request_data.json_payload, timeout=self._timeout,
                    headers={"Content-Type": "application/json", "User-Agent": self.USER_AGENT}) as response:
                return response.status, await response.read()

    return AiohttpRequest()


async def make_client(kind: str, url: str) -> tuple[Call, Callable[[], Awaitable[None]]]:
    """(one call, close) for a client kind."""
    if kind == "aiohttp":
        import aiohttp
        session = aiohttp.ClientSession()
        body = json_body()
        headers = {"Content-Type": "application/json"}

        async def call() -> bytes:
            async with session.post(url, data=body, headers=headers) as response:
                return await response.read()
        return call, session.close
    if kind == "keep-alive":
        from bot.telegram_adapter.http_client import KeepAliveClient
        client = KeepAliveClient(user_agent="bench")
        body = json_body()

        async def call_raw() -> tuple[int, bytes]:
            return await client.request("POST", url, body, b"application/json")
        return call_raw, client.close
    if kind == "httpx (PTB)":
        from telegram.request import HTTPXRequest
        request: Any = HTTPXRequest(connection_pool_size=64)
    elif kind == "aiohttp (PTB)":
        request = old_aiohttp_request()
    elif kind == "keep-alive (PTB)":
        from bot.telegram_adapter.transport import KeepAliveRequest
        request = KeepAliveRequest(connection_pool_size=64)
    else:
        raise ValueError(kind)
    await request.initialize()
    # A fresh RequestData per call, as telegram.Bot builds one per call.
    parameters = request_data()._parameters

    async def call_ptb() -> Any:
        from telegram.request import RequestData
        return await request.post(url, RequestData(list(parameters)))
    return call_ptb, request.shutdown


async def measure(kind: str, url: str, calls: int, rounds: int) -> tuple[float, float]:
    """(median CPU ms per call, median wall ms per call) over the rounds."""
    call, close = await make_client(kind, url)
    try:
        for _ in range(max(50, calls // 10)):  # connections, caches, imports
            await call()
        cpu: list[float] = []
        wall: list[float] = []
        for _ in range(rounds):
            start_cpu, start_wall = time.process_time(), time.perf_counter()
            for _ in range(calls):
                await call()
            cpu.append((time.process_time() - start_cpu) * 1000 / calls)
            wall.append((time.perf_counter() - start_wall) * 1000 / calls)
    finally:
        await close()
    return statistics.median(cpu), statistics.median(wall)



def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="1 round of 300 calls per client and loop")
    parser.add_argument("--calls", type=int, default=3000, help="calls per round")
    parser.add_argument("--rounds", type=int, default=3, help="rounds per client and loop (the median is shown)")
    parser.add_argument("--clients", default="aiohttp,aiohttp (PTB),httpx (PTB),keep-alive,keep-alive (PTB)")
    parser.add_argument("--serve", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.serve:
        serve()
        return
    calls, rounds = (300, 1) if args.quick else (args.calls, args.rounds)
    kinds = [kind.strip() for kind in args.clients.split(",") if kind.strip()]
    try:
        import uvloop
        loops: list[tuple[str, Callable[[], asyncio.AbstractEventLoop]]] = [
            ("asyncio", asyncio.new_event_loop), ("uvloop", uvloop.new_event_loop)]
    except ImportError:
        loops = [("asyncio", asyncio.new_event_loop)]

    print(f"machine: {platform.platform()}, {machine.cpu_model()}, {os.cpu_count()} CPUs; "
          f"Python {platform.python_version()} ({platform.python_implementation()})")
    print("versions: " + ", ".join(f"{name} {machine.version_of(name)}" for name in (
        "python-telegram-bot", "aiohttp", "httpx", "httptools", "orjson", "uvloop")))
    print(f"{calls:,} sequential JSON POSTs per round ({len(json_body())} bytes; answer {len(ANSWER)} bytes), "
          f"{rounds} round(s), median shown; server: aiohttp in another process, loopback\n")

    server = subprocess.Popen([sys.executable, __file__, "--serve"], stdout=subprocess.PIPE, text=True)
    try:
        assert server.stdout is not None
        port = int(server.stdout.readline())
        url = f"http://127.0.0.1:{port}/bot{TOKEN}/sendMessage"
        print(f"{'client':<18} {'loop':<8} {'CPU ms/call':>12} {'wall ms/call':>13}")
        for kind in kinds:
            for loop_name, factory in loops:
                with asyncio.Runner(loop_factory=factory) as runner:
                    cpu, wall = runner.run(measure(kind, url, calls, rounds))
                print(f"{kind:<18} {loop_name:<8} {cpu:>12.3f} {wall:>13.3f}", flush=True)
    finally:
        server.terminate()
        server.wait(timeout=10)


if __name__ == "__main__":
    main()
