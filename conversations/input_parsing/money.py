"""Amounts of money in yuan (CNY), as people type an annual salary.

Accepted, in every language setting:

* the separator rules of :mod:`.numbers` ("565,548", "565 548", "565.548", "565,548.50",
  "565.548,50" and "565 548,50" where the decimal symbol is a comma);
* an optional currency marker before or after the number: ¥ (also full-width ￥), CN¥, RMB, CNY,
  元, 块, 人民币, yuan, юань/юаней, 위안, يوان (see :data:`CURRENCY_PREFIXES`/``_SUFFIXES``);
* an optional sign before or after a leading currency marker ("-5000", "-¥5000", "¥-5000");
  negative amounts are returned negative for the caller to report;
* one magnitude word after the number (:data:`MAGNITUDE_WORDS`): "565k", "0.57m", "1.2 million",
  "565 тыс.", "1,5 млн" (ru), "565 mil" (es/pt), "30w" (Chinese shorthand for 万), "5.6 lakh",
  "5.6 लाख" (hi), "5.6 لاکھ" (ur), "565 nghìn" (vi), "5.6 แสน" (th), "565 ribu" (id), ...;
* Chinese/Japanese/Korean unit characters 十 百 千 万/萬 亿/億 and 십 백 천 만 억, composed as in
  those languages: "5万", "56.5万", "565千", "56万5千", "5千万", "1亿2千万", "1.2億", "5억 6천만".
  Small units inside a section must descend, 万 may follow 亿 but not the reverse, and what
  follows a unit must be smaller than it ("56万12345" is rejected). A single trailing digit after
  a unit of a hundred or more is read colloquially as the next lower unit: "56万5" is 565,000 and
  "3千5" is 3,500 (never 560,005 or 3,005).

Anything else (other letters, emoji, exponents such as "1e9", "--5", "5-") is
``error-not-a-number``. Chinese numeral characters (五万) are not read. All arithmetic is exact.
"""

from __future__ import annotations

import re
import unicodedata
from decimal import Decimal, localcontext
from typing import Final

from .digits import ARABIC_DECIMAL_SEPARATOR, ARABIC_THOUSANDS_SEPARATOR, prepare_input
from .numbers import EXACT, Separators, not_a_number, parse_plain, separators, signed, take_sign

CURRENCY_PREFIXES: Final[tuple[str, ...]] = ("cn¥", "rmb", "cny", "¥", "人民币", "人民幣")
"""Currency markers accepted before the number (case-folded input vocabulary)."""

CURRENCY_SUFFIXES: Final[tuple[str, ...]] = (
    "元人民币", "人民币", "人民幣", "人民元", "块钱", "元", "圆", "块", "¥", "rmb", "cny",
    "yuans", "yuanes", "yuan", "юаней", "юаня", "юани", "юань", "위안", "يوان",
    "nhân dân tệ", "tệ", "หยวน", "युआन", "یوآن", "یوان",
)  # fmt: skip
"""Currency markers accepted after the number (case-folded input vocabulary)."""

MAGNITUDE_WORDS: Final[dict[str, int]] = {
    # Input vocabulary (case-folded), not output text. Matched with or without a final ".".
    "k": 10**3, "thousand": 10**3, "thousands": 10**3,
    "m": 10**6, "mn": 10**6, "mln": 10**6, "mio": 10**6, "million": 10**6, "millions": 10**6,
    "тыс": 10**3, "тысяча": 10**3, "тысячи": 10**3, "тысяч": 10**3,
    "млн": 10**6, "миллион": 10**6, "миллиона": 10**6, "миллионов": 10**6,
    "mil": 10**3, "mille": 10**3, "tsd": 10**3, "tausend": 10**3,
    "millón": 10**6, "millon": 10**6, "millones": 10**6,
    "milhão": 10**6, "milhao": 10**6, "milhões": 10**6, "milhoes": 10**6, "millionen": 10**6,
    "ألف": 10**3, "آلاف": 10**3, "مليون": 10**6, "ملايين": 10**6,
    "w": 10**4,  # Chinese shorthand for 万 ("30w")
    "lakh": 10**5, "lakhs": 10**5, "lac": 10**5, "crore": 10**7, "crores": 10**7, "cr": 10**7,
    "nghìn": 10**3, "ngàn": 10**3, "triệu": 10**6, "tr": 10**6,
    "พัน": 10**3, "หมื่น": 10**4, "แสน": 10**5, "ล้าน": 10**6,
    "ribu": 10**3, "rb": 10**3, "juta": 10**6, "jt": 10**6,
    "हज़ार": 10**3, "हजार": 10**3, "लाख": 10**5, "करोड़": 10**7, "करोड": 10**7,
    "ہزار": 10**3, "لاکھ": 10**5, "کروڑ": 10**7,
}  # fmt: skip

CJK_UNITS: Final[dict[str, int]] = {
    "十": 10, "百": 100, "千": 1000, "万": 10**4, "萬": 10**4, "亿": 10**8, "億": 10**8,
    "십": 10, "백": 100, "천": 1000, "만": 10**4, "억": 10**8,
}  # fmt: skip

_WAN: Final = 10**4
_YI: Final = 10**8

