"""Webhook mode: the bot sets its webhook with the secret and refuses requests without it."""

from __future__ import annotations

import json

import aiohttp

from tests.fake_telegram import FakeTelegramServer

from .conftest import BotFactory
from .harness import SimulatedUser, free_port

SECRET = "s3cret_token"


async def test_webhook_mode_checks_the_secret(fake_telegram: FakeTelegramServer, bots: BotFactory) -> None:
    port = free_port()
    address = f"http://127.0.0.1:{port}"
    bot = await bots(env={"BOT_MODE": "webhook", "BOT_WEBHOOK_URL": address, "BOT_WEBHOOK_SECRET": SECRET,
                          "BOT_LISTEN": "127.0.0.1", "BOT_PORT": str(port)}).start()

    set_webhook = await bot.wait_for_request("setWebhook")
    assert set_webhook.ok
    assert set_webhook.params["url"] == f"{address}/telegram-webhook"
    assert set_webhook.params["secret_token"] == SECRET
    assert fake_telegram.webhook is not None and fake_telegram.webhook.secret_token == SECRET

    # Telegram delivers the update (the fake posts it with the secret header): the bot answers.
    hana = SimulatedUser(fake_telegram, "Hana")
    question = await hana.start()
    assert question.content.startswith("Question 1\n")
    assert (await hana.tap("Work there")).content.startswith("Question 2\n")

    # A forged delivery, without the right secret, is refused and does nothing.
    update = {"update_id": 900_001, "message": {
        "message_id": 999, "date": 1_790_000_000, "chat": hana.chat.summary(), "from": hana.user.to_api(),
        "text": "/start", "entities": [{"type": "bot_command", "offset": 0, "length": 6}]}}
    mark = fake_telegram.mark()
    async with aiohttp.ClientSession() as session:
        for headers in ({"X-Telegram-Bot-Api-Secret-Token": "wrong"}, {}):
            async with session.post(f"{address}/telegram-webhook", data=json.dumps(update),
                                    headers={"Content-Type": "application/json", **headers}) as response:
                assert response.status == 403
        await fake_telegram.assert_no_message(hana.chat, after=mark)

        # The same request with the right secret is accepted and answered.
        async with session.post(f"{address}/telegram-webhook", data=json.dumps(update),
                                headers={"Content-Type": "application/json",
                                         "X-Telegram-Bot-Api-Secret-Token": SECRET}) as response:
            assert response.status == 200
    welcome = await hana.reply(mark)
    assert welcome.content.startswith("Welcome back!")
    assert (await hana.reply(mark)).content.startswith("Question 2\n")
    bot.assert_healthy()
    assert await bot.stop() == 0
