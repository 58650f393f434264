"""Rule-change re-checks: outcome snapshots, the changes the rules (not time) make, and the rules key."""

from __future__ import annotations

import shutil
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conversations.compiled import Content
from conversations.engine import Interview
from conversations.follow_up import verdict_on
from conversations.loading import DEFAULT_CONTENT, load_content
from conversations.rechecks import (
    FigureUsed,
    OutcomeSnapshot,
    RouteChange,
    RouteOutcome,
    RouteSnapshot,
    changes,
    rules_key,
    snapshot,
)
from conversations.scenarios import replay
from conversations.session import Session

DAY = date(2026, 3, 1)
# Settling in Beijing after 5 years, 800,000 a year at the lowest: short of 6 x 143,244 = 859,464 (Beijing's
# 2024 average, in force from 2025-07-01), above 6 x 130,000 = 780,000.
SETTLER: dict[str, Any] = {
    "goal": "settle", "age": 38, "work_city": "beijing", "highest_degree": "bachelor", "clean_record": "yes",
    "medical_check": "yes", "china_work_start": "2021-01", "days_in_china_each_year": "yes",
    "pr_lowest_salary": "800,000", "pr_lowest_tax": "170,000", "pr_years_continuous": "yes",
    "employer_recommendation": "yes", "china_ties": ["none"],
    **{f"pr_salary_year_{n}": "800,000" for n in range(1, 5)}, **{f"pr_tax_year_{n}": "170,000" for n in range(1, 5)},
}


@pytest.fixture(scope="module")
def content() -> Content:
    return load_content()


@pytest.fixture(scope="module")
def lower_wage(tmp_path_factory: pytest.TempPathFactory) -> Content:
    """The same content with Beijing's 2024 average corrected from 143,244 down to 130,000."""
    root = tmp_path_factory.mktemp("content") / "china"
    shutil.copytree(DEFAULT_CONTENT, root)
    wage = root / "parameters" / "local_average_wage" / "beijing.yaml"
    text = wage.read_text(encoding="utf-8")
    assert text.count("value: 143244") == 1
    wage.write_text(text.replace("value: 143244", "value: 130000"), encoding="utf-8")
    return load_content(root)


def session_of(content: Content, answers: dict[str, Any], today: date) -> Session:
    result = replay(Interview(content), answers, today, unused_ok=True)
    assert result.session is not None and result.verdict is not None, result.problems
    return result.session.model_copy(update={"as_of": None})


def outcome(content: Content, session: Session, day: date) -> OutcomeSnapshot:
    return snapshot(verdict_on(Interview(content), session, day), rules_key(content, day))


def beijing_2024(value: int, *, stale: bool = False) -> FigureUsed:
    return FigureUsed(parameter="local_average_wage", key="beijing", value=value, unit="cny_per_year",
                      effective=date(2025, 7, 1), sources=["beijing_wage_series", "beijing_wage_2024",
                                                           "wp_salary_enforcement_2026"],
                      stale=stale, reference_year=2024)


def test_a_new_figure_that_opens_a_route_is_one_change_naming_it(content: Content, lower_wage: Content) -> None:
    session = session_of(content, SETTLER, DAY)
    before, after = outcome(content, session, DAY), outcome(lower_wage, session, DAY)
    assert before.routes["pr_salary_tax"].outcome is RouteOutcome.NOT_MET
    assert after.routes["pr_salary_tax"].outcome is RouteOutcome.MET
    found = changes(before, after)
    assert [(c.route, c.before, c.after, c.rules_changed) for c in found] == [
        ("pr_salary_tax", RouteOutcome.NOT_MET, RouteOutcome.MET, True)]
    [figure] = found[0].figures
    assert (figure.parameter, figure.key) == ("local_average_wage", "beijing")
    assert figure.before == beijing_2024(143244)
    assert figure.after == beijing_2024(130000)
    # And back, when the correction is withdrawn.
    assert [(c.before, c.after) for c in changes(after, before)] == [(RouteOutcome.MET, RouteOutcome.NOT_MET)]


