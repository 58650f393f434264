"""The structural checks of the content (conversations.checks): the real content passes, and each check
catches a broken copy of it. Breakages the loader already refuses are tested for a message that names
the file and the key."""

from __future__ import annotations

import dataclasses
import shutil
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest

from conversations import checks
from conversations.compiled import Content
from conversations.loading import DEFAULT_CONTENT, ContentError, load_content
from conversations.verdict import RouteStatus
from tests.tiny_content import write_tiny

AS_OF = date(2026, 11, 28)


@pytest.fixture(scope="module")
def content() -> Content:
    return load_content()


@pytest.fixture(scope="module")
def explorer(content: Content) -> checks.Explorer:
    """The default exploration of the real content (its sample is computed once, then shared)."""
    return checks.Explorer(content, as_of=AS_OF)


@pytest.fixture(scope="module")
def real_problems(content: Content, explorer: checks.Explorer) -> list[str]:
    return checks.run_all(content, explorer=explorer)


def broken(tmp_path: Path, edits: dict[str, tuple[str, str]]) -> Path:
    """A copy of the content folder with text replaced in some files (each replacement must apply)."""
    root = tmp_path / "china"
    shutil.copytree(DEFAULT_CONTENT, root)
    for relative, (old, new) in edits.items():
        path = root / relative
        text = path.read_text(encoding="utf-8")
        assert old in text, f"{relative}: {old!r} not found"
        path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return root


def small(content: Content) -> checks.Explorer:
    """A quick exploration: 30 random combinations, and a small budget for each targeted search."""
    return checks.Explorer(content, as_of=AS_OF, samples=30, cover=False, search_budget=300)


def loader_error(root: Path) -> str:
    with pytest.raises(ContentError) as caught:
        load_content(root)
    return str(caught.value)


# --- the real content ----------------------------------------------------------------------------------
def test_the_real_content_has_no_problems(real_problems: list[str]) -> None:
    assert real_problems == []


def test_the_report_says_it_sampled_and_warns(content: Content, explorer: checks.Explorer,
                                              real_problems: list[str]) -> None:
    report = checks.report(content, explorer=explorer)
    assert report.problems == real_problems
    (note,) = report.notes
    assert note.startswith("completeness: sampled 3") and "seed 20210311" in note and "not exhaustive" in note
    assert set(checks.stale_parameters(content, AS_OF)) <= set(report.warnings)
    assert "sources.yaml: pr_draft_2020: cited by nothing" in report.warnings  # the 2020 draft is context only


def test_every_route_reaches_each_expected_outcome(content: Content) -> None:
    expected = {r.spec.id: set(checks.expected_outcomes(content, r)) for r in content.routes}
    # The K visa reads only answers that are always known (age, degree, background) and figures that exist
    # whenever it is in force, so "eligible if confirmed" is not expected of it.
    assert RouteStatus.ELIGIBLE_IF_CONFIRMED not in expected["k_visa"]
    # The citizens' screen applies exactly when it holds: never "not eligible", never unknown.
    assert expected["chinese_citizen"] == {RouteStatus.ELIGIBLE, RouteStatus.NOT_APPLICABLE}
    assert all(RouteStatus.ELIGIBLE_IF_CONFIRMED in v for k, v in expected.items()
               if k not in {"k_visa", "chinese_citizen"})
    assert all(RouteStatus.NOT_APPLICABLE in v for v in expected.values())


def test_stale_parameters_are_warnings(content: Content) -> None:
    stale = checks.stale_parameters(content, AS_OF, max_age_days=180)
    assert "parameters/wp_min_age.yaml: last verified 2026-02-13, 288 days before 2026-11-28 (limit 180)" in stale
    assert checks.stale_parameters(content, AS_OF, max_age_days=365) == []
    assert checks.stale_parameters(content, date(2026, 2, 13), max_age_days=0) == []


