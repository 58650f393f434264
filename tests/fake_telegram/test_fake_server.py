"""The fake Telegram server, exercised with a real python-telegram-bot ``Bot`` (and raw HTTP)."""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator
from datetime import timedelta
from typing import Any

import aiohttp
import pytest
import pytest_asyncio
from aiohttp import web
from telegram import (
    Bot,
    BotCommand,
    ChatMemberAdministrator,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    Update,
)
from telegram.constants import ParseMode
from telegram.error import BadRequest, Conflict, Forbidden, InvalidToken, RetryAfter
from telegram.ext import Application, CallbackQueryHandler, CommandHandler, ContextTypes

from .server import FakeTelegramServer

Server = FakeTelegramServer


@pytest_asyncio.fixture
async def bot(fake_telegram: Server) -> AsyncIterator[Bot]:
    async with Bot(
        fake_telegram.token, base_url=fake_telegram.base_url, base_file_url=fake_telegram.base_file_url
    ) as real_bot:
        yield real_bot


def keyboard(*rows: list[tuple[str, str]]) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup(
        [[InlineKeyboardButton(text, callback_data=data) for text, data in row] for row in rows]
    )


async def raw_call(server: Server, method: str, *, token: str | None = None, **kwargs: Any) -> Any:
    """One HTTP call without python-telegram-bot: returns (status, decoded body)."""
    async with (
        aiohttp.ClientSession() as session,
        session.post(f"{server.base_url}{token or server.token}/{method}", **kwargs) as response,
    ):
        return response.status, await response.json()


def seconds(value: int | timedelta) -> float:
    return value.total_seconds() if isinstance(value, timedelta) else float(value)


# getting started -------------------------------------------------------------------------------


async def test_get_me_describes_the_bot(bot: Bot, fake_telegram: Server) -> None:
    me = await bot.get_me()

    assert me.id == 123456789
    assert me.is_bot
    assert me.username == "china_check_bot"
    assert me.can_join_groups
    assert fake_telegram.requests[0].method == "getMe"


async def test_wrong_token_and_unknown_method(fake_telegram: Server) -> None:
    with pytest.raises(InvalidToken):
        async with Bot("42:not-the-token", base_url=fake_telegram.base_url):
            pass

    assert await raw_call(fake_telegram, "getMe", token="42:nope") == (
        401,
        {"ok": False, "error_code": 401, "description": "Unauthorized"},
    )
    assert await raw_call(fake_telegram, "noSuchMethod") == (
        404,
        {"ok": False, "error_code": 404, "description": "Not Found"},
    )


# sending ---------------------------------------------------------------------------------------


async def test_send_message_stores_parsed_text_and_keyboard(bot: Bot, fake_telegram: Server) -> None:
    user = fake_telegram.add_user("Li", language_code="zh")
    chat = fake_telegram.private_chat(user)

    sent = await bot.send_message(
        chat.id,
        "<b>Eligible</b> &amp; ready &lt;3",
        parse_mode=ParseMode.HTML,
        reply_markup=keyboard([("Yes", "answer:yes"), ("No", "answer:no")]),
    )

    assert sent.text == "Eligible & ready <3"
    assert sent.from_user is not None and sent.from_user.id == fake_telegram.bot.id
    assert [(e.type, e.offset, e.length) for e in sent.entities] == [("bold", 0, 8)]
    message = await fake_telegram.next_message(chat)
    assert message.message_id == sent.message_id
    assert message.text == "Eligible & ready <3"
    assert message.raw_text == "<b>Eligible</b> &amp; ready &lt;3"
    assert message.keyboard == [[("Yes", "answer:yes"), ("No", "answer:no")]]
    assert fake_telegram.messages_in(chat)[-1].text == "Eligible & ready <3"
    assert fake_telegram.requests[-1].params["reply_markup"]["inline_keyboard"][0][0]["text"] == "Yes"


