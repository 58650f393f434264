"""Webhook mode: the bot registers exactly BOT_WEBHOOK_URL with the secret, listens on that URL's path (or on
BOT_WEBHOOK_PATH behind a reverse proxy that rewrites paths), and refuses requests without the secret."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

import aiohttp
import pytest
from aiohttp import web

from tests.fake_telegram import FakeTelegramServer

from .conftest import BotFactory
from .harness import SimulatedUser, free_port
from .nginx import nginx_serving, readme_block

SECRET = "s3cret_token"


def _forged_start(hana: SimulatedUser) -> dict[str, object]:
    return {"update_id": 900_001, "message": {
        "message_id": 999, "date": 1_790_000_000, "chat": hana.chat.summary(), "from": hana.user.to_api(),
        "text": "/start", "entities": [{"type": "bot_command", "offset": 0, "length": 6}]}}


@pytest.mark.parametrize("path", ["", "/tg/hook"], ids=["bare host", "path in the URL"])
async def test_webhook_mode_listens_on_the_urls_path_and_checks_the_secret(
        fake_telegram: FakeTelegramServer, bots: BotFactory, path: str) -> None:
    port = free_port()
    address = f"http://127.0.0.1:{port}{path}"
    bot = await bots(env={"BOT_MODE": "webhook", "BOT_WEBHOOK_URL": address, "BOT_WEBHOOK_SECRET": SECRET,
                          "BOT_LISTEN": "127.0.0.1", "BOT_PORT": str(port)}).start()

    set_webhook = await bot.wait_for_request("setWebhook")
    assert set_webhook.ok
    assert set_webhook.params["url"] == address  # exactly the URL given, nothing appended
    assert set_webhook.params["secret_token"] == SECRET
    assert fake_telegram.webhook is not None and fake_telegram.webhook.secret_token == SECRET

    # Telegram delivers the update (the fake posts it with the secret header): the bot answers.
    hana = SimulatedUser(fake_telegram, "Hana")
    question = await hana.start()
    assert question.content.startswith("Question 1\n")
    assert (await hana.tap("Work there")).content.startswith("Question 2\n")

    # A forged delivery, without the right secret, is refused and does nothing.
    update = _forged_start(hana)
    mark = fake_telegram.mark()
    target = address if path else address + "/"
    async with aiohttp.ClientSession() as session:
        for headers in ({"X-Telegram-Bot-Api-Secret-Token": "wrong"}, {}):
            async with session.post(target, data=json.dumps(update),
                                    headers={"Content-Type": "application/json", **headers}) as response:
                assert response.status == 403
        await fake_telegram.assert_no_message(hana.chat, after=mark)

        # The same request with the right secret is accepted and answered.
        async with session.post(target, data=json.dumps(update),
                                headers={"Content-Type": "application/json",
                                         "X-Telegram-Bot-Api-Secret-Token": SECRET}) as response:
            assert response.status == 200
    welcome = await hana.reply(mark)
    assert welcome.content.startswith("Welcome back!")
    assert (await hana.reply(mark)).content.startswith("Question 2\n")
    bot.assert_healthy()
    assert await bot.stop() == 0


@asynccontextmanager
async def rewriting_proxy(public_path: str, upstream: str) -> AsyncIterator[int]:
    """A reverse proxy on 127.0.0.1 that forwards ``public_path`` to ``upstream`` (a different path), as an
    nginx ``location /public/hook { proxy_pass http://127.0.0.1:8443/local; }`` does."""
    async def forward(request: web.Request) -> web.Response:
        headers = {k: v for k, v in request.headers.items() if k.lower() in ("content-type",
                                                                              "x-telegram-bot-api-secret-token")}
        async with aiohttp.ClientSession() as session, \
                session.post(upstream, data=await request.read(), headers=headers) as answer:
            return web.Response(status=answer.status, body=await answer.read())

    app = web.Application()
    app.router.add_post(public_path, forward)
    runner = web.AppRunner(app)
    await runner.setup()
    port = free_port()
    await web.TCPSite(runner, "127.0.0.1", port).start()
    try:
        yield port
    finally:
        await runner.cleanup()


async def test_webhook_path_override_behind_a_rewriting_proxy(fake_telegram: FakeTelegramServer,
                                                              bots: BotFactory) -> None:
    bot_port = free_port()
    async with rewriting_proxy("/public/hook", f"http://127.0.0.1:{bot_port}/local") as proxy_port:
        public = f"http://127.0.0.1:{proxy_port}/public/hook"
        bot = await bots(env={"BOT_MODE": "webhook", "BOT_WEBHOOK_URL": public, "BOT_WEBHOOK_SECRET": SECRET,
                              "BOT_WEBHOOK_PATH": "/local", "BOT_LISTEN": "127.0.0.1",
                              "BOT_PORT": str(bot_port)}).start()
        set_webhook = await bot.wait_for_request("setWebhook")
        assert set_webhook.params["url"] == public
        hana = SimulatedUser(fake_telegram, "Hana")
        assert (await hana.start()).content.startswith("Question 1\n")
        assert (await hana.tap("Work there")).content.startswith("Question 2\n")
        async with aiohttp.ClientSession() as session, session.post(
                f"http://127.0.0.1:{bot_port}/public/hook", data=json.dumps(_forged_start(hana)),
                headers={"Content-Type": "application/json", "X-Telegram-Bot-Api-Secret-Token": SECRET}) as response:
            assert response.status == 404  # the bot itself listens only on the overriding path
        bot.assert_healthy()
        assert await bot.stop() == 0


@pytest.mark.parametrize(("marker", "env"), [("webhook", {}), ("webhook-rewrite", {"BOT_WEBHOOK_PATH": "/local"})])
async def test_the_readmes_nginx_examples_in_front_of_the_bot(fake_telegram: FakeTelegramServer, bots: BotFactory,
                                                             tmp_path: Path, marker: str, env: dict[str, str]) -> None:
    bot_port = free_port()
    block = readme_block(marker)
    async with nginx_serving(block, tmp_path / "nginx", {"127.0.0.1:8443": f"127.0.0.1:{bot_port}"}) as port:
        public = f"http://127.0.0.1:{port}/tg/hook"
        bot = await bots(env={"BOT_MODE": "webhook", "BOT_WEBHOOK_URL": public, "BOT_WEBHOOK_SECRET": SECRET,
                              "BOT_LISTEN": "127.0.0.1", "BOT_PORT": str(bot_port), **env}).start()
        assert (await bot.wait_for_request("setWebhook")).params["url"] == public
        hana = SimulatedUser(fake_telegram, "Hana")
        assert (await hana.start()).content.startswith("Question 1\n")
        assert (await hana.tap("Work there")).content.startswith("Question 2\n")
        bot.assert_healthy()
        assert await bot.stop() == 0
