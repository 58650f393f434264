"""``python -m bot``: the Telegram bot when TELEGRAM_BOT_TOKEN is set, else the interview in the terminal."""

from __future__ import annotations

import asyncio
import gc
import logging
import sys

from pydantic import ValidationError

from bot.config import Settings
from bot.storage import StorageError


def _use_uvloop() -> None:
    """uvloop where it exists (not on Windows): the same asyncio API with less CPU per loop turn and
    socket call. PTB runs on the event loop set here."""
    try:
        import uvloop
    except ImportError:
        return
    asyncio.set_event_loop(uvloop.new_event_loop())


def main() -> int:
    try:
        settings = Settings()
    except ValidationError as error:
        problems = "; ".join(f"{'.'.join(str(p) for p in e['loc']) or 'settings'}: {e['msg']}" for e in error.errors())
        print(f"Configuration error: {problems}", file=sys.stderr)
        return 2
    logging.basicConfig(level=settings.bot_log_level.upper(),
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    # httpx logs every request URL at INFO, and the URL contains the bot token.
    logging.getLogger("httpx").setLevel(logging.WARNING)
    from bot.composition import build_service

    service, store = build_service(settings)
    # The compiled content and the message catalogues live as long as the process: frozen, the cyclic
    # garbage collector stops walking them on every full collection (bench/README.md has the figures).
    gc.freeze()
    if settings.telegram_bot_token is not None:
        from bot.telegram_adapter.application import run

        _use_uvloop()
        try:
            run(settings, service, store)
        except StorageError as error:  # the database cannot be reached or used: say which, never the password
            return _storage_failed(error)
        return 0
    if not sys.stdin.isatty():
        print("No TELEGRAM_BOT_TOKEN is set and this is not an interactive terminal.\n"
              "Set TELEGRAM_BOT_TOKEN (from @BotFather) to run the bot, or run `python -m bot` in a terminal "
              "to try the interview.", file=sys.stderr)
        return 2
    from bot.terminal import run_terminal

    logging.getLogger().setLevel(logging.WARNING)  # keep the console for the interview
    try:
        asyncio.run(run_terminal(service, store))
    except StorageError as error:
        return _storage_failed(error)
    return 0


def _storage_failed(error: StorageError) -> int:
    print(f"Storage error: {error}", file=sys.stderr)
    return 3


if __name__ == "__main__":
    sys.exit(main())
