"""China's calendar: rules take effect, and reminders fall due, on Chinese calendar dates."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

CHINA_TIME = ZoneInfo("Asia/Shanghai")


def china_today(now: datetime) -> date:
    return now.astimezone(CHINA_TIME).date()
