"""Numeral normalisation: what people type, reduced to the few characters a parser must know.

People answer on phones with Chinese, Japanese, Arabic or Persian keyboards, paste from web pages
and spreadsheets, and type in right-to-left scripts. Before anything is parsed, every way of
writing a digit becomes an ASCII digit, every kind of space becomes a plain space, full-width
punctuation becomes ASCII, and invisible formatting characters disappear.

Why not simply NFKC? It does map full-width forms and the exotic spaces, but it also turns
superscripts, circled and parenthesised digits and vulgar fractions into ordinary digits
("10²" would become "102", "①" would become "1", "½" would become "1⁄2") and it leaves the
Arabic-Indic digits alone. So the mapping here is explicit:

* every decimal digit of any script (Unicode category Nd: full-width ０-９, Arabic-Indic ٠-٩,
  Extended Arabic-Indic ۰-۹ (Urdu, Persian), Devanagari ०-९, Thai ๐-๙, ...) becomes the ASCII digit
  of the same value;
* the full-width ASCII block (U+FF01..U+FF5E: ，．－＋ and full-width letters) becomes ASCII,
  ￥ becomes ¥, the minus sign U+2212 becomes "-", the ideographic full stop 。 (typed for "." by
  Chinese input methods) becomes ".";
* the Arabic decimal separator U+066B becomes "." and the Arabic thousands separator U+066C
  becomes "," (parsers in this package keep them instead, because they are unambiguous);
* every whitespace character (NBSP, narrow NBSP, thin space, ideographic space, tabs, ...)
  becomes a plain space;
* bidirectional marks and isolates (U+200E, U+200F, U+061C, U+202A..U+202E, U+2066..U+2069),
  zero-width characters (U+200B..U+200D, U+2060, U+FEFF) and the soft hyphen are removed.

This module also holds the two steps every parser starts with: :func:`prepare_input` (the empty
and length checks, then normalisation) and :func:`babel_locale_id` (which CLDR locale's
conventions a language code means).
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache
from typing import Final

from babel import Locale, UnknownLocaleError

from .errors import ERROR_EMPTY, ERROR_TEXT_TOO_LONG, AnswerError

MAX_INPUT_LENGTH: Final = 100
"""Longer answers (after stripping surrounding whitespace) are rejected before any parsing."""

ARABIC_DECIMAL_SEPARATOR: Final = "\u066b"
ARABIC_THOUSANDS_SEPARATOR: Final = "\u066c"

_REMOVED: Final = frozenset(
    "\u200e\u200f\u061c"  # LRM, RLM, Arabic letter mark
    "\u202a\u202b\u202c\u202d\u202e"  # embeddings and overrides
    "\u2066\u2067\u2068\u2069"  # isolates
    "\u200b\u200c\u200d\u2060\ufeff"  # zero-width space/non-joiner/joiner, word joiner, BOM
    "\u00ad\u180e"  # soft hyphen, Mongolian vowel separator
)


def _fixed_table() -> dict[str, str]:
    table = {chr(code): chr(code - 0xFEE0) for code in range(0xFF01, 0xFF5F)}
    table.update(
        {
            "\uffe5": "\u00a5",  # ￥ -> ¥
            "\u2212": "-",  # minus sign
            "\u3002": ".",  # ideographic full stop
            "\uff61": ".",  # half-width ideographic full stop
        }
    )
    return table


_FIXED: Final = _fixed_table()

def _locale_tables() -> tuple[dict[str, str], dict[str, str]]:
    """Our language codes and their Telegram aliases -> Babel locale ids, from the one table of the
    languages we speak (locales/languages.yaml), so that a language added there reads numbers and
    dates by its own conventions without a change here."""
    from locales.catalog import read_languages  # data only: the table, not the messages

    languages = read_languages()
    ids = {code: language.babel for code, language in languages.items()}
    aliases: dict[str, str] = {}
    for code, language in languages.items():
        for alias in (code.lower(), code.lower().replace("-", "_"), *language.aliases):
            aliases.setdefault(alias, language.babel)
    return ids, aliases


_LOCALE_IDS, _LOCALE_ALIASES = _locale_tables()

SUPPORTED_LOCALE_IDS: Final[tuple[str, ...]] = tuple(_LOCALE_IDS.values())
"""The Babel locale ids of the interview languages."""


def babel_locale_id(language: str) -> str:
    """Return the Babel locale id for a language code: ours, else Babel's own if it knows the code (a
    language added later reads numbers by its CLDR conventions), else "en"."""
    found = _LOCALE_IDS.get(language) or _LOCALE_ALIASES.get(language.lower())
    if found is not None:
        return found
    return _known_to_babel(language.replace("-", "_")) or "en"


@lru_cache(maxsize=64)
def _known_to_babel(locale_id: str) -> str | None:
    try:
        Locale.parse(locale_id)
    except (ValueError, UnknownLocaleError):
        return None
    return locale_id


def _normalise(text: str, *, keep_arabic_separators: bool) -> str:
    out: list[str] = []
    for char in text:
        if char.isascii():
            out.append(" " if char.isspace() else char)
        elif char in _REMOVED:
            continue
        elif char in _FIXED:
            out.append(_FIXED[char])
        elif char.isspace():
            out.append(" ")
        elif char == ARABIC_DECIMAL_SEPARATOR:
            out.append(char if keep_arabic_separators else ".")
        elif char == ARABIC_THOUSANDS_SEPARATOR:
            out.append(char if keep_arabic_separators else ",")
        else:
            value = unicodedata.decimal(char, None)
            out.append(char if value is None else str(value))
    return "".join(out)


def normalise_numerals(text: str) -> str:
    """Map digits, spaces and punctuation of any script to ASCII; drop invisible characters.

    See the module docstring for the exact mapping. Letters (other than full-width Latin ones)
    are left alone, and the length changes only by removed invisible characters.
    """
    return _normalise(text, keep_arabic_separators=False)


def prepare_input(text: str, *, keep_arabic_separators: bool = True) -> str:
    """Check and normalise an answer before parsing; every parser starts here.

    Raises ``error-empty`` for blank text and ``error-text-too-long`` (param ``max``) when the
    stripped text exceeds :data:`MAX_INPUT_LENGTH`, before doing any other work. Returns the text
    with numerals normalised, runs of spaces collapsed to one, composed (NFC) and case-folded.
    """
    stripped = text.strip()
    if not stripped:
        raise AnswerError(ERROR_EMPTY)
    if len(stripped) > MAX_INPUT_LENGTH:
        raise AnswerError(ERROR_TEXT_TOO_LONG, {"max": MAX_INPUT_LENGTH})
    normalised = _normalise(stripped, keep_arabic_separators=keep_arabic_separators)
    collapsed = " ".join(normalised.split())
    if not collapsed:
        raise AnswerError(ERROR_EMPTY)
    return unicodedata.normalize("NFC", collapsed).casefold()
