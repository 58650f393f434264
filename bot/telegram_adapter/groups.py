"""Groups, forum topics and channels.

Nothing personal is ever collected or posted here: a member who wants a check gets a button that opens
a private chat through a deep link, and the interview happens there. In groups the bot answers only
general questions (/routes, /threshold) and admins' settings, in the group's language and in the same
forum topic. Channel posts are ignored; a channel admin can ask, in private, for a "check your
eligibility" post with a deep-link button.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from datetime import datetime
from html import escape

from telegram import (
    CallbackQuery,
    Chat,
    ChatFullInfo,
    ChatMember,
    ChatMemberAdministrator,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    Message,
    ReplyParameters,
    Update,
    User,
)
from telegram.constants import ChatMemberStatus, ChatType, ParseMode
from telegram.error import BadRequest, Forbidden, TelegramError
from telegram.ext import ContextTypes
from telegram.helpers import create_deep_linked_url

from bot.callback_data import ButtonAction, decode
from bot.china_time import china_today
from bot.public_info import CityDirectory
from bot.service import ConversationService
from bot.storage import ChatSettings, ChatStore, StatsStore
from bot.storage.chats import ChatKind
from bot.telegram_adapter.commands import GROUP_COMMANDS, names, parse_command

log = logging.getLogger(__name__)

ADMIN_STATUSES = {ChatMemberStatus.OWNER, ChatMemberStatus.ADMINISTRATOR}
PRESENT_STATUSES = {ChatMemberStatus.MEMBER, ChatMemberStatus.ADMINISTRATOR, ChatMemberStatus.OWNER,
                    ChatMemberStatus.RESTRICTED}
PUBLIC_COMMANDS = {"routes", "threshold", "help"}
GROUP_COMMAND_NAMES = frozenset(names(GROUP_COMMANDS))


def source_tag(chat: Chat | ChatFullInfo) -> str:
    """The deep-link payload naming where a person came from: a chat, never a person."""
    prefix = "c" if chat.type == ChatType.CHANNEL else "g"
    return f"{prefix}{chat.id}"  # e.g. g-1001234567890: only A-Z a-z 0-9 _ - and well under 64 characters


class GroupFeatures:
    def __init__(self, service: ConversationService, store: ChatStore, stats: StatsStore, *,
                 admin_ids: frozenset[int], clock: Callable[[], datetime]) -> None:
        self.service = service
        self.catalog = service.catalog
        self.store = store
        self.stats_store = stats
        self.admin_ids = admin_ids
        self.clock = clock
        self.cities = CityDirectory(service.interview.content, service.catalog)

    # --- helpers -------------------------------------------------------------------------------
    def t(self, language: str, message_id: str, /, **params: object) -> str:
        return self.catalog.text(language, message_id, **params)  # type: ignore[arg-type]

    async def _settings_for(self, chat: Chat | ChatFullInfo, user: User | None) -> ChatSettings:
        found = await self.store.get_chat(chat.id)
        if found is not None:
            return found
        language = self.catalog.resolve(user.language_code if user else None)
        kind: ChatKind = "group"
        if chat.type == ChatType.CHANNEL:
            kind = "channel"
        elif chat.type == ChatType.SUPERGROUP:
            kind = "supergroup"
        return ChatSettings(chat_id=chat.id, kind=kind, title=chat.title or "", language=language)

    @staticmethod
    def _thread(message: Message) -> int | None:
        return message.message_thread_id if message.is_topic_message else None

    async def _reply(self, message: Message, html: str, markup: InlineKeyboardMarkup | None = None) -> None:
        try:
            await message.get_bot().send_message(
                message.chat_id, html, parse_mode=ParseMode.HTML, reply_markup=markup,
                message_thread_id=self._thread(message),
                reply_parameters=ReplyParameters(message.message_id, allow_sending_without_reply=True),
            )
        except (Forbidden, BadRequest) as error:
            # The admins took away the bot's right to write, or removed it, after the command was sent.
            log.info("could not answer in a group: %s", type(error).__name__)

    async def _is_admin(self, context: ContextTypes.DEFAULT_TYPE, chat: Chat, user: User | None,
                        sender_chat: Chat | None = None) -> bool:
        if sender_chat is not None and sender_chat.id == chat.id:
            return True  # an anonymous admin posts as the group itself; only admins can
        if user is None:
            return False
        try:
            member = await context.bot.get_chat_member(chat.id, user.id)
        except TelegramError:
            return False
        return member.status in ADMIN_STATUSES

    # --- the bot added to or removed from a chat ---------------------------------------------------
    async def on_membership(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        change = update.my_chat_member
        if change is None:
            return
        chat = change.chat
        if chat.type == ChatType.PRIVATE:
            return  # a person blocked or unblocked the bot: their session follows its own TTL
        status = change.new_chat_member.status
        if status not in PRESENT_STATUSES:
            await self.store.delete_chat(chat.id)  # removed: keep nothing about this chat
            log.info("left a %s", chat.type)
            return
        was_present = change.old_chat_member.status in PRESENT_STATUSES
        settings = await self._settings_for(chat, change.from_user)
        settings = ChatSettings(chat_id=settings.chat_id, kind=settings.kind, title=chat.title or settings.title,
                                language=settings.language, public_commands=settings.public_commands,
                                quiet=settings.quiet, bot_status=str(status))
        await self.store.put_chat(settings)
        if chat.type == ChatType.CHANNEL or was_present or settings.quiet:
            return  # channels get posts only when an admin asks; a promotion is not a new arrival
        try:
            await context.bot.send_message(chat.id, escape(self.t(settings.language, "group-intro")),
                                           parse_mode=ParseMode.HTML)
        except (Forbidden, BadRequest):
            log.info("could not greet a new group")

    # --- commands in groups --------------------------------------------------------------------------
    async def on_group_message(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        message = update.effective_message
        chat = update.effective_chat
        if message is None or chat is None or message.text is None:
            return
        command = parse_command(message.text, context.bot.username)
        if command is None or not command.for_us:
            return  # not a command, or a command for another bot
        name, args = command.name, command.args
        if name == "start" and command.addressed:
            name = "check"  # /start@ourbot in a group (a bare /start may be another bot's)
        if name not in GROUP_COMMAND_NAMES:
            return
        settings = await self._settings_for(chat, message.from_user)
        language = settings.language
        if name in PUBLIC_COMMANDS and not settings.public_commands:
            return  # the admins switched public answers off
        if name == "check":
            await self._check(message, chat, language)
        elif name == "routes":
            await self._reply(message, escape(self.t(language, "routes-text")))
        elif name == "help":
            await self._reply(message, escape(self.t(language, "group-help")))
        elif name == "threshold":
            await self._reply(message, self._threshold(args, language))
        elif name == "settings":
            if not await self._is_admin(context, chat, message.from_user, message.sender_chat):
                await self._reply(message, escape(self.t(language, "settings-admins-only")))
                return
            await self.store.put_chat(settings)
            text, markup = self._settings_view(settings)
            await self._reply(message, text, markup)

    async def _check(self, message: Message, chat: Chat, language: str) -> None:
        user = message.from_user
        if user is None or user.is_bot or (message.sender_chat is not None):
            return  # anonymous admins and channels have no private chat to open
        button = ButtonAction("check", (str(user.id),))
        markup = InlineKeyboardMarkup([[InlineKeyboardButton(self.t(language, "group-check-button"),
                                                             callback_data=button.encode())]])
        await self._reply(message, escape(self.t(language, "group-check-prompt", name=user.first_name)), markup)

    def _threshold(self, args: str, language: str) -> str:
        if not args:
            return escape(self.t(language, "threshold-usage"))
        city = self.cities.find(args[:64])
        if city is None:
            names = ", ".join(self.t(language, label) for label in self.cities.labels.values())
            return escape(self.t(language, "threshold-unknown-city", city=args[:64], cities=names))
        fmt = self.service.formatter(language)
        info = self.cities.thresholds(city, china_today(self.clock()))
        city_name = self.t(language, info.label_id)
        if info.wage is None or info.effective is None:
            return escape(self.t(language, "threshold-no-figure", city=city_name))
        lines = [f"<b>{escape(self.t(language, 'threshold-title', city=city_name, date=fmt.raw_date(info.as_of)))}</b>"]
        for message_id, amount in (("threshold-line-a", info.work_permit_a), ("threshold-line-b", info.work_permit_b)):
            if amount is not None:
                lines.append(escape(self.t(language, message_id, amount=amount)))
        if info.permanent_residence is not None and info.permanent_residence_tax is not None:
            lines.append(escape(self.t(language, "threshold-line-pr", amount=info.permanent_residence,
                                       tax=info.permanent_residence_tax)))
        source = self.service.interview.content.sources[info.source] if info.source else None
        lines.append("<i>" + escape(self.t(
            language, "threshold-base", wage=info.wage,
            year=str(info.reference_year or ""), date=fmt.raw_date(info.effective),
            source=self.t(language, source.title) if source else "")) + "</i>")
        return "\n".join(lines)

    def _settings_view(self, settings: ChatSettings) -> tuple[str, InlineKeyboardMarkup]:
        language = settings.language
        on_off = {True: "on", False: "off"}
        lines = [f"<b>{escape(self.t(language, 'settings-title'))}</b>",
                 escape(self.t(language, "settings-language", language=self.t(language, "language-native-name"))),
                 escape(self.t(language, "settings-public", state=on_off[settings.public_commands])),
                 escape(self.t(language, "settings-quiet", state=on_off[settings.quiet])),
                 escape(self.t(language, "settings-choose-language"))]
        rows = [[InlineKeyboardButton(self.t(language, "settings-toggle-public"),
                                      callback_data=ButtonAction("group_setting", ("public",)).encode())],
                [InlineKeyboardButton(self.t(language, "settings-toggle-quiet"),
                                      callback_data=ButtonAction("group_setting", ("quiet",)).encode())]]
        languages = [InlineKeyboardButton(self.t(code, "language-native-name"),
                                          callback_data=ButtonAction("group_language", (code,)).encode())
                     for code in self.catalog.codes]
        rows.extend(languages[i:i + 2] for i in range(0, len(languages), 2))
        return "\n".join(lines), InlineKeyboardMarkup(rows)

    # --- buttons the bot posted in groups --------------------------------------------------------------
    async def on_group_button(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        query = update.callback_query
        chat = update.effective_chat
        if query is None or chat is None:
            return
        action = decode(query.data)
        settings = await self._settings_for(chat, query.from_user)
        language = self.catalog.resolve(query.from_user.language_code) if query.from_user else settings.language
        if action is None:
            await _answer(query, self.t(language, "error-stale-button"), show_alert=True)
            return
        if action.op == "check":
            if str(query.from_user.id) != action.args[0]:
                # Someone else's button: tell only the presser, change nothing.
                await _answer(query, self.t(language, "group-button-not-yours"), show_alert=True)
                return
            link = create_deep_linked_url(context.bot.username, source_tag(chat))
            await _answer(query, url=link)
            return
        if action.op in {"group_setting", "group_language"}:
            if not await self._is_admin(context, chat, query.from_user):
                await _answer(query, self.t(language, "settings-admins-only"), show_alert=True)
                return
            if action.op == "group_language":
                if action.args[0] not in self.catalog.languages:
                    await _answer(query, self.t(language, "error-unknown-language"), show_alert=True)
                    return
                settings = _with(settings, language=action.args[0])
            elif action.args[0] == "public":
                settings = _with(settings, public_commands=not settings.public_commands)
            else:
                settings = _with(settings, quiet=not settings.quiet)
            await self.store.put_chat(settings)
            await _answer(query, self.t(settings.language, "settings-saved"))
            text, markup = self._settings_view(settings)
            if query.message is not None:
                try:
                    await context.bot.edit_message_text(text, chat_id=chat.id, message_id=query.message.message_id,
                                                        parse_mode=ParseMode.HTML, reply_markup=markup)
                except BadRequest:
                    pass  # "message is not modified" after a double tap
            return
        await _answer(query, self.t(language, "error-stale-button"), show_alert=True)

    # --- private commands for channel admins and bot admins ------------------------------------------------
    async def on_publish(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        message = update.effective_message
        user = update.effective_user
        if message is None or user is None:
            return
        language = await self._private_language(user)
        command = parse_command(message.text, context.bot.username)
        target = command.args.split(" ")[0] if command is not None else ""
        if not re.fullmatch(r"@[A-Za-z0-9_]{4,32}|-100\d{5,15}", target):
            await _tell(message, escape(self.t(language, "channel-publish-usage")))
            return
        try:
            channel = await context.bot.get_chat(target)
        except TelegramError:
            channel = None
        if channel is None or channel.type != ChatType.CHANNEL:
            await _tell(message, escape(self.t(language, "channel-not-found")))
            return
        if not await self._can_publish(context, channel, user):
            await _tell(message, escape(self.t(language, "channel-not-admin")))
            return
        settings = await self._settings_for(channel, user)
        await self.store.put_chat(settings)
        link = create_deep_linked_url(context.bot.username, source_tag(channel))
        markup = InlineKeyboardMarkup([[InlineKeyboardButton(self.t(settings.language, "channel-post-button"),
                                                             url=link)]])
        await context.bot.send_message(channel.id, escape(self.t(settings.language, "channel-post-text")),
                                       parse_mode=ParseMode.HTML, reply_markup=markup)
        name = f"@{channel.username}" if channel.username else (channel.title or str(channel.id))
        await _tell(message, escape(self.t(language, "channel-published", channel=name)))

    async def _can_publish(self, context: ContextTypes.DEFAULT_TYPE, channel: ChatFullInfo, user: User) -> bool:
        try:
            member: ChatMember = await context.bot.get_chat_member(channel.id, user.id)
            me: ChatMember = await context.bot.get_chat_member(channel.id, context.bot.id)
        except TelegramError:
            return False
        if member.status not in ADMIN_STATUSES:
            return False
        return isinstance(me, ChatMemberAdministrator) and bool(me.can_post_messages)

    async def _private_language(self, user: User) -> str:
        stored = await self.service.store.load(user.id)
        if stored is not None:
            from bot.records import UserRecord

            try:
                return UserRecord.from_json(stored.data).session.language
            except ValueError:
                pass
        return self.catalog.resolve(user.language_code)

    async def on_stats(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        message = update.effective_message
        user = update.effective_user
        if message is None or user is None:
            return
        language = await self._private_language(user)
        if user.id not in self.admin_ids:
            await _tell(message, escape(self.t(language, "stats-admins-only")))
            return
        counts = await self.stats_store.stats()
        lines = [f"<b>{escape(self.t(language, 'stats-title'))}</b>"]
        total = {metric: sum(c.count for c in counts if c.metric == metric and c.dimension == "language")
                 for metric in ("started", "completed")}
        lines.append(escape(self.t(language, "stats-started", count=total["started"])))
        lines.append(escape(self.t(language, "stats-completed", count=total["completed"])))
        for dimension, heading in (("source", "stats-by-source"), ("language", "stats-by-language")):
            table: dict[str, dict[str, int]] = {}
            for row in counts:
                if row.dimension == dimension:
                    table.setdefault(row.value, {})[row.metric] = row.count
            if not table:
                continue
            lines.append("")
            lines.append(f"<b>{escape(self.t(language, heading))}</b>")
            for value, by_metric in sorted(table.items(), key=lambda item: -item[1].get("started", 0)):
                name = await self._stat_name(language, dimension, value)
                lines.append(escape(self.t(language, "stats-line", name=name, started=by_metric.get("started", 0),
                                           completed=by_metric.get("completed", 0))))
        outcomes = [c for c in counts if c.dimension == "outcome"]
        if outcomes:
            lines.append("")
            lines.append(f"<b>{escape(self.t(language, 'stats-by-outcome'))}</b>")
            for row in outcomes:
                outcome = self.t(language, f"verdict-status-{row.value.replace('_', '-')}")
                lines.append(escape(self.t(language, "stats-outcome-line", outcome=outcome, count=row.count)))
        await _tell(message, "\n".join(lines))

    async def _stat_name(self, language: str, dimension: str, value: str) -> str:
        if dimension == "source" and value == "private":
            return self.t(language, "stats-source-private")
        if dimension == "language" and value in self.catalog.languages:
            return self.t(value, "language-native-name")
        if dimension == "source" and value[:1] in {"g", "c"} and value[1:].lstrip("-").isdigit():
            chat = await self.store.get_chat(int(value[1:]))
            if chat is not None and chat.title:
                return f"{chat.title} ({value})"
        return value


async def _tell(message: Message, html: str) -> None:
    """Replies in the private chat a command came from. A person who blocked the bot meanwhile
    (Forbidden) is told nothing: nothing was changed for them."""
    try:
        await message.reply_text(html, parse_mode=ParseMode.HTML)
    except Forbidden:
        log.info("reply not delivered: the person blocked the bot")


async def _answer(query: CallbackQuery, text: str | None = None, *, show_alert: bool = False,
                  url: str | None = None) -> None:
    """Answers a button press. One delivered twice (after a restart) was answered the first time, and
    Telegram refuses a second answer; nothing more to do."""
    try:
        await query.answer(text, show_alert=show_alert or None, url=url)
    except BadRequest as error:
        log.debug("button press not answered: %s", type(error).__name__)


def _with(settings: ChatSettings, **changes: object) -> ChatSettings:
    from dataclasses import replace

    return replace(settings, **changes)  # type: ignore[arg-type]
