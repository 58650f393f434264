"""China eligibility Telegram bot."""