async def test_text_limit_is_4096_characters_after_parsing(bot: Bot, fake_telegram: Server) -> None:
    chat = fake_telegram.private_chat(fake_telegram.add_user())

    await bot.send_message(chat.id, "<b>" + "字" * 4096 + "</b>", parse_mode=ParseMode.HTML)
    with pytest.raises(BadRequest, match=r"(?i)message is too long"):
        await bot.send_message(chat.id, "x" * 4097)
    with pytest.raises(BadRequest, match=r"(?i)message text is empty"):
        await bot.send_message(chat.id, "<b> </b>", parse_mode=ParseMode.HTML)

    assert len(fake_telegram.messages_in(chat)) == 1
    failed = fake_telegram.requests[-1]
    assert (failed.error_code, failed.error) == (400, "Bad Request: message text is empty")


async def test_bad_html_is_refused_like_telegram(bot: Bot, fake_telegram: Server) -> None:
    chat = fake_telegram.private_chat(fake_telegram.add_user())

    with pytest.raises(BadRequest, match=r"(?i)can't find end tag corresponding to start tag \"b\""):
        await bot.send_message(chat.id, "<b>open", parse_mode=ParseMode.HTML)
    with pytest.raises(BadRequest, match=r"(?i)unsupported start tag \"div\" at byte offset 3"):
        await bot.send_message(chat.id, "ok <div>", parse_mode=ParseMode.HTML)
    with pytest.raises(BadRequest, match=r"(?i)character '.' is reserved"):
        await bot.send_message(chat.id, "Done.", parse_mode=ParseMode.MARKDOWN_V2)
    with pytest.raises(BadRequest, match=r"(?i)chat not found"):
        await bot.send_message(-1009999, "hello")


async def test_callback_data_over_64_bytes_is_rejected(bot: Bot, fake_telegram: Server) -> None:
    chat = fake_telegram.private_chat(fake_telegram.add_user())

    await bot.send_message(chat.id, "ok", reply_markup=keyboard([("A", "a" * 64)]))
    with pytest.raises(BadRequest, match=r"(?i)button_data_invalid"):
        await bot.send_message(chat.id, "too long", reply_markup=keyboard([("A", "é" * 33)]))
    assert fake_telegram.requests[-1].error == "Bad Request: BUTTON_DATA_INVALID"


async def test_send_document_upload_and_download(bot: Bot, fake_telegram: Server) -> None:
    chat = fake_telegram.private_chat(fake_telegram.add_user())

    sent = await bot.send_document(
        chat.id, b"criterion,ok\n", filename="report.csv", caption="<i>Report</i>", parse_mode="HTML"
    )

    stored = (await fake_telegram.next_message(chat)).document
    assert stored is not None
    assert (stored.filename, stored.data) == ("report.csv", b"criterion,ok\n")
    assert sent.caption == "Report"
    assert sent.document is not None and sent.document.file_name == "report.csv"
    downloaded = await (await bot.get_file(sent.document.file_id)).download_as_bytearray()
    assert bytes(downloaded) == b"criterion,ok\n"


async def test_sending_into_groups_needs_membership(bot: Bot, fake_telegram: Server) -> None:
    owner = fake_telegram.add_user("Owner")
    group = fake_telegram.add_group("Expats", members=[owner])
    channel = fake_telegram.add_channel("News", bot_status="administrator", bot_rights={"can_post_messages": False})

    with pytest.raises(Forbidden, match=r"(?i)bot is not a member of the supergroup chat"):
        await bot.send_message(group.id, "hi")
    fake_telegram.bot_added_to_chat(group, owner)
    await bot.send_message(group.id, "hi")
    with pytest.raises(BadRequest, match=r"(?i)not enough rights"):
        await bot.send_message(channel.id, "post")
    fake_telegram.user_blocks_bot(owner)
    with pytest.raises(Forbidden, match=r"(?i)bot was blocked by the user"):
        await bot.send_message(owner.id, "hi")


