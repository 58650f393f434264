"""Properties of the rules over random people and dates (hypothesis).

* A higher salary never turns a met criterion into a not-met one (nor a pass into a failure of a route).
* A later evaluation date never uses an older wage figure than an earlier date for the same city.
"""

from __future__ import annotations

from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from conversations.loading import load_content
from conversations.rules.context import RuleContext
from conversations.rules.evaluation import evaluate_verdict
from conversations.session import Answer
from conversations.verdict import CriterionStatus, RouteStatus, Verdict

CONTENT = load_content()
CITIES = [key for key in CONTENT.questions["work_city"].choice_keys if key != "other"]
DATES = st.dates(min_value=date(2018, 1, 1), max_value=date(2027, 12, 31))
SALARIES = st.integers(min_value=0, max_value=3_000_000)
RANK = {RouteStatus.NOT_ELIGIBLE: 0, RouteStatus.ELIGIBLE_IF_CONFIRMED: 1, RouteStatus.ELIGIBLE: 2}


def _verdict(answers: dict[str, object], as_of: date) -> Verdict:
    return evaluate_verdict(CONTENT, RuleContext(CONTENT, {k: Answer(value=v) for k, v in answers.items()}, as_of))


def _person(city: str, salary: int, age: int, degree: str, experience: int) -> dict[str, object]:
    return {"goal": "both", "age": age, "work_city": city, "other_city_average_wage": 150000, "job_offer": "yes",
            "annual_salary": salary, "highest_degree": degree, "experience_years": experience,
            "months_in_china": "nine_plus", "chinese_level": "none", "achievements": ["none"], "background": ["none"],
            "clean_record": "yes", "medical_check": "yes", "job_kind": "none", "china_work_start": "2015-01-01",
            "days_in_china_each_year": "yes", "pr_lowest_salary": salary, "pr_lowest_tax": salary // 5,
            "pr_years_continuous": "yes", "employer_recommendation": "yes", "china_ties": ["none"]}


@settings(max_examples=150, deadline=None)
@given(city=st.sampled_from([*CITIES, "other"]), salary=SALARIES, raise_by=st.integers(1, 2_000_000), as_of=DATES,
       age=st.integers(18, 70), degree=st.sampled_from(["below_bachelor", "bachelor", "master", "doctorate"]),
       experience=st.integers(0, 30))
def test_a_higher_salary_never_turns_met_into_not_met(city: str, salary: int, raise_by: int, as_of: date, age: int,
                                                        degree: str, experience: int) -> None:
    lower = _verdict(_person(city, salary, age, degree, experience), as_of)
    higher = _verdict(_person(city, salary + raise_by, age, degree, experience), as_of)
    for low_route, high_route in zip(lower.routes, higher.routes, strict=True):
        for low, high in zip(low_route.criteria, high_route.criteria, strict=True):
            if low.status is CriterionStatus.MET:
                assert high.status is not CriterionStatus.NOT_MET, (low_route.id, low.id)
        if low_route.status in RANK and high_route.status in RANK:
            assert RANK[high_route.status] >= RANK[low_route.status], low_route.id


def _figure_year(city: str, as_of: date) -> int | None:
    verdict = _verdict(_person(city, 500000, 30, "bachelor", 5), as_of)
    uses = next(c for c in verdict.route("wp_a").criteria if c.id == "salary_6x").parameters
    years = [u.reference_year for u in uses if u.parameter == "local_average_wage" and u.key == city]
    return years[0] if years else None


@settings(max_examples=150, deadline=None)
@given(city=st.sampled_from(CITIES), first=DATES, later_by=st.integers(1, 3000))
def test_a_later_date_never_uses_an_older_figure(city: str, first: date, later_by: int) -> None:
    later = date.fromordinal(min(first.toordinal() + later_by, date(2027, 12, 31).toordinal()))
    earlier_year, later_year = _figure_year(city, first), _figure_year(city, later)
    if earlier_year is not None and later_year is not None:
        assert later_year >= earlier_year, (city, first, later)
