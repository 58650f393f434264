"""The Telegram side: python-telegram-bot updates in, conversation requests out, effects sent back."""
