"""Numbers reach Fluent as numbers, so each language chooses its own plural and verb agreement.

Every message that takes a number is rendered with 0, 1, 2, 5, 21 and 1,000,000 in every language:
none may fail to format, leave a placeable unresolved, or lose the number.
"""

from __future__ import annotations

import logging
from datetime import date
from decimal import Decimal

import pytest
from babel.numbers import format_decimal

from bot.rendering.formatting import Formatter
from conversations.loading import load_content
from locales import load_catalog
from locales.catalog import read_languages
from locales.inventory import inventory

LANGUAGES = list(read_languages())
CATALOG = load_catalog()
ENGLISH = inventory("en")
VALUES = (0, 1, 2, 5, 21, 1_000_000)
# Variables that are always numbers (amounts, counts, shortfalls); the rest are text or dates.
NUMBERS = frozenset({
    "amount", "threshold", "shortfall", "tax", "wage", "number", "months", "days", "min", "max", "total", "low",
    "high", "maximum", "points", "count", "a_days", "other_days", "min_years", "max_years", "stay_days",
    "decision_days", "fee_under_1y", "fee_1_3y", "fee_3_5y", "application_fee", "card_fee", "years",
    "months_a_year", "adult_years", "minor_years", "started", "completed", "short_days", "long_stay_days",
})
TEXTS: dict[str, object] = {
    "date": date(2026, 3, 1), "value": "143,244", "year": "2024", "name": "Ana", "why": "Why.", "question": "Q?",
    "answer": "34", "factor": "Age", "route": "A", "parameter": "p", "source": "s", "confidence": "c",
    "document": "d", "title": "t", "issuer": "i", "city": "Beijing", "cities": "Beijing", "group": "g",
    "channel": "@c", "language": "English", "state": "on", "outcome": "o", "quantity": "5 yuan", "series": "s",
    "routes": "A, B", "before": "b", "after": "a", "old": "1", "new": "2",
}
NUMBERED = {mid: variables | ENGLISH.documented[mid] for mid, variables in ENGLISH.variables.items()
            if (variables | ENGLISH.documented[mid]) & NUMBERS}


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_number_renders(language: str, caplog: pytest.LogCaptureFixture) -> None:
    locale = CATALOG.babel_locale(language)
    problems = []
    for message_id, variables in NUMBERED.items():
        for value in VALUES:
            params = {v: (value if v in NUMBERS else TEXTS[v]) for v in variables}
            caplog.clear()
            with caplog.at_level(logging.ERROR, logger="locales.catalog"):
                text = CATALOG.text(language, message_id, **params)  # type: ignore[arg-type]
            shown = ENGLISH.variables[message_id] & NUMBERS
            digits = format_decimal(value, locale=locale)
            if caplog.records or "{" in text or not text.strip():
                problems.append((message_id, value, text, [r.getMessage() for r in caplog.records]))
            elif shown and value > 2 and digits not in text and str(value) not in text and "%" not in text:
                problems.append((message_id, value, text, f"{digits} not shown"))
    assert not problems, f"{language}: {problems[:10]}"


def test_the_rendering_passes_numbers() -> None:
    """A failed points criterion reaches German as a number: the verb agrees ("fehlt 1 Punkt")."""
    fmt = Formatter(CATALOG, load_content(), "de")
    assert "fehlt 1 Punkt" in fmt.t("hint-points", shortfall=Decimal(1))
    assert "fehlen 2 Punkte" in fmt.t("hint-points", shortfall=Decimal(2))


@pytest.mark.parametrize(("language", "one", "two"), [
    ("es", "1 yuan ", "2 yuanes "), ("pt", "1 yuan ", "2 yuans "), ("de", "1 Punkt", "2 Punkte"),
    ("es", "Le falta 1 punto", "Le faltan 2 puntos"), ("pt", "Falta 1 ponto", "Faltam 2 pontos"),
])
def test_units_and_verbs_agree_with_the_number(language: str, one: str, two: str) -> None:
    rendered = {n: " ".join(CATALOG.text(language, mid, amount=Decimal(n), shortfall=Decimal(n), quantity="",
                                         threshold=Decimal(10))
                            for mid in ("unit-cny-per-year", "unit-points", "hint-points", "verdict-shortfall"))
                .replace("\xa0", " ") for n in (1, 2)}
    assert one in rendered[1] + " ", rendered[1]
    assert two in rendered[2] + " ", rendered[2]