# Input is composed (NFC) before matching, so the vocabulary is too ("हज़ार" may be typed either way).
_MAGNITUDES: Final = {unicodedata.normalize("NFC", word): value for word, value in MAGNITUDE_WORDS.items()}
_PREFIXES_LONGEST_FIRST: Final = tuple(sorted(CURRENCY_PREFIXES, key=len, reverse=True))
_SUFFIXES_LONGEST_FIRST: Final = tuple(sorted({unicodedata.normalize("NFC", w) for w in CURRENCY_SUFFIXES},
                                              key=len, reverse=True))

_SCALED: Final = re.compile(r"(.*?[0-9])\s?([^\s0-9.,]+\.?)?")
_CJK_TOKEN: Final = re.compile(
    r"\s?(?:(?P<num>[0-9](?:[., "
    + ARABIC_DECIMAL_SEPARATOR
    + ARABIC_THOUSANDS_SEPARATOR
    + r"]?[0-9])*)|(?P<unit>["
    + "".join(CJK_UNITS)
    + r"]))"
)
_SINGLE_DIGIT: Final = re.compile(r"[1-9]")


def _strip_prefix(text: str) -> str:
    for prefix in _PREFIXES_LONGEST_FIRST:
        if text.startswith(prefix):
            return text[len(prefix) :].lstrip()
    return text


def _strip_suffix(text: str) -> str:
    for suffix in _SUFFIXES_LONGEST_FIRST:
        if text.endswith(suffix):
            return text[: -len(suffix)].rstrip()
    return text


def _parse_scaled(body: str, seps: Separators) -> Decimal:
    match = _SCALED.fullmatch(body)
    if match is None:
        raise not_a_number()
    number, word = match.groups()
    value = parse_plain(number, seps)
    if word is None:
        return value
    multiplier = _MAGNITUDES.get(word)
    if multiplier is None:
        multiplier = _MAGNITUDES.get(word.removesuffix("."))
    if multiplier is None:
        raise not_a_number()
    return value * multiplier


def _cjk_tokens(body: str) -> list[str | int]:
    """Split into number texts (str) and unit multipliers (int); reject anything else."""
    tokens: list[str | int] = []
    position = 0
    while position < len(body):
        match = _CJK_TOKEN.match(body, position)
        if match is None or match.end() == position:
            raise not_a_number()
        unit = match.group("unit")
        tokens.append(match.group("num") if unit is None else CJK_UNITS[unit])
        position = match.end()
    return tokens


def _parse_cjk(body: str, seps: Separators) -> Decimal:
    """Evaluate a composite such as "1亿2千万" or "56万5千" (rules in the module docstring)."""
    above_wan = Decimal(0)  # the 亿 part, already multiplied
    wan_part = Decimal(0)  # the 万 part, already multiplied
    section = Decimal(0)  # small units (十百千) accumulated since the last big unit
    pending: Decimal | None = None
    pending_text = ""
    last_small: int | None = None
    last_big: int | None = None
    previous_unit: int | None = None
    for token in _cjk_tokens(body):
        if isinstance(token, str):
            if pending is not None:
                raise not_a_number()
            pending, pending_text = parse_plain(token, seps), token
            continue
        unit = token
        if unit < _WAN:
            if pending is None or (last_small is not None and unit >= last_small):
                raise not_a_number()
            section += pending * unit
            last_small = unit
        else:
            if pending is not None and section:
                raise not_a_number()  # "5千6万": not a way anyone writes an amount
            group = section + (pending if pending is not None else 0)
            if pending is None and not section:
                raise not_a_number()
            if unit == _WAN:
                if last_big == _WAN or (last_big == _YI and group >= _WAN):
                    raise not_a_number()
                wan_part += group * unit
            else:
                if last_big is not None:
                    raise not_a_number()
                above_wan += group * unit
            section = Decimal(0)
            last_small = None
            last_big = unit
        pending = None
        previous_unit = unit
    if pending is not None:
        if previous_unit is None:
            raise not_a_number()
        if _SINGLE_DIGIT.fullmatch(pending_text) and previous_unit >= 100:
            section += pending * previous_unit / 10
        elif pending != pending.to_integral_value() or pending >= previous_unit:
            raise not_a_number()
        else:
            section += pending
    if last_big is not None and section >= last_big:
        raise not_a_number()  # "56万12千": what follows a big unit must be smaller than it
    return above_wan + wan_part + section


def _tidy(value: Decimal) -> Decimal:
    """Whole amounts come back with no fractional digits ("56.5万" is 565000, not 565000.0)."""
    if value == value.to_integral_value():
        return value.quantize(Decimal(1))
    return value


def parse_money(text: str, *, language: str) -> Decimal:
    """Read an annual amount in yuan; see the module docstring for everything accepted.

    Returns an exact Decimal, negative if the person typed a minus sign. Raises
    :class:`AnswerError` with ``error-empty``, ``error-text-too-long`` or ``error-not-a-number``.
    """
    body = prepare_input(text)
    sign, body = take_sign(body)
    body = _strip_prefix(body)
    if sign is None:
        sign, body = take_sign(body)
    body = _strip_suffix(body)
    if not body:
        raise not_a_number()
    seps = separators(language)
    with localcontext(EXACT):
        if any(char in CJK_UNITS for char in body):
            value = _parse_cjk(body, seps)
        else:
            value = _parse_scaled(body, seps)
        return signed(sign, _tidy(value))
