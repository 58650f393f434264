"""The Bot API methods: what each does to the fake world and what it answers, errors included."""

from __future__ import annotations

import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any

from . import limits
from .errors import (
    CHAT_NOT_FOUND,
    MESSAGE_NOT_MODIFIED,
    QUERY_ID_INVALID,
    bad_request,
    forbidden,
    too_many_requests,
)
from .formatting import FormattedText, parse_formatted
from .limits import Button
from .observe import RecordedRequest
from .params import Params
from .ratelimit import FloodControl
from .state import CallbackAnswer, ChatActionRecord, FakeChat, StoredFile, StoredMessage, World, now_ts
from .updates import UPDATE_TYPES, UpdateQueue, WebhookConfig

Handler = Callable[[Params, RecordedRequest], Awaitable[Any]]


@dataclass
class Described:
    """A result that Telegram answers together with a ``description`` (setWebhook and friends)."""

    result: Any
    description: str


@dataclass
class BotProfile:
    """What the bot set about itself: commands, descriptions, names, menu button."""

    commands: dict[tuple[str, str], list[tuple[str, str]]] = field(default_factory=dict)
    """``(scope, language_code) -> [(command, description), ...]``; scope is ``"default"``,
    ``"all_private_chats"``, ``"chat:<id>"``, ``"chat_member:<chat id>:<user id>"`` ..."""
    descriptions: dict[str, str] = field(default_factory=dict)
    """``language_code -> description`` (``""`` is the default language)."""
    short_descriptions: dict[str, str] = field(default_factory=dict)
    names: dict[str, str] = field(default_factory=dict)
    menu_buttons: dict[int | None, dict[str, Any]] = field(default_factory=dict)
    default_admin_rights: dict[bool, dict[str, Any]] = field(default_factory=dict)


