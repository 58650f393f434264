"""The editors' command line: python -m conversations check | diagram | stats | verdict."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from conversations.__main__ import main
from conversations.loading import DEFAULT_CONTENT, load_content
from tests.tiny_content import write_tiny

SCENARIOS = Path(__file__).parent / "scenarios"
BEIJING = """\
goal: settle
age: 35
work_city: beijing
highest_degree: master
clean_record: yes
medical_check: yes
china_work_start: 2016-09
days_in_china_each_year: yes
pr_lowest_salary: "565,548"
pr_lowest_tax: "113,110"
pr_salary_year_1: "565,548"
pr_salary_year_2: "565,548"
pr_salary_year_3: "565,548"
pr_salary_year_4: "565,548"
pr_tax_year_1: "113,110"
pr_tax_year_2: "113,110"
pr_tax_year_3: "113,110"
pr_tax_year_4: "113,110"
pr_years_continuous: yes
employer_recommendation: yes
china_ties: [none]
"""


def test_check_passes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # The real content's check is in test_content_checks; a tiny content keeps this one quick.
    root = write_tiny(tmp_path / "tiny")
    assert main(["--content", str(root), "check", "--as-of", "2026-11-28"]) == 0
    out = capsys.readouterr().out
    assert out.splitlines() == [
        "Checked tiny 1 as of 2026-11-28",
        "note: completeness: every combination of representative answers enumerated (54 paths at 3 dates)",
        "warning: parameters/min_age.yaml: last verified 2026-01-01, 331 days before 2026-11-28 (limit 180)",
        "0 problem(s), 1 warning(s)",
    ]
    assert main(["--content", str(root), "check", "--as-of", "2026-11-28", "--stale-days", "365"]) == 0
    assert "warning:" not in capsys.readouterr().out


def test_check_reports_problems(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = write_tiny(tmp_path / "tiny", flow=("ask_if: \"goal == 'work'\"", "ask_if: \"goal == 'work' and false\""))
    assert main(["--content", str(root), "check", "--as-of", "2026-11-28"]) == 1
    out = capsys.readouterr().out
    assert "problem: flow.yaml: steps.1 (question 'age'): question 'age' is never asked" in out
    assert out.rstrip().endswith("problem(s), 1 warning(s)")


def test_check_fails_on_broken_content(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = tmp_path / "china"
    shutil.copytree(DEFAULT_CONTENT, root)
    wp_a = root / "routes" / "wp_a.yaml"
    wp_a.write_text(wp_a.read_text().replace("met_if: \"'senior_post' in achievements\"",
                                             "met_if: \"'senior_post' in achievements or eligible('r_visa')\""))
    assert main(["--content", str(root), "check", "--as-of", "2026-11-28"]) == 1
    out = capsys.readouterr().out
    assert "problem: routes/wp_a.yaml: the route depends on itself through eligible(): wp_a -> r_visa -> wp_a" in out
    assert "note: the flow was not explored: a route depends on itself" in out
    flow = root / "flow.yaml"
    flow.write_text(flow.read_text().replace("work_city == 'other'", "work_city == 'macau'", 1))
    assert main(["--content", str(root), "check"]) == 1
    assert "is not a choice of question 'work_city'" in capsys.readouterr().err


def test_diagram(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["diagram"]) == 0
    out = capsys.readouterr().out
    content = load_content()
    assert out.startswith("flowchart TD\n")
    for question in content.questions:
        assert f"    q_{question}[" in out
    for route in content.routes:
        assert f"        r_{route.spec.id}[[" in out
    # Questions in order, each condition on the edge into its question, and a way around it.
    assert "    q_goal --> j_age\n" in out and "    j_age -->|\"is_foreign_national\"| q_age\n" in out
    assert ("    j_job_kind -->|\"wants_work and not eligible('wp_a') and not eligible('wp_b')\"| q_job_kind\n"
            in out)
    assert "    j_job_kind -.->|\"otherwise\"| j_days_in_china_each_year\n" in out
    assert "years_working_in_china #gt;= 4" in out  # escaped for Mermaid
    assert "    j_no_relatives_abroad -.->|\"otherwise\"| verdict\n" in out
    # Routes with the questions they read themselves, and the routes they ask about.
    assert "    q_annual_salary -.-> r_wp_a\n" in out
    assert "    q_other_city_region -.-> r_wp_a\n" in out  # through the points table
    assert "    q_china_work_start -.-> r_pr_salary_tax\n" in out
    assert "    q_annual_salary -.-> r_r_visa\n" not in out  # only through eligible('wp_a')
    assert "    r_wp_a ==>|\"eligible\"| r_r_visa\n" in out
    assert "    r_wp_c ==>|\"eligible\"| r_z_visa\n" in out  # through the derived has_qualifying_work_permit


def test_stats(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    for name in ("pr_family_and_origin.yaml", "k_visa.yaml"):
        shutil.copy(SCENARIOS / name, tmp_path / name)
    assert main(["stats", "--scenarios", str(tmp_path)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == f"15 scenarios in {tmp_path}"
    assert out[1] == "questions asked to reach a verdict: min 8, median 12, max 14"
    assert out[2:] == ["  8 | ###### 6", "  9 |", " 10 |", " 11 |", " 12 | ##### 5", " 13 |", " 14 | #### 4"]


def test_stats_reports_scenarios_without_a_verdict(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "short.yaml").write_text("name: short\nas_of: 2021-03-11\nanswers: {goal: settle}\n")
    assert main(["stats", "--scenarios", str(tmp_path)]) == 1
    assert "no verdict: short.yaml: short: the engine asked 'age', which has no answer" in capsys.readouterr().out


def test_verdict(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    answers = tmp_path / "answers.yaml"
    answers.write_text(BEIJING)
    assert main(["verdict", "--as-of", "2021-03-11", "--answers", str(answers)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Verdict as of 2021-03-11 (content ")
    assert "Questions asked (21): goal=settle, age=35, work_city=beijing," in out
    # On the article's date Beijing's 2019 figure was in force, not the 2018 one the article used.
    assert "pr_salary_tax [permanent_residence]: not_eligible (confidence confirmed)" in out
    assert "  not_met  salary_6x (any of group 1): 565,548 cny_per_year against 636,984 cny_per_year" in out
    assert "uses local_average_wage[beijing] = 106,164 cny_per_year (from 2020-07-01, reference year 2019, " \
           "series all_urban_units, valid until 2021-06-30; sources beijing_wage_series)" in out
    assert "wp_a [work_permit]: not_applicable" in out


def test_verdict_with_a_missing_answer(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    answers = tmp_path / "answers.yaml"
    answers.write_text(BEIJING.replace('pr_lowest_tax: "113,110"\n', "").replace("goal: settle", "goal: settle\nx: 1"))
    assert main(["verdict", "--as-of", "2021-03-11", "--answers", str(answers)]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert "problem: the engine asked 'pr_lowest_tax', which has no answer" in captured.err


def test_verdict_reads_a_scenario_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    scenario = tmp_path / "one.yaml"
    scenario.write_text("name: one\nas_of: 2026-03-01\nanswers:\n" + "".join(f"  {line}\n" for line in
                                                                          BEIJING.splitlines()))
    assert main(["verdict", "--answers", str(scenario)]) == 0
    assert "Verdict as of 2026-03-01" in capsys.readouterr().out


# --- diff ------------------------------------------------------------------------------------------------
def test_diff_of_identical_contents(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    copy = tmp_path / "china"
    shutil.copytree(DEFAULT_CONTENT, copy)
    flow = copy / "flow.yaml"
    flow.write_text("# a comment only: the rules are the same\n" + flow.read_text(encoding="utf-8"), encoding="utf-8")
    assert main(["diff", str(DEFAULT_CONTENT), str(copy)]) == 0
    out = capsys.readouterr().out.splitlines()
    fingerprint = load_content().fingerprint
    assert out[0].endswith(f"fingerprint {fingerprint}") and out[1].endswith(f"fingerprint {fingerprint}")
    assert out[2:] == ["no differences"]


def test_diff_names_a_changed_wage_its_old_and_new_value(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    copy = tmp_path / "china"
    shutil.copytree(DEFAULT_CONTENT, copy)
    wage = copy / "parameters" / "local_average_wage" / "beijing.yaml"
    wage.write_text(wage.read_text(encoding="utf-8").replace("value: 143244", "value: 150000")
                    + "  2026-07-01: {value: 151000, reference_year: 2025, sources: [beijing_wage_series]}\n",
                    encoding="utf-8")
    route = copy / "routes" / "pr_child.yaml"
    route.write_text(route.read_text(encoding="utf-8").replace('threshold: "18"', 'threshold: "16"'), encoding="utf-8")
    (copy / "routes" / "k_visa.yaml").unlink()
    assert main(["diff", str(DEFAULT_CONTENT), str(copy)]) == 1
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith(f"old: {DEFAULT_CONTENT} (china_work_and_residence ")
    assert out[1].startswith(f"new: {copy} (china_work_and_residence ")
    assert out[2:] == [
        "value changed: local_average_wage[beijing] from 2025-07-01: 143,244 -> 150,000 cny_per_year "
        "(sources beijing_wage_series, beijing_wage_2024, wp_salary_enforcement_2026)",
        "dated value added: local_average_wage[beijing] from 2026-07-01: 151,000 cny_per_year "
        "(sources beijing_wage_series)",
        "route removed: k_visa",
        "criterion changed: pr_child.minor: threshold",
        "4 difference(s)",
    ]


def test_diff_of_a_content_that_does_not_load(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["diff", str(DEFAULT_CONTENT), str(tmp_path / "missing")]) == 2
    assert "content folder not found" in capsys.readouterr().err
