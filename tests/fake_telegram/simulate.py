"""The people around the bot: users and chats the tests create, and the updates their actions cause.

Each action changes the fake world at once and queues the update Telegram would send the bot (or
none, where Telegram would send none: privacy mode in groups, chats the bot is not in, a user who
blocked it).  Actions return immediately; the bot picks the update up on its next poll.
"""

from __future__ import annotations

import re
import time
from collections.abc import Iterable
from typing import Any

from .formatting import Entity, utf16_len
from .observe import ChatLike, chat_id_of
from .state import (
    MEMBER_STATUSES,
    CallbackQueryRecord,
    FakeChat,
    FakeUser,
    MemberState,
    StoredFile,
    StoredMessage,
    World,
    now_ts,
)
from .updates import UpdateQueue

_COMMAND_RE = re.compile(r"(?<![^\s])/[A-Za-z0-9_]{1,64}(?:@[A-Za-z0-9_]{3,32})?")
_MENTION_RE = re.compile(r"(?<![\w@])@[A-Za-z0-9_]{4,32}\b")
_STATUS_ALIASES = {"owner": "creator", "admin": "administrator", "banned": "kicked"}


def detect_entities(text: str) -> list[Entity]:
    """The entities Telegram adds to a user's plain text: bot commands and @mentions."""
    entities: list[Entity] = []
    for kind, pattern in (("bot_command", _COMMAND_RE), ("mention", _MENTION_RE)):
        for match in pattern.finditer(text):
            entities.append(
                {"type": kind, "offset": utf16_len(text[: match.start()]), "length": utf16_len(match.group())}
            )
    return sorted(entities, key=lambda e: e["offset"])


def _status(status: str) -> str:
    status = _STATUS_ALIASES.get(status, status)
    if status not in MEMBER_STATUSES:
        raise ValueError(f"unknown chat member status {status!r}; use one of {sorted(MEMBER_STATUSES)}")
    return status