class BotApi:
    """Implements Bot API methods against a ``World`` and an ``UpdateQueue``."""

    def __init__(
        self,
        world: World,
        updates: UpdateQueue,
        flood: FloodControl,
        *,
        privacy_mode: Callable[[], bool],
        callback_query_ttl: Callable[[], float | None],
    ) -> None:
        self.world = world
        self.updates = updates
        self.flood = flood
        self.profile = BotProfile()
        self.callback_answers: list[CallbackAnswer] = []
        self.chat_actions: list[ChatActionRecord] = []
        self._privacy_mode = privacy_mode
        self._callback_query_ttl = callback_query_ttl
        self.handlers: dict[str, tuple[str, Handler]] = {}
        for name in _METHODS:
            handler: Handler = getattr(self, "m_" + name)
            self.handlers[name.lower()] = (name, handler)

    def lookup(self, method: str) -> tuple[str, Handler] | None:
        """Canonical name and handler of a method (Telegram ignores the case of method names)."""
        return self.handlers.get(method.lower())

    # helpers ---------------------------------------------------------------------------------

    def _chat(self, p: Params, name: str = "chat_id") -> FakeChat:
        chat_id = p.chat_id(name)
        if chat_id is None:
            raise bad_request(f"{name} is empty")
        chat = self.world.resolve_chat(chat_id)
        if chat is None:
            if isinstance(chat_id, int) and chat_id in self.world.users and chat_id != self.world.bot.id:
                raise forbidden("bot can't initiate conversation with a user")
            raise bad_request(CHAT_NOT_FOUND)
        return chat

    def _check_can_write(self, chat: FakeChat, *, text: bool = True) -> None:
        """Raises what Telegram answers when the bot may not post into the chat."""
        if chat.type == "private":
            if chat.blocked:
                raise forbidden("bot was blocked by the user")
            return
        kind = chat.type
        if chat.bot.status == "kicked":
            raise forbidden(f"bot was kicked from the {kind} chat")
        if not chat.bot.is_present:
            raise forbidden(f"bot is not a member of the {kind} chat")
        if chat.type == "channel":
            if not chat.bot.is_admin:
                raise bad_request("need administrator rights in the channel chat")
            if not chat.bot.right("can_post_messages"):
                raise bad_request("not enough rights to send text messages to the chat")
            return
        if chat.bot.status == "restricted" and not chat.bot.right("can_send_messages"):
            what = "text messages" if text else "documents"
            raise bad_request(f"not enough rights to send {what} to the chat")

    def _check_flood(self, chat: FakeChat) -> None:
        retry = self.flood.retry_after(chat.id, time.monotonic())
        if retry is not None:
            raise too_many_requests(retry)

    def _thread(self, p: Params, chat: FakeChat) -> tuple[int | None, bool]:
        thread_id = p.int_("message_thread_id")
        if thread_id is None:
            return None, False
        if chat.is_forum:
            if thread_id not in chat.topics:
                raise bad_request("message thread not found")
            return thread_id, thread_id != 1
        return thread_id, False

    def _reply_target(self, p: Params, chat: FakeChat) -> int | None:
        reply = p.json_("reply_parameters", what="reply parameters")
        message_id: int | None
        allow_without = p.bool_("allow_sending_without_reply")
        if isinstance(reply, dict):
            raw_id = reply.get("message_id")
            message_id = raw_id if isinstance(raw_id, int) else None
            allow_without = bool(reply.get("allow_sending_without_reply", allow_without))
            other_chat = reply.get("chat_id")
            if other_chat is not None and other_chat not in (chat.id, chat.username and f"@{chat.username}"):
                return None  # a reply into another chat is a quote; the fake does not model it
        elif reply is not None:
            raise bad_request("can't parse reply parameters JSON object")
        else:
            message_id = p.int_("reply_to_message_id")
        if message_id is None:
            return None
        target = self.world.message(chat.id, message_id)
        if target is None or target.deleted:
            if allow_without:
                return None
            raise bad_request("message to be replied not found")
        return message_id

    def _markup(self, p: Params, *, inline_only: bool = False) -> tuple[dict[str, Any] | None, list[list[Button]]]:
        markup = p.json_("reply_markup", what="reply keyboard markup")
        return limits.parse_reply_markup(markup, inline_only=inline_only)

    def _text(self, p: Params, name: str, parse_mode_name: str, entities_name: str) -> FormattedText | None:
        raw = p.str_(name)
        if raw is None:
            return None
        entities = p.json_(entities_name, what=entities_name)
        return parse_formatted(raw, p.str_(parse_mode_name), entities)

    def _new_bot_message(self, chat: FakeChat, p: Params, rec: RecordedRequest, **fields: Any) -> dict[str, Any]:
        thread_id, is_topic = self._thread(p, chat)
        reply_id = self._reply_target(p, chat)
        if thread_id is None and reply_id is not None and chat.is_forum:
            replied = self.world.message(chat.id, reply_id)
            if replied is not None and replied.message_thread_id is not None:
                thread_id, is_topic = replied.message_thread_id, replied.is_topic_message
        markup, buttons = self._markup(p)
        self._check_flood(chat)
        message = StoredMessage(
            chat_id=chat.id,
            message_id=self.world.new_message_id(chat.id),
            date=now_ts(),
            from_bot=True,
            reply_markup=markup,
            buttons=buttons,
            message_thread_id=thread_id,
            is_topic_message=is_topic,
            reply_to_message_id=reply_id,
            **fields,
        )
        self.world.add_message(message)
        self.flood.record(chat.id, time.monotonic())
        rec.message = message.snapshot()
        return self.world.message_api(message)

    def _edit_target(self, p: Params) -> StoredMessage:
        if p.has("inline_message_id") and not p.has("chat_id"):
            raise bad_request("MESSAGE_ID_INVALID")
        message_id = p.int_("message_id")
        if message_id is None:
            raise bad_request("message identifier is not specified")
        chat = self._chat(p)
        message = self.world.message(chat.id, message_id)
        if message is None or message.deleted:
            raise bad_request("message to edit not found")
        if not message.from_bot:
            raise bad_request("message can't be edited")
        return message

    def _finish_edit(self, message: StoredMessage, rec: RecordedRequest) -> dict[str, Any]:
        message.edit_date = now_ts()
        message.edit_count += 1
        rec.message = message.snapshot()
        return self.world.message_api(message)

    # getting started --------------------------------------------------------------------------

    async def m_getMe(self, p: Params, rec: RecordedRequest) -> Any:
        bot = self.world.bot.to_api()
        bot.update(
            can_join_groups=True,
            can_read_all_group_messages=not self._privacy_mode(),
            supports_inline_queries=False,
            can_connect_to_business=False,
            has_main_web_app=False,
        )
        return bot

    async def m_logOut(self, p: Params, rec: RecordedRequest) -> Any:
        return True

    async def m_close(self, p: Params, rec: RecordedRequest) -> Any:
        return True

    # updates ----------------------------------------------------------------------------------

    async def m_getUpdates(self, p: Params, rec: RecordedRequest) -> Any:
        allowed = self._allowed_updates(p)
        limit = p.int_("limit")
        timeout = p.float_("timeout") or 0.0
        return await self.updates.get_updates(
            offset=p.int_("offset"),
            limit=100 if limit is None else limit,
            poll_seconds=timeout,
            allowed_updates=allowed,
        )

    def _allowed_updates(self, p: Params) -> list[str] | None:
        allowed = p.json_("allowed_updates", what="allowed_updates")
        if allowed is None:
            return None
        if not isinstance(allowed, list) or not all(isinstance(kind, str) for kind in allowed):
            raise bad_request("can't parse allowed_updates JSON object")
        return [kind for kind in allowed if kind in UPDATE_TYPES]

    async def m_setWebhook(self, p: Params, rec: RecordedRequest) -> Any:
        url = (p.str_("url") or "").strip()
        drop = p.bool_("drop_pending_updates")
        if not url:
            had = self.updates.delete_webhook(drop_pending=drop)
            return Described(True, "Webhook was deleted" if had else "Webhook is already deleted")
        limits.check_webhook_url(url)
        secret = p.str_("secret_token") or ""
        limits.check_secret_token(secret)
        max_connections = p.int_("max_connections")
        config = WebhookConfig(
            url=url,
            secret_token=secret or None,
            max_connections=40 if max_connections is None else min(max(max_connections, 1), 100),
            ip_address=p.str_("ip_address"),
        )
        already = self.updates.set_webhook(config, allowed_updates=self._allowed_updates(p), drop_pending=drop)
        return Described(True, "Webhook is already set" if already else "Webhook was set")

    async def m_deleteWebhook(self, p: Params, rec: RecordedRequest) -> Any:
        had = self.updates.delete_webhook(drop_pending=p.bool_("drop_pending_updates"))
        return Described(True, "Webhook was deleted" if had else "Webhook is already deleted")

    async def m_getWebhookInfo(self, p: Params, rec: RecordedRequest) -> Any:
        return self.updates.webhook_info()

    # sending ----------------------------------------------------------------------------------

    async def m_sendMessage(self, p: Params, rec: RecordedRequest) -> Any:
        chat = self._chat(p)
        formatted = self._text(p, "text", "parse_mode", "entities")
        if formatted is None:
            raise bad_request("message text is empty")
        limits.check_text_length(formatted.text)
        self._check_can_write(chat)
        return self._new_bot_message(
            chat,
            p,
            rec,
            text=formatted.text,
            raw_text=p.str_("text"),
            parse_mode=p.str_("parse_mode"),
            entities=formatted.entities,
        )

    async def m_sendDocument(self, p: Params, rec: RecordedRequest) -> Any:
        return self._send_media(p, rec, "document")

    async def m_sendPhoto(self, p: Params, rec: RecordedRequest) -> Any:
        return self._send_media(p, rec, "photo")

    def _send_media(self, p: Params, rec: RecordedRequest, kind: str) -> Any:
        chat = self._chat(p)
        stored = self._input_file(p, kind)
        caption = self._text(p, "caption", "parse_mode", "caption_entities")
        if caption is not None:
            limits.check_caption_length(caption.text)
        self._check_can_write(chat, text=False)
        return self._new_bot_message(
            chat,
            p,
            rec,
            document=stored if kind == "document" else None,
            photo=stored if kind == "photo" else None,
            caption=caption.text if caption is not None and caption.text else None,
            raw_caption=p.str_("caption"),
            parse_mode=p.str_("parse_mode"),
            caption_entities=caption.entities if caption is not None else (),
        )

    def _input_file(self, p: Params, kind: str) -> StoredFile:
        upload = p.file(kind)
        reference = p.str_(kind)
        if upload is None and reference and reference.startswith("attach://"):
            upload = p.file(reference.removeprefix("attach://"))
        if upload is not None:
            if not upload.data:
                raise bad_request("file must be non-empty")
            return self.world.file_from_upload(kind, upload)
        if not reference:
            raise bad_request(f"there is no {kind} in the request")
        if reference in self.world.files:
            return self.world.files[reference]
        if reference.lower().startswith(("http://", "https://")):
            name = reference.rstrip("/").rsplit("/", 1)[-1] or "file"
            return self.world.new_file(kind, b"", filename=name, mime_type=None)
        raise bad_request("wrong file identifier/HTTP URL specified")

    async def m_sendChatAction(self, p: Params, rec: RecordedRequest) -> Any:
        chat = self._chat(p)
        action = (p.str_("action") or "").strip().lower()
        if action not in limits.CHAT_ACTIONS:
            raise bad_request("wrong parameter action in request")
        self._check_can_write(chat)
        thread_id = p.int_("message_thread_id")
        self.chat_actions.append(ChatActionRecord(chat.id, action, thread_id, time.monotonic()))
        return True

    # editing and deleting ---------------------------------------------------------------------

    async def m_editMessageText(self, p: Params, rec: RecordedRequest) -> Any:
        message = self._edit_target(p)
        formatted = self._text(p, "text", "parse_mode", "entities")
        if formatted is None:
            raise bad_request("text must be non-empty")
        limits.check_text_length(formatted.text)
        markup, buttons = self._markup(p, inline_only=True)
        if message.text is None:
            raise bad_request("there is no text in the message to edit")
        if (
            formatted.text == message.text
            and list(formatted.entities) == list(message.entities)
            and _inline(markup) == _inline(message.reply_markup)
        ):
            raise bad_request(MESSAGE_NOT_MODIFIED)
        message.text = formatted.text
        message.raw_text = p.str_("text")
        message.parse_mode = p.str_("parse_mode")
        message.entities = formatted.entities
        message.reply_markup, message.buttons = markup, buttons
        return self._finish_edit(message, rec)

    async def m_editMessageCaption(self, p: Params, rec: RecordedRequest) -> Any:
        message = self._edit_target(p)
        caption = self._text(p, "caption", "parse_mode", "caption_entities") or FormattedText("")
        limits.check_caption_length(caption.text)
        markup, buttons = self._markup(p, inline_only=True)
        if message.document is None and message.photo is None:
            raise bad_request("there is no caption in the message to edit")
        if (
            caption.text == (message.caption or "")
            and list(caption.entities) == list(message.caption_entities)
            and _inline(markup) == _inline(message.reply_markup)
        ):
            raise bad_request(MESSAGE_NOT_MODIFIED)
        message.caption = caption.text or None
        message.raw_caption = p.str_("caption")
        message.caption_entities = caption.entities
        message.reply_markup, message.buttons = markup, buttons
        return self._finish_edit(message, rec)

    async def m_editMessageReplyMarkup(self, p: Params, rec: RecordedRequest) -> Any:
        message = self._edit_target(p)
        markup, buttons = self._markup(p, inline_only=True)
        if _inline(markup) == _inline(message.reply_markup):
            raise bad_request(MESSAGE_NOT_MODIFIED)
        message.reply_markup, message.buttons = markup, buttons
        return self._finish_edit(message, rec)

    async def m_deleteMessage(self, p: Params, rec: RecordedRequest) -> Any:
        chat = self._chat(p)
        message_id = p.int_("message_id")
        if message_id is None:
            raise bad_request("message identifier is not specified")
        self._delete(chat, message_id)
        return True

    async def m_deleteMessages(self, p: Params, rec: RecordedRequest) -> Any:
        chat = self._chat(p)
        ids = p.json_("message_ids", what="message identifiers")
        if not isinstance(ids, list) or not ids:
            raise bad_request("message identifiers are not specified")
        if len(ids) > 100:
            raise bad_request("too many message identifiers specified")
        for message_id in ids:
            if isinstance(message_id, int):
                message = self.world.message(chat.id, message_id)
                if message is not None and not message.deleted and self._may_delete(chat, message):
                    message.deleted = True
        return True

    def _delete(self, chat: FakeChat, message_id: int) -> None:
        message = self.world.message(chat.id, message_id)
        if message is None or message.deleted:
            raise bad_request("message to delete not found")
        if not self._may_delete(chat, message):
            raise bad_request("message can't be deleted")
        message.deleted = True

    def _may_delete(self, chat: FakeChat, message: StoredMessage) -> bool:
        if message.from_bot or chat.type == "private":
            return True
        return chat.bot.is_admin and chat.bot.right("can_delete_messages")

    # callback queries -------------------------------------------------------------------------

    async def m_answerCallbackQuery(self, p: Params, rec: RecordedRequest) -> Any:
        query_id = p.str_("callback_query_id") or ""
        text = p.str_("text")
        limits.check_callback_answer_text(text)
        query = self.world.callback_queries.get(query_id)
        ttl = self._callback_query_ttl()
        if query is None or query.answer is not None:
            raise bad_request(QUERY_ID_INVALID)
        if ttl is not None and time.monotonic() - query.created_at > ttl:
            raise bad_request(QUERY_ID_INVALID)
        answer = CallbackAnswer(
            callback_query_id=query_id,
            text=text,
            show_alert=p.bool_("show_alert"),
            url=p.str_("url"),
            cache_time=p.int_("cache_time") or 0,
        )
        query.answer = answer
        self.callback_answers.append(answer)
        return True

    # the bot's profile ------------------------------------------------------------------------

    def _scope_key(self, p: Params) -> str:
        scope = p.json_("scope", what="bot command scope")
        if scope is None:
            return "default"
        if not isinstance(scope, dict) or not isinstance(scope.get("type"), str):
            raise bad_request("can't parse bot command scope JSON object")
        kind = scope["type"]
        if kind in ("default", "all_private_chats", "all_group_chats", "all_chat_administrators"):
            return str(kind)
        if kind not in ("chat", "chat_administrators", "chat_member"):
            raise bad_request("unsupported bot command scope specified")
        raw_chat = scope.get("chat_id")
        chat = self.world.resolve_chat(raw_chat) if isinstance(raw_chat, int | str) else None
        if chat is None:
            raise bad_request(CHAT_NOT_FOUND)
        if kind == "chat_administrators" and chat.type == "private":
            raise bad_request("can't use specified scope in private chats")
        if kind == "chat_member":
            user_id = scope.get("user_id")
            if not isinstance(user_id, int) or user_id not in self.world.users:
                raise bad_request("user not found")
            if chat.type == "private":
                raise bad_request("can't use specified scope in private chats")
            return f"chat_member:{chat.id}:{user_id}"
        return f"{kind}:{chat.id}"

    def _language(self, p: Params) -> str:
        language = (p.str_("language_code") or "").strip()
        limits.check_language_code(language)
        return language

    async def m_setMyCommands(self, p: Params, rec: RecordedRequest) -> Any:
        commands = limits.parse_commands(p.json_("commands"))
        key = (self._scope_key(p), self._language(p))
        if commands:
            self.profile.commands[key] = commands
        else:
            self.profile.commands.pop(key, None)
        return True

    async def m_getMyCommands(self, p: Params, rec: RecordedRequest) -> Any:
        key = (self._scope_key(p), self._language(p))
        return [{"command": c, "description": d} for c, d in self.profile.commands.get(key, [])]

    async def m_deleteMyCommands(self, p: Params, rec: RecordedRequest) -> Any:
        self.profile.commands.pop((self._scope_key(p), self._language(p)), None)
        return True

    async def m_setMyDescription(self, p: Params, rec: RecordedRequest) -> Any:
        text = p.str_("description") or ""
        limits.check_description(text, short=False)
        _store(self.profile.descriptions, self._language(p), text)
        return True

    async def m_getMyDescription(self, p: Params, rec: RecordedRequest) -> Any:
        return {"description": self.profile.descriptions.get(self._language(p), "")}

    async def m_setMyShortDescription(self, p: Params, rec: RecordedRequest) -> Any:
        text = p.str_("short_description") or ""
        limits.check_description(text, short=True)
        _store(self.profile.short_descriptions, self._language(p), text)
        return True

    async def m_getMyShortDescription(self, p: Params, rec: RecordedRequest) -> Any:
        return {"short_description": self.profile.short_descriptions.get(self._language(p), "")}

    async def m_setMyName(self, p: Params, rec: RecordedRequest) -> Any:
        name = p.str_("name") or ""
        limits.check_bot_name(name)
        _store(self.profile.names, self._language(p), name)
        return True

    async def m_getMyName(self, p: Params, rec: RecordedRequest) -> Any:
        language = self._language(p)
        return {"name": self.profile.names.get(language) or self.world.bot.first_name}

    async def m_setChatMenuButton(self, p: Params, rec: RecordedRequest) -> Any:
        chat_id = p.int_("chat_id")
        button = p.json_("menu_button", what="menu button") or {"type": "default"}
        if not isinstance(button, dict) or button.get("type") not in ("default", "commands", "web_app"):
            raise bad_request("can't parse menu button JSON object")
        self.profile.menu_buttons[chat_id] = button
        return True

    async def m_getChatMenuButton(self, p: Params, rec: RecordedRequest) -> Any:
        chat_id = p.int_("chat_id")
        return self.profile.menu_buttons.get(chat_id) or self.profile.menu_buttons.get(None) or {"type": "commands"}

    async def m_setMyDefaultAdministratorRights(self, p: Params, rec: RecordedRequest) -> Any:
        rights = p.json_("rights", what="rights") or {}
        self.profile.default_admin_rights[p.bool_("for_channels")] = rights
        return True

    async def m_getMyDefaultAdministratorRights(self, p: Params, rec: RecordedRequest) -> Any:
        stored = self.profile.default_admin_rights.get(p.bool_("for_channels"), {})
        base = {
            name: False
            for name in (
                "is_anonymous", "can_manage_chat", "can_delete_messages", "can_manage_video_chats",
                "can_restrict_members", "can_promote_members", "can_change_info", "can_invite_users",
                "can_post_stories", "can_edit_stories", "can_delete_stories",
            )
        }  # fmt: skip
        return {**base, **stored}

    # chats ------------------------------------------------------------------------------------

    async def m_getChat(self, p: Params, rec: RecordedRequest) -> Any:
        chat = self._chat(p)
        return chat.full_info()

    async def m_getChatMember(self, p: Params, rec: RecordedRequest) -> Any:
        chat = self._chat(p)
        user_id = p.int_("user_id", error="invalid user_id specified")
        if user_id is None:
            raise bad_request("invalid user_id specified")
        user = self.world.users.get(user_id)
        if user is None:
            raise bad_request("user not found")
        if chat.type == "private" and user_id not in (chat.id, self.world.bot.id):
            raise bad_request("user not found")
        if chat.type == "channel" and not chat.bot.is_admin and user_id != self.world.bot.id:
            raise bad_request("member list is inaccessible")
        return self.world.chat_member_api(chat, user)

    async def m_getChatAdministrators(self, p: Params, rec: RecordedRequest) -> Any:
        chat = self._chat(p)
        if chat.type == "private":
            raise bad_request("there are no administrators in the private chat")
        admins = [
            self.world.chat_member_api(chat, self.world.users[user_id])
            for user_id, member in chat.members.items()
            if member.is_admin and user_id in self.world.users
        ]
        if chat.bot.is_admin:
            admins.append(self.world.chat_member_api(chat, self.world.bot))
        return admins

    async def m_getChatMemberCount(self, p: Params, rec: RecordedRequest) -> Any:
        chat = self._chat(p)
        if chat.type == "private":
            return 2
        present = sum(1 for member in chat.members.values() if member.is_present)
        return present + (1 if chat.bot.is_present else 0)

    async def m_leaveChat(self, p: Params, rec: RecordedRequest) -> Any:
        chat = self._chat(p)
        if chat.type == "private":
            raise bad_request("chat member status can't be changed in private chats")
        if not chat.bot.is_present:
            raise forbidden(f"bot is not a member of the {chat.type} chat")
        old = chat.bot
        chat.bot = type(old)("left")
        self.updates.push(
            {
                "my_chat_member": {
                    "chat": chat.summary(),
                    "from": self.world.bot.to_api(),
                    "date": now_ts(),
                    "old_chat_member": old.to_api(self.world.bot, chat.type),
                    "new_chat_member": chat.bot.to_api(self.world.bot, chat.type),
                }
            }
        )
        return True

    # files ------------------------------------------------------------------------------------

    async def m_getFile(self, p: Params, rec: RecordedRequest) -> Any:
        file_id = p.str_("file_id") or ""
        if not file_id:
            raise bad_request("file_id not specified")
        stored = self.world.files.get(file_id)
        if stored is None:
            raise bad_request("invalid file_id")
        return {
            "file_id": stored.file_id,
            "file_unique_id": stored.file_unique_id,
            "file_size": stored.size,
            "file_path": file_path(stored),
        }


