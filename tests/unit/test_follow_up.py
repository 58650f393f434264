"""Answers that grow with time, and reminders: the first day time alone opens a route (injected dates only)."""

from __future__ import annotations

import shutil
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from conversations.compiled import Content
from conversations.engine import Interview
from conversations.events import SetEvaluationDate
from conversations.expressions.evaluate import add_years, whole_years
from conversations.follow_up import ReminderOffer, reminder_offer, verdict_on
from conversations.loading import DEFAULT_CONTENT, ContentError, load_content
from conversations.rules.context import RuleContext
from conversations.scenarios import replay
from conversations.session import Answer, Session
from conversations.verdict import RouteStatus

OPEN = {RouteStatus.ELIGIBLE, RouteStatus.ELIGIBLE_IF_CONFIRMED}
TODAY = date(2025, 6, 10)
# Settling in Beijing with everything the interview asks before 4 years in China met.
SETTLER: dict[str, Any] = {
    "goal": "settle", "age": 38, "work_city": "beijing", "highest_degree": "bachelor", "clean_record": "yes",
    "medical_check": "yes", "china_work_start": "2022-03", "china_ties": ["none"],
}
# What the interview asks once the 4 years are reached, all met at Beijing's 2024 figure (6 x 143,244).
AFTER_FOUR_YEARS: dict[str, Any] = {
    "days_in_china_each_year": "yes", "pr_lowest_salary": 900000, "pr_lowest_tax": 180000,
    "pr_years_continuous": "yes", "employer_recommendation": "yes",
}
# A stem graduate of a top university: the K visa and the work permits hinge on age alone.
YOUNG_GRADUATE: dict[str, Any] = {
    "goal": "work", "age": 17, "work_city": "beijing", "job_offer": "yes", "annual_salary": "300,000",
    "highest_degree": "bachelor", "experience_years": 0, "months_in_china": "nine_plus", "chinese_level": "none",
    "achievements": ["none"], "background": ["top_university", "stem_degree"], "clean_record": "yes",
    "medical_check": "yes", "job_kind": "none",
}
SPOUSE: dict[str, Any] = {
    "goal": "settle", "age": 40, "work_city": "shanghai", "highest_degree": "bachelor", "clean_record": "yes",
    "medical_check": "yes", "china_work_start": "not_yet", "china_ties": ["spouse_of_citizen"],
    "marriage_years": 4, "residence_years_in_china": 5, "nine_months_each_year": "yes", "stable_livelihood": "yes",
}


@pytest.fixture(scope="module")
def content() -> Content:
    return load_content()


@pytest.fixture(scope="module")
def interview(content: Content) -> Interview:
    return Interview(content)


def session_of(interview: Interview, answers: dict[str, Any], today: date) -> Session:
    """The session of a person who gave these answers on ``today`` (no what-if date left in it)."""
    result = replay(interview, answers, today, unused_ok=True)
    assert result.verdict is not None, result.problems
    assert result.session is not None
    return result.session.model_copy(update={"as_of": None})


def value_on(content: Content, answers: dict[str, Answer], name: str, day: date) -> Any:
    return RuleContext(content, answers, day).name(name)


# --- the date arithmetic -------------------------------------------------------------------------------
@pytest.mark.parametrize(("start", "reached"), [
    ("2022-03", date(2026, 3, 1)),  # a month: its first day
    ("2022", date(2026, 1, 1)),  # a year: its first day
    ("2020-02-29", date(2024, 2, 29)),  # 4 years from a leap day land on a leap day
    ("2021-02-28", date(2025, 2, 28)),
])
def test_four_years_in_china_are_reached_on_the_anniversary_of_the_start(
        interview: Interview, start: str, reached: date) -> None:
    today = date(2023, 6, 1)
    session = session_of(interview, {**SETTLER, "china_work_start": start}, today)
    four_years = interview.verdict(session, today).route("pr_salary_tax").criteria
    assert next(c for c in four_years if c.id == "four_years").reached_on == reached
    offer = reminder_offer(interview, session, today)
    assert offer == ReminderOffer(on=reached, routes=("pr_salary_tax",))
    assert verdict_on(interview, session, reached - timedelta(days=1)).route("pr_salary_tax").status \
        is RouteStatus.NOT_ELIGIBLE
    assert verdict_on(interview, session, reached).route("pr_salary_tax").status in OPEN


def test_an_age_grows_by_one_on_each_anniversary_of_the_day_it_was_given(content: Content) -> None:
    answers = {"age": Answer(value=17, on=date(2026, 3, 1))}
    assert value_on(content, answers, "age", date(2026, 3, 1)) == 17
    assert value_on(content, answers, "age", date(2027, 2, 28)) == 17  # not a day before
    assert value_on(content, answers, "age", date(2027, 3, 1)) == 18
    assert value_on(content, answers, "age", date(2036, 3, 1)) == 27
    # An earlier date takes nothing away: the answer says nothing about the years before it.
    assert value_on(content, answers, "age", date(2020, 1, 1)) == 17


