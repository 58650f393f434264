"""Right-to-left languages: lines starting with Latin text or a value still read right to left, and
multipliers are written in words rather than with a "×" that the bidi algorithm moves."""

from __future__ import annotations

import pytest

from locales import load_catalog
from locales.catalog import right_to_left_lines
from locales.inventory import inventory

CATALOG = load_catalog()
RIGHT_TO_LEFT = [code for code, language in CATALOG.languages.items() if language.rtl]
RLM = "\u200f"


def test_lines_starting_left_to_right_get_a_mark() -> None:
    text = right_to_left_lines("/start — ابدأ\nابدأ /start\nHSK 5 أو أعلى\n\u2068565,548\u2069 يوان\n\u2068Ana\u2069")
    # An isolated value does not decide a line's direction (as in the bidi algorithm): the word after it does.
    assert text.split("\n") == [RLM + "/start — ابدأ", "ابدأ /start", RLM + "HSK 5 أو أعلى",
                                "\u2068565,548\u2069 يوان", RLM + "\u2068Ana\u2069"]


def test_right_to_left_languages_include_arabic_and_urdu() -> None:
    assert {"ar", "ur"} <= set(RIGHT_TO_LEFT)


@pytest.mark.parametrize("language", RIGHT_TO_LEFT)
def test_every_line_of_every_message_reads_right_to_left(language: str) -> None:
    help_lines = CATALOG.text(language, "help-text").split("\n")
    assert all(line.startswith(RLM) for line in help_lines if line.lstrip(RLM).startswith("/")), help_lines
    assert CATALOG.text(language, "choice-chinese-hsk4").startswith(RLM)


@pytest.mark.parametrize("language", RIGHT_TO_LEFT)
def test_no_multiplication_sign_in_right_to_left_text(language: str) -> None:
    """"6×" is laid out as "×6" in right-to-left text: these languages write multiples in words."""
    found = [mid for mid, source in inventory(language).sources.items() if "×" in source]
    assert not found, f"{language}: {found}"
