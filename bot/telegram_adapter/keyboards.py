"""Abstract buttons to a Telegram inline keyboard, in the Bot API's JSON form."""

from __future__ import annotations

from telegram._utils.types import JSONDict

from bot.rendering.messages import Outgoing


def inline_keyboard(message: Outgoing) -> list[list[JSONDict]]:
    """The rows of the message's buttons (empty when it has none)."""
    rows: list[list[JSONDict]] = []
    for row in message.buttons:
        buttons: list[JSONDict] = []
        for button in row:
            if button.url is not None:
                buttons.append({"text": button.text, "url": button.url})
            elif button.action is not None:
                buttons.append({"text": button.text, "callback_data": button.action.encode()})
        if buttons:
            rows.append(buttons)
    return rows
