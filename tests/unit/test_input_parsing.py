"""Tests for conversations.input_parsing: tables of real-looking answers, plus properties."""

from __future__ import annotations

import calendar
import contextlib
from datetime import date
from decimal import Decimal

import pytest
from babel.numbers import format_decimal
from hypothesis import given, settings
from hypothesis import strategies as st

from conversations.input_parsing import (
    MAX_INPUT_LENGTH,
    AnswerError,
    PartialDate,
    normalise_numerals,
    parse_date,
    parse_integer,
    parse_money,
    parse_number,
)

LANGUAGES = ("en", "zh-Hans", "ru", "es", "fr", "de", "pt", "ar", "ko", "ja")
BABEL_LOCALES = {
    "en": "en",
    "zh-Hans": "zh_Hans",
    "ru": "ru",
    "es": "es",
    "fr": "fr",
    "de": "de",
    "pt": "pt_BR",
    "ar": "ar",
    "ko": "ko",
    "ja": "ja",
}
COMMA_DECIMAL = ("ru", "es", "fr", "de", "pt")
DOT_DECIMAL = ("en", "zh-Hans", "ar", "ko", "ja")


def error_of(call: object, *args: object, **kwargs: object) -> str:
    assert callable(call)
    with pytest.raises(AnswerError) as caught:
        call(*args, **kwargs)
    return caught.value.message_id


def to_fullwidth(text: str) -> str:
    return "".join(chr(ord(c) + 0xFEE0) if c.isdigit() else c for c in text)


def to_arabic_indic(text: str) -> str:
    return "".join(chr(0x0660 + int(c)) if c.isdigit() else c for c in text)


def to_persian(text: str) -> str:
    return "".join(chr(0x06F0 + int(c)) if c.isdigit() else c for c in text)


# --------------------------------------------------------------------------- numerals


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("０１２３４５６７８９", "0123456789"),
        ("٠١٢٣٤٥٦٧٨٩", "0123456789"),
        ("۰۱۲۳۴۵۶۷۸۹", "0123456789"),
        ("１，２３４．５", "1,234.5"),
        ("－５＋", "-5+"),
        ("￥５", "¥5"),
        ("−5", "-5"),
        ("١٢٫٥", "12.5"),
        ("١٬٢٣٤", "1,234"),
        ("1\u00a0234\u202f567\u20098\u30009", "1 234 567 8 9"),
        ("\u200f1\u200e2\u061c3\u20664\u2069", "1234"),
        ("1\u200b2\ufeff3\u200d", "123"),
        ("56。5万", "56.5万"),
        ("10²", "10²"),  # superscripts are not digits (NFKC would say "102")
        ("①", "①"),
        ("abc Déjà", "abc Déjà"),
    ],
)
def test_normalise_numerals(raw: str, expected: str) -> None:
    assert normalise_numerals(raw) == expected


# --------------------------------------------------------------------------- money

MONEY_ANY_LANGUAGE = [
    ("565548", "565548"),
    ("565,548", "565548"),
    ("565 548", "565548"),
    ("565\u00a0548", "565548"),
    ("565\u202f548", "565548"),
    ("565.548", "565548"),
    ("1.234.567", "1234567"),
    ("1,234,567", "1234567"),
    ("¥565,548", "565548"),
    ("¥ 565,548", "565548"),
    ("￥565,548", "565548"),
    ("CN¥565,548", "565548"),
    ("565,548 元", "565548"),
    ("565548元", "565548"),
    ("565548 yuan", "565548"),
    ("565548 Yuan", "565548"),
    ("565 548 юаней", "565548"),
    ("565548 위안", "565548"),
    ("565548 يوان", "565548"),
    ("RMB 565,548", "565548"),
    ("rmb565548", "565548"),
    ("CNY565548", "565548"),
    ("人民币565548", "565548"),
    ("565,548.50", "565548.50"),
    ("565 548.50", "565548.50"),
    ("56.5万", "565000"),
    ("56.5 万元", "565000"),
    ("56万5千", "565000"),
    ("56万5", "565000"),
    ("56万5000", "565000"),
    ("5万", "50000"),
    ("¥5万", "50000"),
    ("5万块", "50000"),
    ("565千", "565000"),
    ("3千5", "3500"),
    ("5千万", "50000000"),
    ("1亿2千万", "120000000"),
    ("1.2亿", "120000000"),
    ("1.2億", "120000000"),
    ("1,000万", "10000000"),
    ("5만", "50000"),
    ("56만 5천", "565000"),
    ("5천만", "50000000"),
    ("5억 6천만", "560000000"),
    ("56万 5千 위안", "565000"),
    ("30w", "300000"),
    ("565k", "565000"),
    ("565K", "565000"),
    ("565 k", "565000"),
    ("0.57m", "570000"),
    ("0.57M", "570000"),
    ("0.57 mn", "570000"),
    ("1.2 million", "1200000"),
    ("1.2 Million yuan", "1200000"),
    ("565 thousand", "565000"),
    ("565 тыс.", "565000"),
    ("565 тыс", "565000"),
    ("2 млн", "2000000"),
    ("565 mil", "565000"),
    ("2 Mio.", "2000000"),
    ("５６５５４８", "565548"),
    ("５６５，５４８", "565548"),
    ("￥５６５，５４８", "565548"),
    ("٥٦٥٥٤٨", "565548"),
    ("٥٦٥٬٥٤٨", "565548"),
    ("٥٦٥,٥٤٨", "565548"),
    ("\u200f٥٦٥٬٥٤٨\u200f", "565548"),
    ("١٢٫٥", "12.5"),
    ("١٬٢٣٤٫٥٠", "1234.50"),
    ("۵۶۵۵۴۸", "565548"),
    ("56。5万", "565000"),
    ("0", "0"),
    ("0.5", "0.5"),
    ("0.500", "0.500"),
    ("1234.567", "1234.567"),
    ("+5000", "5000"),
    ("-5000", "-5000"),
    ("−5000", "-5000"),
    ("-¥5000", "-5000"),
    ("¥-5000", "-5000"),
    ("- 5000 元", "-5000"),
    ("-5万", "-50000"),
    ("-0", "0"),
    ("  565548  ", "565548"),
]


