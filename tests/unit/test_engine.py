"""Engine operations: back, change answer (later answers kept), restart, skip, "don't know", multiple
choice with an exclusive "none", and the errors that leave a session unchanged."""

from __future__ import annotations

import dataclasses
from datetime import date
from typing import Any

import pytest

from conversations.compiled import Content
from conversations.engine import Interview
from conversations.events import (
    Back,
    ChangeAnswer,
    Choose,
    Confirm,
    DontKnow,
    Event,
    Restart,
    SetEvaluationDate,
    SetLanguage,
    ShowVerdict,
    Skip,
    Start,
    Toggle,
    TypeAnswer,
)
from conversations.loading import load_content
from conversations.outputs import Ask, Finished, Invalid, StepResult
from conversations.scenarios import events_for
from conversations.session import Answer, Session
from conversations.verdict import CriterionStatus, RouteStatus

TODAY = date(2021, 3, 11)
# At the bars of Beijing's 2019 figure (106,164), the one in force on the article's date.
BEIJING: dict[str, Any] = {
    "goal": "settle", "age": 35, "work_city": "beijing", "highest_degree": "master", "clean_record": "yes",
    "medical_check": "yes", "china_work_start": "2016-09", "days_in_china_each_year": "yes",
    "pr_lowest_salary": "636,984", "pr_lowest_tax": "127,397", "employer_recommendation": "yes",
    "pr_years_continuous": "yes", "china_ties": ["none"],
}


@pytest.fixture(scope="module")
def content() -> Content:
    return load_content()


@pytest.fixture(scope="module")
def interview(content: Content) -> Interview:
    return Interview(content, languages=frozenset({"en", "fr"}))


def send(interview: Interview, session: Session, *events: Event) -> StepResult:
    result = StepResult(session=session, output=interview.render_question(session, TODAY), changed=False)
    for event in events:
        result = interview.step(result.session, event, today=TODAY)
    return result


def answer(interview: Interview, session: Session, answers: dict[str, Any], until: str | None = None) -> Session:
    """Answer the questions the engine asks from ``answers``, stopping before ``until``."""
    while (current := interview.current_question(session, TODAY)) is not None and current != until:
        result = send(interview, session, *events_for(interview.content.questions[current], answers[current]))
        assert not isinstance(result.output, Invalid), result.output
        session = result.session
    return session


def asked(result: StepResult) -> str:
    assert isinstance(result.output, Ask), result.output
    return result.output.question


def error(result: StepResult) -> str:
    assert isinstance(result.output, Invalid), result.output
    return result.output.error


# --- back ----------------------------------------------------------------------------------------------
def test_back_reopens_the_previous_question_with_its_answer(interview: Interview) -> None:
    session = answer(interview, interview.new_session(), BEIJING, until="work_city")
    result = send(interview, session, Back())
    assert asked(result) == "age"
    assert isinstance(result.output, Ask) and result.output.previous == Answer(value=35, on=TODAY)
    assert asked(send(interview, result.session, Back())) == "goal"
    # Answering the re-opened question moves on to the first open one.
    assert asked(send(interview, result.session, TypeAnswer(text="36"))) == "work_city"


def test_back_from_the_verdict_reopens_the_last_question(interview: Interview) -> None:
    session = answer(interview, interview.new_session(), BEIJING)
    assert interview.is_complete(session, TODAY)
    assert asked(send(interview, session, Back())) == "china_ties"


def test_back_from_the_first_question_is_refused(interview: Interview) -> None:
    session = interview.new_session()
    result = send(interview, session, Back())
    assert error(result) == "error-nothing-to-go-back-to"
    assert result.session is session and result.changed is False


# --- change answer -------------------------------------------------------------------------------------
def test_changing_an_answer_keeps_the_later_answers(interview: Interview) -> None:
    session = answer(interview, interview.new_session(), BEIJING)
    before = interview.verdict(session, TODAY).route("pr_salary_tax")
    assert before.status is RouteStatus.ELIGIBLE
    result = send(interview, session, ChangeAnswer(question="china_work_start"))
    assert asked(result) == "china_work_start"
    result = send(interview, result.session, TypeAnswer(text="2018-01"))
    # Three years in: the four-year questions leave the path, their answers stay stored.
    assert isinstance(result.output, Finished)
    assert result.output.verdict.route("pr_salary_tax").status is RouteStatus.NOT_ELIGIBLE
    assert "pr_lowest_salary" not in interview.path(result.session, TODAY)
    assert result.session.answers["pr_lowest_salary"] == session.answers["pr_lowest_salary"]
    # Changing it back brings them back without asking again.
    result = send(interview, result.session, ChangeAnswer(question="china_work_start"), TypeAnswer(text="2016-09"))
    assert isinstance(result.output, Finished)
    assert result.output.verdict.route("pr_salary_tax") == before


