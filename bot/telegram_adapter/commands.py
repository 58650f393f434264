"""Every command the bot knows, who handles it and where, and the one parser of command text.

The handler list in `application.py` is built from `COMMANDS`, and the interview's reading of an update
(`incoming.py`) asks the same table, so a command cannot be routed one way and described another.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum


class Owner(StrEnum):
    INTERVIEW = "interview"  # the private-chat interview (bot/service.py)
    CHANNEL_ADMIN = "channel_admin"  # /publish: a "check your eligibility" post in a channel
    BOT_ADMIN = "bot_admin"  # /stats: anonymous counts for the operator
    GROUP = "group"  # commands typed in groups and supergroups


@dataclass(frozen=True)
class CommandRoute:
    name: str
    owner: Owner
    in_menu: bool  # listed in the chat's command menu (set per language at start-up)


# Private chats, in menu order. /check is the group's command; in private it starts the interview.
PRIVATE_COMMANDS: tuple[CommandRoute, ...] = (
    *(CommandRoute(name, Owner.INTERVIEW, in_menu=True)
      for name in ("start", "help", "language", "back", "restart", "answers", "verdict", "date", "reminders", "mydata",
                   "forget", "privacy")),
    CommandRoute("check", Owner.INTERVIEW, in_menu=False),
    CommandRoute("publish", Owner.CHANNEL_ADMIN, in_menu=False),
    CommandRoute("stats", Owner.BOT_ADMIN, in_menu=False),
)
# Groups and supergroups, in menu order. /start@ourbot in a group means /check.
GROUP_COMMANDS: tuple[CommandRoute, ...] = tuple(
    CommandRoute(name, Owner.GROUP, in_menu=True) for name in ("check", "routes", "threshold", "help", "settings"))

_PRIVATE_OWNERS = {route.name: route.owner for route in PRIVATE_COMMANDS}


def private_owner(name: str) -> Owner | None:
    """Who handles ``/name`` in a private chat (None: a command we do not have)."""
    return _PRIVATE_OWNERS.get(name)


def names(routes: tuple[CommandRoute, ...], owner: Owner | None = None, *, menu_only: bool = False) -> list[str]:
    return [route.name for route in routes
            if (owner is None or route.owner is owner) and (route.in_menu or not menu_only)]


@dataclass(frozen=True)
class TypedCommand:
    name: str  # lower case, without the slash and the @bot suffix
    args: str  # what follows the command, stripped ("" when nothing)
    for_us: bool  # False: addressed to another bot with /name@otherbot
    addressed: bool  # named us explicitly: /name@ourbot


_COMMAND = re.compile(r"/([A-Za-z0-9_]{1,32})(?:@([A-Za-z0-9_]{1,64}))?(?:\s+(.*))?", re.DOTALL)


def parse_command(text: str | None, bot_username: str | None) -> TypedCommand | None:
    """``/name@bot args`` as typed, or None when the text is not a command."""
    if not text:
        return None
    match = _COMMAND.fullmatch(text.strip())
    if match is None:
        return None
    target = match.group(2)
    for_us = not target or bot_username is None or target.lower() == bot_username.lower()
    return TypedCommand(match.group(1).lower(), (match.group(3) or "").strip(), for_us,
                        addressed=bool(target) and for_us)
