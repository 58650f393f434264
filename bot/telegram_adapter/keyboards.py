"""Abstract buttons to Telegram inline keyboards."""

from __future__ import annotations

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from bot.rendering.messages import Outgoing


def keyboard(message: Outgoing) -> InlineKeyboardMarkup | None:
    if not message.buttons:
        return None
    rows = []
    for row in message.buttons:
        buttons = []
        for button in row:
            if button.url is not None:
                buttons.append(InlineKeyboardButton(button.text, url=button.url))
            elif button.action is not None:
                buttons.append(InlineKeyboardButton(button.text, callback_data=button.action.encode()))
        if buttons:
            rows.append(buttons)
    return InlineKeyboardMarkup(rows) if rows else None