def file_path(stored: StoredFile) -> str:
    """Where ``getFile`` says a file can be downloaded (``/file/bot<token>/<path>``)."""
    extension = ""
    if stored.filename and "." in stored.filename:
        extension = "." + stored.filename.rsplit(".", 1)[-1]
    elif stored.kind == "photo":
        extension = ".jpg"
    return f"{stored.kind}s/file_{stored.file_unique_id}{extension}"


def _inline(markup: dict[str, Any] | None) -> Any:
    return None if markup is None else markup.get("inline_keyboard")


def _store(table: dict[str, str], language: str, text: str) -> None:
    if text:
        table[language] = text
    else:
        table.pop(language, None)


_METHODS = (
    "getMe", "logOut", "close", "getUpdates", "setWebhook", "deleteWebhook", "getWebhookInfo",
    "sendMessage", "sendDocument", "sendPhoto", "sendChatAction", "editMessageText",
    "editMessageCaption", "editMessageReplyMarkup", "deleteMessage", "deleteMessages",
    "answerCallbackQuery", "setMyCommands", "getMyCommands", "deleteMyCommands", "setMyDescription",
    "getMyDescription", "setMyShortDescription", "getMyShortDescription", "setMyName", "getMyName",
    "setChatMenuButton", "getChatMenuButton", "setMyDefaultAdministratorRights",
    "getMyDefaultAdministratorRights", "getChat", "getChatMember", "getChatAdministrators",
    "getChatMemberCount", "leaveChat", "getFile",
)  # fmt: skip

__all__ = ["BotApi", "BotProfile", "Described", "file_path"]