@pytest.mark.parametrize(("text", "expected"), MONEY_ANY_LANGUAGE)
def test_parse_money_any_language(text: str, expected: str) -> None:
    for language in LANGUAGES:
        result = parse_money(text, language=language)
        assert isinstance(result, Decimal)
        assert result == Decimal(expected), language


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("565.548,50", "565548.50"),
        ("565 548,50", "565548.50"),
        ("565\u00a0548,50", "565548.50"),
        ("1,5", "1.5"),
        ("0,57 млн", "570000"),
        ("1,5 Mio.", "1500000"),
        ("56,5万", "565000"),
        ("0,500", "0.500"),
        ("565,548.50", "565548.50"),
    ],
)
def test_parse_money_comma_decimal_locales(text: str, expected: str) -> None:
    for language in COMMA_DECIMAL:
        assert parse_money(text, language=language) == Decimal(expected), language


@pytest.mark.parametrize("text", ["1,5", "565.548,50", "565 548,50", "0,57m", "0,500", "12,34"])
def test_parse_money_comma_is_not_decimal_elsewhere(text: str) -> None:
    for language in DOT_DECIMAL:
        assert error_of(parse_money, text, language=language) == "error-not-a-number", language


@pytest.mark.parametrize(
    "text",
    [
        "abc",
        "🙂",
        "12abc",
        "1e9",
        "1E9",
        "--5",
        "5-",
        "+-5",
        "¥",
        "元",
        "k",
        "万",
        "5 5",
        "12 34",
        "1.234,567.8",
        "1.234 567",
        "0,123,456",
        ".5",
        "5.",
        "5,,000",
        "56万12345",
        "56万12千",
        "1亿2万3万",
        "5千6万",
        "5万6万",
        "5万1亿",
        "56万0.5",
        "5 kk",
        "5 billion",
        "10²",
        "五万",
        "$5000",
        "5000 €",
        "1/2",
        "5%",
    ],
)
def test_parse_money_rejects(text: str) -> None:
    for language in LANGUAGES:
        assert error_of(parse_money, text, language=language) == "error-not-a-number", language


@pytest.mark.parametrize("text", ["", " ", "\u00a0\u3000", "\t\n", "\u200f\u200e"])
def test_parse_money_empty(text: str) -> None:
    assert error_of(parse_money, text, language="en") == "error-empty"


def test_too_long_is_rejected_at_once() -> None:
    with pytest.raises(AnswerError) as caught:
        parse_money("5" * 4000, language="en")
    assert caught.value.message_id == "error-text-too-long"
    assert caught.value.params == {"max": MAX_INPUT_LENGTH}
    for parser in (parse_number, parse_integer, parse_date):
        assert error_of(parser, "1" * (MAX_INPUT_LENGTH + 1), language="en") == "error-text-too-long"


def test_length_limit_is_after_stripping() -> None:
    padded = "  " + "1" * MAX_INPUT_LENGTH + "  \n"
    assert parse_money(padded, language="en") == Decimal("1" * MAX_INPUT_LENGTH)
    assert parse_integer(padded, language="en") == int("1" * MAX_INPUT_LENGTH)