def test_an_answer_without_its_day_or_to_a_question_that_does_not_grow_stays_as_given(content: Content) -> None:
    assert value_on(content, {"age": Answer(value=17)}, "age", date(2030, 1, 1)) == 17
    salary = {"annual_salary": Answer(value=300000, on=date(2026, 3, 1))}
    assert value_on(content, salary, "annual_salary", date(2030, 1, 1)) == 300000


def test_a_leap_day_answer_gains_its_year_on_28_february(content: Content) -> None:
    # The same rule as durations (add_years): from 29 February, a common year's anniversary is 28 February.
    answers = {"age": Answer(value=17, on=date(2024, 2, 29))}
    assert value_on(content, answers, "age", date(2025, 2, 27)) == 17
    assert value_on(content, answers, "age", date(2025, 2, 28)) == 18
    assert value_on(content, answers, "age", date(2028, 2, 28)) == 20
    assert value_on(content, answers, "age", date(2028, 2, 29)) == 21
    assert whole_years(date(2024, 2, 29), date(2025, 2, 28)) == 1
    assert add_years(date(2024, 2, 29), 1) == date(2025, 2, 28)


@given(st.dates(min_value=date(1990, 1, 1), max_value=date(2060, 1, 1)), st.integers(0, 60))
def test_whole_years_counts_the_anniversaries_add_years_gives(start: date, years: int) -> None:
    anniversary = add_years(start, years)
    assert whole_years(start, anniversary) == years
    if years:
        assert whole_years(start, anniversary - timedelta(days=1)) == years - 1


def test_only_integer_questions_grow_yearly(tmp_path: Path) -> None:
    root = tmp_path / "china"
    shutil.copytree(DEFAULT_CONTENT, root)
    salary = root / "questions" / "annual_salary.yaml"
    salary.write_text(salary.read_text(encoding="utf-8") + "grows_yearly: true\n", encoding="utf-8")
    with pytest.raises(ContentError, match=r"annual_salary\.yaml: .*grows_yearly is only for integer questions"):
        load_content(root)


def test_the_engine_records_the_day_only_for_answers_that_grow(interview: Interview) -> None:
    session = session_of(interview, SPOUSE, TODAY)
    assert session.answers["age"].on == TODAY
    assert session.answers["marriage_years"].on == TODAY
    assert session.answers["residence_years_in_china"].on == TODAY
    assert session.answers["clean_record"].on is None
    # The evaluation date in force when answering is the day: a what-if date counts.
    what_if = interview.step(interview.new_session(), SetEvaluationDate(as_of=date(2021, 1, 1)), today=TODAY)
    assert what_if.session.as_of == date(2021, 1, 1)
    aged = session_of(interview, SPOUSE, date(2021, 1, 1))
    assert aged.answers["age"].on == date(2021, 1, 1)


def test_stored_sessions_without_the_day_load_and_others_serialize_as_before() -> None:
    old = '{"value":35,"unknown":false,"skipped":false}'
    assert Answer.model_validate_json(old) == Answer(value=35)
    assert Answer(value=35).model_dump_json() == old
    dated = Answer(value=35, on=date(2026, 3, 1))
    assert dated.model_dump_json() == '{"value":35,"unknown":false,"skipped":false,"on":"2026-03-01"}'
    session = Session(answers={"age": dated, "goal": Answer(value="work")})
    assert Session.model_validate_json(session.model_dump_json(exclude_defaults=False)) == session


def test_years_of_marriage_reach_five_a_year_after_four(interview: Interview) -> None:
    session = session_of(interview, SPOUSE, TODAY)
    assert interview.verdict(session, TODAY).route("pr_spouse").status is RouteStatus.NOT_ELIGIBLE
    assert reminder_offer(interview, session, TODAY) == ReminderOffer(on=date(2026, 6, 10), routes=("pr_spouse",))
    assert verdict_on(interview, session, date(2026, 6, 9)).route("pr_spouse").status is RouteStatus.NOT_ELIGIBLE
    assert verdict_on(interview, session, date(2026, 6, 10)).route("pr_spouse").status is RouteStatus.ELIGIBLE


