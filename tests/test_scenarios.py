"""Scenario files (tests/scenarios/*.yaml): answers replayed through the engine, expectations checked.

Each scenario is one test. The runner itself is tested below: a scenario must fail when the engine asks a
question it has no answer for, when an answer is left unused, and when an expectation is not met.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from conversations.engine import Interview
from conversations.loading import load_content
from conversations.scenarios import Scenario, ScenarioError, load_file, load_folder, replay, run

SCENARIOS = Path(__file__).parent / "scenarios"
ALL = load_folder(SCENARIOS)


@pytest.fixture(scope="module")
def interview() -> Interview:
    return Interview(load_content())


@pytest.mark.parametrize("scenario", ALL, ids=[f"{s.source}: {s.name}" for s in ALL])
def test_scenario(interview: Interview, scenario: Scenario) -> None:
    result, problems = run(interview, scenario)
    assert not problems, "\n".join(problems)
    assert result.verdict is not None


def test_the_required_scenarios_exist() -> None:
    files = {s.source for s in ALL}
    assert len(ALL) >= 40
    for required in ("pr_salary_tax_beijing_2021.yaml", "work_permit_points.yaml", "work_permit_age.yaml",
                     "work_permit_category_c.yaml", "pr_four_years.yaml", "unknown_answers.yaml", "k_visa.yaml",
                     "local_average_wage.yaml", "pr_family_and_origin.yaml", "settle_not_started.yaml"):
        assert required in files


BEIJING = {"goal": "settle", "age": 35, "work_city": "beijing", "highest_degree": "master", "clean_record": True,
           "medical_check": True, "china_work_start": "2016-06", "days_in_china_each_year": True,
           "pr_lowest_salary": "636,984", "pr_lowest_tax": "127,397", "employer_recommendation": True,
           "pr_years_continuous": True, "china_ties": ["none"]}
ARTICLE = date(2021, 3, 11)
ARTICLE_FIGURE_IN_FORCE = date(2020, 6, 30)  # the last day Beijing's 2018 figure (the article's) was current


def test_a_missing_answer_fails(interview: Interview) -> None:
    answers = {k: v for k, v in BEIJING.items() if k != "pr_lowest_tax"}
    result = replay(interview, answers, ARTICLE)
    assert result.verdict is None
    assert result.problems == ["the engine asked 'pr_lowest_tax', which has no answer"]


def test_an_unused_answer_fails_unless_marked(interview: Interview) -> None:
    answers = {**BEIJING, "job_kind": "seasonal"}
    assert replay(interview, answers, ARTICLE).problems == ["answers never asked for: job_kind"]
    assert replay(interview, answers, ARTICLE, unused_ok=["job_kind"]).problems == []
    assert replay(interview, answers, ARTICLE, unused_ok=True).problems == []


def test_a_rejected_answer_fails(interview: Interview) -> None:
    result = replay(interview, {**BEIJING, "age": "a hundred and fifty"}, ARTICLE)
    assert result.verdict is None
    assert result.problems and "'age' was rejected: error-not-a-number" in result.problems[0]
    result = replay(interview, {**BEIJING, "goal": "retire"}, ARTICLE)
    assert "error-stale-button" in result.problems[0]


def test_an_unmet_expectation_fails(interview: Interview) -> None:
    scenario = Scenario.model_validate({
        "name": "wrong on purpose", "as_of": ARTICLE_FIGURE_IN_FORCE, "answers": BEIJING,
        "expect": {"questions_asked_at_most": 5, "routes": {"pr_salary_tax": {"status": "not_eligible",
                                                                              "criteria": {"salary_6x": "not_met"}}},
                   "thresholds": {"pr_salary_tax.salary_6x": 565547}, "points": {"work_permit": 1},
                   "not_asked": ["age"]},
    })
    _, problems = run(interview, scenario)
    assert problems == [
        "13 questions asked, expected at most 5",
        "'age' was asked",
        "pr_salary_tax: eligible, expected not_eligible",
        "pr_salary_tax.salary_6x: met, expected not_met",
        "pr_salary_tax.salary_6x: threshold 565548, expected 565547",
        "points work_permit: 15..100, expected 1..1",
    ]


def test_an_expectation_naming_nothing_fails(interview: Interview) -> None:
    scenario = Scenario.model_validate({"name": "typo", "as_of": ARTICLE, "answers": BEIJING,
                                        "expect": {"thresholds": {"pr_salary_tax.salary_7x": 1}}})
    assert run(interview, scenario)[1] == ["the verdict has no 'pr_salary_tax.salary_7x'"]


def test_scenario_files_refuse_unknown_keys_and_duplicates(tmp_path: Path) -> None:
    (tmp_path / "typo.yaml").write_text("- name: x\n  as_of: 2021-03-11\n  answers: {}\n  expcet: {}\n")
    with pytest.raises(ScenarioError, match=r"typo.yaml: scenario 0: expcet: Extra inputs"):
        load_file(tmp_path / "typo.yaml")
    (tmp_path / "twice.yaml").write_text("name: x\nas_of: 2021-03-11\nanswers: {age: 30, age: 31}\n")
    with pytest.raises(ScenarioError, match=r"twice.yaml: duplicate key 'age'"):
        load_file(tmp_path / "twice.yaml")
