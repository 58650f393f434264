"""Benchmark: client CPU per Bot API call through python-telegram-bot, for the transports PTB could run on.

A tiny aiohttp server runs in a separate process (``--serve``) and answers ``getMe`` with the bot and
every other call with a ~600-byte ``sendMessage``-like answer; the same process runs the test proxies
(``tests/proxies.py``), so neither the server's nor the proxies' work is counted. This process calls
``telegram.Bot.send_message`` (a ~200-byte JSON POST with an inline keyboard) sequentially over
loopback and reads its own CPU time (``time.process_time()``: user + system, every thread) around the
calls. Clients:

- ``aiohttp``: a bare ``aiohttp.ClientSession`` (post, read the body; no PTB): the floor,
- ``AiohttpRequest``: the bot's network layer (bot/telegram_adapter/transport.py) under ``Bot``,
- ``HTTPXRequest``: PTB's default under ``Bot``,
- ``AiohttpRequest+connect`` and ``AiohttpRequest+socks5``: the bot's layer through the test HTTP CONNECT
  and SOCKS5 proxies (one kept-alive tunnel),

each on the default asyncio event loop and on uvloop. A ``Bot`` call encodes the parameters, makes the
request, decodes the JSON answer and builds the ``Message``: the per-call cost the bot actually pays.

    python bench/bench_http.py            # 3 rounds of 3,000 calls per client and loop (a few minutes)
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

# -- the server and the proxies (their own process) ----------------------------------------------

ME = json.dumps({"ok": True, "result": {"id": 987654321, "is_bot": True, "first_name": "China Check",
                                        "username": "china_check_bot"}}).encode()


def serve() -> None:
    from aiohttp import web

    from tests.proxies import ConnectProxy, Socks5Proxy

    async def answer(request: web.Request) -> web.Response:
        await request.read()
        body = ME if request.path.endswith("/getMe") else ANSWER
        return web.Response(body=body, content_type="application/json")

    async def main() -> None:
        app = web.Application()
        app.router.add_post("/{path:.*}", answer)
        runner = web.AppRunner(app, access_log=None)
        await runner.setup()
        site = web.TCPSite(runner, "127.0.0.1", 0)
        await site.start()
        connect = await ConnectProxy().start()
        socks = await Socks5Proxy().start()
        print(runner.addresses[0][1], connect.port, socks.port, flush=True)
        await asyncio.Event().wait()

    try:
        import uvloop
        uvloop.run(main())
    except ImportError:
        asyncio.run(main())


# -- the clients ------------------------------------------------------------------------------------

Call = Callable[[], Awaitable[Any]]
KEYBOARD = [[("Bachelor", "c:highest_degree:bachelor")], [("Master", "c:highest_degree:master")],
            [("PhD", "c:highest_degree:phd")]]


async def make_client(kind: str, port: int, proxies: dict[str, int]) -> tuple[Call, Callable[[], Awaitable[None]]]:
    """(one call, close) for a client kind."""
    if kind == "aiohttp":
        import aiohttp
        session = aiohttp.ClientSession()
        body = json.dumps({"chat_id": 123456789, "text": TEXT, "reply_markup": {"inline_keyboard": [
            [{"text": text, "callback_data": data} for text, data in row] for row in KEYBOARD]}}).encode()
        headers = {"Content-Type": "application/json"}
        url = f"http://127.0.0.1:{port}/bot{TOKEN}/sendMessage"

        async def call() -> bytes:
            async with session.post(url, data=body, headers=headers) as response:
                return await response.read()
        return call, session.close
    from telegram import Bot, InlineKeyboardButton, InlineKeyboardMarkup
    from telegram.request import BaseRequest, HTTPXRequest

    from bot.telegram_adapter.proxy import parse_proxy_url
    from bot.telegram_adapter.transport import AiohttpRequest

    host = "127.0.0.1"
    request: BaseRequest
    if kind == "HTTPXRequest":
        request = HTTPXRequest(connection_pool_size=64)
    elif kind == "AiohttpRequest":
        request = AiohttpRequest(connection_pool_size=64)
    elif kind in ("AiohttpRequest+connect", "AiohttpRequest+socks5"):
        from tests.proxies import FAKE_API_HOST
        host = FAKE_API_HOST  # resolved by the proxy only: every call goes through it
        scheme, proxy_port = ("http", proxies["connect"]) if kind.endswith("connect") else ("socks5h", proxies["socks"])
        request = AiohttpRequest(connection_pool_size=64, proxy=parse_proxy_url(f"{scheme}://127.0.0.1:{proxy_port}"))
    else:
        raise ValueError(kind)
    bot = Bot(TOKEN, base_url=f"http://{host}:{port}/bot", request=request)
    await bot.initialize()
    markup = InlineKeyboardMarkup([[InlineKeyboardButton(text, callback_data=data) for text, data in row]
                                   for row in KEYBOARD])

    async def call_ptb() -> Any:
        return await bot.send_message(123456789, TEXT, reply_markup=markup)
    return call_ptb, bot.shutdown


async def measure(kind: str, port: int, proxies: dict[str, int], calls: int, rounds: int) -> tuple[float, float]:
    """(median CPU ms per call, median wall ms per call) over the rounds."""
    call, close = await make_client(kind, port, proxies)
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
    parser.add_argument("--clients", default="aiohttp,AiohttpRequest,HTTPXRequest,AiohttpRequest+connect,"
                                              "AiohttpRequest+socks5")
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
        "python-telegram-bot", "aiohttp", "aiohttp-socks", "httpx", "uvloop")))
    print(f"{calls:,} sequential Bot.send_message calls per round (answer {len(ANSWER)} bytes), "
          f"{rounds} round(s), median shown; server and proxies: in another process, loopback\n")

    server = subprocess.Popen([sys.executable, __file__, "--serve"], stdout=subprocess.PIPE, text=True)
    try:
        assert server.stdout is not None
        port, connect_port, socks_port = (int(p) for p in server.stdout.readline().split())
        proxies = {"connect": connect_port, "socks": socks_port}
        print(f"{'client':<24} {'loop':<8} {'CPU ms/call':>12} {'wall ms/call':>13}")
        for kind in kinds:
            for loop_name, factory in loops:
                with asyncio.Runner(loop_factory=factory) as runner:
                    cpu, wall = runner.run(measure(kind, port, proxies, calls, rounds))
                print(f"{kind:<24} {loop_name:<8} {cpu:>12.3f} {wall:>13.3f}", flush=True)
    finally:
        server.terminate()
        server.wait(timeout=10)


if __name__ == "__main__":
    main()
