"""Properties of the interview engine over random event sequences (hypothesis).

* No sequence of events crashes the engine or leaves a session that does not survive a round trip
  through its stored form: sensible answers mixed with garbage text, emoji, 4,000-character strings,
  stale question ids, unknown choices, back / change / restart / skip / "don't know" in any order.
* An Invalid output never changes the session (``changed`` is False and the session is the same object).
* The position the engine keeps after a step (resumed from where the last replay stopped, when only the
  open question was answered) is the one a fresh replay from the first question gives.
* The same answers always give the same verdict; replaying a finished session's answers from scratch
  gives the same verdict; changing an answer and changing it back gives the same verdict.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conversations.checks import Representatives, evaluation_dates
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
from conversations.schema.questions import Question, QuestionType
from conversations.session import Answer, Session

CONTENT = load_content()
INTERVIEW = Interview(CONTENT, languages=frozenset({"en", "fr"}))
TODAY = date(2026, 3, 1)
REPS = Representatives(CONTENT, evaluation_dates(CONTENT, TODAY))

QUESTION_IDS = [*CONTENT.questions, "no_such_question", "", "goal ", "GOAL"]
CHOICE_KEYS = sorted({k for q in CONTENT.questions.values() for k in q.choice_keys}
                     | {"yes", "no", "dont_know", "not_a_choice", ""})
GARBAGE = st.one_of(
    st.text(max_size=40),
    st.sampled_from(["", "   ", "😀", "🇨🇳 500k", "NaN", "inf", "-1", "1e9", "0", "99999999999999999999999",
                     "2021-02-30", "1899", "2999-01-01", "١٢٣", "五万", "30w", "565,548", "565.548,5", "2016-09",
                     "not yet", "dont_know", "\x00", "\u202e123", "12 345 678", "¥-5", "-0"]),
    st.builds(lambda c, n: c * n, st.sampled_from(["9", "a", "😀", " ", "我"]), st.integers(3990, 4010)),
)
QUESTION = st.sampled_from(QUESTION_IDS)
CHOICE = st.sampled_from(CHOICE_KEYS)

ANY_EVENT: st.SearchStrategy[Event] = st.one_of(
    st.builds(TypeAnswer, text=GARBAGE),
    st.builds(Choose, question=QUESTION, choice=CHOICE),
    st.builds(Toggle, question=QUESTION, choice=CHOICE),
    st.builds(Confirm, question=QUESTION),
    st.builds(DontKnow, question=QUESTION),
    st.builds(Skip, question=QUESTION),
    st.builds(ChangeAnswer, question=QUESTION),
    st.just(Back()),
    st.just(Restart()),
    st.just(Start()),
    st.just(ShowVerdict()),
    st.builds(SetLanguage, language=st.sampled_from(["en", "fr", "xx", ""])),
    st.builds(SetEvaluationDate, as_of=st.none() | st.dates(min_value=date(1990, 1, 1), max_value=date(2040, 1, 1))),
)


def raw_of(answer: Answer) -> Any:
    """An answer as a person would give it again (the scenario form)."""
    if answer.unknown:
        return "dont_know"
    if answer.skipped:
        return "skip"
    return answer.value


def answer_events(question: Question, answer: Answer, session: Session) -> list[Event]:
    """The events that give this answer to the current question. A multiple choice re-opened starts
    from its current selection, so only the differences are toggled."""
    if question.type is not QuestionType.MULTIPLE_CHOICE or not isinstance(answer.value, list):
        return events_for(question, raw_of(answer))
    shown = INTERVIEW.render_question(session, TODAY)
    assert isinstance(shown, Ask) and shown.question == question.id
    current = [c.key for c in shown.choices if c.selected]
    toggles = [k for k in current if k not in answer.value] + [k for k in answer.value if k not in current]
    return [*(Toggle(question=question.id, choice=k) for k in toggles), Confirm(question=question.id)]


def sensible_events(data: st.DataObject, session: Session) -> list[Event]:
    """Events that answer the current question with one of its representative answers."""
    question_id = INTERVIEW.current_question(session, TODAY)
    if question_id is None:
        after: list[Event] = [Back(), ShowVerdict(), Start()]
        return [data.draw(st.sampled_from(after))]
    options = REPS.answers(question_id, session.evaluation_date(TODAY))
    answer = data.draw(st.sampled_from(options))
    return answer_events(CONTENT.questions[question_id], answer, session)


def step(session: Session, event: Event) -> StepResult:
    result = INTERVIEW.step(session, event, today=TODAY)
    new = result.session
    # The stored form round-trips, as Python data and as JSON.
    assert Session.model_validate(new.model_dump()) == new
    assert Session.model_validate_json(new.model_dump_json()) == new
    if isinstance(result.output, Invalid):
        assert result.changed is False
        assert new is session
    else:
        assert result.changed is (new != session)
    fresh = Session.model_validate_json(new.model_dump_json())  # another object: nothing cached for it
    assert INTERVIEW.path(new, TODAY) == INTERVIEW.path(fresh, TODAY)
    assert INTERVIEW.current_question(new, TODAY) == INTERVIEW.current_question(fresh, TODAY)
    if isinstance(result.output, Ask):
        assert result.output.question in INTERVIEW.path(new, TODAY)
    if isinstance(result.output, Finished):
        assert INTERVIEW.is_complete(new, TODAY)
        assert [r.id for r in result.output.verdict.routes] == [r.spec.id for r in CONTENT.routes]
    return result


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(st.data())
def test_no_sequence_of_events_breaks_the_engine(data: st.DataObject) -> None:
    session = INTERVIEW.new_session()
    for _ in range(data.draw(st.integers(1, 45), label="length")):
        if data.draw(st.integers(0, 9), label="kind") < 6:
            events = sensible_events(data, session)
        else:
            events = [data.draw(ANY_EVENT, label="event")]
        for event in events:
            session = step(session, event).session


def finish(data: st.DataObject, session: Session) -> Session:
    """Answer sensibly until the verdict."""
    for _ in range(3 * len(CONTENT.steps)):
        if INTERVIEW.is_complete(session, TODAY):
            return session
        for event in sensible_events(data, session):
            result = step(session, event)
            assert not isinstance(result.output, Invalid), (event, result.output)
            session = result.session
    raise AssertionError("the interview did not finish")


def replayed(session: Session) -> Session:
    """A new session given the same answers, in the order the engine asks for them."""
    fresh = INTERVIEW.new_session()
    for question, answer in INTERVIEW.answered(session, TODAY):
        assert INTERVIEW.current_question(fresh, TODAY) == question.id
        for event in answer_events(question, answer, fresh):
            result = step(fresh, event)
            assert not isinstance(result.output, Invalid), (event, result.output)
            fresh = result.session
    return fresh


@settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(st.data())
def test_the_same_answers_give_the_same_verdict(data: st.DataObject) -> None:
    session = finish(data, INTERVIEW.new_session())
    verdict = INTERVIEW.verdict(session, TODAY)
    # Determinism: again, and from a copy restored from storage.
    assert INTERVIEW.verdict(session, TODAY) == verdict
    assert INTERVIEW.verdict(Session.model_validate_json(session.model_dump_json()), TODAY) == verdict
    # Replaying the answers from scratch.
    again = replayed(session)
    assert INTERVIEW.is_complete(again, TODAY)
    assert INTERVIEW.answered(again, TODAY) == INTERVIEW.answered(session, TODAY)
    assert INTERVIEW.verdict(again, TODAY) == verdict
    # Changing an answer (answering whatever that brings up), then changing it back.
    path = INTERVIEW.path(session, TODAY)
    question = data.draw(st.sampled_from(path), label="changed")
    original = session.answers[question]
    detour = step(session, ChangeAnswer(question=question)).session
    others = [a for a in REPS.answers(question, TODAY) if a != original] or [original]
    other = data.draw(st.sampled_from(others), label="other")
    for event in answer_events(CONTENT.questions[question], other, detour):
        detour = step(detour, event).session
    detour = finish(data, detour)
    back = step(detour, ChangeAnswer(question=question)).session
    for event in answer_events(CONTENT.questions[question], original, back):
        back = step(back, event).session
    assert INTERVIEW.is_complete(back, TODAY)
    assert INTERVIEW.path(back, TODAY) == path
    assert INTERVIEW.verdict(back, TODAY) == verdict


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.permutations(["talent_programme", "international_award", "senior_post", "postdoc", "founder_investor"]),
       st.integers(1, 5))
def test_the_order_of_toggles_does_not_matter(order: list[str], count: int) -> None:
    chosen = order[:count]
    answers = {"goal": "work", "age": "30", "work_city": "beijing", "job_offer": "yes", "annual_salary": "100000",
               "highest_degree": "master", "experience_years": "1", "months_in_china": "nine_plus",
               "chinese_level": "none"}
    session = INTERVIEW.new_session()
    for question, raw in answers.items():
        for event in events_for(CONTENT.questions[question], raw):
            session = step(session, event).session
    for key in chosen:
        session = step(session, Toggle(question="achievements", choice=key)).session
    session = step(session, Confirm(question="achievements")).session
    expected = [k for k in CONTENT.questions["achievements"].choice_keys if k in chosen]
    assert session.answers["achievements"].value == expected
