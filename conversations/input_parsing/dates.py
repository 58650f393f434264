"""Dates that may be only a year or a month: "2021", "March 2021", "11.03.2021", "2021年3月".

Accepted shapes (digits of any script, spaces and case do not matter):

* ISO and year-first: "2021", "2021-03", "2021-03-11", "2021/3/11", "2021.03.11", "2021. 3. 11."
  (always year, month, day);
* month and year: "3/2021", "03.2021", "03-2021";
* three numbers ending with the year: "11.03.2021", "11/03/2021", "11-03-2021" (see below);
* Chinese, Japanese and Korean: "2021年", "2021年3月", "2021年3月11日" (also 号), "2021년 3월 11일";
* month names, wide or abbreviated, "format" or "stand-alone", from Babel for all interview
  locales (the person's own locale wins any clash): "March 2021", "Mar. 2021", "11 March 2021",
  "March 11, 2021", "11th of March 2021", "марта 2021", "11 марта 2021 г.", "mars 2021",
  "1er mars 2021", "11. März 2021", "marzo de 2021", "11 de março de 2021", "مارس 2021",
  "Maret 2021", "มีนาคม 2021", "मार्च 2021", "مارچ 2021"; Arabic also in the Levantine and Iraqi
  names ("آذار 2021", "كانون الثاني 2021"), which Babel has for ar_SY and ar_IQ;
* Vietnamese, whose months are numbered: "tháng 3 2021", "tháng 3 năm 2021", "11 tháng 3, 2021";
* Thai years of the Buddhist era, which Thai people often write: "มีนาคม 2564", "พ.ศ. 2564" (2021);
  a year written with "ค.ศ." is a common-era year.

Day/month order for "a/b/yyyy" and "a-b-yyyy": the locale's order, from Babel's short date
pattern (day first in ru, es, fr, de, pt; month first in en, and in zh-Hans, ko, ja, which write
year/month/day). With dots ("11.03.2021") the day always comes first, as everywhere dots are used
that way. If the preferred reading is not a real date but the other one is ("13/03/2021" in en),
the other one is taken; if neither is, ``error-date-invalid``. Year-first input is never
reordered, so ISO is the unambiguous choice.

Two-digit years are not accepted. Years must be within 1900..2100 and calendar values must exist
(``error-date-invalid``); text not shaped like any of the above is ``error-date-format``.
Whether a date lies in the future is for the caller (this module has no clock).
"""

from __future__ import annotations

import calendar
import re
import unicodedata
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from typing import Final

from babel.dates import get_date_format, get_month_names

from .digits import SUPPORTED_LOCALE_IDS, babel_locale_id, prepare_input
from .errors import ERROR_DATE_FORMAT, ERROR_DATE_INVALID, AnswerError

MIN_YEAR: Final = 1900
MAX_YEAR: Final = 2100


@dataclass(frozen=True)
class PartialDate:
    """A year, a month of a year, or a day: ``day`` is set only together with ``month``."""

    year: int
    month: int | None = None
    day: int | None = None

    def __post_init__(self) -> None:
        if not 1 <= self.year <= 9999:
            raise ValueError(f"year out of range: {self.year}")
        if self.month is None:
            if self.day is not None:
                raise ValueError("a day needs a month")
            return
        if not 1 <= self.month <= 12:
            raise ValueError(f"month out of range: {self.month}")
        if self.day is not None and not 1 <= self.day <= calendar.monthrange(self.year, self.month)[1]:
            raise ValueError(f"day out of range: {self.day}")

    def to_date(self) -> date:
        """The first day of the period: 2021 -> 2021-01-01, 2021-03 -> 2021-03-01."""
        return date(self.year, self.month or 1, self.day or 1)

    def iso(self) -> str:
        """ "2021", "2021-03" or "2021-03-11"."""
        if self.month is None:
            return f"{self.year:04d}"
        if self.day is None:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"


_YEAR: Final = re.compile(r"([0-9]{4})\.?")
_YEAR_FIRST: Final = re.compile(r"([0-9]{4}) ?([-/.]) ?([0-9]{1,2})(?: ?\2 ?([0-9]{1,2}))? ?\.?")
_MONTH_YEAR: Final = re.compile(r"([0-9]{1,2}) ?([-/.]) ?([0-9]{4})")
_YEAR_LAST: Final = re.compile(r"([0-9]{1,2}) ?([-/.]) ?([0-9]{1,2}) ?\2 ?([0-9]{4}) ?\.?")
_CJK: Final = re.compile(r"([0-9]{4}) ?[年년](?: ?([0-9]{1,2}) ?[月월](?: ?([0-9]{1,2}) ?[日号號일])?)?")
_RU_YEAR_WORD: Final = re.compile(r"(?<=[0-9]) ?(?:г\.?|года|год)$")

_NAME: Final = r"(?P<name>[^\W\d_][^\s\d]*)"
_VIETNAMESE: Final = re.compile(r"(?:(?:ngày )?([0-9]{1,2}) )?tháng ([0-9]{1,2}),?(?: năm)? ([0-9]{4})")
_THAI_ERA: Final = re.compile(r"(พ\.ศ\.|ค\.ศ\.) ?")
_BUDDHIST_ERA_OFFSET: Final = 543
_MONTH_NAME_LOCALES: Final = (*SUPPORTED_LOCALE_IDS, "ar_SY", "ar_IQ")
"""Where month names come from: the interview locales, and the Arabic month names of the Levant and Iraq."""
_DAY: Final = r"(?P<day>[0-9]{1,2})(?:st|nd|rd|th|er)?\.?"
_YEAR_AFTER_NAME: Final = r"(?: (?:de|del|of))? (?P<year>[0-9]{4})"
_NAMED: Final = (
    re.compile(_NAME + _YEAR_AFTER_NAME),  # March 2021, marzo de 2021
    re.compile(_DAY + r" ?(?:(?:de|of) )?" + _NAME + _YEAR_AFTER_NAME),  # 11 de marzo de 2021
    re.compile(_NAME + r" " + _DAY + r" (?P<year>[0-9]{4})"),  # March 11, 2021
)