async def test_forum_topics_and_channel_posts(bot: Bot, fake_telegram: Server) -> None:
    user = fake_telegram.add_user()
    forum = fake_telegram.add_group("Forum", forum=True, bot_status="member")
    topic = fake_telegram.add_topic(forum, "Visas")
    channel = fake_telegram.add_channel("News")

    asked = fake_telegram.user_sends_command(user, forum, "check", message_thread_id=topic)
    sent = await bot.send_message(forum.id, "In topic", message_thread_id=topic)
    reply = await bot.send_message(forum.id, "Reply", reply_to_message_id=asked.message_id)
    with pytest.raises(BadRequest, match=r"(?i)message thread not found"):
        await bot.send_message(forum.id, "Nowhere", message_thread_id=9999)
    fake_telegram.bot_added_to_chat(channel, user)
    fake_telegram.channel_post(channel, "Policy update")

    assert (sent.message_thread_id, reply.message_thread_id) == (topic, topic)
    assert reply.reply_to_message is not None and reply.reply_to_message.message_id == asked.message_id
    updates = await bot.get_updates(timeout=0)
    assert updates[0].message is not None and updates[0].message.message_thread_id == topic
    assert updates[-1].channel_post is not None and updates[-1].channel_post.text == "Policy update"


# editing ---------------------------------------------------------------------------------------


async def test_edit_not_modified_and_keyboard_removal(bot: Bot, fake_telegram: Server) -> None:
    chat = fake_telegram.private_chat(fake_telegram.add_user())
    markup = keyboard([("Next", "next")])
    sent = await bot.send_message(chat.id, "Question 1", reply_markup=markup)

    with pytest.raises(BadRequest, match=r"(?i)message is not modified"):
        await bot.edit_message_text("Question 1", chat_id=chat.id, message_id=sent.message_id, reply_markup=markup)
    await bot.edit_message_text("Question 2", chat_id=chat.id, message_id=sent.message_id)
    with pytest.raises(BadRequest, match=r"(?i)message to edit not found"):
        await bot.edit_message_text("x", chat_id=chat.id, message_id=999)

    edited = await fake_telegram.wait_for_edit(chat, sent.message_id)
    assert edited.text == "Question 2"
    assert edited.keyboard == []  # editing text without reply_markup drops the keyboard, as on Telegram
    assert fake_telegram.messages_in(chat)[0].edit_count == 1


# updates ---------------------------------------------------------------------------------------


async def test_long_polling_delivers_and_blocks(bot: Bot, fake_telegram: Server) -> None:
    user = fake_telegram.add_user("Ana", username="ana")
    fake_telegram.user_sends_command(user, user, "start", "ref42", mention_bot=True)

    first = await bot.get_updates(timeout=1)
    assert len(first) == 1 and first[0].message is not None
    assert first[0].message.text == "/start@china_check_bot ref42"
    entity = first[0].message.entities[0]
    assert (entity.type, entity.offset, entity.length) == ("bot_command", 0, len("/start@china_check_bot"))

    offset = first[0].update_id + 1
    assert await bot.get_updates(offset=offset, timeout=1) == ()  # waited for the timeout, got nothing

    waiting = asyncio.create_task(bot.get_updates(offset=offset, timeout=5))
    await fake_telegram.wait_for_polling()
    fake_telegram.user_sends_text(user, user, "hello")
    later = await waiting
    assert [u.message.text for u in later if u.message] == ["hello"]
    assert fake_telegram.updates.pending  # not confirmed until the next getUpdates with a higher offset
    await bot.get_updates(offset=later[-1].update_id + 1, timeout=0)
    assert fake_telegram.updates.is_drained


