"""Checks that cannot be fooled: every language has every message, the same variables, valid syntax,
renders with realistic values within Telegram's limits, and was translated from the current English."""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal

import pytest

from conversations.loading import DEFAULT_CONTENT, load_content
from locales import load_catalog
from locales.catalog import message_files, read_languages
from locales.inventory import inventory, stale_messages

LANGUAGES = list(read_languages())
TRANSLATIONS = [code for code in LANGUAGES if code != "en"]
ENGLISH = inventory("en")
CATALOG = load_catalog()

# Realistic values for every variable a message may use.
SAMPLE_VALUES: dict[str, object] = {
    "amount": Decimal("565548"), "threshold": Decimal("859464"), "shortfall": Decimal("459464"),
    "quantity": "459,464 yuan a year", "date": date(2026, 12, 28),
    "value": "143,244", "year": "2024", "name": "Ana", "number": 7, "why": "Salary thresholds differ by city.",
    "question": "How old are you?", "answer": "34", "months": 6, "days": 15, "min": 18, "max": 100,
    "total": 75, "low": 60, "high": 85, "maximum": 20, "points": 17, "factor": "Age", "route": "Category A",
    "parameter": "the local average wage", "source": "The 12 measures", "confidence": "confirmed",
    "document": "Passport", "title": "Measures", "issuer": "NIA", "city": "Beijing", "cities": "Beijing, Shanghai",
    "tax": Decimal("113110"), "wage": Decimal("94258"), "group": "Work in China", "channel": "@china_jobs",
    "language": "English", "state": "on", "count": 21, "a_days": 5, "other_days": 10, "min_years": 5,
    "max_years": 10, "stay_days": 180, "decision_days": 15, "fee_under_1y": 400, "fee_1_3y": 800,
    "fee_3_5y": 1000, "application_fee": 1500, "card_fee": 300, "years": 4, "months_a_year": 3,
    "adult_years": 10, "minor_years": 5, "started": 40, "completed": 31, "outcome": "Eligible",
    "series": "all urban units", "short_days": 90, "long_stay_days": 180,
    "routes": "Work permit A, Category A", "before": "✅ Eligible", "after": "❌ Not eligible yet",
    "old": "143,244", "new": "151,380",
}
# Words written the same in several languages (Indonesian also says "yuan").
SAME_IN_MANY_LANGUAGES = r"\byuan\b"
LIMITS = {"bot-description": 512, "bot-short-description": 120}


def test_english_has_no_syntax_errors() -> None:
    assert ENGLISH.syntax_errors == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_language_has_files(language: str) -> None:
    assert message_files(__import__("locales").catalog.LOCALES_ROOT, language), f"{language}: no .ftl files"


@pytest.mark.parametrize("language", TRANSLATIONS)
def test_same_messages_as_english(language: str) -> None:
    found = inventory(language)
    assert found.syntax_errors == [], found.syntax_errors
    missing = sorted(set(ENGLISH.variables) - set(found.variables))
    extra = sorted(set(found.variables) - set(ENGLISH.variables))
    assert not missing, f"{language} lacks {len(missing)} messages: {missing[:20]}"
    assert not extra, f"{language} has messages English no longer has: {extra[:20]}"


@pytest.mark.parametrize("language", TRANSLATIONS)
def test_same_variables_as_english(language: str) -> None:
    """A translation shows every value English shows, and uses no variable the message is not given
    (English names in a message's comment the ones it is given without showing them)."""
    found = inventory(language)
    wrong = {mid: (sorted(found.variables[mid]), sorted(variables))
             for mid, variables in ENGLISH.variables.items()
             if mid in found.variables
             and not variables <= found.variables[mid] <= variables | ENGLISH.documented[mid]}
    assert not wrong, f"{language}: variables differ from English (theirs, English): {wrong}"


@pytest.mark.parametrize("language", TRANSLATIONS)
def test_translations_are_not_stale(language: str) -> None:
    stale = stale_messages(language)
    assert not stale, f"{language}: translated from an older English text (python -m locales stale): {stale[:20]}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_message_renders_within_limits(language: str) -> None:
    for message_id, variables in ENGLISH.variables.items():
        given = variables | ENGLISH.documented[message_id]
        params = {v: SAMPLE_VALUES[v] for v in given}  # a KeyError names a variable to add above
        text = CATALOG.text(language, message_id, **params)  # type: ignore[arg-type]
        assert text.strip(), f"{language} {message_id} renders empty"
        assert "{" not in text and "}" not in text, f"{language} {message_id}: unresolved placeable: {text}"
        limit = 256 if message_id.startswith("command-") else LIMITS.get(message_id, 4096)
        assert len(text) <= limit, f"{language} {message_id}: {len(text)} characters, over {limit}"