def test_a_person_the_change_does_not_move_hears_nothing(content: Content, lower_wage: Content) -> None:
    session = session_of(content, {**SETTLER, "pr_lowest_salary": "900,000", "pr_lowest_tax": "180,000"}, DAY)
    assert changes(outcome(content, session, DAY), outcome(lower_wage, session, DAY)) == []
    assert changes(outcome(content, session, DAY), outcome(content, session, DAY)) == []


def test_a_route_opened_by_time_alone_is_not_a_rule_change(content: Content) -> None:
    # Four years from March 2022 are reached on 2026-03-01; nothing else moves that day.
    session = session_of(content, {**SETTLER, "china_work_start": "2022-03", "pr_lowest_salary": "900,000",
                                   "pr_lowest_tax": "180,000"}, DAY)
    before = outcome(content, session, DAY - timedelta(days=1))
    after = outcome(content, session, DAY)
    assert before.routes["pr_salary_tax"].outcome is RouteOutcome.NOT_MET
    assert after.routes["pr_salary_tax"].outcome is RouteOutcome.MET
    assert before.rules == after.rules
    assert changes(before, after) == []


def test_a_figure_going_stale_is_a_change_of_the_rules_in_force(content: Content) -> None:
    # Beijing's 2024 figure is valid until 2026-06-30: a pass on it is only "to be confirmed" after.
    session = session_of(content, {**SETTLER, "pr_lowest_salary": "900,000", "pr_lowest_tax": "180,000"}, DAY)
    before, after = outcome(content, session, date(2026, 6, 30)), outcome(content, session, date(2026, 7, 1))
    [change] = changes(before, after)
    assert (change.route, change.before, change.after, change.rules_changed) == (
        "pr_salary_tax", RouteOutcome.MET, RouteOutcome.UNKNOWN, False)
    assert [(f.before, f.after) for f in change.figures] == [(beijing_2024(143244), beijing_2024(143244, stale=True))]


def test_not_applicable_and_not_met_are_both_closed() -> None:
    key = "aaaa:bbbb"
    old = OutcomeSnapshot(rules=key, as_of=DAY, routes={
        "r": RouteSnapshot(outcome=RouteOutcome.NOT_APPLICABLE, figures=[])})
    new = OutcomeSnapshot(rules="cccc:bbbb", as_of=DAY, routes={
        "r": RouteSnapshot(outcome=RouteOutcome.NOT_MET, figures=[beijing_2024(1)])})
    assert changes(old, new) == []
    # A route the new content adds, met straight away, is news (the content changed).
    opened = OutcomeSnapshot(rules="cccc:bbbb", as_of=DAY, routes={
        "r": RouteSnapshot(outcome=RouteOutcome.NOT_APPLICABLE, figures=[]),
        "new": RouteSnapshot(outcome=RouteOutcome.MET, figures=[])})
    assert changes(old, opened) == [RouteChange(route="new", before=RouteOutcome.NOT_APPLICABLE,
                                                after=RouteOutcome.MET, figures=(), rules_changed=True)]


def test_a_snapshot_survives_json(content: Content) -> None:
    session = session_of(content, SETTLER, DAY)
    stored = outcome(content, session, DAY)
    assert stored.routes["pr_salary_tax"].figures  # the route used dated figures
    assert OutcomeSnapshot.model_validate_json(stored.model_dump_json()) == stored
    assert set(stored.routes) == {route.spec.id for route in content.routes}


# --- the rules key -------------------------------------------------------------------------------------
def boundaries(content: Content) -> list[date]:
    """The days a dated value comes into force or goes stale."""
    parameters = [*content.parameters.values(), *(p for table in content.tables.values() for p in table.values())]
    days = {effective for p in parameters for effective in p.values}
    days |= {entry.valid_until + timedelta(days=1) for p in parameters for entry in p.values.values()
             if entry.valid_until is not None}
    return sorted(days)


