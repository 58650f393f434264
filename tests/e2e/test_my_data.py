"""/mydata hands over what is stored; /forget deletes it after a confirmation."""

from __future__ import annotations

import json
import sqlite3

from tests.fake_telegram import FakeTelegramServer

from .conftest import BotFactory
from .harness import SimulatedUser, answer_all


async def test_mydata_then_forget(fake_telegram: FakeTelegramServer, bots: BotFactory) -> None:
    bot = await bots().start()
    gao = SimulatedUser(fake_telegram, "Gao")
    await gao.start()
    await answer_all(gao, ["Work there", "41", "Guangzhou", "Yes", "720000"])

    document = await gao.command("mydata")
    assert document.document is not None
    assert document.document.filename == "my-data.json"
    assert document.caption == "Everything I store about you, as a JSON file."
    data = json.loads(document.document.data)
    answers = data["session"]["answers"]
    assert answers["goal"]["value"] == "work"
    assert answers["age"]["value"] == 41
    assert answers["work_city"]["value"] == "guangzhou"
    assert answers["job_offer"]["value"] == "yes"
    assert answers["annual_salary"]["value"] == 720000
    assert "question_message_id" not in data

    question = gao.screen
    confirm = await gao.command("forget")
    assert confirm.content == "Delete all your answers and settings? This cannot be undone."
    assert confirm.button_texts == ["Yes, delete everything", "No, keep them"]
    mark, query_id = gao.press("Yes, delete everything", message=confirm)
    await gao.callback_answer(query_id)
    done = await fake_telegram.wait_for_edit(gao.chat, confirm.message_id, after=mark)
    assert done.content == "Done: everything I stored about you is deleted."
    assert done.buttons == []
    gao.screen = question

    assert await gao.answers() == []
    listing = fake_telegram.sent_messages(gao.chat)[-1]
    assert listing.content == "You haven't answered anything yet. Send /start to begin."
    with sqlite3.connect(bot.database) as db:  # and nothing of hers is left in the file
        rows = [row[0] for row in db.execute("SELECT data FROM sessions WHERE user_id = ?", (gao.id,))]
    assert not any("720000" in row or "guangzhou" in row for row in rows)
    bot.assert_healthy()
