"""Dates as each language writes them, the 1st of a month included, and month names as people type them."""

from __future__ import annotations

from datetime import date

import pytest

from bot.rendering.formatting import Formatter
from conversations.input_parsing import PartialDate, parse_date
from conversations.loading import load_content
from locales import load_catalog
from locales.catalog import read_languages

CATALOG = load_catalog()
CONTENT = load_content()


@pytest.mark.parametrize(("language", "first", "eleventh"), [
    ("fr", "1er mars 2021", "11 mars 2021"),
    ("pt", "1º de março de 2021", "11 de março de 2021"),
    ("en", "March 1, 2021", "March 11, 2021"),
    ("de", "1. März 2021", "11. März 2021"),
    ("es", "1 de marzo de 2021", "11 de marzo de 2021"),
])
def test_the_first_of_a_month(language: str, first: str, eleventh: str) -> None:
    fmt = Formatter(CATALOG, CONTENT, language)
    assert fmt.raw_date(date(2021, 3, 1)) == first
    assert fmt.raw_date(date(2021, 3, 11)) == eleventh
    assert fmt.date(date(2021, 3, 1)) == first  # the escaped form goes through the same place


@pytest.mark.parametrize("language", list(read_languages()))
def test_every_language_writes_a_long_date_with_its_year(language: str) -> None:
    for day in (1, 2, 31):
        written = Formatter(CATALOG, CONTENT, language).raw_date(date(2025, 10, day))
        assert "2025" in written and str(day) in written, written


@pytest.mark.parametrize("text", ["آذار 2021", "مارس 2021", "١ آذار ٢٠٢١", "كانون الثاني 2021", "تشرين الأول 2021"])
def test_arabic_accepts_both_sets_of_month_names(text: str) -> None:
    expected = {"آذار 2021": PartialDate(2021, 3), "مارس 2021": PartialDate(2021, 3),
                "١ آذار ٢٠٢١": PartialDate(2021, 3, 1), "كانون الثاني 2021": PartialDate(2021, 1),
                "تشرين الأول 2021": PartialDate(2021, 10)}[text]
    assert parse_date(text, language="ar") == expected
