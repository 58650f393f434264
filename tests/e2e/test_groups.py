"""Groups, forum topics and channels against the real bot process: personal answers stay private."""

from __future__ import annotations

import asyncio
import re
from urllib.parse import parse_qs, urlparse

from tests.fake_telegram import FakeChat, FakeTelegramServer, FakeUser, StoredMessage

from .conftest import BotFactory
from .harness import REPLY_TIMEOUT, SimulatedUser, answer_all, is_verdict


# A short interview (settle, not yet working in China); ages differ per person to detect any crossing.
def settle_script(age: str) -> list[str | tuple[str, ...]]:
    return ["Settle", age, "Beijing", "Not yet", "Doctorate", "Yes", "Yes", ("None of these",)]


def group_messages(server: FakeTelegramServer) -> list[StoredMessage]:
    """Everything the bot ever posted in a group or channel (negative chat ids)."""
    found: list[StoredMessage] = []
    for chat_id in list(server.world.chats):
        if chat_id < 0:
            found.extend(server.messages_in(chat_id, from_bot=True))
    return found


def assert_nothing_personal_in_groups(server: FakeTelegramServer, personal: list[str]) -> None:
    """No answer typed in private — an age, a salary, a city chosen — ever reached a group or channel."""
    for message in group_messages(server):
        for value in personal:
            assert not re.search(rf"(?<!\d){re.escape(value)}(?!\d)", message.content), (
                f"{value!r} appeared in chat {message.chat_id}: {message.content!r}")
        assert "Your eligibility" not in message.content and "✔ " not in message.content


async def press_check(server: FakeTelegramServer, user: FakeUser, message: StoredMessage) -> str | None:
    """Presses the /check button; returns the deep link the bot answered with (None if refused)."""
    query_id = server.user_presses_button(user, message, button_text=message.button_texts[0])
    answer = await server.wait_for_callback_answer(query_id, timeout=REPLY_TIMEOUT)
    return answer.url


def start_payload(link: str) -> str:
    return parse_qs(urlparse(link).query)["start"][0]


async def setup_group(server: FakeTelegramServer, *, forum: bool = False) -> tuple[FakeChat, FakeUser, list[FakeUser]]:
    admin = server.add_user("Olga", language_code="ru")
    members = [server.add_user(name) for name in ("Ana", "Bo", "Chen")]
    group = server.add_group("Work in China", forum=forum, admins=[admin], members=members)
    mark = server.mark()
    server.bot_added_to_chat(group, by_user=admin)
    intro = await server.next_message(group, after=mark, timeout=REPLY_TIMEOUT)
    assert "Привет" in intro.content or "private" in intro.content.lower() or "лично" in intro.content
    return group, admin, members


async def test_added_to_a_group_it_introduces_itself_in_the_admins_language(
        fake_telegram: FakeTelegramServer, bots: BotFactory) -> None:
    await bots().start()
    admin = fake_telegram.add_user("Olga", language_code="ru")
    group = fake_telegram.add_group("Работа в Китае", admins=[admin])
    mark = fake_telegram.mark()
    fake_telegram.bot_added_to_chat(group, by_user=admin)
    intro = await fake_telegram.next_message(group, after=mark, timeout=REPLY_TIMEOUT)
    assert "/check" in intro.content and "Китае" in intro.content  # Russian, the admin's language
    # Removed: it stops posting there.
    fake_telegram.bot_removed_from_chat(group, by_user=admin)
    mark = fake_telegram.mark()
    fake_telegram.user_sends_command(admin, group, "routes")
    await fake_telegram.assert_no_message(group, after=mark, quiet=0.5)


