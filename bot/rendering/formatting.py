"""Values in the person's language: amounts with units, answers, dates."""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal
from functools import lru_cache
from html import escape, unescape

from babel.dates import format_date, format_skeleton, get_date_format
from babel.lists import format_list

from conversations.compiled import Content
from conversations.rules.values import date_from_iso
from conversations.schema.questions import QuestionType
from conversations.session import Answer
from conversations.verdict import Quantity
from locales import Catalog

_UNIT_MESSAGES = {
    "cny_per_year": "unit-cny-per-year",
    "cny": "unit-cny",
    "usd": "unit-usd",
    "years": "unit-years",
    "age": "unit-age",
    "points": "unit-points",
    "multiplier": "unit-multiplier",
    "ratio": "unit-ratio",
}


_QUOTED = re.compile(r"('[^']*')")
_DAY_FIELD = re.compile(r"(?<!d)d(?!d)")


@lru_cache(maxsize=32)
def _with_first_day(locale: str, first_day: str) -> str:
    """The locale's long date pattern with its day field replaced by the ordinal first day."""
    pattern = get_date_format("long", locale=locale).pattern
    quoted_day = "'" + first_day.replace("'", "''") + "'"
    parts = _QUOTED.split(pattern)  # the odd parts are quoted literals ('de'), never fields
    return "".join(part if i % 2 else _DAY_FIELD.sub(quoted_day, part) for i, part in enumerate(parts))


class Formatter:
    """Formats values for one language; every text it returns is already HTML-escaped."""

    def __init__(self, catalog: Catalog, content: Content, language: str) -> None:
        self.catalog = catalog
        self.content = content
        self.language = language
        self.locale = catalog.babel_locale(language)

    def t(self, message_id: str, /, **params: str | int | Decimal | date | None) -> str:
        return escape(self.catalog.text(self.language, message_id, **params), quote=False)

    def raw(self, message_id: str, /, **params: str | int | Decimal | date | None) -> str:
        """Unescaped text, for button labels and callback alerts (not parsed as HTML)."""
        return self.catalog.text(self.language, message_id, **params)

    def quantity(self, quantity: Quantity) -> str:
        return self.amount(quantity.amount, quantity.unit)

    # raw_* give unescaped text for use as message parameters (the message is escaped as a whole).
    def raw_quantity(self, quantity: Quantity) -> str:
        return self.raw_amount(quantity.amount, quantity.unit)

    def raw_amount(self, amount: Decimal, unit: str | None) -> str:
        return unescape(self.amount(amount, unit))

    def raw_date(self, value: date) -> str:
        """A long date ("1er mars 2021", "1º de março de 2021", "March 1, 2021"): the one place dates are written."""
        first_day = self.catalog.languages[self.language].first_day if self.language in self.catalog.languages else None
        if value.day == 1 and first_day:
            return format_date(value, format=_with_first_day(self.locale, first_day), locale=self.locale)
        return format_date(value, format="long", locale=self.locale)

    def list_of(self, items: list[str]) -> str:
        """Items joined as the language joins a list ("A, B and C"), unescaped like the other raw values."""
        return format_list(items, style="standard", locale=self.locale) if items else ""

    def raw_answer(self, question_id: str, value: str | int | list[str] | None) -> str:
        return unescape(self.answer_value(question_id, value))

    def amount(self, amount: Decimal, unit: str | None) -> str:
        message = _UNIT_MESSAGES.get(unit or "")
        if message is None:
            return self.t("unit-multiplier", amount=amount) if unit == "multiplier" else escape(
                self.number(amount))
        return self.t(message, amount=amount)

    def number(self, amount: Decimal) -> str:
        from babel.numbers import format_decimal

        return format_decimal(amount, locale=self.locale)

    def date(self, value: date) -> str:
        return escape(self.raw_date(value))

    def partial_date(self, iso: str) -> str:
        value = date_from_iso(iso)
        parts = iso.count("-")
        if parts == 0:
            return escape(format_skeleton("y", value, locale=self.locale))
        if parts == 1:
            return escape(format_skeleton("yMMMM", value, locale=self.locale))
        return self.date(value)

    def answer(self, question_id: str, answer: Answer | None) -> str:
        """An answer as the person would recognise it: the button label, the amount with its unit."""
        if answer is None:
            return ""
        if answer.skipped:
            return self.t("answer-skipped")
        if answer.unknown:
            return self.t("answer-unknown")
        return self.answer_value(question_id, answer.value)

    def answer_value(self, question_id: str, value: str | int | list[str] | None) -> str:
        question = self.content.questions[question_id]
        labels = {c.key: c.text for c in question.choices}
        if value is None:
            return self.t("answer-unknown")
        if isinstance(value, list):
            if not value:
                return self.t("answer-none-selected")
            return ", ".join(self.t(labels[k]) for k in value if k in labels)
        if question.type is QuestionType.YES_NO_UNKNOWN:
            return self.t({"yes": "choice-yes", "no": "choice-no"}.get(str(value), "answer-unknown"))
        if isinstance(value, str) and value in labels:
            return self.t(labels[value])
        if question.type is QuestionType.DATE and isinstance(value, str):
            return self.partial_date(value)
        if question.type in {QuestionType.MONEY, QuestionType.INTEGER, QuestionType.NUMBER}:
            return self.amount(Decimal(str(value)), question.unit)
        return escape(str(value))
