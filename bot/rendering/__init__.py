"""Turning engine output into messages: text (Telegram HTML) and abstract buttons, in the person's language.

Nothing here knows Telegram's types: the Telegram adapter and the terminal both render with it.
"""
