"""The interview's reading of PTB updates (bot/telegram_adapter/incoming.py) and the command table."""

from __future__ import annotations

from typing import Any

import pytest
from telegram import Bot, Update

from bot.callback_data import ButtonAction
from bot.requests import Command, Edited, Person, Press, Text, Unsupported
from bot.telegram_adapter.commands import PRIVATE_COMMANDS, Owner, TypedCommand, parse_command, private_owner
from bot.telegram_adapter.incoming import PrivateUpdate, read_private

BOT = Bot("123:ABC")
ANA = {"id": 42, "is_bot": False, "first_name": "Ana", "language_code": "pt-br"}
PRIVATE = {"id": 42, "type": "private", "first_name": "Ana"}
GROUP = {"id": -100123, "type": "supergroup", "title": "Expats"}
PERSON = Person(42, "Ana", "pt-br")


def message(text: str | None = None, chat: dict[str, Any] = PRIVATE, sender: dict[str, Any] = ANA,
            **extra: Any) -> dict[str, Any]:
    body: dict[str, Any] = {"message_id": 7, "date": 1_700_000_000, "chat": chat, "from": sender, **extra}
    if text is not None:
        body["text"] = text
    return body


def callback(data: str | None, chat: dict[str, Any] = PRIVATE, with_message: bool = True) -> dict[str, Any]:
    query: dict[str, Any] = {"id": "cb-1", "from": ANA, "chat_instance": "9"}
    if data is not None:
        query["data"] = data
    if with_message:
        query["message"] = message("Question 3", chat=chat, sender={"id": 1, "is_bot": True, "first_name": "Bot"})
    return {"update_id": 5, "callback_query": query}


CASES: list[tuple[str, dict[str, Any], PrivateUpdate | None]] = [
    ("text", {"update_id": 1, "message": message("450k")}, PrivateUpdate(1, 42, PERSON, Text("450k"))),
    ("start with payload", {"update_id": 2, "message": message("/start g-100123")},
     PrivateUpdate(2, 42, PERSON, Command("start", "g-100123"))),
    ("command addressed to us", {"update_id": 3, "message": message("/Help@EligibilityBot")},
     PrivateUpdate(3, 42, PERSON, Command("help"))),
    ("command for another bot", {"update_id": 3, "message": message("/help@OtherBot")},
     PrivateUpdate(3, 42, PERSON, None)),
    ("unknown command", {"update_id": 3, "message": message("/frobnicate")},
     PrivateUpdate(3, 42, PERSON, Command("help"))),
    ("group /check in private", {"update_id": 3, "message": message("/check")},
     PrivateUpdate(3, 42, PERSON, Command("check"))),
    ("command handled elsewhere", {"update_id": 3, "message": message("/publish @channel")},
     PrivateUpdate(3, 42, PERSON, None)),
    ("sticker", {"update_id": 4, "message": message(sticker={"file_id": "s", "file_unique_id": "u", "width": 1,
                                                             "height": 1, "is_animated": False,
                                                             "is_video": False, "type": "regular"})},
     PrivateUpdate(4, 42, PERSON, Unsupported())),
    ("edited", {"update_id": 6, "edited_message": message("500k", edit_date=1_700_000_100)},
     PrivateUpdate(6, 42, PERSON, Edited())),
    ("button", callback("c:goal:work"),
     PrivateUpdate(5, 42, PERSON, Press(ButtonAction("choose", ("goal", "work")), 7), callback_id="cb-1")),
    ("forged button", callback("c:goal:<script>"), PrivateUpdate(5, 42, PERSON, Press(None, 7), callback_id="cb-1")),
    ("button without data", callback(None), PrivateUpdate(5, 42, PERSON, Press(None, 7), callback_id="cb-1")),
    ("button in a group", callback("k:42", chat=GROUP), None),
    ("button of an inline message", callback("c:goal:work", with_message=False), None),
    ("group message", {"update_id": 8, "message": message("/routes", chat=GROUP)}, None),
    ("from a bot", {"update_id": 9, "message": message("hi", sender={"id": 3, "is_bot": True, "first_name": "B"})},
     PrivateUpdate(9, 42, None, Text("hi"))),
    ("channel post", {"update_id": 10, "channel_post": message("news", chat={"id": -100, "type": "channel"})}, None),
]


@pytest.mark.parametrize(("raw", "expected"), [(raw, expected) for _, raw, expected in CASES],
                         ids=[name for name, _, _ in CASES])
def test_the_interview_reads_ptb_updates(raw: dict[str, Any], expected: PrivateUpdate | None) -> None:
    update = Update.de_json(raw, BOT)
    assert update is not None
    assert read_private(update, "EligibilityBot") == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("/start", TypedCommand("start", "", for_us=True, addressed=False)),
    ("  /Date   2027-06-30 ", TypedCommand("date", "2027-06-30", for_us=True, addressed=False)),
    ("/help@eligibilitybot", TypedCommand("help", "", for_us=True, addressed=True)),
    ("/help@OtherBot x", TypedCommand("help", "x", for_us=False, addressed=False)),
    ("/start\nline two", TypedCommand("start", "line two", for_us=True, addressed=False)),
    ("450k", None), ("/", None), ("/💥", None), ("/ start", None), ("", None), (None, None),
    ("/" + "a" * 33, None),
])
def test_one_parser_reads_commands(text: str | None, expected: TypedCommand | None) -> None:
    assert parse_command(text, "EligibilityBot") == expected


def test_every_private_command_has_one_owner() -> None:
    seen = [route.name for route in PRIVATE_COMMANDS]
    assert len(seen) == len(set(seen))
    assert private_owner("publish") is Owner.CHANNEL_ADMIN and private_owner("start") is Owner.INTERVIEW
    assert private_owner("frobnicate") is None