def test_changing_the_goal_asks_only_the_new_questions(interview: Interview) -> None:
    session = answer(interview, interview.new_session(), BEIJING)
    result = send(interview, session, ChangeAnswer(question="goal"), Choose(question="goal", choice="both"))
    assert asked(result) == "job_offer"  # the first question the new goal adds
    work = {"job_offer": "yes", "annual_salary": "700,000", "experience_years": 6, "months_in_china": "nine_plus",
            "chinese_level": "none", "achievements": ["none"], "background": ["none"]}
    session = answer(interview, result.session, {**BEIJING, **work})
    verdict = interview.verdict(session, TODAY)
    assert verdict.route("pr_salary_tax").status is RouteStatus.ELIGIBLE  # earlier answers kept
    assert verdict.route("wp_a").status is RouteStatus.ELIGIBLE  # 700,000 >= 6 x 94,258


@pytest.mark.parametrize("question", ["job_offer", "no_such_question", "pr_lowest_salary"])
def test_changing_an_answer_not_on_the_path_is_refused(interview: Interview, question: str) -> None:
    session = answer(interview, interview.new_session(), BEIJING, until="pr_lowest_salary")
    result = send(interview, session, ChangeAnswer(question=question))
    assert error(result) == "error-stale-button"
    assert result.session is session


# --- restart ------------------------------------------------------------------------------------------
def test_restart_clears_answers_drafts_and_focus_but_keeps_settings(interview: Interview) -> None:
    session = interview.new_session()
    session = send(interview, session, SetLanguage(language="fr"), SetEvaluationDate(as_of=date(2020, 1, 1))).session
    session = answer(interview, session, BEIJING, until="china_ties")
    session = send(interview, session, Toggle(question="china_ties", choice="investor"),
                   ChangeAnswer(question="age")).session
    assert session.drafts and session.focus == "age"
    result = send(interview, session, Restart())
    assert asked(result) == "goal"
    assert result.session.answers == {} and result.session.drafts == {} and result.session.focus is None
    assert result.session.language == "fr" and result.session.as_of == date(2020, 1, 1)


# --- skip and "don't know" -------------------------------------------------------------------------------
def test_skip_is_refused_where_not_allowed(interview: Interview) -> None:
    session = interview.new_session()
    result = send(interview, session, Skip(question="goal"))
    assert error(result) == "error-stale-button" and result.session is session


def test_skip_where_allowed_counts_as_unknown(content: Content) -> None:
    age = content.questions["age"].model_copy(update={"allow_skip": True})
    steps = tuple(dataclasses.replace(s, question=age) if s.question.id == "age" else s for s in content.steps)
    skippable = Interview(dataclasses.replace(content, questions={**content.questions, "age": age}, steps=steps))
    session = send(skippable, skippable.new_session(), Choose(question="goal", choice="work")).session
    result = send(skippable, session, Skip(question="age"))
    assert asked(result) == "work_city"
    assert result.session.answers["age"] == Answer(skipped=True)
    work = {"work_city": "beijing", "job_offer": "yes", "annual_salary": "700,000", "highest_degree": "master",
            "experience_years": 6, "months_in_china": "nine_plus", "chinese_level": "none", "achievements": ["none"],
            "background": ["none"], "clean_record": "yes", "medical_check": "yes",
            "job_kind": "none"}  # asked: with the age unknown, B is only "if confirmed"
    session = answer(skippable, result.session, work)
    wp_b = skippable.verdict(session, TODAY).route("wp_b")
    assert {c.id: c.status for c in wp_b.criteria}["adult"] is CriterionStatus.UNKNOWN
    assert wp_b.status is RouteStatus.ELIGIBLE_IF_CONFIRMED


def test_dont_know(interview: Interview) -> None:
    session = answer(interview, interview.new_session(), {**BEIJING, "goal": "work", "job_offer": "yes"},
                     until="annual_salary")
    result = send(interview, session, DontKnow(question="annual_salary"))
    assert result.session.answers["annual_salary"] == Answer(unknown=True)
    assert asked(result) == "highest_degree"
    # A yes/no question takes "don't know" as a button; the "don't know" event is for typed questions.
    assert error(send(interview, result.session, DontKnow(question="highest_degree"))) == "error-stale-button"
    session = answer(interview, result.session, {"highest_degree": "master", "experience_years": 3,
                                                  "months_in_china": "nine_plus", "chinese_level": "none",
                                                  "achievements": ["none"], "background": ["none"]},
                     until="clean_record")
    result = send(interview, session, Choose(question="clean_record", choice="dont_know"))
    assert result.session.answers["clean_record"] == Answer(value="dont_know", unknown=True)
    assert error(send(interview, session, DontKnow(question="age"))) == "error-stale-button"


