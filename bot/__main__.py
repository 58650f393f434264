"""``python -m bot``: the Telegram bot when TELEGRAM_BOT_TOKEN is set, else the interview in the terminal.

``python -m bot rotate-key``: re-encrypt every stored answer under a new key (bot/key_rotation.py).
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import logging
import sys
from collections.abc import Callable, Sequence
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from pydantic import ValidationError

from bot.config import Settings

if TYPE_CHECKING:
    from bot.storage import SessionStore


def _use_uvloop() -> None:
    """uvloop where it exists (not on Windows): the same asyncio API with less CPU per loop turn and
    socket call. PTB runs on the event loop set here."""
    try:
        import uvloop
    except ImportError:
        return
    asyncio.set_event_loop(uvloop.new_event_loop())


def _arguments(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m bot", description=__doc__)
    commands = parser.add_subparsers(dest="command")
    rotate = commands.add_parser("rotate-key", help="re-encrypt every stored answer under a new key (bot stopped)")
    rotate.add_argument("--new-key-file", type=Path, default=None,
                        help="where to write the new key (default: the key file, BOT_ENCRYPTION_KEY_FILE)")
    return parser.parse_args(argv)


def _rotate(settings: Settings, new_key_file: Path | None) -> int:
    from bot.key_rotation import rotate_key
    from bot.storage import StorageError

    try:
        report = asyncio.run(rotate_key(settings, new_key_file))
    except StorageError as error:
        print(f"Key rotation failed: {error}", file=sys.stderr)
        return 2
    what = "Finished an interrupted rotation" if report.resumed else "Rotated to a new key"
    print(f"{what}: {report.rewritten} session(s) re-encrypted; every row is now under key {report.key_id}, "
          f"kept in {report.key_file}. Back that file up now; the old key is no longer needed.")
    if report.resumed:
        print("Run rotate-key again for a new key.")
    return 0


async def _open_once(store: SessionStore) -> None:
    """Check the keys against the data (and encrypt any row from before encryption) before anything
    else starts, so that a wrong key stops the bot here with a clear message."""
    await store.open()
    await store.close()


def main(argv: Sequence[str] | None = None) -> int:
    arguments = _arguments(argv)
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
    # The scheduler logs every run of every job at INFO: the follow-up sender runs every 2 seconds.
    logging.getLogger("apscheduler").setLevel(logging.WARNING)
    if arguments.command == "rotate-key":
        return _rotate(settings, arguments.new_key_file)
    from bot.composition import build_service
    from bot.storage import StorageError
    from bot.storage.keys import EncryptionKeyError
    from conversations.loading import ContentError

    try:
        service, store, database = build_service(settings, clock=_clock(settings))
    except ContentError as error:
        print(f"Content error (BOT_CONTENT_DIR): {error}", file=sys.stderr)
        return 2
    # The compiled content and the message catalogues live as long as the process: frozen, the cyclic
    # garbage collector stops walking them on every full collection (bench/README.md has the figures).
    gc.freeze()
    if settings.telegram_bot_token is None and not sys.stdin.isatty():
        print("No TELEGRAM_BOT_TOKEN is set and this is not an interactive terminal.\n"
              "Set TELEGRAM_BOT_TOKEN (from @BotFather) to run the bot, or run `python -m bot` in a terminal "
              "to try the interview.", file=sys.stderr)
        return 2
    try:
        asyncio.run(_open_once(store))
    except EncryptionKeyError as error:
        print(f"Cannot open the database {settings.bot_database}: {error}. Set BOT_ENCRYPTION_KEY or "
              f"BOT_ENCRYPTION_KEY_FILE (now {settings.encryption_key_file}) to the key it was written with.",
              file=sys.stderr)
        return 2
    except StorageError as error:  # the database cannot be reached or used: say which, never the password
        return _storage_failed(error)
    try:
        if settings.telegram_bot_token is not None:
            from bot.telegram_adapter.application import run

            _use_uvloop()
            run(settings, service, store, database)
            return 0
        from bot.terminal import run_terminal

        logging.getLogger().setLevel(logging.WARNING)  # keep the console for the interview
        asyncio.run(run_terminal(service, store))
    except StorageError as error:
        return _storage_failed(error)
    return 0


def _clock(settings: Settings) -> Callable[[], datetime]:
    """The real clock, or for end-to-end tests the date in BOT_TEST_CLOCK_FILE (Settings refuses it in
    webhook mode and with a real Telegram address)."""
    from bot.composition import utc_now

    if settings.bot_test_clock_file is None:
        return utc_now
    from bot.test_clock import FileClock

    logging.getLogger(__name__).warning("TEST CLOCK: the date is read from %s (tests only)",
                                        settings.bot_test_clock_file)
    return FileClock(settings.bot_test_clock_file)


def _storage_failed(error: Exception) -> int:
    print(f"Storage error: {error}", file=sys.stderr)
    return 3


if __name__ == "__main__":
    sys.exit(main())
