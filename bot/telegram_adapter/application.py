"""Building and running the python-telegram-bot Application: every update, polled or pushed by webhook, is a
PTB ``Update`` routed by the handlers below, which are built from the command table (commands.py)."""

from __future__ import annotations

import logging
from collections.abc import Callable, Coroutine
from datetime import UTC, datetime, timedelta
from html import escape
from typing import Any
from urllib.parse import urlsplit

from telegram import (
    BotCommand,
    BotCommandScopeAllGroupChats,
    BotCommandScopeAllPrivateChats,
    LinkPreviewOptions,
    Update,
)
from telegram.constants import ChatType, ParseMode
from telegram.error import NetworkError, TelegramError
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
    filters,
)
from telegram.request import BaseRequest

from bot.composition import utc_now
from bot.config import Mode, Settings
from bot.follow_up_delivery import FollowUpDelivery
from bot.service import ConversationService
from bot.storage import BotStore, SessionStore
from bot.telegram_adapter.commands import GROUP_COMMANDS, PRIVATE_COMMANDS, Owner, names
from bot.telegram_adapter.follow_up_sender import TICK as FOLLOW_UP_TICK
from bot.telegram_adapter.follow_up_sender import FollowUpSender
from bot.telegram_adapter.groups import GroupFeatures
from bot.telegram_adapter.inbox import DurableUpdateQueue, InboxBot
from bot.telegram_adapter.private_chat import PrivateChatHandler
from bot.telegram_adapter.processor import FairUpdateProcessor, OverflowCallback
from bot.telegram_adapter.transport import telegram_requests
from bot.telegram_adapter.turns import SWEEP_EVERY, PersonTurns

log = logging.getLogger(__name__)

PURGE_EVERY = timedelta(hours=1)
SHARED_JOB_TICK = timedelta(minutes=1)  # several workers: how often each asks whether a job's period is up
PROCESSED_IDS_KEPT = timedelta(days=2)  # Telegram keeps undelivered updates for 24 hours at most

Callback = Callable[[Update, ContextTypes.DEFAULT_TYPE], Coroutine[Any, Any, None]]
Job = Callable[[ContextTypes.DEFAULT_TYPE], Coroutine[Any, Any, None]]


def webhook_path(settings: Settings) -> str:
    """The local path the webhook server listens on: ``BOT_WEBHOOK_PATH``, else the path of
    ``BOT_WEBHOOK_URL`` (empty, i.e. ``/``, for a bare host). PTB adds the leading slash."""
    if settings.bot_webhook_path is not None:
        return settings.bot_webhook_path.strip("/")
    assert settings.bot_webhook_url is not None
    return urlsplit(settings.bot_webhook_url).path.strip("/")


