"""What the fake Telegram knows: users, chats, members, messages, files, callback queries.

Plain data plus the conversion of each object into the JSON the Bot API answers with.
"""

from __future__ import annotations

import copy
import itertools
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from .formatting import Entity
from .limits import Button
from .params import UploadedFile

ChatType = str  # "private" | "group" | "supergroup" | "channel"

MEMBER_STATUSES = frozenset({"creator", "administrator", "member", "restricted", "left", "kicked"})

_ADMIN_RIGHTS = (
    "can_manage_chat",
    "can_delete_messages",
    "can_manage_video_chats",
    "can_restrict_members",
    "can_promote_members",
    "can_change_info",
    "can_invite_users",
    "can_post_stories",
    "can_edit_stories",
    "can_delete_stories",
)
_CHANNEL_ADMIN_RIGHTS = ("can_post_messages", "can_edit_messages")
_GROUP_ADMIN_RIGHTS = ("can_pin_messages", "can_manage_topics")
_RESTRICTIONS = (
    "can_send_messages",
    "can_send_audios",
    "can_send_documents",
    "can_send_photos",
    "can_send_videos",
    "can_send_video_notes",
    "can_send_voice_notes",
    "can_send_polls",
    "can_send_other_messages",
    "can_add_web_page_previews",
    "can_change_info",
    "can_invite_users",
    "can_pin_messages",
    "can_manage_topics",
    "can_edit_tag",
    "can_react_to_messages",
)


def now_ts() -> int:
    return int(time.time())


@dataclass
class FakeUser:
    """A Telegram account: a person the tests play, or the bot itself."""

    id: int
    first_name: str
    last_name: str | None = None
    username: str | None = None
    language_code: str | None = "en"
    is_bot: bool = False
    is_premium: bool = False

    def to_api(self) -> dict[str, Any]:
        data: dict[str, Any] = {"id": self.id, "is_bot": self.is_bot, "first_name": self.first_name}
        if self.last_name:
            data["last_name"] = self.last_name
        if self.username:
            data["username"] = self.username
        if self.language_code and not self.is_bot:
            data["language_code"] = self.language_code
        if self.is_premium:
            data["is_premium"] = True
        return data


@dataclass
class MemberState:
    """A user's (or the bot's) standing in a chat."""

    status: str = "member"
    rights: dict[str, bool] = field(default_factory=dict)
    until_date: int = 0
    custom_title: str | None = None

    @property
    def is_present(self) -> bool:
        return self.status in ("creator", "administrator", "member") or (
            self.status == "restricted" and self.rights.get("is_member", True)
        )

    @property
    def is_admin(self) -> bool:
        return self.status in ("creator", "administrator")

    def right(self, name: str) -> bool:
        """An administrator right or a restriction flag, with Telegram's defaults."""
        if self.status == "creator":
            return True
        if self.status == "administrator":
            return self.rights.get(name, name != "is_anonymous")
        if self.status == "restricted":
            return self.rights.get(name, True)
        return self.status == "member" and (name.startswith("can_send") or name == "can_add_web_page_previews")

    def to_api(self, user: FakeUser, chat_type: ChatType) -> dict[str, Any]:
        data: dict[str, Any] = {"status": self.status, "user": user.to_api()}
        if self.status == "creator":
            data["is_anonymous"] = self.rights.get("is_anonymous", False)
            if self.custom_title:
                data["custom_title"] = self.custom_title
        elif self.status == "administrator":
            data["can_be_edited"] = self.rights.get("can_be_edited", False)
            data["is_anonymous"] = self.rights.get("is_anonymous", False)
            names = _ADMIN_RIGHTS + (_CHANNEL_ADMIN_RIGHTS if chat_type == "channel" else _GROUP_ADMIN_RIGHTS)
            for name in names:
                data[name] = self.rights.get(name, True)
            if self.custom_title:
                data["custom_title"] = self.custom_title
        elif self.status == "restricted":
            data["is_member"] = self.rights.get("is_member", True)
            for name in _RESTRICTIONS:
                data[name] = self.rights.get(name, True)
            data["until_date"] = self.until_date
        elif self.status == "kicked":
            data["until_date"] = self.until_date
        return data