def test_money_is_exact_for_huge_amounts() -> None:
    digits = "9" * 60
    assert parse_money(digits + "万", language="en") == Decimal(digits + "0000")
    assert parse_money("-" + digits + "k", language="en") == Decimal("-" + digits + "000")


def test_whole_amounts_have_no_fraction_digits() -> None:
    assert parse_money("56.5万", language="en").as_tuple().exponent == 0
    assert str(parse_money("0.57m", language="en")) == "570000"


def test_unknown_language_behaves_like_english() -> None:
    assert parse_money("565,548.50", language="xx") == Decimal("565548.50")
    assert error_of(parse_money, "1,5", language="xx") == "error-not-a-number"
    assert parse_date("03/11/2021", language="xx") == PartialDate(2021, 3, 11)


# --------------------------------------------------------------------------- numbers


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("3", "3"),
        ("3.5", "3.5"),
        ("３", "3"),
        ("３．５", "3.5"),
        ("٣٫٥", "3.5"),
        ("-2", "-2"),
        ("+2", "2"),
        ("0.25", "0.25"),
        ("1,234", "1234"),
        ("1 234", "1234"),
        ("42 years", "42"),
        ("42 Years old", "42"),
        ("42yrs", "42"),
        ("42 лет", "42"),
        ("3 года", "3"),
        ("42岁", "42"),
        ("42 岁", "42"),
        ("3年", "3"),
        ("42세", "42"),
        ("42살", "42"),
        ("42歳", "42"),
        ("42 ans", "42"),
        ("1 an", "1"),
        ("42 Jahre", "42"),
        ("42 años", "42"),
        ("42 anos", "42"),
        ("42 سنة", "42"),
        ("٤٢ سنة", "42"),
        ("3.5 years", "3.5"),
    ],
)
def test_parse_number(text: str, expected: str) -> None:
    for language in LANGUAGES:
        assert parse_number(text, language=language) == Decimal(expected), language


def test_parse_number_decimal_comma() -> None:
    for language in COMMA_DECIMAL:
        assert parse_number("3,5", language=language) == Decimal("3.5")
        assert parse_number("3,5 Jahre", language=language) == Decimal("3.5")
        assert parse_number("1.234,5", language=language) == Decimal("1234.5")


def test_parse_number_no_decimal_comma() -> None:
    for language in DOT_DECIMAL:
        assert error_of(parse_number, "3,5", language=language) == "error-not-a-number", language


@pytest.mark.parametrize(
    "text", ["abc", "3 apples", "years", "3..5", "3.5.", "- 3 -", "3 years 6 months", "¥3", "3k", "3 yuan"]
)
def test_parse_number_rejects(text: str) -> None:
    assert error_of(parse_number, text, language="en") == "error-not-a-number"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("42", 42),
        ("４２", 42),
        ("٤٢", 42),
        ("۴۲", 42),
        ("-3", -3),
        ("+3", 3),
        ("0", 0),
        ("1,234", 1234),
        ("1.234", 1234),
        ("1 234 567", 1234567),
        ("42.0", 42),
        ("42岁", 42),
        ("42 years", 42),
    ],
)
def test_parse_integer(text: str, expected: int) -> None:
    for language in LANGUAGES:
        result = parse_integer(text, language=language)
        assert type(result) is int
        assert result == expected, language


@pytest.mark.parametrize("text", ["42.5", "0.1", "-3.5", "42.5 years"])
def test_parse_integer_not_whole(text: str) -> None:
    assert error_of(parse_integer, text, language="en") == "error-number-not-whole"


def test_parse_integer_decimal_comma_is_not_whole_in_german() -> None:
    assert error_of(parse_integer, "42,5", language="de") == "error-number-not-whole"
    assert parse_integer("42,0", language="de") == 42
    assert error_of(parse_integer, "42,5", language="en") == "error-not-a-number"


@pytest.mark.parametrize(("text", "message_id"), [("", "error-empty"), ("abc", "error-not-a-number")])
def test_parse_integer_errors(text: str, message_id: str) -> None:
    assert error_of(parse_integer, text, language="en") == message_id