def _invalid() -> AnswerError:
    return AnswerError(ERROR_DATE_INVALID)


@lru_cache(maxsize=32)
def _day_first(language: str) -> bool:
    """Whether the locale's short date pattern puts the day before the month (from Babel)."""
    pattern = get_date_format("short", locale=babel_locale_id(language)).pattern
    unquoted = re.sub(r"'[^']*'", "", pattern)
    day, month = unquoted.find("d"), unquoted.find("M")
    return 0 <= day < month


@lru_cache(maxsize=32)
def _month_names(language: str) -> dict[str, int]:
    """Case-folded month names of all locales; the language's own locale is applied last.

    Names of two words ("كانون الثاني") are joined with a hyphen, as :func:`_join_month_words` joins
    them in the answer; names with a digit (Vietnamese "tháng 3") are read by their own pattern.
    """
    own = babel_locale_id(language)
    names: dict[str, int] = {}
    for locale_id in [*(other for other in _MONTH_NAME_LOCALES if other != own), own]:
        for context in ("format", "stand-alone"):
            for width in ("wide", "abbreviated"):
                for month, name in get_month_names(width, context, locale=locale_id).items():
                    key = unicodedata.normalize("NFC", name).casefold()
                    if any(char.isdigit() for char in key):
                        continue
                    key = key.replace(" ", "-")
                    names[key] = month
                    names[key.removesuffix(".")] = month
    return names


@lru_cache(maxsize=32)
def _two_word_names(language: str) -> tuple[str, ...]:
    return tuple(sorted((name for name in _month_names(language) if "-" in name), key=len, reverse=True))


def _join_month_words(text: str, language: str) -> str:
    for name in _two_word_names(language):
        text = text.replace(name.replace("-", " "), name)
    return text


def _common_era(text: str, language: str) -> str:
    """Thai years of the Buddhist era (2564) as common-era years (2021); "ค.ศ." marks a common-era year."""
    marker = _THAI_ERA.search(text)
    buddhist = language == "th" or (marker is not None and marker[1] == "พ.ศ.")
    if marker is not None and marker[1] == "ค.ศ.":
        buddhist = False
    text = _THAI_ERA.sub("", text)
    if not buddhist:
        return text
    return re.sub(r"(?<![0-9])(2[4-6][0-9]{2})(?![0-9])",
                  lambda m: str(int(m[1]) - _BUDDHIST_ERA_OFFSET), text)


def _build(year: int, month: int | None = None, day: int | None = None) -> PartialDate:
    if not MIN_YEAR <= year <= MAX_YEAR:
        raise _invalid()
    try:
        return PartialDate(year, month, day)
    except ValueError:
        raise _invalid() from None


def _year_last(first: int, second: int, year: int, *, day_first: bool) -> PartialDate:
    preferred, other = ((second, first), (first, second)) if day_first else ((first, second), (second, first))
    try:
        return _build(year, *preferred)
    except AnswerError:
        return _build(year, *other)


def _numeric(text: str, language: str) -> PartialDate | None:
    if match := _YEAR.fullmatch(text):
        return _build(int(match[1]))
    if match := _YEAR_FIRST.fullmatch(text):
        return _build(int(match[1]), int(match[3]), None if match[4] is None else int(match[4]))
    if match := _MONTH_YEAR.fullmatch(text):
        return _build(int(match[3]), int(match[1]))
    if match := _YEAR_LAST.fullmatch(text):
        day_first = match[2] == "." or _day_first(language)
        return _year_last(int(match[1]), int(match[3]), int(match[4]), day_first=day_first)
    if match := _CJK.fullmatch(text):
        month, day = match[2], match[3]
        return _build(int(match[1]), None if month is None else int(month), None if day is None else int(day))
    return None


def _named(text: str, language: str) -> PartialDate | None:
    words = _join_month_words(" ".join(text.replace(",", " ").replace("\u060c", " ").split()), language)
    for pattern in _NAMED:
        match = pattern.fullmatch(words)
        if match is None:
            continue
        name = match["name"]
        names = _month_names(language)
        month = names.get(name, names.get(name.removesuffix(".")))
        if month is None:
            continue
        day = match.groupdict().get("day")
        return _build(int(match["year"]), month, None if day is None else int(day))
    return None


def _vietnamese(text: str) -> PartialDate | None:
    match = _VIETNAMESE.fullmatch(text)
    if match is None:
        return None
    return _build(int(match[3]), int(match[2]), None if match[1] is None else int(match[1]))


def parse_date(text: str, *, language: str) -> PartialDate:
    """Read a year, a month or a day (shapes and the day/month rule in the module docstring).

    Raises :class:`AnswerError`: ``error-empty``, ``error-text-too-long``, ``error-date-invalid``
    (shaped like a date but not a real one, or the year outside 1900..2100) or
    ``error-date-format`` (not a date at all).
    """
    prepared = _RU_YEAR_WORD.sub("", prepare_input(text, keep_arabic_separators=False))
    prepared = _common_era(prepared, language)
    result = _numeric(prepared, language) or _vietnamese(prepared) or _named(prepared, language)
    if result is None:
        raise AnswerError(ERROR_DATE_FORMAT)
    return result
