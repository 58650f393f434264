"""Typed answers in Vietnamese, Thai, Indonesian, Hindi and Urdu: their digits, lakh and crore grouping,
their words for thousands and years, their month names, Thai Buddhist-era years; and Arabic's
Levantine month names."""

from __future__ import annotations

from decimal import Decimal

import pytest

from conversations.input_parsing import AnswerError, PartialDate, parse_date, parse_integer, parse_money


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("5,65,548", "hi", 565548), ("५,६५,५४८", "hi", 565548), ("5.6 लाख", "hi", 560000), ("1 करोड़", "hi", 10**7),
    ("۵,۶۵,۵۴۸", "ur", 565548), ("٥٦٥٥٤٨", "ur", 565548), ("5.6 لاکھ", "ur", 560000), ("565,548 یوآن", "ur", 565548),
    ("๕๖๕,๕๔๘", "th", 565548), ("5.6 แสน", "th", 560000), ("56.5 หมื่น", "th", 565000), ("565548 หยวน", "th", 565548),
    ("565.548", "vi", 565548), ("565 nghìn", "vi", 565000), ("5,6 triệu", "vi", 5600000), ("565.548 tệ", "vi", 565548),
    ("565.548", "id", 565548), ("565 ribu", "id", 565000), ("5,6 juta", "id", 5600000),
    ("1,00,00,000", "en", 10**7),  # Indian grouping is read in every language: it has no other meaning
])
def test_amounts(text: str, language: str, expected: int) -> None:
    assert parse_money(text, language=language) == Decimal(expected)


@pytest.mark.parametrize(("text", "language"), [("5,6,548", "hi"), ("56,55,48", "hi"), ("५,६५,५४८ रुपये", "hi")])
def test_malformed_amounts_are_refused(text: str, language: str) -> None:
    with pytest.raises(AnswerError):
        parse_money(text, language=language)


@pytest.mark.parametrize(("text", "language"), [
    ("๓๐ ปี", "th"), ("३० साल", "hi"), ("۳۰ سال", "ur"), ("30 tuổi", "vi"), ("30 tahun", "id"),
])
def test_ages_with_year_words(text: str, language: str) -> None:
    assert parse_integer(text, language=language) == 30


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("tháng 3 2021", "vi", PartialDate(2021, 3)), ("tháng 3 năm 2021", "vi", PartialDate(2021, 3)),
    ("11 tháng 3, 2021", "vi", PartialDate(2021, 3, 11)),
    ("มีนาคม 2564", "th", PartialDate(2021, 3)), ("มีนาคม 2021", "th", PartialDate(2021, 3)),
    ("๑ มีนาคม ค.ศ. ๒๐๒๑", "th", PartialDate(2021, 3, 1)), ("พ.ศ. 2564", "th", PartialDate(2021)),
    ("Maret 2021", "id", PartialDate(2021, 3)), ("मार्च २०२१", "hi", PartialDate(2021, 3)),
    ("مارچ ۲۰۲۱", "ur", PartialDate(2021, 3)), ("1 مارچ، 2025", "ur", PartialDate(2025, 3, 1)),
    ("آذار 2021", "ar", PartialDate(2021, 3)), ("كانون الثاني 2021", "ar", PartialDate(2021, 1)),
    ("مارس 2021", "ar", PartialDate(2021, 3)),
])
def test_dates(text: str, language: str, expected: PartialDate) -> None:
    assert parse_date(text, language=language) == expected


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("565.548", "vi", 565548), ("56,5万", "vi", 565000), ("565 nghìn", "vi", 565000), ("0,5 triệu", "vi", 500000),
    ("56,5万", "id", 565000), ("565 ribu", "id", 565000), ("0,5 juta", "id", 500000),
    ("5.65 แสน", "th", 565000), ("0.5 ล้าน", "th", 500000), ("5 लाख", "hi", 500000), ("5,00,000", "hi", 500000),
    ("5 لاکھ", "ur", 500000), ("5,65,548", "ur", 565548),
])
def test_the_examples_the_hints_give_are_read(text: str, language: str, expected: int) -> None:
    """hint-money and hint-money-usd show these in each language: they must be accepted as shown."""
    assert parse_money(text, language=language) == Decimal(expected)