# --- reminder offers -----------------------------------------------------------------------------------
def test_three_years_in_china_are_offered_the_day_four_are_reached(interview: Interview) -> None:
    session = session_of(interview, SETTLER, TODAY)
    assert interview.verdict(session, TODAY).route("pr_salary_tax").status is RouteStatus.NOT_ELIGIBLE
    offer = reminder_offer(interview, session, TODAY)
    assert offer == ReminderOffer(on=date(2026, 3, 1), routes=("pr_salary_tax",))
    # The 4-year questions were never asked: on the day the route is met if they are confirmed.
    assert verdict_on(interview, session, offer.on).route("pr_salary_tax").status \
        is RouteStatus.ELIGIBLE_IF_CONFIRMED
    # Stored answers to them (given earlier under a what-if date, say) count on the day: met outright, at
    # Beijing's 2024 figure in force then.
    answers = {**session.answers, **{q: a for q, a in session_of(
        interview, {**SETTLER, **AFTER_FOUR_YEARS}, date(2026, 3, 1)).answers.items() if q in AFTER_FOUR_YEARS}}
    stored = session.model_copy(update={"answers": answers})
    assert reminder_offer(interview, stored, TODAY) == offer
    assert verdict_on(interview, stored, offer.on).route("pr_salary_tax").status is RouteStatus.ELIGIBLE


def test_a_route_closed_by_something_time_does_not_change_is_not_offered(interview: Interview) -> None:
    session = session_of(interview, {**SETTLER, "clean_record": "no"}, TODAY)
    assert reminder_offer(interview, session, TODAY) is None


def test_no_offer_for_a_what_if_date_or_an_unfinished_interview(interview: Interview) -> None:
    session = session_of(interview, SETTLER, TODAY)
    assert reminder_offer(interview, session.model_copy(update={"as_of": TODAY}), TODAY) is None
    unfinished = session.model_copy(update={"answers": {q: a for q, a in session.answers.items()
                                                          if q != "china_ties"}})
    assert not interview.is_complete(unfinished, TODAY)
    assert reminder_offer(interview, unfinished, TODAY) is None


def test_no_offer_beyond_the_horizon(interview: Interview) -> None:
    session = session_of(interview, SETTLER, TODAY)
    assert reminder_offer(interview, session, TODAY, horizon_years=0) is None


def test_turning_18_opens_the_age_limited_routes_on_the_birthday(interview: Interview) -> None:
    today = date(2026, 1, 10)  # the K visa is in force (from 2025-10-01)
    session = session_of(interview, YOUNG_GRADUATE, today)
    assert interview.verdict(session, today).route("k_visa").status is RouteStatus.NOT_ELIGIBLE
    assert reminder_offer(interview, session, today) == ReminderOffer(on=date(2027, 1, 10), routes=("k_visa",))
    assert verdict_on(interview, session, date(2027, 1, 9)).route("k_visa").status is RouteStatus.NOT_ELIGIBLE
    # Two years of experience later, category B opens too (a degree and 2 years); so does the Z visa on it.
    later = reminder_offer(interview, session.model_copy(update={"answers": {
        **session.answers, "background": Answer(value=["none"])}}), today)
    assert later == ReminderOffer(on=date(2028, 1, 10), routes=("wp_b", "z_visa"))


def test_a_route_not_in_force_today_is_not_offered(interview: Interview) -> None:
    # Before the K visa came into force it is "not applicable", not "not met": it is no reminder's business.
    session = session_of(interview, YOUNG_GRADUATE, TODAY)
    offer = reminder_offer(interview, session, TODAY)
    assert offer is not None and "k_visa" not in offer.routes


@pytest.mark.parametrize(("age", "too_old_for"), [(46, {"k_visa"}), (61, {"k_visa", "wp_b", "wp_c"})])
def test_ageing_never_opens_a_route_closed_for_being_too_old(
        interview: Interview, age: int, too_old_for: set[str]) -> None:
    today = date(2026, 1, 10)
    session = session_of(interview, {**YOUNG_GRADUATE, "age": age}, today)
    verdict = interview.verdict(session, today)
    assert verdict.route("k_visa").status is RouteStatus.NOT_ELIGIBLE
    offer = reminder_offer(interview, session, today)
    assert offer is None or not too_old_for & set(offer.routes)


def test_verdict_on_ignores_the_what_if_date(interview: Interview) -> None:
    session = session_of(interview, SETTLER, TODAY)
    what_if = session.model_copy(update={"as_of": date(2021, 1, 1)})
    assert verdict_on(interview, what_if, date(2026, 3, 1)) == verdict_on(interview, session, date(2026, 3, 1))
    assert verdict_on(interview, what_if, date(2026, 3, 1)).as_of == date(2026, 3, 1)
    # On the day the answers were given, it is the interview's own verdict.
    assert verdict_on(interview, session, TODAY) == interview.verdict(session, TODAY)