def test_representative_answers_include_the_bars(content: Content) -> None:
    explorer = checks.Explorer(content, as_of=date(2021, 3, 11))
    salaries = {a.value for a in explorer.reps.answers("pr_lowest_salary", date(2021, 3, 11))}
    assert {636983, 636984, 636985} <= salaries  # 6x Beijing's 2019 figure, in use in March 2021
    assert 859464 not in salaries  # the 2024 figure is not in use yet
    assert {565547, 565548, 565549} <= {a.value for a in explorer.reps.answers("pr_lowest_salary", date(2020, 3, 11))}
    assert {859463, 859464} <= {a.value for a in explorer.reps.answers("pr_lowest_salary", date(2026, 3, 1))}
    taxes = {a.value for a in explorer.reps.answers("pr_lowest_tax", date(2021, 3, 11))}
    assert {127396, 127397} <= taxes
    ages = {a.value for a in explorer.reps.answers("age", date(2021, 3, 11))}
    assert {0, 17, 18, 25, 26, 39, 40, 45, 46, 55, 56, 59, 60, 61, 100} <= ages  # bounds, bars and points bands
    starts = {a.value for a in explorer.reps.answers("china_work_start", date(2021, 3, 11))}
    assert {"not_yet", "2017-03-11", "2017-03-12"} <= starts  # exactly 4 years, and a day short
    assert any(a.unknown for a in explorer.reps.answers("annual_salary", date(2021, 3, 11)))


# --- broken copies: the checks ---------------------------------------------------------------------------
def test_a_question_that_can_never_be_asked(tmp_path: Path) -> None:
    root = broken(tmp_path, {"flow.yaml": (
        "ask_if: \"wants_settle and 'senior_post_4_years' in china_ties\"",
        "ask_if: \"goal == 'work' and wants_settle and 'senior_post_4_years' in china_ties\"")})
    content = load_content(root)
    problems = checks.check_questions_reachable(content, small(content))
    # (The quick search of `small` may also miss the deep per-year questions; the full check finds them.)
    assert "flow.yaml: steps.32 (question 'post_residence'): question 'post_residence' is never asked: no " \
           "answers to the questions before it make its ask_if hold (goal == 'work' and wants_settle and " \
           "'senior_post_4_years' in china_ties)" in problems


def test_an_outcome_that_can_never_be_reached(tmp_path: Path) -> None:
    root = broken(tmp_path, {"routes/r_visa.yaml": ('met_if: "eligible(\'wp_a\')"',
                                                    'met_if: "eligible(\'wp_a\') and age > 100"')})
    content = load_content(root)
    explorer = checks.Explorer(content, as_of=AS_OF, samples=30, cover=False, search_budget=30)
    problems = checks.check_outcomes_reachable(content, explorer, routes=["r_visa"])
    # Its one criterion can no longer be true, so neither "eligible" nor "eligible if confirmed" happens.
    assert [p.split(" (")[0] for p in problems] == [
        "routes/r_visa.yaml: the outcome 'eligible' is never reached",
        "routes/r_visa.yaml: the outcome 'eligible_if_confirmed' is never reached"]
    assert "searched the answers to goal, age, work_city," in problems[0]


def test_criteria_that_raise_for_some_answers(tmp_path: Path) -> None:
    # Not a true-or-false value for some goals: the loader cannot see it, the completeness check can.
    root = broken(tmp_path, {
        "routes/wp_a.yaml": ("met_if: \"'postdoc' in achievements and age < 40\"",
                             "met_if: \"if(goal == 'work', age, age < 40)\""),
        "routes/pr_child.yaml": ("met_if: \"'parent_in_china' in china_ties\"",
                                 "met_if: \"if(goal == 'settle', age, 'parent_in_china' in china_ties)\""),
    })
    content = load_content(root)
    problems = checks.check_completeness(content, small(content))
    # Category A is evaluated while the flow runs (to decide whether to ask about category C), where a route's
    # status stops at its first failed criterion, and for the verdict, where every criterion is assessed: the
    # verdict always finds it; the flow finds it too when a sample reaches the criterion.
    wp_a = [p for p in problems if "flow.yaml" in p or "routes/wp_a.yaml" in p]
    assert wp_a
    for found in wp_a:
        assert ("flow.yaml: steps.17 (question 'job_kind').ask_if raised EvaluationError: " in found
                or "routes/wp_a.yaml: criteria.young_postdoc.met_if raised EvaluationError: " in found), found
        assert "expected true or false, got Decimal(" in found and "goal='work'" in found
    # The child route is only evaluated for the verdict. (So is category A before it came into force.)
    (child,) = [p for p in problems if "pr_child" in p]
    assert child.startswith("completeness: routes/pr_child.yaml: criteria.parent.met_if raised EvaluationError: "
                            "expected true or false, got Decimal(")
    assert "goal='settle'" in child
    assert all("flow.yaml" in p or "pr_child" in p or "routes/wp_a.yaml: criteria.young_postdoc.met_if" in p
               for p in problems)