@dataclass
class FakeChat:
    """A private chat, group, supergroup or channel."""

    id: int
    type: ChatType
    title: str | None = None
    username: str | None = None
    first_name: str | None = None
    last_name: str | None = None
    is_forum: bool = False
    description: str | None = None
    bot: MemberState = field(default_factory=lambda: MemberState("left"))
    """The bot's own standing in the chat."""
    members: dict[int, MemberState] = field(default_factory=dict)
    topics: dict[int, str] = field(default_factory=dict)
    """Forum topics by ``message_thread_id``."""
    blocked: bool = False
    """Private chats: the user has blocked the bot."""

    @property
    def is_group(self) -> bool:
        return self.type in ("group", "supergroup")

    def summary(self) -> dict[str, Any]:
        """The ``Chat`` object embedded in messages and updates."""
        data: dict[str, Any] = {"id": self.id, "type": self.type}
        if self.title is not None:
            data["title"] = self.title
        if self.username:
            data["username"] = self.username
        if self.first_name is not None:
            data["first_name"] = self.first_name
        if self.last_name:
            data["last_name"] = self.last_name
        if self.is_forum:
            data["is_forum"] = True
        return data

    def full_info(self) -> dict[str, Any]:
        """The ``ChatFullInfo`` object ``getChat`` answers with."""
        data = self.summary()
        data.update(
            accent_color_id=self.id % 7 if self.id > 0 else 0,
            max_reaction_count=11,
            accepted_gift_types={
                "unlimited_gifts": False,
                "limited_gifts": False,
                "unique_gifts": False,
                "premium_subscription": False,
                "gifts_from_channels": False,
            },
        )
        if self.description:
            data["description"] = self.description
        return data


@dataclass
class StoredFile:
    """A file the bot uploaded (or a user sent), addressable by ``file_id``."""

    file_id: str
    file_unique_id: str
    kind: str  # "document" | "photo" | "sticker"
    filename: str | None
    mime_type: str | None
    data: bytes
    width: int = 0
    height: int = 0

    @property
    def size(self) -> int:
        return len(self.data)

    def document_api(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "file_id": self.file_id,
            "file_unique_id": self.file_unique_id,
            "file_size": self.size,
        }
        if self.filename:
            data["file_name"] = self.filename
        if self.mime_type:
            data["mime_type"] = self.mime_type
        return data

    def photo_api(self) -> list[dict[str, Any]]:
        return [
            {
                "file_id": self.file_id,
                "file_unique_id": self.file_unique_id,
                "width": self.width or 1280,
                "height": self.height or 720,
                "file_size": self.size,
            }
        ]


@dataclass
class StoredMessage:
    """A message in a chat as it is now (after edits), sent by the bot or by a user.

    ``text`` is the plain text after entity parsing (HTML stripped), ``raw_text`` what was sent.
    """

    chat_id: int
    message_id: int
    date: int
    from_bot: bool
    sender: FakeUser | None = None
    """The user who sent it; ``None`` for the bot's messages and channel posts."""
    text: str | None = None
    raw_text: str | None = None
    parse_mode: str | None = None
    entities: tuple[Entity, ...] = ()
    caption: str | None = None
    raw_caption: str | None = None
    caption_entities: tuple[Entity, ...] = ()
    document: StoredFile | None = None
    photo: StoredFile | None = None
    sticker: dict[str, Any] | None = None
    extra: dict[str, Any] = field(default_factory=dict)
    """Further ``Message`` fields (service messages: ``new_chat_members`` etc.)."""
    reply_markup: dict[str, Any] | None = None
    buttons: list[list[Button]] = field(default_factory=list)
    message_thread_id: int | None = None
    is_topic_message: bool = False
    reply_to_message_id: int | None = None
    edit_date: int | None = None
    edit_count: int = 0
    deleted: bool = False
    sender_chat_id: int | None = None

    @property
    def keyboard(self) -> list[list[tuple[str, str | None]]]:
        """The inline keyboard as rows of ``(text, callback_data or url)``."""
        return [[(button.text, button.target) for button in row] for row in self.buttons]

    @property
    def button_texts(self) -> list[str]:
        return [button.text for row in self.buttons for button in row]

    def find_button(self, text: str | None = None, *, callback_data: str | None = None) -> Button | None:
        """The first button with this exact text (or callback data), if any."""
        for row in self.buttons:
            for button in row:
                if text is not None and button.text == text:
                    return button
                if callback_data is not None and button.callback_data == callback_data:
                    return button
        return None

    @property
    def content(self) -> str:
        """Text or caption, whichever the message has ('' if neither)."""
        return self.text if self.text is not None else (self.caption or "")

    def snapshot(self) -> StoredMessage:
        """A copy frozen at this moment (later edits don't change it)."""
        return copy.copy(self)


@dataclass
class CallbackAnswer:
    """What the bot answered to a callback query."""

    callback_query_id: str
    text: str | None
    show_alert: bool
    url: str | None
    cache_time: int


@dataclass
class CallbackQueryRecord:
    id: str
    user: FakeUser
    chat_id: int
    message_id: int
    data: str
    created_at: float
    answer: CallbackAnswer | None = None


@dataclass
class ChatActionRecord:
    chat_id: int
    action: str
    message_thread_id: int | None
    at: float


