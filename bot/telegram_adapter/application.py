"""Building and running the python-telegram-bot Application."""

from __future__ import annotations

import asyncio
import gc
import logging
from collections.abc import Callable, Coroutine
from datetime import UTC, datetime, timedelta
from typing import Any

from telegram import (
    BotCommand,
    BotCommandScopeAllGroupChats,
    BotCommandScopeAllPrivateChats,
    LinkPreviewOptions,
    Update,
)
from telegram.constants import ChatType, ParseMode
from telegram.error import NetworkError
from telegram.ext import (
    AIORateLimiter,
    Application,
    ApplicationBuilder,
    CallbackQueryHandler,
    ChatMemberHandler,
    CommandHandler,
    ContextTypes,
    Defaults,
    MessageHandler,
    TypeHandler,
    filters,
)
from telegram.request import BaseRequest

from bot.composition import utc_now
from bot.config import Mode, Settings
from bot.service import ConversationService
from bot.storage import SessionStore, SqliteSessionStore
from bot.telegram_adapter.bot_api import InterviewCalls, LeanBot
from bot.telegram_adapter.groups import GROUP_COMMANDS, GroupFeatures
from bot.telegram_adapter.incoming import PRIVATE_COMMANDS, PrivateUpdate
from bot.telegram_adapter.private_chat import PrivateChatHandler
from bot.telegram_adapter.processor import PerUserUpdateProcessor
from bot.telegram_adapter.transport import telegram_requests

log = logging.getLogger(__name__)

PURGE_EVERY = timedelta(hours=1)
PROCESSED_IDS_KEPT = timedelta(days=2)  # Telegram keeps undelivered updates for 24 hours at most
WEBHOOK_PATH = "telegram-webhook"


def build_application(settings: Settings, service: ConversationService, store: SqliteSessionStore,
                      clock: Callable[[], datetime] = utc_now) -> Application:  # type: ignore[type-arg]
    assert settings.telegram_bot_token is not None
    token = settings.telegram_bot_token.get_secret_value()
    request, get_updates_request = telegram_requests(settings)
    bot = LeanBot(
        token,
        base_url=settings.base_url,
        base_file_url=settings.base_url.replace("/bot", "/file/bot"),
        request=request,
        get_updates_request=get_updates_request,
        defaults=Defaults(parse_mode=ParseMode.HTML, link_preview_options=LinkPreviewOptions(is_disabled=True)),
        rate_limiter=AIORateLimiter(max_retries=3),  # waits out 429 answers (retry_after) up to 3 times
    )
    application = (
        ApplicationBuilder()
        .bot(bot)
        .concurrent_updates(PerUserUpdateProcessor(64))
        .post_init(_post_init(service, store, settings))
        .post_shutdown(_post_shutdown(store, (request, get_updates_request)))
        .build()
    )
    private = PrivateChatHandler(service, InterviewCalls(bot))
    groups = GroupFeatures(service, store, store, admin_ids=settings.bot_admin_ids, clock=clock)
    in_private = filters.ChatType.PRIVATE
    # First: the interview's updates read straight from the JSON (bot/telegram_adapter/bot_api.py).
    application.add_handler(TypeHandler(PrivateUpdate, private))
    application.add_handler(ChatMemberHandler(groups.on_membership, ChatMemberHandler.MY_CHAT_MEMBER))
    application.add_handler(CallbackQueryHandler(_by_chat_type(private, groups.on_group_button)))
    application.add_handler(CommandHandler("publish", groups.on_publish, filters=in_private))
    application.add_handler(CommandHandler("stats", groups.on_stats, filters=in_private))
    application.add_handler(MessageHandler(filters.ChatType.GROUPS & filters.UpdateType.MESSAGE,
                                           groups.on_group_message))
    application.add_handler(MessageHandler(filters.UpdateType.EDITED_MESSAGE & in_private, private))
    application.add_handler(MessageHandler(filters.UpdateType.MESSAGE & in_private, private))
    # Channel posts and everything else match no handler and are ignored.
    application.add_error_handler(_on_error(service))
    return application


Callback = Callable[[Update, ContextTypes.DEFAULT_TYPE], Coroutine[Any, Any, None]]