# --- multiple choice ---------------------------------------------------------------------------------
def test_multiple_choice_with_an_exclusive_none(interview: Interview) -> None:
    session = answer(interview, interview.new_session(), BEIJING, until="china_ties")

    def selected(result: StepResult) -> list[str]:
        assert isinstance(result.output, Ask) and result.output.question == "china_ties"
        return [c.key for c in result.output.choices if c.selected]

    result = send(interview, session, Toggle(question="china_ties", choice="spouse_of_citizen"),
                  Toggle(question="china_ties", choice="chinese_origin"))
    assert selected(result) == ["chinese_origin", "spouse_of_citizen"]  # in the order of the choices
    result = send(interview, result.session, Toggle(question="china_ties", choice="none"))
    assert selected(result) == ["none"]  # "none" clears the others
    result = send(interview, result.session, Toggle(question="china_ties", choice="investor"))
    assert selected(result) == ["investor"]  # and any other clears "none"
    result = send(interview, result.session, Toggle(question="china_ties", choice="investor"))
    assert selected(result) == []  # toggling again deselects
    assert "china_ties" not in result.session.answers  # nothing recorded before Confirm
    result = send(interview, result.session, Toggle(question="china_ties", choice="none"),
                  Confirm(question="china_ties"))
    assert isinstance(result.output, Finished)
    assert result.session.answers["china_ties"] == Answer(value=["none"]) and result.session.drafts == {}


def test_multiple_choice_refuses_choose_and_unknown_keys(interview: Interview) -> None:
    session = answer(interview, interview.new_session(), BEIJING, until="china_ties")
    assert error(send(interview, session, Choose(question="china_ties", choice="none"))) == "error-stale-button"
    assert error(send(interview, session, Toggle(question="china_ties", choice="cousin"))) == "error-stale-button"
    assert error(send(interview, session, Toggle(question="age", choice="none"))) == "error-stale-button"
    assert error(send(interview, session, Confirm(question="goal"))) == "error-stale-button"


def test_reopening_a_multiple_choice_starts_from_the_answer(interview: Interview) -> None:
    session = answer(interview, interview.new_session(), {**BEIJING, "china_ties": ["investor", "chinese_origin"]},
                     until="investment_usd")
    result = send(interview, session, ChangeAnswer(question="china_ties"))
    assert isinstance(result.output, Ask)
    assert [c.key for c in result.output.choices if c.selected] == ["chinese_origin", "investor"]


# --- refused input ----------------------------------------------------------------------------------
@pytest.mark.parametrize(("question", "text", "message", "params"), [
    ("age", "abc", "error-not-a-number", {}),
    ("age", "150", "error-number-above-max", {"max": 100}),
    ("age", "-3", "error-number-below-min", {"min": 0}),
    ("age", "x" * 4000, "error-text-too-long", {}),
    ("china_work_start", "2030-01", "error-date-in-future", {}),
    ("china_work_start", "1949", "error-date-too-early", {"year": 1950}),
    ("pr_lowest_salary", "-5", "error-money-negative", {}),
    ("goal", "settle", "error-use-buttons", {}),
])
def test_refused_input_leaves_the_session_unchanged(interview: Interview, question: str, text: str, message: str,
                                                    params: dict[str, int]) -> None:
    session = answer(interview, interview.new_session(), BEIJING, until=question)
    result = send(interview, session, TypeAnswer(text=text))
    assert error(result) == message
    assert isinstance(result.output, Invalid) and result.output.ask is not None
    assert result.output.ask.question == question
    assert {k: str(result.output.params.get(k)) for k in params} == {k: str(v) for k, v in params.items()}
    assert result.session is session and result.changed is False


def test_events_after_the_verdict(interview: Interview) -> None:
    session = answer(interview, interview.new_session(), BEIJING)
    assert error(send(interview, session, TypeAnswer(text="1"))) == "error-interview-complete"
    result = send(interview, session, ShowVerdict())
    assert isinstance(result.output, Finished) and result.changed is False
    assert isinstance(send(interview, session, Start()).output, Finished)


def test_the_verdict_is_not_ready_before_the_end(interview: Interview) -> None:
    session = answer(interview, interview.new_session(), BEIJING, until="age")
    result = send(interview, session, ShowVerdict())
    assert error(result) == "error-verdict-not-ready"
    assert isinstance(result.output, Invalid) and result.output.ask is not None


def test_a_stale_button_for_another_question_is_refused(interview: Interview) -> None:
    session = answer(interview, interview.new_session(), BEIJING, until="age")
    result = send(interview, session, Choose(question="goal", choice="work"))
    assert error(result) == "error-stale-button" and result.session is session


def test_unknown_language_is_refused(interview: Interview) -> None:
    result = send(interview, interview.new_session(), SetLanguage(language="tlh"))
    assert error(result) == "error-unknown-language"


# --- the trace of figures used -------------------------------------------------------------------------
def test_a_criterion_keeps_the_figures_it_read_around_eligible(content: Content) -> None:
    """Regression: evaluating eligible('wp_a') inside a criterion used to replace that criterion's trace
    with the trace of wp_a's last criterion, so figures read before the call were lost."""
    from conversations.expressions import parse
    from conversations.rules.context import RuleContext
    from conversations.rules.evaluation import evaluate_route

    route = content.route("r_visa")
    criterion = dataclasses.replace(route.criteria["category_a"],
                                    met_if=parse("age >= param('wp_min_age') and eligible('wp_a')"))
    changed = dataclasses.replace(route, criteria={"category_a": criterion})
    result = evaluate_route(changed, RuleContext(content, {"goal": Answer(value="work"), "age": Answer(value=30)},
                                                 date(2026, 3, 1)))
    assert [use.parameter for use in result.criteria[0].parameters] == ["wp_min_age"]
