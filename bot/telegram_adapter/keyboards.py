"""Our abstract buttons as a Telegram inline keyboard."""

from __future__ import annotations

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from bot.rendering.messages import Outgoing


def inline_keyboard(message: Outgoing) -> InlineKeyboardMarkup | None:
    """The message's buttons, or None when it has none (an edit without them removes the old keyboard)."""
    rows: list[list[InlineKeyboardButton]] = []
    for row in message.buttons:
        buttons: list[InlineKeyboardButton] = []
        for button in row:
            if button.url is not None:
                buttons.append(InlineKeyboardButton(button.text, url=button.url))
            elif button.action is not None:
                buttons.append(InlineKeyboardButton(button.text, callback_data=button.action.encode()))
        if buttons:
            rows.append(buttons)
    return InlineKeyboardMarkup(rows) if rows else None
