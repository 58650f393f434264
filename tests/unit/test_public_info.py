"""City names in any language, and the thresholds /threshold shows."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from bot.public_info import CityDirectory
from conversations.loading import load_content
from locales import load_catalog

CITIES = CityDirectory(load_content(), load_catalog())


@pytest.mark.parametrize("text", ["Beijing", "beijing", "BEIJING!", "北京", " Beijing "])
def test_city_names_match(text: str) -> None:
    assert CITIES.find(text) == "beijing"


@pytest.mark.parametrize("text", ["", "Atlantis", "🙂", "x" * 200])
def test_unknown_cities(text: str) -> None:
    assert CITIES.find(text) is None


def test_every_language_names_each_city() -> None:
    catalog = load_catalog()
    for code in catalog.codes:
        for key, label in CITIES.labels.items():
            assert CITIES.find(catalog.text(code, label)) == key


def test_beijing_thresholds_in_2026() -> None:
    info = CITIES.thresholds("beijing", date(2026, 3, 1))
    assert info.wage == Decimal(143244) and info.reference_year == 2024
    assert info.work_permit_a == Decimal(859464) and info.work_permit_b == Decimal(572976)
    assert info.permanent_residence == Decimal(859464) and info.permanent_residence_tax == Decimal(171893)


def test_beijing_thresholds_as_in_the_2021_article() -> None:
    # The article's 2018 figure was current until June 2020; on its date the 2019 figure was in force.
    info = CITIES.thresholds("beijing", date(2020, 6, 30))
    assert info.permanent_residence == Decimal(565548) and info.permanent_residence_tax == Decimal(113110)
    info = CITIES.thresholds("beijing", date(2021, 3, 11))
    assert info.permanent_residence == Decimal(636984) and info.permanent_residence_tax == Decimal(127397)


def test_a_reference_only_figure_is_not_given_as_a_threshold() -> None:
    # Hangzhou's statistics-bureau average is a guide in the interview, never a bar stated in public.
    assert CITIES.thresholds("hangzhou", date(2026, 3, 1)).wage is None


def test_shenzhen_has_no_current_figure() -> None:
    assert CITIES.thresholds("shenzhen", date(2026, 11, 28)).wage is None
