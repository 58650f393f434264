"""Button labels fit on a phone in every language: Telegram cuts longer ones off.

Limits are in display columns (East Asian wide characters and most emoji count as two): a route's
short title at most 24, every button label at most 30, ticks of multiple-choice buttons included.
Labels are found by what the interview and the rendering use, so a new question or route is checked
the moment it exists.
"""

from __future__ import annotations

import pytest

from bot.rendering.verdict import short_title
from conversations.loading import load_content
from conversations.schema.questions import QuestionType
from locales import load_catalog
from locales.catalog import read_languages
from locales.inventory import inventory
from locales.width import display_width

LANGUAGES = list(read_languages())
CATALOG = load_catalog()
CONTENT = load_content()
SHORT_TITLE_LIMIT = 24
LABEL_LIMIT = 30
TICKS = ("✅ ", "▫️ ")  # multiple-choice prefixes (bot/rendering/question.py)
# Messages shown as button labels besides choices and route titles (the rendering names them so).
BUTTON_MESSAGES = sorted(
    {mid for mid in inventory("en").variables
     if (mid.startswith("button-") or mid.endswith("-button")) and not mid.startswith("error-")}
    - {"verdict-why-button"}
    | {"choice-yes", "choice-no", "choice-dont-know", "verdict-change-answers", "verdict-restart",
       "verdict-back-to-summary", "forget-yes", "forget-no", "settings-toggle-public", "settings-toggle-quiet",
       "language-native-name"})


def _choice_labels() -> dict[str, tuple[str, ...]]:
    """Each choice's message id with the prefixes it is shown with."""
    labels: dict[str, tuple[str, ...]] = {}
    for question in CONTENT.questions.values():
        prefixes = TICKS if question.type is QuestionType.MULTIPLE_CHOICE else ("",)
        for choice in question.choices:
            labels[choice.text] = tuple(sorted({*labels.get(choice.text, ()), *prefixes}))
    return labels


def test_the_width_of_scripts() -> None:
    assert display_width("Work permit A") == 13
    assert display_width("工作许可") == 8  # wide characters count twice
    assert display_width("✅ ") == 3
    assert display_width("ใบอนุญาต") == 8 - 1  # the Thai vowel mark above takes no column
    assert display_width("अनु") == 2  # a Devanagari vowel sign below takes none either


@pytest.mark.parametrize("language", LANGUAGES)
def test_route_short_titles_fit(language: str) -> None:
    too_long = {}
    for route in CONTENT.routes:
        short_id = short_title(route.spec.title)
        assert CATALOG.has(language, short_id), f"{language} lacks {short_id}"
        short = CATALOG.text(language, short_id)
        button = CATALOG.text(language, "verdict-why-button", route=short)
        if display_width(short) > SHORT_TITLE_LIMIT or display_width(button) > LABEL_LIMIT:
            too_long[short_id] = (short, display_width(short), button, display_width(button))
    assert not too_long, f"{language}: over {SHORT_TITLE_LIMIT} columns (title) or {LABEL_LIMIT} (button): {too_long}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_button_labels_fit(language: str) -> None:
    shown = {**{mid: ("",) for mid in BUTTON_MESSAGES}, **_choice_labels()}
    too_long = {}
    for message_id, prefixes in shown.items():
        for prefix in prefixes:
            label = prefix + CATALOG.text(language, message_id)
            if display_width(label) > LABEL_LIMIT:
                too_long[message_id] = (label, display_width(label))
    assert not too_long, f"{language}: labels over {LABEL_LIMIT} columns: {too_long}"