def test_a_question_that_applies_later_leaves_the_answers_after_it_in_place(interview: Interview) -> None:
    session = session_of(interview, {**SPOUSE, "china_work_start": "2022-03"}, TODAY)
    day = date(2026, 3, 1)  # four years in China: the salary-route questions apply, unanswered
    assert interview.current_question(session, day) == "days_in_china_each_year"
    applying = interview.answers_applying(session, day)
    assert "days_in_china_each_year" not in applying
    assert applying["marriage_years"] == session.answers["marriage_years"]
    assert verdict_on(interview, session, day).route("pr_spouse").status is RouteStatus.NOT_ELIGIBLE
    assert verdict_on(interview, session, date(2026, 6, 10)).route("pr_spouse").status is RouteStatus.ELIGIBLE


def test_a_later_verdict_shows_an_age_as_of_its_date(interview: Interview) -> None:
    session = session_of(interview, YOUNG_GRADUATE, TODAY)
    adult = next(c for c in verdict_on(interview, session, date(2026, 6, 10)).route("wp_b").criteria
                 if c.id == "adult")
    assert [(a.question, a.value) for a in adult.answers] == [("age", 18)]
    assert adult.value is not None and adult.value.amount == 18


# --- the offer is the first day the routes open ----------------------------------------------------------
PEOPLE = st.fixed_dictionaries({
    "goal": st.sampled_from(["work", "settle", "both"]),
    "age": st.sampled_from([16, 17, 18, 44, 45, 46, 59, 60]),
    "work_city": st.sampled_from(["beijing", "shanghai", "shenzhen"]),
    "china_work_start": st.sampled_from(["not_yet", "2021-03", "2022", "2022-07-15", "2023-11", "2020-02-29"]),
    "other_city_average_wage": st.just(120000),  # where no figure is stored for the date
    "job_offer": st.sampled_from(["yes", "no"]),
    "annual_salary": st.sampled_from([150000, 400000, 900000]),
    "highest_degree": st.sampled_from(["bachelor", "master", "below_bachelor"]),
    "experience_years": st.sampled_from([0, 1, 2, 5]),
    "months_in_china": st.just("nine_plus"),
    "chinese_level": st.sampled_from(["none", "hsk5_plus"]),
    "achievements": st.just(["none"]),
    "background": st.sampled_from([["none"], ["top_university", "stem_degree"]]),
    "clean_record": st.sampled_from(["yes", "yes", "no"]),
    "medical_check": st.just("yes"),
    "recent_graduate_grades": st.sampled_from(["yes", "no"]),
    "job_kind": st.sampled_from(["none", "short_term"]),
    "china_ties": st.sampled_from([["none"], ["spouse_of_citizen"]]),
    "marriage_years": st.sampled_from([3, 4, 5]),
    "residence_years_in_china": st.sampled_from([3, 4, 5]),
    "nine_months_each_year": st.just("yes"),
    "stable_livelihood": st.just("yes"),
    **{question: st.just(answer) for question, answer in AFTER_FOUR_YEARS.items()},
    **{f"pr_salary_year_{n}": st.just(900000) for n in range(1, 5)},
    **{f"pr_tax_year_{n}": st.just(180000) for n in range(1, 5)},
})


def candidate_days(interview: Interview, session: Session, today: date, last: date) -> set[date]:
    verdict = interview.verdict(session, today)
    days = {c.reached_on for r in verdict.routes if r.status is RouteStatus.NOT_ELIGIBLE for c in r.criteria
            if c.reached_on is not None}
    days |= {add_years(answer.on, k) for question, answer in interview.answered(session, today)
             if question.grows_yearly and answer.on is not None for k in range(1, 60)}
    return {day for day in days if today < day <= last}


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(PEOPLE, st.dates(min_value=date(2024, 1, 1), max_value=date(2027, 12, 31)))
def test_an_offer_is_the_first_day_one_of_its_routes_opens(
        interview: Interview, answers: dict[str, Any], today: date) -> None:
    session = session_of(interview, answers, today)
    offer = reminder_offer(interview, session, today, horizon_years=6)
    closed = {r.id for r in interview.verdict(session, today).routes if r.status is RouteStatus.NOT_ELIGIBLE}
    event("no offer" if offer is None else "an offer")
    if offer is None:
        return
    assert today < offer.on <= add_years(today, 6)
    assert offer.routes and set(offer.routes) <= closed
    on_the_day = verdict_on(interview, session, offer.on)
    assert all(on_the_day.route(r).status in OPEN for r in offer.routes)
    for day in sorted(candidate_days(interview, session, today, offer.on - timedelta(days=1))):
        earlier = verdict_on(interview, session, day)
        assert not [r for r in closed if earlier.route(r).status in OPEN], day