def build_application(settings: Settings, service: ConversationService, store: SessionStore, database: BotStore,
                      clock: Callable[[], datetime] = utc_now, *,
                      rate_limiter: AIORateLimiter | None = None) -> Application:  # type: ignore[type-arg]
    """``store``: the sessions (encrypted); ``database``: the same database's groups and counts, opened
    and closed with ``store``. ``rate_limiter`` replaces Telegram's flood limits (30 messages a second, 20
    a minute per group): the fuzzer (tests/fuzz) sends 100,000 updates through the real handlers and
    passes a limiter with no rate, keeping the limiter's retry-after handling."""
    assert settings.telegram_bot_token is not None
    if rate_limiter is None:
        rate_limiter = AIORateLimiter(max_retries=3)  # waits out 429 answers (retry_after) up to 3 times
    request, get_updates_request = telegram_requests(settings)
    inbox = DurableUpdateQueue(store, batched=settings.bot_mode is Mode.POLLING)
    bot = InboxBot(
        settings.telegram_bot_token.get_secret_value(), inbox=inbox,
        base_url=settings.base_url, base_file_url=settings.base_url.replace("/bot", "/file/bot"),
        request=request, get_updates_request=get_updates_request,
        defaults=Defaults(parse_mode=ParseMode.HTML, link_preview_options=LinkPreviewOptions(is_disabled=True)),
        rate_limiter=rate_limiter,
    )
    processor = FairUpdateProcessor(per_person=settings.bot_queue_per_person,
                                    per_minute=settings.bot_messages_per_minute,
                                    on_overflow=_tell_overflow(service), on_done=inbox.finish)
    follow_ups = None if service.follow_ups is None else FollowUpSender(
        FollowUpDelivery(service), store, service.interview.content, clock=clock,
        per_second=settings.bot_follow_ups_per_second, processor=processor)
    builder = (
        ApplicationBuilder()
        .bot(bot)
        .update_queue(inbox)
        .concurrent_updates(processor)
        .post_init(_post_init(service, store, settings, inbox, follow_ups))
        .post_shutdown(_post_shutdown(store, (request, get_updates_request), inbox))
    )
    application = builder.build()
    if store.shared_by_processes:  # several workers may share the database: keep each person's turn across them
        processor.in_turn = PersonTurns(store, application.bot, application.process_update).in_turn
    private = PrivateChatHandler(service)
    groups = GroupFeatures(service, database, database, admin_ids=settings.bot_admin_ids, clock=clock)
    in_private = filters.ChatType.PRIVATE
    owners: dict[Owner, Callback] = {Owner.INTERVIEW: private, Owner.CHANNEL_ADMIN: groups.on_publish,
                                     Owner.BOT_ADMIN: groups.on_stats}
    application.add_handler(ChatMemberHandler(groups.on_membership, ChatMemberHandler.MY_CHAT_MEMBER))
    application.add_handler(CallbackQueryHandler(_by_chat_type(private, groups.on_group_button)))
    for owner, callback in owners.items():  # private commands, each to its owner, from the one table
        application.add_handler(CommandHandler(names(PRIVATE_COMMANDS, owner), callback,
                                               filters=in_private & filters.UpdateType.MESSAGE))
    application.add_handler(MessageHandler(filters.ChatType.GROUPS & filters.UpdateType.MESSAGE,
                                           groups.on_group_message))
    # Everything else typed or edited in a private chat (answers, unknown commands, stickers) is the interview's.
    typed = filters.UpdateType.MESSAGE | filters.UpdateType.EDITED_MESSAGE
    application.add_handler(MessageHandler(in_private & typed, private))
    # Channel posts and everything else match no handler and are ignored.
    application.add_error_handler(_on_error(service))
    return application


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


def _tell_overflow(service: ConversationService) -> OverflowCallback:
    """What a person hears when they send more than we queue for them: once per burst, in their app's
    language (reading their stored choice would cost a database trip per dropped update)."""
    async def tell(update: Update, first_of_burst: bool) -> None:
        user = update.effective_user
        language = service.catalog.resolve(user.language_code if user is not None else None)
        text = service.catalog.text(language, "error-too-many-messages")
        try:
            if update.callback_query is not None:
                await update.callback_query.answer(text)
            elif first_of_burst and update.effective_chat is not None \
                    and update.effective_chat.type == ChatType.PRIVATE:
                await update.get_bot().send_message(update.effective_chat.id, escape(text))
        except TelegramError as error:
            log.debug("could not tell about dropped updates: %s", type(error).__name__)

    return tell


def _post_init(service: ConversationService, store: SessionStore, settings: Settings,  # type: ignore[no-untyped-def]
               inbox: DurableUpdateQueue, follow_ups: FollowUpSender | None):
    async def post_init(application: Application) -> None:  # type: ignore[type-arg]
        await store.open()
        await inbox.requeue_unfinished(application.bot)  # before the Updater or the webhook brings new ones
        await _publish_profile(application, service)
        jobs = application.job_queue
        if jobs is not None and not store.shared_by_processes:
            jobs.run_repeating(_purge(store, settings), interval=PURGE_EVERY, first=5)
        elif jobs is not None:  # several workers: each job once per period across them, and the sweep
            jobs.run_repeating(_once_per_period(store, "purge", PURGE_EVERY, _purge(store, settings)),
                               interval=SHARED_JOB_TICK, first=5)
            turns = PersonTurns(store, application.bot, application.process_update)
            jobs.run_repeating(turns.sweep, interval=SWEEP_EVERY, first=SWEEP_EVERY)
        if jobs is not None and follow_ups is not None:
            # Reminders and alerts: the schedule is in the database, each person claimed by one worker at a time.
            # A tick that is still sending makes the next ones return at once (FollowUpSender.tick), so let them
            # start rather than have the scheduler log each one it skips.
            jobs.run_repeating(follow_ups.tick, interval=FOLLOW_UP_TICK, first=1,
                               job_kwargs={"max_instances": 4, "coalesce": True})
        log.info("bot started as @%s", application.bot.username)

    return post_init