async def test_added_to_a_channel_it_posts_nothing_by_itself(fake_telegram: FakeTelegramServer,
                                                             bots: BotFactory) -> None:
    bot = await bots().start()
    admin = fake_telegram.add_user("Dana")
    channel = fake_telegram.add_channel("China Jobs", username="china_jobs_news")
    fake_telegram.set_member(channel, admin, "creator")
    mark = fake_telegram.mark()
    fake_telegram.bot_added_to_chat(channel, by_user=admin, can_post_messages=True)
    fake_telegram.channel_post(channel, "News: new K visa rules")
    await fake_telegram.assert_no_message(channel, after=mark, quiet=0.5)
    bot.assert_healthy()


async def test_three_members_start_at_once_and_finish_in_private_without_crossing(
        fake_telegram: FakeTelegramServer, bots: BotFactory) -> None:
    await bots().start()
    group, _, members = await setup_group(fake_telegram)
    ages = {"Ana": "31", "Bo": "44", "Chen": "52"}

    async def one_member(member: FakeUser) -> str:
        mark = fake_telegram.mark()
        fake_telegram.user_sends_command(member, group, "check", mention_bot=True)
        prompt = await fake_telegram.wait_for(
            lambda r: r.method == "sendMessage" and r.chat_id == group.id and member.first_name in (r.text or ""),
            after=mark, timeout=REPLY_TIMEOUT)
        assert prompt.message is not None
        link = await press_check(fake_telegram, member, prompt.message)
        assert link is not None and link.startswith("https://t.me/")
        payload = start_payload(link)
        assert re.fullmatch(r"[A-Za-z0-9_-]{1,64}", payload) and str(member.id) not in payload
        person = SimulatedUser(fake_telegram, member.first_name, user_id=member.id)
        mark = fake_telegram.mark()
        fake_telegram.user_sends_command(person.user, person.chat, "start", payload)
        greeting = await person.reply(mark)
        assert "Work in China" in greeting.content  # where they came from, named in private only
        await person.reply(mark)  # the first question
        verdict = await answer_all(person, settle_script(ages[member.first_name]))
        assert is_verdict(verdict)
        listing = await person.answers()
        return next(line for line in listing if "How old are you?" in line)

    results = await asyncio.gather(*(one_member(m) for m in members))
    for member, line in zip(members, results, strict=True):
        assert line.endswith(f"{ages[member.first_name]} years old"), line
    assert_nothing_personal_in_groups(fake_telegram, list(ages.values()))


async def test_another_members_button_is_refused_privately(fake_telegram: FakeTelegramServer,
                                                           bots: BotFactory) -> None:
    await bots().start()
    group, _, (ana, bo, _) = await setup_group(fake_telegram)
    mark = fake_telegram.mark()
    fake_telegram.user_sends_command(ana, group, "check")
    prompt = await fake_telegram.next_message(group, after=mark, timeout=REPLY_TIMEOUT)
    query_id = fake_telegram.user_presses_button(bo, prompt, button_text=prompt.button_texts[0])
    answer = await fake_telegram.wait_for_callback_answer(query_id, timeout=REPLY_TIMEOUT)
    assert answer.show_alert and answer.url is None and "someone else" in (answer.text or "")
    assert await press_check(fake_telegram, ana, prompt) is not None  # the member it was meant for


async def test_a_topic_message_is_answered_in_its_topic(fake_telegram: FakeTelegramServer, bots: BotFactory) -> None:
    await bots().start()
    group, _, (ana, _, _) = await setup_group(fake_telegram, forum=True)
    topic = fake_telegram.add_topic(group, "Visas")
    for command, args in (("routes", ""), ("threshold", "Beijing"), ("check", "")):
        mark = fake_telegram.mark()
        fake_telegram.user_sends_command(ana, group, command, args, message_thread_id=topic)
        reply = await fake_telegram.next_message(group, after=mark, timeout=REPLY_TIMEOUT)
        assert reply.message_thread_id == topic, (command, reply)