# --------------------------------------------------------------------------- dates


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2021", "2021"),
        ("2021.", "2021"),
        ("2021-03", "2021-03"),
        ("2021-3", "2021-03"),
        ("2021/03", "2021-03"),
        ("2021-03-11", "2021-03-11"),
        ("2021/3/11", "2021-03-11"),
        ("2021.03.11", "2021-03-11"),
        ("2021. 3. 11.", "2021-03-11"),
        ("２０２１－０３－１１", "2021-03-11"),
        ("٢٠٢١-٠٣-١١", "2021-03-11"),
        ("3/2021", "2021-03"),
        ("03.2021", "2021-03"),
        ("03-2021", "2021-03"),
        ("11.03.2021", "2021-03-11"),
        ("13/03/2021", "2021-03-13"),  # only one reading is a real date
        ("03/13/2021", "2021-03-13"),
        ("2021年", "2021"),
        ("2021年3月", "2021-03"),
        ("2021年03月", "2021-03"),
        ("2021年3月11日", "2021-03-11"),
        ("2021年3月11号", "2021-03-11"),
        ("2021 年 3 月", "2021-03"),
        ("2021년 3월", "2021-03"),
        ("2021년 3월 11일", "2021-03-11"),
        ("March 2021", "2021-03"),
        ("march 2021", "2021-03"),
        ("Mar 2021", "2021-03"),
        ("Mar. 2021", "2021-03"),
        ("March, 2021", "2021-03"),
        ("Sept 2021", "2021-09"),
        ("11 March 2021", "2021-03-11"),
        ("11 Mar 2021", "2021-03-11"),
        ("March 11, 2021", "2021-03-11"),
        ("March 11th, 2021", "2021-03-11"),
        ("11th of March 2021", "2021-03-11"),
        ("марта 2021", "2021-03"),
        ("Март 2021", "2021-03"),
        ("март 2021 г.", "2021-03"),
        ("11 марта 2021 года", "2021-03-11"),
        ("2021 г.", "2021"),
        ("mars 2021", "2021-03"),
        ("1er mars 2021", "2021-03-01"),
        ("11 févr. 2021", "2021-02-11"),
        ("März 2021", "2021-03"),
        ("MÄRZ 2021", "2021-03"),
        ("Ma\u0308rz 2021", "2021-03"),  # decomposed umlaut
        ("11. März 2021", "2021-03-11"),
        ("marzo de 2021", "2021-03"),
        ("11 de marzo de 2021", "2021-03-11"),
        ("marzo del 2021", "2021-03"),
        ("março de 2021", "2021-03"),
        ("11 de março de 2021", "2021-03-11"),
        ("مارس 2021", "2021-03"),
        ("11 مارس 2021", "2021-03-11"),
        ("مارس ٢٠٢١", "2021-03"),
        ("三月 2021", "2021-03"),
        ("2024-02-29", "2024-02-29"),
        ("1900", "1900"),
        ("2100-12-31", "2100-12-31"),
    ],
)
def test_parse_date(text: str, expected: str) -> None:
    for language in LANGUAGES:
        assert parse_date(text, language=language).iso() == expected, language


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # both readings are real dates: the locale's order decides (Babel's short date pattern)
        ("11/03/2021", "en", "2021-11-03"),
        ("11/03/2021", "zh-Hans", "2021-11-03"),
        ("11/03/2021", "ja", "2021-11-03"),
        ("11/03/2021", "ko", "2021-11-03"),
        ("11/03/2021", "de", "2021-03-11"),
        ("11/03/2021", "fr", "2021-03-11"),
        ("11/03/2021", "ru", "2021-03-11"),
        ("11/03/2021", "es", "2021-03-11"),
        ("11/03/2021", "pt", "2021-03-11"),
        ("11/03/2021", "ar", "2021-03-11"),
        ("11-03-2021", "en", "2021-11-03"),
        ("11-03-2021", "de", "2021-03-11"),
        # with dots the day comes first everywhere
        ("11.03.2021", "en", "2021-03-11"),
        ("03.11.2021", "en", "2021-11-03"),
    ],
)
def test_parse_date_day_month_order(text: str, language: str, expected: str) -> None:
    assert parse_date(text, language=language).iso() == expected


@pytest.mark.parametrize(
    "text",
    [
        "2021-02-30",
        "2023-02-29",
        "2021-13",
        "2021-00",
        "2021-03-00",
        "2021-03-32",
        "13/2021",
        "0/2021",
        "32/13/2021",
        "31.02.2021",
        "2021年13月",
        "2021년 2월 30일",
        "30 February 2021",
        "1899",
        "2101",
        "0000",
        "1899-12-31",
        "March 1850",
        "9999-01-01",
    ],
)
def test_parse_date_invalid(text: str) -> None:
    for language in LANGUAGES:
        assert error_of(parse_date, text, language=language) == "error-date-invalid", language