class World:
    """All chats, users, messages and files of one fake Telegram, and the ids they get."""

    def __init__(self, bot: FakeUser) -> None:
        self.bot = bot
        self.users: dict[int, FakeUser] = {bot.id: bot}
        self.chats: dict[int, FakeChat] = {}
        self.messages: dict[int, dict[int, StoredMessage]] = {}
        self.files: dict[str, StoredFile] = {}
        self.callback_queries: dict[str, CallbackQueryRecord] = {}
        self._user_ids = itertools.count(10_000_001)
        self._basic_group_ids = itertools.count(400_000_001)
        self._supergroup_ids = itertools.count(1_001_000_000_001)
        self._file_ids = itertools.count(1)
        self._query_ids = itertools.count(4_610_000_000_000_000_001)
        self._message_ids: dict[int, itertools.count[int]] = {}

    # ids -------------------------------------------------------------------------------------

    def new_user_id(self) -> int:
        return next(self._user_ids)

    def new_group_id(self, *, supergroup: bool) -> int:
        return -next(self._supergroup_ids) if supergroup else -next(self._basic_group_ids)

    def new_message_id(self, chat_id: int) -> int:
        counter = self._message_ids.setdefault(chat_id, itertools.count(1))
        return next(counter)

    def new_query_id(self) -> str:
        return str(next(self._query_ids))

    def new_file(
        self,
        kind: str,
        data: bytes,
        *,
        filename: str | None,
        mime_type: str | None,
        width: int = 0,
        height: int = 0,
    ) -> StoredFile:
        number = next(self._file_ids)
        prefix = {"document": "BQACAgIAAxk", "photo": "AgACAgIAAxk", "sticker": "CAACAgIAAxk"}.get(kind, "AAAA")
        stored = StoredFile(
            file_id=f"{prefix}{number:08d}fake",
            file_unique_id=f"AgAD{number:06d}",
            kind=kind,
            filename=filename,
            mime_type=mime_type,
            data=data,
            width=width,
            height=height,
        )
        self.files[stored.file_id] = stored
        return stored

    def file_from_upload(self, kind: str, upload: UploadedFile) -> StoredFile:
        return self.new_file(kind, upload.data, filename=upload.filename, mime_type=upload.content_type)

    # lookups ---------------------------------------------------------------------------------

    def resolve_chat(self, chat_id: int | str) -> FakeChat | None:
        if isinstance(chat_id, str):
            name = chat_id.removeprefix("@").lower()
            return next((c for c in self.chats.values() if c.username and c.username.lower() == name), None)
        return self.chats.get(chat_id)

    def add_message(self, message: StoredMessage) -> StoredMessage:
        self.messages.setdefault(message.chat_id, {})[message.message_id] = message
        return message

    def message(self, chat_id: int, message_id: int) -> StoredMessage | None:
        return self.messages.get(chat_id, {}).get(message_id)

    def chat_messages(self, chat_id: int) -> Iterator[StoredMessage]:
        yield from self.messages.get(chat_id, {}).values()

    def member(self, chat: FakeChat, user_id: int) -> MemberState:
        if user_id == self.bot.id:
            return chat.bot
        if chat.type == "private":
            return MemberState("member")
        return chat.members.get(user_id) or MemberState("member")

    def chat_instance(self, chat_id: int) -> str:
        return str((abs(chat_id) * 7_919_000_003 + 1_234_567) % 10**19)

    # API objects -----------------------------------------------------------------------------

    def message_api(self, message: StoredMessage, *, with_reply: bool = True) -> dict[str, Any]:
        """The ``Message`` object for a stored message."""
        chat = self.chats[message.chat_id]
        data: dict[str, Any] = {"message_id": message.message_id}
        if message.from_bot:
            data["from"] = self.bot.to_api()
        elif message.sender is not None:
            data["from"] = message.sender.to_api()
        if message.sender_chat_id is not None:
            data["sender_chat"] = self.chats[message.sender_chat_id].summary()
        data["date"] = message.date
        data["chat"] = chat.summary()
        if message.message_thread_id is not None:
            data["message_thread_id"] = message.message_thread_id
            if message.is_topic_message:
                data["is_topic_message"] = True
        if message.edit_date is not None:
            data["edit_date"] = message.edit_date
        if with_reply and message.reply_to_message_id is not None:
            replied = self.message(message.chat_id, message.reply_to_message_id)
            if replied is not None and not replied.deleted:
                data["reply_to_message"] = self.message_api(replied, with_reply=False)
        if message.text is not None:
            data["text"] = message.text
            if message.entities:
                data["entities"] = [dict(entity) for entity in message.entities]
        if message.document is not None:
            data["document"] = message.document.document_api()
        if message.photo is not None:
            data["photo"] = message.photo.photo_api()
        if message.sticker is not None:
            data["sticker"] = dict(message.sticker)
        if message.caption is not None:
            data["caption"] = message.caption
            if message.caption_entities:
                data["caption_entities"] = [dict(entity) for entity in message.caption_entities]
        data.update(copy.deepcopy(message.extra))
        if message.reply_markup is not None and "inline_keyboard" in message.reply_markup:
            data["reply_markup"] = {"inline_keyboard": copy.deepcopy(message.reply_markup["inline_keyboard"])}
        return data

    def chat_member_api(self, chat: FakeChat, user: FakeUser) -> dict[str, Any]:
        return self.member(chat, user.id).to_api(user, chat.type)