async def test_allowed_updates_and_raw_updates(bot: Bot, fake_telegram: Server) -> None:
    user = fake_telegram.add_user()
    chat = fake_telegram.private_chat(user)
    sent = await bot.send_message(chat.id, "Pick", reply_markup=keyboard([("A", "a")]))
    stored = await fake_telegram.next_message(chat)
    fake_telegram.user_sends_text(user, chat, "ignored: not an allowed update type")
    query_id = fake_telegram.user_presses_button(user, stored, "a")

    (only,) = await bot.get_updates(timeout=0, allowed_updates=["callback_query"])
    assert only.callback_query is not None and only.callback_query.id == query_id

    forged = only.to_dict()
    forged["callback_query"] = {**forged["callback_query"], "id": "forged-1", "data": "admin:delete_all"}
    fake_telegram.push_raw_update(forged)  # same update_id as one already delivered
    (again,) = await bot.get_updates(offset=only.update_id + 1, timeout=0)
    assert again.update_id == only.update_id
    assert again.callback_query is not None and again.callback_query.data == "admin:delete_all"
    assert await bot.get_updates(offset=only.update_id + 1, timeout=0) == ()
    assert await bot.answer_callback_query("forged-1")
    assert sent.message_id == stored.message_id


async def test_second_poll_terminates_the_first(fake_telegram: Server) -> None:
    first = asyncio.create_task(raw_call(fake_telegram, "getUpdates", data={"timeout": "5"}))
    await fake_telegram.wait_for_polling()
    second = await raw_call(fake_telegram, "getUpdates", json={"timeout": 0})

    status, body = await first
    assert status == 409
    assert body["description"].startswith("Conflict: terminated by other getUpdates request")
    assert second == (200, {"ok": True, "result": []})


async def test_privacy_mode_in_groups(bot: Bot, fake_telegram: Server) -> None:
    user = fake_telegram.add_user()
    group = fake_telegram.add_group("Group", bot_status="member")

    fake_telegram.user_sends_text(user, group, "just chatting")
    fake_telegram.user_sends_command(user, group, "help", mention_bot=True)
    fake_telegram.user_sends_text(user, group, "/other@someone_elses_bot")

    updates = await bot.get_updates(timeout=0)
    assert [u.message.text for u in updates if u.message] == ["/help@china_check_bot"]


async def test_bot_added_to_group_updates(bot: Bot, fake_telegram: Server) -> None:
    admin = fake_telegram.add_user("Admin")
    group = fake_telegram.add_group("Team", creator=admin)

    fake_telegram.bot_added_to_chat(group, admin, "administrator", can_delete_messages=False)

    updates = await bot.get_updates(timeout=0)
    member_update = updates[0].my_chat_member
    assert member_update is not None
    assert (member_update.old_chat_member.status, member_update.new_chat_member.status) == (
        "left",
        "administrator",
    )
    assert updates[1].message is not None
    assert [u.id for u in updates[1].message.new_chat_members] == [fake_telegram.bot.id]
    me = await bot.get_chat_member(group.id, fake_telegram.bot.id)
    assert me.status == "administrator"
    assert isinstance(me, ChatMemberAdministrator)
    assert not me.can_delete_messages
    assert (await bot.get_chat_member(group.id, admin.id)).status == "creator"
    assert (await bot.get_chat(group.id)).title == "Team"


async def test_every_member_status_reads_in_ptb(bot: Bot, fake_telegram: Server) -> None:
    group = fake_telegram.add_group("Statuses", bot_status="member")
    statuses = ["creator", "administrator", "member", "restricted", "left", "kicked"]
    users = [fake_telegram.add_user(f"User {status}") for status in statuses]
    for user, status in zip(users, statuses, strict=True):
        fake_telegram.set_member(group, user, status, can_send_messages=False)

    read = [(await bot.get_chat_member(group.id, user.id)).status for user in users]

    assert read == statuses
    admins = await bot.get_chat_administrators(group.id)
    assert sorted(a.user.id for a in admins) == sorted(u.id for u in users[:2])


# callback queries ------------------------------------------------------------------------------


