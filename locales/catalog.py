"""The message catalogue: Fluent bundles per language, loaded once at start-up.

Numbers, money, dates and plurals are formatted by Fluent through Babel with each language's CLDR
data (565,548 in English, 565 548 in Russian and French, 565.548 in German). Placeables are isolated
with Unicode bidi marks only for right-to-left languages: in Arabic they keep a number or a Latin name
in its own direction, while in left-to-right languages they would only add invisible characters to
every message (Telegram clients show them as blanks when copied).
"""

from __future__ import annotations

import logging
import unicodedata
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import yaml
from fluent.runtime import FluentBundle, FluentResource

LOCALES_ROOT = Path(__file__).parent
DEFAULT_LANGUAGE = "en"

log = logging.getLogger(__name__)

Param = str | int | Decimal | date


@dataclass(frozen=True)
class Language:
    code: str
    babel: str
    telegram: str
    aliases: tuple[str, ...]
    rtl: bool
    match_primary: bool = True
    first_day: str | None = None  # how the 1st of a month is written in a long date where it is an ordinal ("1er")


class Catalog:
    def __init__(self, languages: dict[str, Language], bundles: dict[str, FluentBundle],
                 message_ids: dict[str, frozenset[str]]) -> None:
        self.languages = languages
        self._bundles = bundles
        self.message_ids = message_ids
        # Messages without parameters (question texts, button labels) are formatted again and again and
        # never change: each is formatted once. A message with parameters is formatted every time, because
        # its parameters may be a person's answers (a salary, an age), which must not outlive the request.
        self._plain: dict[tuple[str, str], str] = {}

    @property
    def codes(self) -> tuple[str, ...]:
        return tuple(self.languages)

    def has(self, language: str, message_id: str) -> bool:
        return message_id in self.message_ids.get(language, frozenset())

    def text(self, language: str, message_id: str, /, **params: Param | None) -> str:
        """The message in the language (English if it is missing there), with its parameters formatted."""
        if params:
            return self._format(language, message_id, params)
        key = (language, message_id)
        found = self._plain.get(key)
        if found is None:
            found = self._plain[key] = self._format(language, message_id, params)
        return found

    def _format(self, language: str, message_id: str, params: dict[str, Param | None]) -> str:
        if not self.has(language, message_id):
            if language != DEFAULT_LANGUAGE:
                log.warning("message %s missing in %s", message_id, language)
            language = DEFAULT_LANGUAGE
        bundle = self._bundles[language]
        if not bundle.has_message(message_id):
            log.error("message %s missing in the English catalogue", message_id)
            return message_id
        message = bundle.get_message(message_id)
        if message.value is None:
            return message_id
        args: dict[str, Any] = {k: _fluent_value(v) for k, v in params.items()}
        text, errors = bundle.format_pattern(message.value, args)
        for error in errors:
            log.error("message %s in %s: %s", message_id, language, error)
        if self.languages[language].rtl:
            return right_to_left_lines(str(text))
        return str(text)

    def resolve(self, tag: str | None) -> str:
        """Our language for a Telegram ``language_code`` (an IETF tag); English when we have none."""
        if not tag:
            return DEFAULT_LANGUAGE
        tag = tag.strip().lower().replace("_", "-")
        for language in self.languages.values():
            if tag in language.aliases or tag == language.code.lower():
                return language.code
        primary = tag.split("-", 1)[0]
        for language in self.languages.values():
            if language.match_primary and primary == language.telegram:
                return language.code
        return DEFAULT_LANGUAGE

    def babel_locale(self, language: str) -> str:
        return self.languages.get(language, self.languages[DEFAULT_LANGUAGE]).babel


_RIGHT_TO_LEFT_MARK = "\u200f"
_ISOLATE_OPEN = frozenset("\u2066\u2067\u2068")
_ISOLATE_CLOSE = "\u2069"


def right_to_left_lines(text: str) -> str:
    """Every line whose first strong character is not right-to-left starts with a right-to-left mark.

    Telegram lays out each line by its first strong character, so "/start — ابدأ" or "HSK 5 أو أعلى"
    would otherwise read left to right. Text inside isolates (a placeable) does not count, as in the
    Unicode bidi algorithm, so a line that starts with a number or a Latin name gets the mark too.
    """
    return "\n".join(line if _starts_right_to_left(line) else _RIGHT_TO_LEFT_MARK + line
                     for line in text.split("\n"))


def _starts_right_to_left(line: str) -> bool:
    depth = 0
    for char in line:
        if char in _ISOLATE_OPEN:
            depth += 1
        elif char == _ISOLATE_CLOSE:
            depth = max(depth - 1, 0)
        elif depth == 0:
            direction = unicodedata.bidirectional(char)
            if direction in {"R", "AL"}:
                return True
            if direction == "L":
                return False
    return not line.strip()


def _fluent_value(value: Param | None) -> Any:
    if value is None:
        return "none"  # a selector's default branch; never shown as such
    # Fluent picks plural forms reliably only for ints: a whole Decimal (years, points) becomes an int.
    if isinstance(value, Decimal) and value == value.to_integral_value():
        return int(value)
    return value


def read_languages(root: Path = LOCALES_ROOT) -> dict[str, Language]:
    raw = yaml.safe_load((root / "languages.yaml").read_text(encoding="utf-8"))
    return {
        code: Language(code=code, babel=spec["babel"], telegram=spec["telegram"],
                       aliases=tuple(spec.get("aliases", [])), rtl=bool(spec.get("rtl", False)),
                       match_primary=bool(spec.get("match_primary", True)), first_day=spec.get("first_day"))
        for code, spec in raw.items()
    }


def message_files(root: Path, language: str) -> list[Path]:
    return sorted((root / language).glob("*.ftl"))


def load_catalog(root: Path = LOCALES_ROOT) -> Catalog:
    languages = read_languages(root)
    bundles: dict[str, FluentBundle] = {}
    ids: dict[str, frozenset[str]] = {}
    for code, language in languages.items():
        files = message_files(root, code)
        if not files:
            continue  # a language listed but not yet written falls back to English everywhere
        bundle = FluentBundle([language.babel.replace("_", "-")], use_isolating=language.rtl)
        found: set[str] = set()
        for path in files:
            text = path.read_text(encoding="utf-8")
            bundle.add_resource(FluentResource(text))
            found |= _ids(text)
        bundles[code] = bundle
        ids[code] = frozenset(found)
    return Catalog({c: lang for c, lang in languages.items() if c in bundles}, bundles, ids)


def _ids(text: str) -> set[str]:
    from fluent.syntax import FluentParser
    from fluent.syntax import ast as fluent_ast

    resource = FluentParser().parse(text)
    return {entry.id.name for entry in resource.body if isinstance(entry, fluent_ast.Message)}
