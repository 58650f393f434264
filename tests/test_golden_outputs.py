"""The rendered verdict summary and one "Why?" detail, per scenario file and language, match the reviewed
golden files (tests/golden/). After a deliberate change: ``python -m tests.golden_outputs``, then review
the diff."""

from __future__ import annotations

import pytest

from tests.golden_outputs import GOLDEN, cases, golden_path, render

CASES = cases()


@pytest.mark.parametrize(("scenario_file", "language"), CASES, ids=[f"{s}-{lang}" for s, lang in CASES])
def test_rendering_matches_the_golden_file(scenario_file: str, language: str) -> None:
    path = golden_path(scenario_file, language)
    assert path.exists(), f"{path} is missing: run python -m tests.golden_outputs"
    assert render(scenario_file, language) == path.read_text(encoding="utf-8"), (
        f"{scenario_file} in {language} renders differently from {path}; if the change is deliberate, run "
        "python -m tests.golden_outputs and review the diff")


def test_no_golden_file_is_left_over() -> None:
    expected = {golden_path(*case) for case in CASES}
    assert set(GOLDEN.rglob("*.txt")) <= expected