async def test_answer_callback_query_only_once(bot: Bot, fake_telegram: Server) -> None:
    user = fake_telegram.add_user()
    chat = fake_telegram.private_chat(user)
    await bot.send_message(chat.id, "Pick", reply_markup=keyboard([("Yes", "yes")]))
    sent = await fake_telegram.next_message(chat)

    query_id = fake_telegram.user_presses_button(user, sent, "yes")
    (update,) = await bot.get_updates(timeout=0)
    assert update.callback_query is not None
    assert update.callback_query.data == "yes"
    assert update.callback_query.message is not None
    assert update.callback_query.message.message_id == sent.message_id

    assert await bot.answer_callback_query(query_id, text="Saved", show_alert=True)
    with pytest.raises(BadRequest, match=r"(?i)query is too old"):
        await bot.answer_callback_query(query_id)
    answer = await fake_telegram.wait_for_callback_answer(query_id)
    assert (answer.text, answer.show_alert) == ("Saved", True)
    with pytest.raises(ValueError, match="no button"):
        fake_telegram.user_presses_button(user, sent, "forged")


# profile ---------------------------------------------------------------------------------------


async def test_set_my_commands_validation_and_storage(bot: Bot, fake_telegram: Server) -> None:
    await bot.set_my_commands([BotCommand("start", "Begin the check"), BotCommand("lang", "Language")])
    await bot.set_my_commands([BotCommand("start", "开始")], language_code="zh")

    with pytest.raises(BadRequest, match=r"(?i)bot_command_invalid"):
        await bot.set_my_commands([BotCommand("Start-Now", "bad")])
    with pytest.raises(BadRequest, match=r"(?i)command description must be non-empty"):
        await bot.set_my_commands([BotCommand("start", " ")])
    with pytest.raises(BadRequest, match=r"(?i)command is too long"):
        await bot.set_my_commands([BotCommand("a" * 33, "long")])

    assert fake_telegram.commands[("default", "")] == [("start", "Begin the check"), ("lang", "Language")]
    assert fake_telegram.commands[("default", "zh")] == [("start", "开始")]
    assert [c.command for c in await bot.get_my_commands(language_code="zh")] == ["start"]
    await bot.set_my_description("Checks eligibility", language_code="en")
    assert fake_telegram.descriptions == {"en": "Checks eligibility"}
    with pytest.raises(BadRequest, match=r"(?i)short description is too long"):
        await bot.set_my_short_description("x" * 121)


# failures and limits ---------------------------------------------------------------------------


