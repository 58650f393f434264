"""What the service asks the chat adapter to do, in order."""

from __future__ import annotations

import base64
import json
from dataclasses import dataclass
from typing import Any

from bot.callback_data import ButtonAction
from bot.rendering.messages import Button, Outgoing


@dataclass(frozen=True)
class Send:
    message: Outgoing
    question_id: str | None = None  # set when the message asks a question (its id is remembered)


@dataclass(frozen=True)
class EditPressed:
    """Replace the message whose button was pressed (e.g. toggled choices)."""

    message: Outgoing


@dataclass(frozen=True)
class CloseQuestion:
    """Edit the last question message: show the answer (or the plain question) and remove its buttons."""

    message_id: int
    message: Outgoing


@dataclass(frozen=True)
class Notify:
    """The short answer to a button press (a toast, or an alert)."""

    text: str
    alert: bool = False


@dataclass(frozen=True)
class SendFile:
    filename: str
    data: bytes
    caption: str


Effect = Send | EditPressed | CloseQuestion | Notify | SendFile


# --- kept with the update until sent (the durable inbox): effects as JSON ------------------------------------

def encode_replies(effects: list[Effect], version: int) -> str:
    """The effects of one turn and the session version they leave, as JSON for the inbox entry."""
    return json.dumps({"version": version, "effects": [_encode(effect) for effect in effects]},
                      ensure_ascii=False, separators=(",", ":"))


def decode_replies(text: str) -> tuple[list[Effect], int]:
    """What `encode_replies` wrote (ValueError if it cannot be read)."""
    try:
        data = json.loads(text)
        return [_decode(item) for item in data["effects"]], int(data["version"])
    except (KeyError, TypeError, IndexError) as error:
        raise ValueError("unreadable replies") from error


def _message(message: Outgoing) -> dict[str, Any]:
    rows = [[{"text": b.text, "url": b.url, "op": b.action.op if b.action else None,
              "args": list(b.action.args) if b.action else None} for b in row] for row in message.buttons]
    return {"html": message.html, "buttons": rows}


def _outgoing(data: dict[str, Any]) -> Outgoing:
    rows = tuple(tuple(Button(str(b["text"]), ButtonAction(b["op"], tuple(b["args"])) if b["op"] else None, b["url"])
                       for b in row) for row in data["buttons"])
    return Outgoing(str(data["html"]), rows)


def _encode(effect: Effect) -> dict[str, Any]:
    match effect:
        case Send(message=message, question_id=question_id):
            return {"kind": "send", "message": _message(message), "question_id": question_id}
        case EditPressed(message=message):
            return {"kind": "edit_pressed", "message": _message(message)}
        case CloseQuestion(message_id=message_id, message=message):
            return {"kind": "close_question", "message_id": message_id, "message": _message(message)}
        case Notify(text=text, alert=alert):
            return {"kind": "notify", "text": text, "alert": alert}
        case SendFile(filename=filename, data=data, caption=caption):
            return {"kind": "send_file", "filename": filename, "data": base64.b64encode(data).decode(),
                    "caption": caption}
    raise AssertionError(effect)


def _decode(item: dict[str, Any]) -> Effect:
    match item["kind"]:
        case "send":
            return Send(_outgoing(item["message"]), item["question_id"])
        case "edit_pressed":
            return EditPressed(_outgoing(item["message"]))
        case "close_question":
            return CloseQuestion(int(item["message_id"]), _outgoing(item["message"]))
        case "notify":
            return Notify(str(item["text"]), bool(item["alert"]))
        case "send_file":
            return SendFile(str(item["filename"]), base64.b64decode(item["data"]), str(item["caption"]))
    raise ValueError("unknown effect")