def test_a_route_that_depends_on_itself(tmp_path: Path) -> None:
    root = broken(tmp_path, {"routes/wp_a.yaml": ("met_if: \"'senior_post' in achievements\"",
                                                  "met_if: \"'senior_post' in achievements or eligible('r_visa')\"")})
    content = load_content(root)
    assert checks.check_route_cycles(content) == [
        "routes/wp_a.yaml: the route depends on itself through eligible(): wp_a -> r_visa -> wp_a"]
    report = checks.report(content, as_of=AS_OF, samples=10)
    assert report.problems == checks.check_route_cycles(content)
    assert report.notes == ["the flow was not explored: a route depends on itself"]


def test_a_next_step_without_sources(tmp_path: Path) -> None:
    root = broken(tmp_path, {"next_steps.yaml": ("  sources: [k_visa_decision_2025]\n", "  sources: []\n")})
    content = load_content(root)
    assert checks.check_sources(content) == ["next_steps.yaml: k_visa_apply.sources: cites no source"]


def _replace_criterion_sources(content: Content, route_id: str, sources: list[str]) -> Content:
    routes = []
    for route in content.routes:
        if route.spec.id != route_id:
            routes.append(route)
            continue
        criteria = [route.spec.criteria[0].model_copy(update={"sources": sources}), *route.spec.criteria[1:]]
        routes.append(dataclasses.replace(route, spec=route.spec.model_copy(update={"criteria": criteria})))
    return dataclasses.replace(content, routes=tuple(routes))


def test_check_sources_catches_what_the_loader_would(content: Content) -> None:
    # Built in memory, past the loader, to show the check stands on its own.
    assert checks.check_sources(_replace_criterion_sources(content, "k_visa", [])) == [
        "routes/k_visa.yaml: criteria.adult.sources: cites no source"]
    assert checks.check_sources(_replace_criterion_sources(content, "k_visa", ["nowhere"])) == [
        "routes/k_visa.yaml: criteria.adult.sources: unknown source 'nowhere' (add it to sources.yaml)"]
    parameter = content.parameters["wp_min_age"]
    (effective, value), = parameter.values.items()
    emptied = parameter.model_copy(update={"values": {effective: value.model_copy(update={"sources": []})}})
    changed = dataclasses.replace(content, parameters={**content.parameters, "wp_min_age": emptied})
    assert checks.check_sources(changed) == ["parameters/wp_min_age.yaml: values.2017-04-01.sources: cites no source"]


def test_check_ask_if_order_catches_a_reordered_flow(content: Content) -> None:
    steps = list(content.steps)
    index = content.step_index["job_kind"]
    steps.insert(3, steps.pop(index))  # job_kind, which asks about routes, before most of what they read
    reordered = dataclasses.replace(content, steps=tuple(steps),
                                    step_index={s.question.id: i for i, s in enumerate(steps)})
    (problem,) = checks.check_ask_if_order(reordered)
    assert problem.startswith("flow.yaml: steps.3 (question 'job_kind').ask_if: reads questions not asked before "
                              "it: achievements, annual_salary, background")


def test_check_parameters_catches_an_empty_first_value(content: Content) -> None:
    parameter = content.parameters["wp_min_age"]
    (effective, value), = parameter.values.items()
    emptied = parameter.model_copy(update={"values": {effective: value.model_copy(update={"value": None})}})
    changed = dataclasses.replace(content, parameters={**content.parameters, "wp_min_age": emptied})
    assert checks.check_parameters(changed) == ["parameters/wp_min_age.yaml: values.2017-04-01: the first value "
                                                "is empty"]
    assert checks.missing_values(changed, AS_OF) == [
        "parameters/wp_min_age.yaml: no value on 2026-11-28, read by a route in force"]