async def test_injected_429_surfaces_as_retry_after(
    bot: Bot, fake_telegram: Server, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PTB_TIMEDELTA", "true")
    chat = fake_telegram.private_chat(fake_telegram.add_user())
    fake_telegram.fail_next("sendMessage", retry_after=7)

    with pytest.raises(RetryAfter) as caught:
        await bot.send_message(chat.id, "first try")
    await bot.send_message(chat.id, "second try")

    assert seconds(caught.value.retry_after) == 7
    assert [r.ok for r in fake_telegram.requests if r.method == "sendMessage"] == [False, True]
    assert [m.text for m in fake_telegram.messages_in(chat)] == ["second try"]


async def test_group_flood_control(bot: Bot, fake_telegram: Server, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PTB_TIMEDELTA", "true")
    fake_telegram.rate_limits.group_messages = 3
    group = fake_telegram.add_group("Busy", bot_status="member")

    for number in range(3):
        await bot.send_message(group.id, f"message {number}")
    with pytest.raises(RetryAfter) as caught:
        await bot.send_message(group.id, "one too many")

    wait = int(seconds(caught.value.retry_after))
    assert 1 <= wait <= 60
    assert fake_telegram.requests[-1].response == {
        "ok": False,
        "error_code": 429,
        "description": f"Too Many Requests: retry after {wait}",
        "parameters": {"retry_after": wait},
    }
    assert len(fake_telegram.messages_in(group)) == 3


# webhook ---------------------------------------------------------------------------------------


async def test_webhook_delivery_with_secret_and_retry(bot: Bot, fake_telegram: Server) -> None:
    received: asyncio.Queue[tuple[str | None, dict[str, Any]]] = asyncio.Queue()
    failures_left = [1]

    async def receive(request: web.Request) -> web.Response:
        await received.put((request.headers.get("X-Telegram-Bot-Api-Secret-Token"), await request.json()))
        if failures_left[0]:
            failures_left[0] -= 1
            return web.Response(status=500)
        return web.Response(text="ok")

    app = web.Application()
    app.router.add_post("/hook", receive)
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = runner.addresses[0][1]
    fake_telegram.updates.webhook_retry_delay = 0.01
    try:
        assert await bot.set_webhook(f"http://127.0.0.1:{port}/hook", secret_token="s3cret_token-1")
        with pytest.raises(Conflict, match=r"(?i)webhook is active"):
            await bot.get_updates()
        with pytest.raises(BadRequest, match=r"(?i)secret token contains unallowed characters"):
            await bot.set_webhook(f"http://127.0.0.1:{port}/hook", secret_token="no spaces")

        user = fake_telegram.add_user()
        fake_telegram.user_sends_text(user, user, "via webhook")
        first_secret, first = await asyncio.wait_for(received.get(), 5)
        second_secret, second = await asyncio.wait_for(received.get(), 5)

        assert first_secret == second_secret == "s3cret_token-1"
        assert first == second  # the failed delivery was retried with the same update
        assert first["message"]["text"] == "via webhook"
        await fake_telegram.wait_until_idle(quiet=0.05)
        info = await bot.get_webhook_info()
        assert info.pending_update_count == 0
        assert info.last_error_message == "Wrong response from the webhook: 500 Internal Server Error"
        assert await bot.delete_webhook()
        assert await bot.get_updates(timeout=0) == ()
    finally:
        await runner.cleanup()


# the whole loop with a python-telegram-bot Application ---------------------------------------


async def test_application_conversation(fake_telegram: Server) -> None:
    async def start(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        assert update.effective_chat is not None
        await context.bot.send_message(
            update.effective_chat.id, f"Hi! args={context.args}", reply_markup=keyboard([("Go", "go")])
        )

    async def pressed(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        query = update.callback_query
        assert query is not None
        await query.answer("Going")
        await query.edit_message_text("Gone")

    app = Application.builder().token(fake_telegram.token).base_url(fake_telegram.base_url).build()
    app.add_handler(CommandHandler("start", start))
    app.add_handler(CallbackQueryHandler(pressed))
    user = fake_telegram.add_user("Wei", language_code="zh")
    group = fake_telegram.add_group("Chat", bot_status="member", members=[user])
    async with app:
        await app.start()
        assert app.updater is not None
        await app.updater.start_polling(timeout=1)
        try:
            fake_telegram.user_sends_command(user, user, "start", "a b")
            greeting = await fake_telegram.next_message(user)
            assert greeting.text == "Hi! args=['a', 'b']"

            query_id = fake_telegram.user_presses_button(user, greeting, button_text="Go")
            edited = await fake_telegram.wait_for_edit(user, greeting.message_id)
            assert (edited.text, edited.keyboard) == ("Gone", [])
            assert (await fake_telegram.wait_for_callback_answer(query_id)).text == "Going"

            mark = fake_telegram.mark()
            fake_telegram.user_sends_command(user, group, "start")
            assert (await fake_telegram.next_message(group, after=mark)).text == "Hi! args=[]"
            mark = fake_telegram.mark()
            fake_telegram.user_sends_text(user, group, "hello everyone")
            fake_telegram.user_sends_text(user, user, "no handler for plain text")
            await fake_telegram.assert_no_message(user, after=mark, quiet=0.2)
        finally:
            await app.updater.stop()
            await app.stop()
    assert json.dumps(fake_telegram.updates_sent)  # every update was plain JSON