async def test_public_thresholds_in_any_language(fake_telegram: FakeTelegramServer, bots: BotFactory) -> None:
    await bots().start()
    group, _, (ana, _, _) = await setup_group(fake_telegram)
    for city in ("Beijing", "北京", "Пекин"):
        mark = fake_telegram.mark()
        fake_telegram.user_sends_command(ana, group, "threshold", city)
        reply = await fake_telegram.next_message(group, after=mark, timeout=REPLY_TIMEOUT)
        assert "859" in reply.content and "572" in reply.content, reply.content  # 6x and 4x of 143,244
    mark = fake_telegram.mark()
    fake_telegram.user_sends_command(ana, group, "threshold", "Atlantis")
    reply = await fake_telegram.next_message(group, after=mark, timeout=REPLY_TIMEOUT)
    assert "Atlantis" in reply.content and ("Шанхай" in reply.content or "Shanghai" in reply.content)


async def test_settings_are_for_admins_only(fake_telegram: FakeTelegramServer, bots: BotFactory) -> None:
    await bots().start()
    group, admin, (ana, _, _) = await setup_group(fake_telegram)
    mark = fake_telegram.mark()
    fake_telegram.user_sends_command(ana, group, "settings")
    refusal = await fake_telegram.next_message(group, after=mark, timeout=REPLY_TIMEOUT)
    assert not refusal.buttons  # a polite refusal, no settings shown
    mark = fake_telegram.mark()
    fake_telegram.user_sends_command(admin, group, "settings")
    panel = await fake_telegram.next_message(group, after=mark, timeout=REPLY_TIMEOUT)
    assert panel.buttons
    # A member pressing an admin button gets a private alert and changes nothing.
    query_id = fake_telegram.user_presses_button(ana, panel, callback_data="gl:en")
    answer = await fake_telegram.wait_for_callback_answer(query_id, timeout=REPLY_TIMEOUT)
    assert answer.show_alert
    # The admin switches the group to English and turns public commands off.
    query_id = fake_telegram.user_presses_button(admin, panel, callback_data="gl:en")
    assert not (await fake_telegram.wait_for_callback_answer(query_id, timeout=REPLY_TIMEOUT)).show_alert
    query_id = fake_telegram.user_presses_button(admin, panel, callback_data="g:public")
    await fake_telegram.wait_for_callback_answer(query_id, timeout=REPLY_TIMEOUT)
    mark = fake_telegram.mark()
    fake_telegram.user_sends_command(ana, group, "routes")
    await fake_telegram.assert_no_message(group, after=mark, quiet=0.5)
    fake_telegram.user_sends_command(ana, group, "check")
    prompt = await fake_telegram.next_message(group, after=mark, timeout=REPLY_TIMEOUT)
    assert "tap the button" in prompt.content  # /check still works, now in English


async def test_channel_post_with_a_working_deep_link(fake_telegram: FakeTelegramServer, bots: BotFactory) -> None:
    await bots().start()
    dana = SimulatedUser(fake_telegram, "Dana")
    stranger = SimulatedUser(fake_telegram, "Eve")
    channel = fake_telegram.add_channel("China Jobs", username="china_jobs_news")
    fake_telegram.set_member(channel, dana.user, "creator")
    fake_telegram.bot_added_to_chat(channel, by_user=dana.user, can_post_messages=True)
    # Someone who is not an admin of the channel is refused.
    refusal = await stranger.command("publish", "@china_jobs_news")
    assert "administrator" in refusal.content
    mark = fake_telegram.mark()
    confirmation = await dana.command("publish", "@china_jobs_news")
    assert "@china_jobs_news" in confirmation.content
    post = await fake_telegram.next_message(channel, after=mark, timeout=REPLY_TIMEOUT)
    ((_label, url),) = [b for row in post.keyboard for b in row]
    assert url is not None and url.startswith("https://t.me/")
    # Following the link starts the interview in private, noting the channel as the source.
    reader = SimulatedUser(fake_telegram, "Farid")
    mark = fake_telegram.mark()
    fake_telegram.user_sends_command(reader.user, reader.chat, "start", start_payload(url))
    greeting = await reader.reply(mark)
    assert "China Jobs" in greeting.content
    question = await reader.reply(mark)
    assert question.content.startswith("Question 1")