def _wage_edited(content: Content, city: str, **changes: object) -> Content:
    """The content with the city's wage figure in force on AS_OF changed."""
    parameter = content.tables["local_average_wage"][city]
    dated = parameter.at(date(2026, 3, 1))
    assert dated is not None
    effective, value = dated
    edited = parameter.model_copy(update={"values": {**parameter.values, effective: value.model_copy(update=changes)}})
    tables = {**content.tables, "local_average_wage": {**content.tables["local_average_wage"], city: edited}}
    return dataclasses.replace(content, tables=tables)


def test_check_wage_figures_requires_year_series_and_validity(content: Content) -> None:
    assert checks.check_wage_figures(content) == []
    changed = _wage_edited(content, "beijing", valid_until=None, series=None)
    assert checks.check_wage_figures(changed) == [
        "parameters/local_average_wage/beijing.yaml: values.2025-07-01: no series, valid_until"]
    backwards = _wage_edited(content, "shanghai", valid_until=date(2025, 1, 1))
    assert checks.check_wage_figures(backwards) == [
        "parameters/local_average_wage/shanghai.yaml: values.2025-07-01: valid_until 2025-01-01 is before the figure "
        "came into use"]


def test_check_wage_figures_requires_a_source_with_an_address_or_a_reference(content: Content) -> None:
    source = content.sources["beijing_wage_series"]
    vague = source.model_copy(update={"url": None, "official_title": None})
    changed = dataclasses.replace(content, sources={**content.sources, "beijing_wage_series": vague})
    problems = checks.check_wage_figures(changed)
    assert "parameters/local_average_wage/beijing.yaml: values.2025-07-01: source 'beijing_wage_series' has " \
           "neither an address (url) nor an exact reference (official_title)" in problems
    assert all("beijing.yaml" in p for p in problems) and len(problems) == 7  # every Beijing figure, 2018-2024


def test_every_source_has_an_address_or_an_exact_reference(content: Content) -> None:
    assert checks.check_source_references(content) == []
    source = content.sources["pr_fees"]
    vague = dataclasses.replace(content, sources={**content.sources, "pr_fees": source.model_copy(
        update={"url": None, "official_title": None})})
    assert checks.check_source_references(vague) == [
        "sources.yaml: pr_fees: neither an address (url) nor an exact reference (official_title)"]


def test_figures_due_for_renewal(content: Content) -> None:
    in_march = checks.figures_due_for_renewal(content, date(2026, 3, 1))
    assert not any("beijing.yaml" in w for w in in_march)  # the 2024 figure is current until 30 June 2026
    assert "parameters/local_average_wage/xiamen.yaml: no figure on 2026-03-01 (none since 2019-07-01): the bot " \
           "asks the person; add the published figure" in in_march
    in_may = checks.figures_due_for_renewal(content, date(2026, 5, 15))
    assert "parameters/local_average_wage/beijing.yaml: the figure in use from 2025-07-01 is due for renewal on " \
           "2026-06-30: look for the 2025 figure" in in_may
    assert "parameters/local_average_wage/beijing.yaml: the figure in use from 2025-07-01 went stale after " \
           "2026-06-30: add the 2025 figure" in checks.figures_due_for_renewal(content, AS_OF)
    report = checks.report(content, explorer=small(content))
    assert set(checks.figures_due_for_renewal(content, AS_OF)) <= set(report.warnings)