def _post_shutdown(store: SessionStore, requests: tuple[BaseRequest, ...],  # type: ignore[no-untyped-def]
                   inbox: DurableUpdateQueue):
    async def post_shutdown(application: Application) -> None:  # type: ignore[type-arg]
        try:
            await inbox.close()  # the entries finished in the last moments, before the store closes
        finally:
            await store.close()
        # PTB shuts its request objects down only if the bot started; when start-up failed (Telegram or
        # the proxy unreachable) their connection pools are still open. A second shutdown does nothing.
        for request in requests:
            await request.shutdown()

    return post_shutdown


async def _publish_profile(application: Application, service: ConversationService) -> None:  # type: ignore[type-arg]
    """The command menus, description and short description, in every language we speak."""
    bot = application.bot
    catalog = service.catalog
    for code, language in catalog.languages.items():
        language_code = None if code == "en" else language.telegram
        for routes, scope in ((PRIVATE_COMMANDS, BotCommandScopeAllPrivateChats()),
                              (GROUP_COMMANDS, BotCommandScopeAllGroupChats())):
            commands = [BotCommand(name, catalog.text(code, f"command-{name}"))
                        for name in names(routes, menu_only=True)]
            await bot.set_my_commands(commands, scope=scope, language_code=language_code)
        await bot.set_my_description(catalog.text(code, "bot-description"), language_code=language_code)
        await bot.set_my_short_description(catalog.text(code, "bot-short-description"), language_code=language_code)


def _purge(store: SessionStore, settings: Settings) -> Job:
    async def purge(context: ContextTypes.DEFAULT_TYPE) -> None:
        now = datetime.now(UTC)
        removed = await store.purge_idle(now - timedelta(days=settings.bot_session_ttl_days))
        await store.purge_processed(now - PROCESSED_IDS_KEPT)
        if removed:
            log.info("purged %d idle sessions", removed)

    return purge


def _once_per_period(store: SessionStore, name: str, period: timedelta, job: Job) -> Job:
    """``job``, run only by the worker that claims this period's run (`SessionStore.claim_periodic_run`):
    every worker ticks every `SHARED_JOB_TICK`, one of them runs the job once per ``period``."""
    async def claimed(context: ContextTypes.DEFAULT_TYPE) -> None:
        if await store.claim_periodic_run(name, period):
            await job(context)

    return claimed


def _on_error(service: ConversationService):  # type: ignore[no-untyped-def]
    async def on_error(update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
        # Never the update itself: it carries what the person typed (salaries, ages).
        error = context.error
        update_id = update.update_id if isinstance(update, Update) else None
        log.error("error while handling update %s: %s", update_id, type(error).__name__,
                  exc_info=(type(error), error, error.__traceback__) if error else None)
        if not isinstance(update, Update) or update.effective_chat is None \
                or update.effective_chat.type != ChatType.PRIVATE:
            return
        user = update.effective_user
        language = service.catalog.resolve(user.language_code if user is not None else None)
        try:
            await context.bot.send_message(update.effective_chat.id, service.catalog.text(language, "error-generic"))
        except Exception:
            log.debug("could not tell the person about the error")

    return on_error


def run(settings: Settings, service: ConversationService, store: SessionStore, database: BotStore) -> None:
    application = build_application(settings, service, store, database, service.clock)
    drop = settings.bot_drop_pending_updates or None
    try:
        if settings.bot_mode is Mode.WEBHOOK:
            assert settings.bot_webhook_secret is not None and settings.bot_webhook_url is not None
            application.run_webhook(
                listen=settings.bot_listen, port=settings.bot_port, url_path=webhook_path(settings),
                webhook_url=settings.bot_webhook_url, secret_token=settings.bot_webhook_secret.get_secret_value(),
                allowed_updates=Update.ALL_TYPES, drop_pending_updates=drop,
            )
        else:
            application.run_polling(allowed_updates=Update.ALL_TYPES, drop_pending_updates=drop)
    except NetworkError as error:
        # Once running, PTB retries network errors itself: one that ends run_* is a start-up failure
        # (Telegram or the proxy unreachable). The transport's messages name a host and port at most.
        log.critical("stopping: the Telegram Bot API could not be reached: %s", error.message)
        raise SystemExit(1) from None