@pytest.mark.parametrize(
    "text",
    [
        "foo",
        "yesterday",
        "Foo 2021",
        "21",
        "20210311",
        "11.03.21",
        "3/21",
        "2021-03-11-05",
        "2021-03/11",
        "March",
        "March 11",
        "11 2021",
        "2021 March",
        "abc 11 2021",
        "🙂",
        "2021-03-11T10:00",
    ],
)
def test_parse_date_format(text: str) -> None:
    assert error_of(parse_date, text, language="en") == "error-date-format"


def test_parse_date_empty() -> None:
    assert error_of(parse_date, "  ", language="en") == "error-empty"


def test_partial_date_helpers() -> None:
    assert PartialDate(2021, None, None).iso() == "2021"
    assert PartialDate(2021, 3, None).iso() == "2021-03"
    assert PartialDate(2021, 3, 11).iso() == "2021-03-11"
    assert PartialDate(2021, None, None).to_date() == date(2021, 1, 1)
    assert PartialDate(2021, 3, None).to_date() == date(2021, 3, 1)
    assert PartialDate(2021, 3, 11).to_date() == date(2021, 3, 11)
    assert PartialDate(2021) == PartialDate(2021, None, None)


@pytest.mark.parametrize(
    ("year", "month", "day"), [(2021, None, 3), (2021, 13, None), (2021, 2, 30), (0, None, None)]
)
def test_partial_date_rejects_impossible_values(year: int, month: int | None, day: int | None) -> None:
    with pytest.raises(ValueError):
        PartialDate(year, month, day)


# --------------------------------------------------------------------------- properties

amounts = st.one_of(
    st.integers(min_value=0, max_value=10**12 - 1),
    st.sampled_from([0, 7, 999, 1000, 1234, 10000, 100000, 565548, 1000000, 10**12 - 1]),
)


@settings(max_examples=150, deadline=None)
@given(n=amounts, language=st.sampled_from(LANGUAGES))
def test_babel_formatted_integers_parse_back(n: int, language: str) -> None:
    formatted = format_decimal(n, locale=BABEL_LOCALES[language])
    assert parse_money(formatted, language=language) == n
    assert parse_integer(formatted, language=language) == n


@settings(max_examples=150, deadline=None)
@given(
    n=amounts,
    language=st.sampled_from(LANGUAGES),
    digits=st.sampled_from([to_fullwidth, to_arabic_indic, to_persian]),
)
def test_babel_formatted_integers_in_other_digits_parse_back(n: int, language: str, digits: object) -> None:
    assert callable(digits)
    formatted = digits(format_decimal(n, locale=BABEL_LOCALES[language]))
    assert isinstance(formatted, str)
    assert parse_money(formatted, language=language) == n
    assert parse_integer(formatted, language=language) == n


@settings(max_examples=150, deadline=None)
@given(
    cents=st.integers(min_value=0, max_value=10**11),
    places=st.sampled_from([1, 2]),
    language=st.sampled_from(LANGUAGES),
)
def test_babel_formatted_decimals_parse_back(cents: int, places: int, language: str) -> None:
    value = Decimal(cents).scaleb(-places)
    formatted = format_decimal(value, locale=BABEL_LOCALES[language], decimal_quantization=False)
    assert parse_number(formatted, language=language) == value
    assert parse_money(formatted, language=language) == value


MONEYISH = st.text(
    alphabet="0123456789０٣۴.,٫٬ \u00a0-+−¥元万千亿kKmM백만천억wyuanRMB🙂eé\u200f", max_size=20
)


@settings(max_examples=300, deadline=None)
@given(text=st.one_of(st.text(), MONEYISH), language=st.sampled_from([*LANGUAGES, "xx"]))
def test_parsers_only_raise_answer_error(text: str, language: str) -> None:
    try:
        result = parse_money(text, language=language)
    except AnswerError:
        pass
    else:
        assert isinstance(result, Decimal)
        assert result.is_finite()
    for parser in (parse_number, parse_integer, parse_date):
        with contextlib.suppress(AnswerError):
            parser(text, language=language)


@st.composite
def partial_dates(draw: st.DrawFn) -> PartialDate:
    year = draw(st.integers(min_value=1900, max_value=2100))
    month = draw(st.none() | st.integers(min_value=1, max_value=12))
    if month is None:
        return PartialDate(year, None, None)
    last_day = calendar.monthrange(year, month)[1]
    day = draw(st.none() | st.integers(min_value=1, max_value=last_day))
    return PartialDate(year, month, day)


@settings(max_examples=200, deadline=None)
@given(value=partial_dates(), language=st.sampled_from(LANGUAGES))
def test_iso_round_trips(value: PartialDate, language: str) -> None:
    assert parse_date(value.iso(), language=language) == value
    assert value.to_date().isoformat().startswith(value.iso())
