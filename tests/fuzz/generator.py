"""The seeded generator: a small Telegram world around the bot, and a stream of updates from it.

Updates are made through the fake server's own simulation (``user_sends_text``, ``user_presses_button``,
``set_bot_status``...) wherever Telegram would make them, so every chat, message and callback query the
bot is told about exists and the bot's replies land somewhere; ``push_raw_update`` carries what only a
forged or future update looks like (out-of-order and repeated ids, unknown kinds and fields, anonymous
admins). About 40% of the updates come from *walkers*: people who read what the bot sent them and
answer it, mostly correctly, so that deep states of the interview (the verdict, changed answers, a
changed language, /forget) are reached amid the junk.

Everything is drawn from one ``random.Random(seed)``; what walkers do also depends on the bot's replies,
which are deterministic because the runner lets each batch finish before the next is generated.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from bot.callback_data import ButtonAction, decode
from conversations.compiled import Content
from conversations.schema.questions import QuestionType
from tests.fake_telegram import FakeChat, FakeTelegramServer, FakeUser, StoredMessage
from tests.fake_telegram.simulate import detect_entities
from tests.fake_telegram.state import now_ts

from . import texts

ANONYMOUS_ADMIN = FakeUser(id=1087968824, first_name="Group", username="GroupAnonymousBot", is_bot=True,
                           language_code=None)
MAX_PER_PERSON_IN_BATCH = 8  # below the bot's per-person queue (10): drops would make a run depend on timing

# What the person is about to do; weights out of their sum.
KINDS: dict[str, int] = {
    "walk": 40, "private_text": 10, "private_command": 9, "private_media": 3, "private_edit": 3,
    "callback_forged": 7, "callback_random": 3, "callback_stale": 4, "group_command": 7, "group_text": 2,
    "group_button": 3, "group_service": 2, "anonymous_admin": 1, "channel_post": 2, "my_chat_member": 2,
    "private_block": 1, "duplicate": 3, "out_of_order": 2, "unknown_kind": 1, "other_kind": 1,
}


@dataclass
class SentUpdate:
    index: int  # position in the run, from 0
    kind: str
    body: dict[str, Any]


@dataclass
class Person:
    user: FakeUser
    walker: bool


@dataclass
class FuzzWorld:
    """The people and chats of one run; rebuilt identically on every fresh fake server (an epoch)."""

    people: list[Person] = field(default_factory=list)
    groups: list[FakeChat] = field(default_factory=list)
    channels: list[FakeChat] = field(default_factory=list)


Lookup = Callable[[int], "str | None"]  # user id -> the question the bot asks them now (None: none or done)


class UpdateGenerator:
    def __init__(self, server: FakeTelegramServer, content: Content, rng: random.Random, *, people: int = 60,
                 first_index: int = 0) -> None:
        self.server = server
        self.content = content
        self.rng = rng
        self.people_count = people
        self.world = FuzzWorld()
        self.sent: list[SentUpdate] = []
        self.next_index = first_index
        self.private_typed: list[tuple[int, str]] = []  # (update index, text) typed in private chats
        self.public_typed: set[str] = set()  # every text typed where others can read it
        self._seen = len(server.updates.history)
        self._kinds = list(KINDS)
        self._weights = list(KINDS.values())
        self.bot_username = server.world.bot.username or "bot"

    # --- the world -------------------------------------------------------------------------------
    def build_world(self, specs: list[dict[str, Any]] | None = None) -> list[dict[str, Any]]:
        """People (one in six of them walkers), two groups, a forum, a supergroup the bot is not in yet
        and two channels. ``specs`` rebuilds the same people on a new server; returns them."""
        rng, server = self.rng, self.server
        if specs is None:
            specs = []
            for number in range(self.people_count):
                specs.append({
                    "first_name": texts.word(rng, length=rng.randint(1, 10)) if rng.random() < 0.8
                    else rng.choice(texts.EMOJI),
                    "last_name": texts.word(rng) if rng.random() < 0.3 else None,
                    "username": f"fuzz_user_{number}" if rng.random() < 0.6 else None,
                    "language_code": rng.choice(texts.LANGUAGE_CODES) if rng.random() < 0.85 else None,
                    "walker": number % 6 == 0,
                })
        for spec in specs:
            user = server.add_user(spec["first_name"], last_name=spec["last_name"], username=spec["username"],
                                   language_code=spec["language_code"] or None)
            server.private_chat(user)
            self.world.people.append(Person(user, spec["walker"]))
        users = [person.user for person in self.world.people]
        admins = users[1:4]
        basic = server.add_group("Fuzz group", supergroup=False, members=users[::2], admins=admins)
        open_group = server.add_group("Fuzz supergroup", members=users, admins=admins, username="fuzzsupergroup")
        forum = server.add_group("Fuzz forum", forum=True, members=users[1::2], admins=admins)
        outside = server.add_group("Not yet joined", members=users[::3], admins=admins)
        self.topics = [1, server.add_topic(forum, "Визы"), server.add_topic(forum, "工作许可")]
        channel = server.add_channel("Fuzz channel", username="fuzzchannel")
        quiet_channel = server.add_channel("Other channel", username="otherchannel")
        for chat in (channel, quiet_channel):
            for admin in admins:
                server.set_member(chat, admin, "administrator")
        self.world.groups = [basic, open_group, forum, outside]
        self._walkers = [person for person in self.world.people if person.walker]
        self.world.channels = [channel, quiet_channel]
        server.bot_added_to_chat(basic, admins[0])
        server.bot_added_to_chat(open_group, admins[0], "administrator")
        server.bot_added_to_chat(forum, admins[1])
        server.bot_added_to_chat(channel, admins[0], "administrator", can_post_messages=True)
        self._collect("setup")
        return specs

    # --- one batch ----------------------------------------------------------------------------
    def batch(self, size: int, current_question: Lookup) -> list[SentUpdate]:
        """About ``size`` more updates, never more than MAX_PER_PERSON_IN_BATCH from one person."""
        start = len(self.sent)
        per_person: dict[int, int] = {}
        attempts = 0
        while len(self.sent) - start < size and attempts < size * 4:
            attempts += 1
            kind = self.rng.choices(self._kinds, self._weights)[0]
            person = self.rng.choice(self._walkers if kind == "walk" else self.world.people)
            if per_person.get(person.user.id, 0) >= MAX_PER_PERSON_IN_BATCH:
                continue
            before = len(self.sent)
            getattr(self, f"_{kind}")(person, current_question)
            self._collect(kind)
            per_person[person.user.id] = per_person.get(person.user.id, 0) + len(self.sent) - before
        return self.sent[start:]

    def _collect(self, kind: str) -> None:
        """Every update the last action queued, with its index; now and then an unknown field added."""
        history = self.server.updates.history
        for body in history[self._seen:]:
            if self.rng.random() < 0.05:
                _add_unknown_field(body, self.rng)
                kind_seen = f"{kind}+unknown_field"
            else:
                kind_seen = kind
            self.sent.append(SentUpdate(self.next_index, kind_seen, body))
            self.next_index += 1
        self._seen = len(history)

    # --- private chats -----------------------------------------------------------------------------
    def _type_private(self, person: Person, text: str) -> None:
        if self.server.private_chat(person.user).blocked:
            return  # a person who blocked the bot writes nothing to it
        self.server.user_sends_text(person.user, person.user, text)
        if not text.startswith("/"):
            self.private_typed.append((self.next_index, text))

    def _private_text(self, person: Person, _: Lookup) -> None:
        self._type_private(person, texts.junk_text(self.rng))

    def _private_command(self, person: Person, _: Lookup) -> None:
        self._type_private(person, texts.command_text(self.rng, bot_username=self.bot_username))

    def _private_media(self, person: Person, _: Lookup) -> None:
        if self.server.private_chat(person.user).blocked:
            return
        choice = self.rng.randrange(3)
        if choice == 0:
            self.server.user_sends_sticker(person.user, person.user, emoji=self.rng.choice(texts.EMOJI))
        elif choice == 1:
            self.server.user_sends_photo(person.user, person.user, caption=self.rng.choice([None, "/start", "42"]))
        else:
            self.server.user_sends_document(person.user, person.user, "answers.txt", b"age: 42",
                                            caption=self.rng.choice([None, "/date 2020-01-01"]))

    def _private_edit(self, person: Person, _: Lookup) -> None:
        chat = self.server.private_chat(person.user)
        own = [m for m in self.server.messages_in(chat, from_bot=False) if m.text is not None]
        if not own or chat.blocked:
            return self._private_text(person, _)
        text = texts.junk_text(self.rng)
        self.server.user_edits_message(person.user, self.rng.choice(own), text)
        self.private_typed.append((self.next_index, text))
        return None

    def _private_block(self, person: Person, _: Lookup) -> None:
        chat = self.server.private_chat(person.user)
        if chat.blocked:
            self.server.user_unblocks_bot(person.user)
            self.server.user_sends_command(person.user, person.user, "start")
        else:
            self.server.user_blocks_bot(person.user)

    # --- buttons ---------------------------------------------------------------------------------
    def _bot_messages(self, chat: FakeChat) -> list[StoredMessage]:
        return [m for m in self.server.messages_in(chat, from_bot=True) if m.buttons]

    def _press(self, person: Person, message: StoredMessage, data: str) -> None:
        chat = self.server.chat(message.chat_id)
        if chat.type == "private" and chat.blocked:
            return
        self.server.user_presses_button(person.user, message, data, check=False)

    def _callback_forged(self, person: Person, _: Lookup) -> None:
        """A real payload's shape with its arguments mutated: other questions, other choices, another
        member's /check, a group setting pressed in private, an unknown language."""
        chat = self.server.private_chat(person.user)
        screens = self._bot_messages(chat)
        if not screens:
            return self._private_command(person, _)
        question = self.rng.choice(list(self.content.questions.values()))
        choice = self.rng.choice([c.key for c in question.choices] or ["yes", "no", "dont_know", "zz"])
        actions = [
            ButtonAction("choose", (question.id, choice)), ButtonAction("toggle", (question.id, choice)),
            ButtonAction("confirm", (question.id,)), ButtonAction("dont_know", (question.id,)),
            ButtonAction("skip", (question.id,)), ButtonAction("back"), ButtonAction("change", (question.id,)),
            ButtonAction("answers"), ButtonAction("why", (self.rng.choice(["work_permit_a", "r_visa", "zz"]),)),
            ButtonAction("summary"), ButtonAction("restart"), ButtonAction("language", (self.rng.choice(
                ["en", "ru", "zz", "zh-Hans", "ar", "pt-BR"]),)), ButtonAction("forget_yes"),
            ButtonAction("forget_no"), ButtonAction("check", (str(self.rng.randint(1, 10**12)),)),
            ButtonAction("group_setting", ("public",)), ButtonAction("group_language", ("de",)),
        ]
        data = self.rng.choice(actions).encode()
        data = _mutate(data, self.rng) if self.rng.random() < 0.4 else data
        self._press(person, self.rng.choice(screens), data)
        return None

    def _callback_random(self, person: Person, _: Lookup) -> None:
        screens = self._bot_messages(self.server.private_chat(person.user))
        if not screens:
            return self._private_text(person, _)
        length = self.rng.choice([1, 2, 10, 63, 64, 65, 200])
        alphabet = self.rng.choice([texts.SCRIPTS["latin"] + ":_", ":::::", texts.SCRIPTS["cjk"], "".join(
            texts.CONTROL + texts.INVISIBLE)])
        data = "".join(self.rng.choice(alphabet) for _ in range(length))
        self._press(person, self.rng.choice(screens), data)
        return None

    def _callback_stale(self, person: Person, _: Lookup) -> None:
        """A real button of an older message: the question answered long ago, an old verdict."""
        screens = self._bot_messages(self.server.private_chat(person.user))
        if not screens:
            return self._private_command(person, _)
        message = self.rng.choice(screens)
        button = self.rng.choice([b for row in message.buttons for b in row])
        if button.callback_data:
            self._press(person, message, button.callback_data)
        return None

    # --- walkers ---------------------------------------------------------------------------------
    def _walk(self, person: Person, current_question: Lookup) -> None:
        """Answer what the bot asks, as a person would: mostly valid, sometimes not."""
        chat = self.server.private_chat(person.user)
        if chat.blocked:
            return self._private_block(person, current_question)
        screens = self._bot_messages(chat)
        question = current_question(person.user.id)
        rng = self.rng
        if not screens or rng.random() < 0.02:
            return self._type_private(person, "/start")
        if question is None:  # complete (or unreadable): look at the verdict, change things, start again
            roll = rng.random()
            if roll < 0.1:
                return self._type_private(person, rng.choice(["/restart", "/answers", "/verdict", "/mydata"]))
            if roll < 0.15:
                as_of = f"{rng.randint(2005, 2030)}-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}"
                return self._type_private(person, f"/date {as_of}")
            if roll < 0.18:
                return self._type_private(person, "/forget")
            message = screens[-1]
            datas = [b.callback_data for row in message.buttons for b in row if b.callback_data]
            if datas:
                self._press(person, message, rng.choice(datas))
            return None
        spec = self.content.questions[question]
        message = _latest_with(screens, question)
        roll = rng.random()
        if roll < 0.03:
            return self._type_private(person, rng.choice(["/back", "/answers", "/language", "/verdict"]))
        if spec.type in (QuestionType.INTEGER, QuestionType.NUMBER, QuestionType.MONEY, QuestionType.DATE) and (
                message is None or rng.random() < 0.85):
            return self._type_private(person, self._value_for(spec, rng))
        if message is None:
            return self._type_private(person, "/start")
        datas = [b.callback_data for row in message.buttons for b in row if b.callback_data]
        if spec.type is QuestionType.MULTIPLE_CHOICE:
            toggles = [d for d in datas if d.startswith("t:")]
            confirm = [d for d in datas if d.startswith("d:")]
            if toggles and (rng.random() < 0.55 or not confirm):
                return self._press(person, message, rng.choice(toggles))
            return self._press(person, message, confirm[0] if confirm else rng.choice(datas))
        choices = [d for d in datas if d.startswith(("c:", "u:", "s:"))]
        if choices and rng.random() < 0.93:
            return self._press(person, message, rng.choice(choices))
        return self._press(person, message, rng.choice(datas))

    @staticmethod
    def _value_for(spec: Any, rng: random.Random) -> str:
        """A value for a typed question, within its bounds most of the time, in the forms people use."""
        low = int(spec.minimum) if spec.minimum is not None else 0
        high = int(spec.maximum) if spec.maximum is not None else 10**6
        if rng.random() < 0.1:
            return texts.number_forms(rng)
        if spec.type is QuestionType.DATE:
            year = rng.randint(max(low, 1990), date.today().year - 1)
            return rng.choice([f"{year}", f"{year}-{rng.randint(1, 12):02d}",
                               f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
                               f"{rng.choice(['March', 'July', 'December'])} {year}"])
        if spec.type is QuestionType.MONEY:
            # Seven digits or more: distinctive enough to be searched for in what the bot posts publicly.
            value = rng.randint(max(low, 1_000_000), max(min(high, 99_000_000), 1_000_000))
            return rng.choice([str(value), f"{value:,}", f"{value / 10_000:g}万", f"{value:,}".replace(",", " ")])
        value = rng.randint(low, min(high, low + 60))
        return rng.choice([str(value), str(value), str(value).translate(str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩"))])

    # --- groups and channels -------------------------------------------------------------------------
    def _group_for(self, person: Person) -> tuple[FakeChat, int | None]:
        chat = self.rng.choice(self.world.groups)
        thread = self.rng.choice(self.topics) if chat.is_forum else None
        return chat, thread

    def _in_group(self, person: Person, text: str) -> None:
        chat, thread = self._group_for(person)
        if not chat.bot.is_present:
            return
        self._typed_publicly(text)
        self.server.user_sends_text(person.user, chat, text, message_thread_id=thread)

    def _typed_publicly(self, text: str) -> None:
        """A group's text is public, and so is every part of it the bot may quote back: the whole text,
        a command's argument (``/threshold 1000000 yuan`` quotes "1000000 yuan"), and its words."""
        stripped = text.strip()
        self.public_typed.add(stripped)
        if stripped.startswith("/"):
            self.public_typed.add(stripped.partition(" ")[2].strip())
        self.public_typed.update(stripped.split())
        self.public_typed.update(re.findall(r"[\w,.]+", stripped))

    def _group_command(self, person: Person, _: Lookup) -> None:
        rng = self.rng
        name = rng.choice(["check", "routes", "threshold", "help", "settings", "start", "threshold", "stats"])
        suffix = rng.choice(["", f"@{self.bot_username}", "@other_bot"])
        args = rng.choice(["", rng.choice(texts.CITIES), texts.junk_text(rng)[:200], "🙂"]) if name == "threshold" \
            else rng.choice(["", "", texts.junk_text(rng)[:50]])
        self._in_group(person, f"/{name}{suffix}" + (f" {args}" if args else ""))

    def _group_text(self, person: Person, _: Lookup) -> None:
        self._in_group(person, texts.junk_text(self.rng)[:500] + rng_mention(self.rng, self.bot_username))

    def _group_button(self, person: Person, _: Lookup) -> None:
        chat, _thread = self._group_for(person)
        screens = self._bot_messages(chat)
        if not screens or not chat.bot.is_present:
            return
        message = self.rng.choice(screens)
        datas = [b.callback_data for row in message.buttons for b in row if b.callback_data]
        if self.rng.random() < 0.2:
            datas = [_mutate(self.rng.choice(datas), self.rng), f"k:{person.user.id}", "g:quiet", "gl:zz", "c:age:1"]
        if datas:
            self._press(person, message, self.rng.choice(datas))

    def _group_service(self, person: Person, _: Lookup) -> None:
        chat, _thread = self._group_for(person)
        if not chat.bot.is_present:
            return
        extra = self.rng.choice([
            {"new_chat_members": [person.user.to_api()]}, {"left_chat_member": person.user.to_api()},
            {"new_chat_title": texts.junk_text(self.rng)[:128] or "t"}, {"group_chat_created": True},
            {"pinned_message": {"message_id": 1, "date": now_ts(), "chat": chat.summary()}},
            {"forum_topic_created": {"name": "x", "icon_color": 7322096}}, {"video_chat_started": {}},
            {"migrate_to_chat_id": -1009999999999}, {"delete_chat_photo": True},
        ])
        self._raw_message(chat, person.user, None, extra=extra)

    def _anonymous_admin(self, person: Person, _: Lookup) -> None:
        chat, thread = self._group_for(person)
        if not chat.bot.is_present or chat.type != "supergroup":
            return
        text = self.rng.choice(["/settings", "/check", "/routes", f"/settings@{self.bot_username}", "/threshold 北京"])
        self._typed_publicly(text)
        self._raw_message(chat, ANONYMOUS_ADMIN, text, sender_chat=chat, thread=thread)

    def _raw_message(self, chat: FakeChat, sender: FakeUser, text: str | None, *, extra: dict[str, Any] | None = None,
                     sender_chat: FakeChat | None = None, thread: int | None = None) -> None:
        world = self.server.world
        message = StoredMessage(chat_id=chat.id, message_id=world.new_message_id(chat.id), date=now_ts(),
                                from_bot=False, sender=sender, text=text, raw_text=text,
                                entities=tuple(detect_entities(text)) if text else (), extra=dict(extra or {}),
                                sender_chat_id=sender_chat.id if sender_chat is not None else None,
                                message_thread_id=thread, is_topic_message=thread not in (None, 1))
        world.add_message(message)
        self.server.push_raw_update({"message": world.message_api(message)})

    def _channel_post(self, person: Person, _: Lookup) -> None:
        channel = self.rng.choice(self.world.channels)
        text = self.rng.choice([texts.junk_text(self.rng)[:1000], "/start", f"/check@{self.bot_username}"])
        self._typed_publicly(text)
        post = self.server.channel_post(channel, text)
        if self.rng.random() < 0.3 and channel.bot.is_admin:
            world = self.server.world
            edited = world.message(channel.id, post.message_id)
            if edited is not None:
                edited.text = edited.raw_text = texts.junk_text(self.rng)[:1000]
                edited.edit_date = now_ts()
                self.server.push_raw_update({"edited_channel_post": world.message_api(edited)})

    def _my_chat_member(self, person: Person, _: Lookup) -> None:
        chats = [*self.world.groups, *self.world.channels]
        chat = self.rng.choice(chats)
        admin = self.rng.choice(self.world.people[1:4]).user
        if chat.type == "channel":
            status = self.rng.choice(["administrator", "member", "left", "administrator"])
            self.server.set_bot_status(chat, admin, status, can_post_messages=self.rng.random() < 0.7)
            return
        status = self.rng.choice(["member", "administrator", "left", "kicked", "restricted", "member"])
        if status == "restricted":
            self.server.set_bot_status(chat, admin, status, is_member=True, can_send_messages=False)
        else:
            self.server.set_bot_status(chat, admin, status)

    # --- odd deliveries ------------------------------------------------------------------------------
    def _duplicate(self, person: Person, _: Lookup) -> None:
        """An update delivered again with its id (Telegram does, after a restart or a timeout)."""
        if self.sent:
            earlier = self.rng.choice(self.sent[-400:]).body
            self.server.push_raw_update(dict(earlier))

    def _out_of_order(self, person: Person, _: Lookup) -> None:
        """A private message whose update id is lower than ones already delivered."""
        chat = self.server.private_chat(person.user)
        if chat.blocked:
            return
        world = self.server.world
        text = texts.junk_text(self.rng)[:200]
        message = StoredMessage(chat_id=chat.id, message_id=world.new_message_id(chat.id), date=now_ts() - 3600,
                                from_bot=False, sender=person.user, text=text, raw_text=text,
                                entities=tuple(detect_entities(text)))
        world.add_message(message)
        lowest = self.sent[0].body["update_id"] if self.sent else 100_000
        self.server.push_raw_update({"update_id": max(1, lowest - self.rng.randint(1, 50_000)),
                                     "message": world.message_api(message)})
        if not text.startswith("/"):
            self.private_typed.append((self.next_index, text))

    def _unknown_kind(self, person: Person, _: Lookup) -> None:
        name = self.rng.choice(["future_update_kind", "business_thing", "x", "message_v2"])
        # With an explicit id: the fake server, like Telegram, sends only the kinds the bot asked for, and
        # this is what a kind added to the Bot API after our python-telegram-bot release would look like.
        history = self.server.updates.history
        update_id = history[-1]["update_id"] + 1 if history else 1
        payload = texts.junk_text(self.rng)[:100]
        self.server.push_raw_update({"update_id": update_id, name: {
            "id": self.rng.randint(1, 10**9), "from": person.user.to_api(), "payload": payload}})

    def _other_kind(self, person: Person, _: Lookup) -> None:
        """Kinds the bot has no handler for, in their real shapes."""
        user = person.user.to_api()
        group = self.rng.choice(self.world.groups)
        bodies: list[dict[str, Any]] = [
            {"inline_query": {"id": str(self.rng.randint(1, 10**12)), "from": user, "query": "salary 50万",
                              "offset": ""}},
            {"chat_join_request": {"chat": group.summary(), "from": user, "user_chat_id": person.user.id,
                                   "date": now_ts()}},
            {"message_reaction": {"chat": group.summary(), "message_id": 1, "user": user, "date": now_ts(),
                                  "old_reaction": [], "new_reaction": [{"type": "emoji", "emoji": "👍"}]}},
            {"poll_answer": {"poll_id": "1", "user": user, "option_ids": [0], "option_persistent_ids": ["0"]}},
            {"chat_member": {"chat": group.summary(), "from": user, "date": now_ts(),
                             "old_chat_member": {"status": "left", "user": user},
                             "new_chat_member": {"status": "member", "user": user}}},
        ]
        self.server.push_raw_update(self.rng.choice(bodies))


def rng_mention(rng: random.Random, username: str) -> str:
    return f" @{username}" if rng.random() < 0.3 else ""


def _latest_with(screens: list[StoredMessage], question: str) -> StoredMessage | None:
    """The newest message with buttons for this question (the one on screen)."""
    for message in reversed(screens):
        for row in message.buttons:
            for button in row:
                action = decode(button.callback_data)
                if action is not None and action.args[:1] == (question,):
                    return message
    return None


def _mutate(data: str, rng: random.Random) -> str:
    """A real payload, altered the way a forger would: a field dropped, added, swapped or garbled."""
    parts = data.split(":")
    roll = rng.randrange(6)
    if roll == 0 and len(parts) > 1:
        parts.pop()
    elif roll == 1:
        parts.append(rng.choice(["x", "", "0", "🙂", "a" * 50]))
    elif roll == 2:
        parts[0] = rng.choice(["c", "t", "d", "u", "s", "b", "e", "a", "w", "v", "r", "l", "fy", "fn", "k", "g", "gl",
                               "z", ""])
    elif roll == 3 and len(parts) > 1:
        parts[-1] = parts[-1].upper()
    elif roll == 4:
        parts = [p + "\u200b" for p in parts]
    else:
        return data[: rng.randint(0, len(data))]
    return ":".join(parts)


def _add_unknown_field(body: dict[str, Any], rng: random.Random) -> None:
    """A field Telegram may add tomorrow, on the update or on its message."""
    target = body
    for key in ("message", "callback_query", "my_chat_member", "channel_post", "edited_message"):
        if isinstance(body.get(key), dict):
            target = body[key] if rng.random() < 0.7 else body
            break
    target[rng.choice(["x_new_field", "paid_star_count", "future_flag"])] = rng.choice(
        [1, "text", {"nested": [1, 2]}, None, True])