@pytest.mark.parametrize("language", TRANSLATIONS)
def test_no_english_left_in_translations(language: str) -> None:
    """A translated message identical to the English one is a forgotten translation, except for
    names, numbers and symbols that are the same in every language."""
    translated = inventory(language).sources
    same = []
    for message_id, source in ENGLISH.sources.items():
        other = translated.get(message_id)
        if other is None or other != source:
            continue
        if message_id.startswith("choice-city-"):
            continue  # a city's name may be the same in several languages (Shenzhen 深圳)
        text = re.sub(r"\{[^}]*\}|\([^)]*\)", "", source.split("=", 1)[1])
        if re.search(r"[A-Za-z]{4,}", re.sub(SAME_IN_MANY_LANGUAGES, "", text)):
            same.append(message_id)
    assert not same, f"{language}: messages left in English: {same}"


def test_content_message_ids_exist_in_english() -> None:
    content_text = "\n".join(p.read_text(encoding="utf-8") for p in DEFAULT_CONTENT.rglob("*.yaml"))
    keys = "text|why|hint|hint_not_started|title|summary|issuer|note|improve"
    ids = set(re.findall(rf"(?:{keys}): ([a-z][a-z0-9-]+)", content_text))
    missing = sorted(i for i in ids if i not in ENGLISH.variables)
    assert not missing, f"content names messages English lacks: {missing}"


def test_yes_no_and_parameter_messages_exist() -> None:
    content = load_content()
    needed = {"choice-yes", "choice-no", "choice-dont-know", "language-native-name"}
    needed |= {f"parameter-{name.replace('_', '-')}" for name in (*content.parameters, *content.tables)}
    missing = sorted(needed - set(ENGLISH.variables))
    assert not missing, missing


@pytest.mark.parametrize(("tag", "language"), [
    ("zh-hans", "zh-Hans"), ("zh-CN", "zh-Hans"), ("zh", "zh-Hans"), ("zh-hant", "en"), ("zh-TW", "en"),
    ("zh-hk", "en"), ("pt-br", "pt"), ("pt-PT", "pt"), ("es-419", "es"), ("es-MX", "es"), ("ru-RU", "ru"),
    ("ar-EG", "ar"), ("de-AT", "de"), ("fr-CA", "fr"), ("ja", "ja"), ("ko-KR", "ko"), ("en-GB", "en"),
    ("vi", "vi"), ("vi-VN", "vi"), ("th", "th"), ("id", "id"), ("in", "id"), ("hi", "hi"), ("hi-IN", "hi"),
    ("ur", "ur"), ("ur-PK", "ur"), ("xx", "en"), ("", "en"), (None, "en"),
])
def test_telegram_language_tags(tag: str | None, language: str) -> None:
    assert CATALOG.resolve(tag) == language


def test_numbers_and_money_follow_each_locale() -> None:
    amount = Decimal(565548)
    assert "565,548" in CATALOG.text("en", "unit-cny-per-year", amount=amount)
    assert "565.548" in CATALOG.text("de", "unit-cny-per-year", amount=amount)
    assert "565\xa0548" in CATALOG.text("ru", "unit-cny-per-year", amount=amount)


def test_arabic_isolates_placeables_and_left_to_right_languages_do_not() -> None:
    arabic = CATALOG.text("ar", "unit-cny-per-year", amount=Decimal(565548))
    assert "\u2068" in arabic and "\u2069" in arabic  # FSI ... PDI keep the number's direction
    assert "\u2068" not in CATALOG.text("en", "unit-cny-per-year", amount=Decimal(565548))


@pytest.mark.parametrize("language", ["ru", "ar"])
def test_plural_forms_differ_where_the_language_has_them(language: str) -> None:
    forms = {CATALOG.text(language, "unit-years", amount=Decimal(n)).replace(str(n), "#") for n in (1, 2, 5, 11, 21)}
    assert len(forms) >= 3, forms