def _by_chat_type(private: Callback, group: Callback) -> Callback:
    """Buttons in private chats drive the interview; buttons in groups are the group's own."""
    async def dispatch(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        query = update.callback_query
        chat = query.message.chat if query is not None and query.message is not None else None
        if chat is not None and chat.type != ChatType.PRIVATE:
            await group(update, context)
        else:
            await private(update, context)

    return dispatch


def _post_init(service: ConversationService, store: SessionStore, settings: Settings):  # type: ignore[no-untyped-def]
    async def post_init(application: Application) -> None:  # type: ignore[type-arg]
        await store.open()
        await _publish_profile(application, service)
        if application.job_queue is not None:
            application.job_queue.run_repeating(_purge(store, settings), interval=PURGE_EVERY, first=5)
        # Everything built so far (the compiled content, the catalogues, PTB) lives as long as the process.
        # Frozen, the cyclic garbage collector stops walking it: a full collection took 110 ms here, about
        # 0.2 ms per update on average, for nothing it could ever free.
        gc.freeze()
        log.info("bot started as @%s", application.bot.username)

    return post_init


def _post_shutdown(store: SessionStore, requests: tuple[BaseRequest, ...]):  # type: ignore[no-untyped-def]
    async def post_shutdown(application: Application) -> None:  # type: ignore[type-arg]
        await store.close()
        # PTB shuts its request objects down only if the bot started; when start-up failed (Telegram or
        # the proxy unreachable) their connection pools are still open. A second shutdown does nothing.
        for request in requests:
            await request.shutdown()

    return post_shutdown


async def _publish_profile(application: Application, service: ConversationService) -> None:  # type: ignore[type-arg]
    """The command menu, description and short description, in every language we speak."""
    bot = application.bot
    catalog = service.catalog
    for code, language in catalog.languages.items():
        commands = [BotCommand(name, catalog.text(code, f"command-{name}")) for name in PRIVATE_COMMANDS]
        language_code = None if code == "en" else language.telegram
        await bot.set_my_commands(commands, scope=BotCommandScopeAllPrivateChats(), language_code=language_code)
        group_commands = [BotCommand(name, catalog.text(code, f"command-{name}")) for name in GROUP_COMMANDS]
        await bot.set_my_commands(group_commands, scope=BotCommandScopeAllGroupChats(), language_code=language_code)
        await bot.set_my_description(catalog.text(code, "bot-description"), language_code=language_code)
        await bot.set_my_short_description(catalog.text(code, "bot-short-description"), language_code=language_code)


def _purge(store: SessionStore, settings: Settings):  # type: ignore[no-untyped-def]
    async def purge(context: ContextTypes.DEFAULT_TYPE) -> None:
        now = datetime.now(UTC)
        removed = await store.purge_idle(now - timedelta(days=settings.bot_session_ttl_days))
        await store.purge_processed(now - PROCESSED_IDS_KEPT)
        if removed:
            log.info("purged %d idle sessions", removed)

    return purge


def _on_error(service: ConversationService):  # type: ignore[no-untyped-def]
    async def on_error(update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
        # Never the update itself: it carries what the person typed (salaries, ages).
        error = context.error
        update_id = update.update_id if isinstance(update, (Update, PrivateUpdate)) else None
        log.error("error while handling update %s: %s", update_id, type(error).__name__,
                  exc_info=(type(error), error, error.__traceback__) if error else None)
        chat_id: int | None = None
        language_code: str | None = None
        if isinstance(update, PrivateUpdate):
            chat_id = update.chat_id
            language_code = update.person.language_code if update.person is not None else None
        elif isinstance(update, Update) and update.effective_chat is not None \
                and update.effective_chat.type == "private":
            chat_id = update.effective_chat.id
            language_code = update.effective_user.language_code if update.effective_user is not None else None
        if chat_id is not None:
            language = service.catalog.resolve(language_code)
            try:
                text = service.catalog.text(language, "error-generic")
                await context.bot.send_message(chat_id, text)
            except Exception:
                log.debug("could not tell the person about the error")

    return on_error


def _use_uvloop() -> None:
    """uvloop where it exists (not on Windows): the same asyncio API with about half the CPU per
    loop turn and per socket call (bench/README.md). PTB runs on the loop set here."""
    try:
        import uvloop
    except ImportError:
        return
    asyncio.set_event_loop(uvloop.new_event_loop())


def run(settings: Settings, service: ConversationService, store: SqliteSessionStore) -> None:
    _use_uvloop()
    application = build_application(settings, service, store)
    drop = settings.bot_drop_pending_updates or None
    try:
        if settings.bot_mode is Mode.WEBHOOK:
            assert settings.bot_webhook_secret is not None and settings.bot_webhook_url is not None
            application.run_webhook(
                listen=settings.bot_listen, port=settings.bot_port, url_path=WEBHOOK_PATH,
                webhook_url=settings.bot_webhook_url.rstrip("/") + "/" + WEBHOOK_PATH,
                secret_token=settings.bot_webhook_secret.get_secret_value(),
                allowed_updates=Update.ALL_TYPES, drop_pending_updates=drop,
            )
        else:
            application.run_polling(allowed_updates=Update.ALL_TYPES, drop_pending_updates=drop)
    except NetworkError as error:
        # Once running, PTB retries network errors itself: one that ends run_* is a start-up failure
        # (Telegram or the proxy unreachable). The transport's messages name a host and port at most.
        log.critical("stopping: the Telegram Bot API could not be reached: %s", error.message)
        raise SystemExit(1) from None