class SimulationMixin:
    """Test-side API for creating users and chats and acting as them; mixed into the server."""

    world: World
    updates: UpdateQueue
    privacy_mode: bool

    # users and chats ------------------------------------------------------------------------

    def add_user(
        self,
        first_name: str = "Alice",
        *,
        last_name: str | None = None,
        username: str | None = None,
        language_code: str | None = "en",
        is_premium: bool = False,
        user_id: int | None = None,
    ) -> FakeUser:
        """A new Telegram user (ids are assigned in order unless given)."""
        user = FakeUser(
            id=user_id if user_id is not None else self.world.new_user_id(),
            first_name=first_name,
            last_name=last_name,
            username=username,
            language_code=language_code,
            is_premium=is_premium,
        )
        self.world.users[user.id] = user
        return user

    def private_chat(self, user: FakeUser) -> FakeChat:
        """The user's private chat with the bot (opened on first use; its id is the user's id)."""
        chat = self.world.chats.get(user.id)
        if chat is None:
            chat = FakeChat(
                id=user.id,
                type="private",
                first_name=user.first_name,
                last_name=user.last_name,
                username=user.username,
                bot=MemberState("member"),
            )
            self.world.chats[user.id] = chat
        return chat

    def add_group(
        self,
        title: str = "Test group",
        *,
        forum: bool = False,
        supergroup: bool = True,
        members: Iterable[FakeUser] = (),
        admins: Iterable[FakeUser] = (),
        creator: FakeUser | None = None,
        username: str | None = None,
        description: str | None = None,
        bot_status: str = "left",
        bot_rights: dict[str, bool] | None = None,
    ) -> FakeChat:
        """A group (supergroup by default, id ``-100…``).

        The bot is *not* in it unless ``bot_status`` says so ("member", "administrator") or a test
        calls ``bot_added_to_chat``.  Members not listed count as plain members for getChatMember.
        """
        if forum and not supergroup:
            raise ValueError("only supergroups can be forums")
        chat = FakeChat(
            id=self.world.new_group_id(supergroup=supergroup),
            type="supergroup" if supergroup else "group",
            title=title,
            username=username,
            is_forum=forum,
            description=description,
            bot=MemberState(_status(bot_status), dict(bot_rights or {})),
        )
        for user in members:
            chat.members[user.id] = MemberState("member")
        for user in admins:
            chat.members[user.id] = MemberState("administrator")
        if creator is not None:
            chat.members[creator.id] = MemberState("creator")
        if forum:
            chat.topics[1] = "General"
        self.world.chats[chat.id] = chat
        return chat

    def add_channel(
        self,
        title: str = "Test channel",
        *,
        username: str | None = None,
        description: str | None = None,
        bot_status: str = "left",
        bot_rights: dict[str, bool] | None = None,
    ) -> FakeChat:
        """A channel (id ``-100…``); the bot posts only as an administrator with can_post_messages."""
        chat = FakeChat(
            id=self.world.new_group_id(supergroup=True),
            type="channel",
            title=title,
            username=username,
            description=description,
            bot=MemberState(_status(bot_status), dict(bot_rights or {})),
        )
        self.world.chats[chat.id] = chat
        return chat

    def add_topic(self, chat: FakeChat, name: str) -> int:
        """A forum topic; returns its ``message_thread_id``."""
        if not chat.is_forum:
            raise ValueError(f"chat {chat.id} is not a forum")
        thread_id = self.world.new_message_id(chat.id)
        self.world.add_message(
            StoredMessage(
                chat_id=chat.id,
                message_id=thread_id,
                date=now_ts(),
                from_bot=False,
                extra={"forum_topic_created": {"name": name, "icon_color": 7322096}},
                message_thread_id=thread_id,
                is_topic_message=True,
            )
        )
        chat.topics[thread_id] = name
        return thread_id

    def set_member(
        self,
        chat: FakeChat,
        user: FakeUser,
        status: str = "member",
        *,
        until_date: int = 0,
        custom_title: str | None = None,
        **rights: bool,
    ) -> None:
        """Sets what ``getChatMember`` answers for a user (silently, no update): "creator",
        "administrator" (rights such as ``can_post_messages=False`` as keywords), "member",
        "restricted", "left", "kicked"."""
        chat.members[user.id] = MemberState(_status(status), dict(rights), until_date, custom_title)

    def chat(self, chat: ChatLike) -> FakeChat:
        """The chat object for a chat, user (private chat) or id."""
        found = self.world.chats.get(chat_id_of(chat))
        if found is None:
            raise KeyError(f"no chat {chat_id_of(chat)}")
        return found

    # messages from users --------------------------------------------------------------------

    def user_sends_text(
        self,
        user: FakeUser,
        chat: ChatLike,
        text: str,
        *,
        message_thread_id: int | None = None,
        reply_to: StoredMessage | int | None = None,
        entities: list[Entity] | None = None,
    ) -> StoredMessage:
        """A user writes ``text``; commands and @mentions get their entities as Telegram adds them."""
        return self._user_message(
            user,
            chat,
            text=text,
            entities=detect_entities(text) if entities is None else entities,
            message_thread_id=message_thread_id,
            reply_to=reply_to,
        )

    def user_sends_command(
        self,
        user: FakeUser,
        chat: ChatLike,
        command: str,
        args: str = "",
        *,
        mention_bot: bool = False,
        message_thread_id: int | None = None,
        reply_to: StoredMessage | int | None = None,
    ) -> StoredMessage:
        """A user sends ``/command`` (``/command@bot_username`` with ``mention_bot``) plus ``args``."""
        name = command.removeprefix("/")
        head = f"/{name}@{self.world.bot.username}" if mention_bot else f"/{name}"
        text = f"{head} {args}" if args else head
        return self.user_sends_text(user, chat, text, message_thread_id=message_thread_id, reply_to=reply_to)

    def user_sends_sticker(
        self, user: FakeUser, chat: ChatLike, *, emoji: str = "👍", message_thread_id: int | None = None
    ) -> StoredMessage:
        """A message with a sticker and no text."""
        stored = self.world.new_file("sticker", b"RIFF-fake-webp", filename=None, mime_type="image/webp",
                                     width=512, height=512)  # fmt: skip
        sticker = {
            "file_id": stored.file_id,
            "file_unique_id": stored.file_unique_id,
            "type": "regular",
            "width": 512,
            "height": 512,
            "is_animated": False,
            "is_video": False,
            "emoji": emoji,
            "set_name": "FakeStickers",
            "file_size": stored.size,
        }
        return self._user_message(user, chat, sticker=sticker, message_thread_id=message_thread_id)

    def user_sends_photo(
        self,
        user: FakeUser,
        chat: ChatLike,
        *,
        caption: str | None = None,
        data: bytes = b"\xff\xd8\xff\xe0fake-jpeg",
        message_thread_id: int | None = None,
    ) -> StoredMessage:
        """A photo, with an optional caption and no text."""
        photo = self.world.new_file("photo", data, filename=None, mime_type="image/jpeg", width=1280, height=960)
        return self._user_message(user, chat, photo=photo, caption=caption, message_thread_id=message_thread_id)

    def user_sends_document(
        self,
        user: FakeUser,
        chat: ChatLike,
        filename: str,
        data: bytes,
        *,
        mime_type: str = "application/octet-stream",
        caption: str | None = None,
    ) -> StoredMessage:
        document = self.world.new_file("document", data, filename=filename, mime_type=mime_type)
        return self._user_message(user, chat, document=document, caption=caption)

    def user_edits_message(self, user: FakeUser, message: StoredMessage, new_text: str) -> StoredMessage:
        """The user edits their own text message: an ``edited_message`` update."""
        current = self.world.message(message.chat_id, message.message_id)
        if current is None or current.deleted or current.sender is None or current.sender.id != user.id:
            raise ValueError("a user can only edit their own existing messages")
        if current.text is None:
            raise ValueError("only text messages can be edited this way")
        current.text = current.raw_text = new_text
        current.entities = tuple(detect_entities(new_text))
        current.edit_date = now_ts()
        current.edit_count += 1
        chat = self.world.chats[current.chat_id]
        if self._bot_receives(chat, current):
            kind = "edited_channel_post" if chat.type == "channel" else "edited_message"
            self.updates.push({kind: self.world.message_api(current)})
        return current.snapshot()

    def channel_post(self, chat: FakeChat, text: str, *, author_signature: str | None = None) -> StoredMessage:
        """A post in a channel (``channel_post`` update; the bot gets it only as an administrator)."""
        if chat.type != "channel":
            raise ValueError(f"chat {chat.id} is not a channel")
        message = StoredMessage(
            chat_id=chat.id,
            message_id=self.world.new_message_id(chat.id),
            date=now_ts(),
            from_bot=False,
            text=text,
            raw_text=text,
            entities=tuple(detect_entities(text)),
            sender_chat_id=chat.id,
            extra={"author_signature": author_signature} if author_signature else {},
        )
        self.world.add_message(message)
        if chat.bot.is_admin:
            self.updates.push({"channel_post": self.world.message_api(message)})
        return message.snapshot()

    def _user_message(
        self,
        user: FakeUser,
        chat_like: ChatLike,
        *,
        text: str | None = None,
        entities: list[Entity] | None = None,
        caption: str | None = None,
        sticker: dict[str, Any] | None = None,
        photo: StoredFile | None = None,
        document: StoredFile | None = None,
        extra: dict[str, Any] | None = None,
        message_thread_id: int | None = None,
        reply_to: StoredMessage | int | None = None,
    ) -> StoredMessage:
        chat = self._chat_for(user, chat_like)
        if chat.type == "channel":
            raise ValueError("users don't write into channels; use channel_post")
        reply_id = reply_to.message_id if isinstance(reply_to, StoredMessage) else reply_to
        thread_id = message_thread_id
        if chat.is_forum and thread_id is None and reply_id is not None:
            replied = self.world.message(chat.id, reply_id)
            thread_id = replied.message_thread_id if replied is not None else None
        message = StoredMessage(
            chat_id=chat.id,
            message_id=self.world.new_message_id(chat.id),
            date=now_ts(),
            from_bot=False,
            sender=user,
            text=text,
            raw_text=text,
            entities=tuple(entities or ()),
            caption=caption,
            raw_caption=caption,
            caption_entities=tuple(detect_entities(caption)) if caption else (),
            sticker=sticker,
            photo=photo,
            document=document,
            extra=dict(extra or {}),
            message_thread_id=thread_id,
            is_topic_message=chat.is_forum and thread_id is not None and thread_id != 1,
            reply_to_message_id=reply_id,
        )
        self.world.add_message(message)
        if self._bot_receives(chat, message):
            self.updates.push({"message": self.world.message_api(message)})
        return message.snapshot()

    def _chat_for(self, user: FakeUser, chat: ChatLike) -> FakeChat:
        if isinstance(chat, FakeUser) or chat_id_of(chat) == user.id:
            return self.private_chat(user)
        return self.chat(chat)

    def _bot_receives(self, chat: FakeChat, message: StoredMessage) -> bool:
        """Whether Telegram would send this message to the bot (membership and privacy mode)."""
        if chat.type == "private":
            return not chat.blocked
        if not chat.bot.is_present:
            return False
        if chat.type == "channel":
            return chat.bot.is_admin
        if not self.privacy_mode or chat.bot.is_admin or message.extra:
            return True
        if message.reply_to_message_id is not None:
            replied = self.world.message(chat.id, message.reply_to_message_id)
            if replied is not None and replied.from_bot:
                return True
        content = message.content
        entities = message.entities if message.text is not None else message.caption_entities
        username = (self.world.bot.username or "").lower()
        for entity in entities:
            start, length = int(entity["offset"]), int(entity["length"])
            piece = content.encode("utf-16-le")[start * 2 : (start + length) * 2].decode("utf-16-le")
            if entity["type"] == "bot_command":
                _, _, target = piece.partition("@")
                if start == 0 and (not target or target.lower() == username):
                    return True
            if entity["type"] == "mention" and piece[1:].lower() == username:
                return True
        return False

    # buttons --------------------------------------------------------------------------------

    def user_presses_button(
        self,
        user: FakeUser,
        message: StoredMessage,
        callback_data: str | None = None,
        *,
        button_text: str | None = None,
        check: bool = True,
    ) -> str:
        """A user presses an inline button of a bot message; returns the callback query id.

        The button is found by ``callback_data`` or by its ``button_text``; with ``check`` (the
        default) it must exist in the message as it is *now*.  The update carries the current
        message, as Telegram's does.
        """
        current = self.world.message(message.chat_id, message.message_id)
        if current is None or current.deleted:
            raise ValueError(f"message {message.message_id} in chat {message.chat_id} no longer exists")
        if button_text is not None:
            button = current.find_button(button_text)
            if button is None or button.callback_data is None:
                raise ValueError(f"no callback button {button_text!r}; keyboard is {current.keyboard}")
            callback_data = button.callback_data
        if callback_data is None:
            raise ValueError("give callback_data or button_text")
        if check and current.find_button(callback_data=callback_data) is None:
            raise ValueError(f"no button with callback_data {callback_data!r}; keyboard is {current.keyboard}")
        query_id = self.world.new_query_id()
        self.world.callback_queries[query_id] = CallbackQueryRecord(
            query_id, user, current.chat_id, current.message_id, callback_data, time.monotonic()
        )
        self.updates.push(
            {
                "callback_query": {
                    "id": query_id,
                    "from": user.to_api(),
                    "message": self.world.message_api(current),
                    "chat_instance": self.world.chat_instance(current.chat_id),
                    "data": callback_data,
                }
            }
        )
        return query_id

    # the bot's membership -------------------------------------------------------------------

    def set_bot_status(self, chat: FakeChat, by_user: FakeUser, status: str, **rights: bool) -> int:
        """Changes the bot's status in a chat and sends the ``my_chat_member`` update."""
        old = chat.bot
        new = MemberState(_status(status), dict(rights))
        chat.bot = new
        if chat.type == "private":
            chat.blocked = new.status == "kicked"
        return self.updates.push(
            {
                "my_chat_member": {
                    "chat": chat.summary(),
                    "from": by_user.to_api(),
                    "date": now_ts(),
                    "old_chat_member": old.to_api(self.world.bot, chat.type),
                    "new_chat_member": new.to_api(self.world.bot, chat.type),
                }
            }
        )

    def bot_added_to_chat(
        self,
        chat: FakeChat,
        by_user: FakeUser,
        status: str | None = None,
        *,
        service_message: bool = True,
        **rights: bool,
    ) -> None:
        """A user adds the bot to a group ("member" by default) or channel (always "administrator"):
        ``my_chat_member``, and in groups also the ``new_chat_members`` service message."""
        if chat.type == "private":
            raise ValueError("use private_chat(user) and user_sends_command(..., 'start') for private chats")
        if status is None:
            status = "administrator" if chat.type == "channel" else "member"
        was_present = chat.bot.is_present
        self.set_bot_status(chat, by_user, status, **rights)
        if service_message and chat.is_group and not was_present:
            self._user_message(by_user, chat, extra={"new_chat_members": [self.world.bot.to_api()]})

    def bot_removed_from_chat(self, chat: FakeChat, by_user: FakeUser, status: str = "left") -> None:
        """The bot is removed ("left") or banned ("kicked") from a group or channel."""
        if _status(status) not in ("left", "kicked"):
            raise ValueError("status must be 'left' or 'kicked'")
        self.set_bot_status(chat, by_user, status)

    def user_blocks_bot(self, user: FakeUser) -> None:
        """The user blocks the bot: ``my_chat_member`` (member → kicked); sends then fail with 403."""
        self.set_bot_status(self.private_chat(user), user, "kicked")

    def user_unblocks_bot(self, user: FakeUser) -> None:
        self.set_bot_status(self.private_chat(user), user, "member")

    # anything else --------------------------------------------------------------------------

    def push_raw_update(self, update: dict[str, Any]) -> int:
        """Queues an update exactly as given (forged data, odd shapes, a repeated ``update_id``).

        A ``callback_query`` in it is registered, so the bot can answer it as it would a real one.
        """
        query = update.get("callback_query")
        if isinstance(query, dict) and isinstance(query.get("id"), str):
            self._register_raw_query(query)
        return self.updates.push(dict(update))

    def _register_raw_query(self, query: dict[str, Any]) -> None:
        sender, message = _object(query.get("from")), _object(query.get("message"))
        chat = _object(message.get("chat"))
        user_id = sender.get("id")
        user = self.world.users.get(user_id) if isinstance(user_id, int) else None
        if user is None:
            user = FakeUser(id=user_id if isinstance(user_id, int) else 0, first_name=str(sender.get("first_name")))
        self.world.callback_queries.setdefault(
            query["id"],
            CallbackQueryRecord(
                query["id"],
                user,
                int(chat.get("id", 0)),
                int(message.get("message_id", 0)),
                str(query.get("data", "")),
                time.monotonic(),
            ),
        )


def _object(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}