def test_the_rules_key_moves_when_a_figure_comes_into_force_or_goes_stale(content: Content) -> None:
    # Beijing's 2024 average comes into force on 2025-07-01 and is valid until 2026-06-30.
    assert rules_key(content, date(2025, 6, 30)) != rules_key(content, date(2025, 7, 1))
    assert rules_key(content, date(2026, 6, 30)) != rules_key(content, date(2026, 7, 1))
    assert rules_key(content, date(2025, 7, 1)) == rules_key(content, date(2025, 7, 2))


def test_the_rules_key_moves_with_the_content(content: Content, lower_wage: Content) -> None:
    assert content.fingerprint != lower_wage.fingerprint
    assert rules_key(content, DAY) != rules_key(lower_wage, DAY)
    assert rules_key(content, DAY).split(":")[1] == rules_key(lower_wage, DAY).split(":")[1]
    assert load_content().fingerprint == content.fingerprint  # loading again gives the same


@settings(deadline=None)  # the first example loads the content
@given(st.dates(min_value=date(2018, 1, 1), max_value=date(2032, 12, 31)))
def test_the_rules_key_is_the_same_on_every_day_between_boundaries(day: date) -> None:
    content = _loaded()
    earlier = [b for b in boundaries(content) if b <= day]
    if earlier:
        assert rules_key(content, day) == rules_key(content, earlier[-1])


def test_comments_and_editors_notes_do_not_change_the_fingerprint(tmp_path: Path, content: Content) -> None:
    root = tmp_path / "china"
    shutil.copytree(DEFAULT_CONTENT, root)
    wage = root / "parameters" / "local_average_wage" / "beijing.yaml"
    text = wage.read_text(encoding="utf-8")
    text = text.replace("last_verified: ", "# a comment\nlast_verified: ", 1)
    text = text.replace("note: \"9,407 a month\"", "note: \"9,407 a month (checked again)\"")
    wage.write_text(text, encoding="utf-8")
    flow = root / "flow.yaml"
    flow.write_text(flow.read_text(encoding="utf-8").replace("version: \"2026.11\"", "version: \"2026.12\""),
                    encoding="utf-8")
    edited = load_content(root)
    assert edited.version == "2026.12"
    assert edited.fingerprint == content.fingerprint


_CACHE: dict[str, Content] = {}


def _loaded() -> Content:
    if "content" not in _CACHE:
        _CACHE["content"] = load_content()
    return _CACHE["content"]


def _wage(year: int, value: int) -> FigureUsed:
    return FigureUsed(parameter="local_average_wage", key="beijing", value=value, unit="cny_per_year",
                      effective=date(year + 1, 7, 1), sources=["beijing_wage_series"], reference_year=year)


def test_a_new_figure_is_shown_against_the_one_it_follows_not_the_year_that_left_the_window() -> None:
    """A year on, the four years compared move on by one (2021 leaves, 2025 stays as a past year) and a new
    figure is in force: the person is told 150,000 -> 170,000, not 127,536 -> 170,000."""
    before = [_wage(2021, 127536), _wage(2022, 135564), _wage(2023, 141132), _wage(2024, 143244),
              _wage(2025, 150000)]
    after = [_wage(2022, 135564), _wage(2023, 141132), _wage(2024, 143244), _wage(2025, 150000),
             _wage(2026, 170000)]
    old = OutcomeSnapshot(rules="a:1", as_of=date(2026, 12, 3),
                          routes={"r": RouteSnapshot(outcome=RouteOutcome.MET, figures=before)})
    new = OutcomeSnapshot(rules="a:2", as_of=date(2027, 7, 1),
                          routes={"r": RouteSnapshot(outcome=RouteOutcome.UNKNOWN, figures=after)})
    [change] = changes(old, new)
    assert [(f.before, f.after) for f in change.figures] == [(_wage(2025, 150000), _wage(2026, 170000))]