# --- broken copies: the loader names the file and the key ---------------------------------------------
Edit = dict[str, tuple[str, str]]
LOADER_CASES: list[tuple[str, Edit, Callable[[str], bool]]] = [
    ("a criterion citing an unknown source",
     {"routes/k_visa.yaml": ("sources: [k_visa_age_report]", "sources: [k_visa_rumour]")},
     lambda m: "routes/k_visa.yaml: criteria.young: unknown source 'k_visa_rumour'" in m),
    ("a parameter value without sources",
     {"parameters/wp_min_age.yaml": ("sources: [wp_service_guide_2017]", "sources: []")},
     # (the loader shows the date key as the editor wrote it)
     lambda m: "parameters/wp_min_age.yaml: values.2017-04-01." in m
     and ".sources: List should have at least 1 item" in m),
    ("a parameter value without an effective date",
     {"parameters/wp_min_age.yaml": ("2017-04-01:", "soon:")},
     lambda m: "parameters/wp_min_age.yaml: values.soon.[key]: Input should be a valid date" in m),
    ("a parameter without last_verified",
     {"parameters/wp_min_age.yaml": ("last_verified: 2026-02-13\n", "")},
     lambda m: "parameters/wp_min_age.yaml: last_verified: Field required" in m),
    ("an ask_if reading a later question",
     {"flow.yaml": ('ask_if: "wants_work"\n  - question: annual_salary',
                    "ask_if: \"wants_work and 'none' in china_ties\"\n  - question: annual_salary")},
     lambda m: "flow.yaml: steps.6.ask_if: depends on questions not asked before it: china_ties" in m),
    ("an unknown choice literal",
     {"flow.yaml": ("ask_if: \"wants_work and work_city == 'other'\"",
                    "ask_if: \"wants_work and work_city == 'hong_kong'\"")},
     lambda m: "flow.yaml: steps.4.ask_if: 'hong_kong' is not a choice of question 'work_city'" in m),
    ("a duplicate YAML key",
     {"questions/age.yaml": ("minimum: 0\n", "minimum: 0\nminimum: 16\n")},
     lambda m: "questions/age.yaml: duplicate key 'minimum' at line" in m),
    ("a criterion naming an unknown route",
     {"routes/r_visa.yaml": ("met_if: \"eligible('wp_a')\"", "met_if: \"eligible('wp_d')\"")},
     lambda m: "routes/r_visa.yaml: criteria.0.met_if: unknown route 'wp_d'" in m),
]


@pytest.mark.parametrize(("edit", "check"), [(e, c) for _, e, c in LOADER_CASES], ids=[n for n, _, _ in LOADER_CASES])
def test_the_loader_names_the_file_and_the_key(tmp_path: Path, edit: Edit, check: Callable[[str], bool]) -> None:
    message = loader_error(broken(tmp_path, edit))
    assert check(message), message


# --- a tiny content: every combination enumerated ---------------------------------------------------------
def tiny(tmp_path: Path, **changes: tuple[str, str]) -> Content:
    return load_content(write_tiny(tmp_path / "tiny", **changes))


def test_a_small_flow_is_enumerated_exhaustively(tmp_path: Path) -> None:
    content = tiny(tmp_path)
    report = checks.report(content, as_of=AS_OF)
    assert report.problems == []
    # 3 dates: the rule's start and AS_OF (work x 6 ages x 3 + stay x 3 = 21 paths each), and the day before the
    # start, when the age bar does not exist yet, so ages are only tried at the bounds (3 x 3 + 3 = 12).
    assert report.notes == ["completeness: every combination of representative answers enumerated (54 paths at 3 "
                            "dates)"]
    explorer = checks.Explorer(content, as_of=AS_OF)
    assert [a.value if not a.unknown else "?" for a in explorer.reps.answers("age", AS_OF)] == [0, 17, 18, 19, 99, "?"]
    statuses = {s.verdict.route("permit").status for s in explorer.pool if s.verdict is not None}
    assert statuses == set(RouteStatus)


def test_a_small_flow_with_a_question_never_asked(tmp_path: Path) -> None:
    content = tiny(tmp_path, flow=("ask_if: \"goal == 'work'\"", "ask_if: \"goal == 'work' and goal == 'stay'\""))
    problems = checks.run_all(content, as_of=AS_OF)
    assert "flow.yaml: steps.1 (question 'age'): question 'age' is never asked: no answers to the questions before " \
           "it make its ask_if hold (goal == 'work' and goal == 'stay')" in problems
    # Without the age, the permit can only be "eligible if confirmed" at best.
    assert "routes/permit.yaml: the outcome 'eligible' is never reached (searched the answers to goal, age, sure)" \
           in problems
