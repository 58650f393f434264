"""The interview engine: an event and a session in, a new session and an output out.

The next question is never stored: it is derived by replaying the flow over the answers. A question
is on the path when its "ask if" condition holds (or is unknown) for the answers before it. Answers to
questions that have left the path are kept, but nothing reads them, so a changed early answer keeps
every later answer that still applies. Invalid input returns the session unchanged.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Generic, TypeVar

from conversations.compiled import CompiledStep, Content
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
from conversations.expressions.evaluate import truth
from conversations.input_parsing import AnswerError, parse_date, parse_integer, parse_money, parse_number
from conversations.outputs import Ask, ChoiceShown, Finished, Invalid, Output, StepResult
from conversations.rules.context import RuleContext
from conversations.rules.evaluation import evaluate_verdict
from conversations.schema.questions import YES_NO_UNKNOWN_KEYS, Question, QuestionType
from conversations.session import Answer, Session
from conversations.verdict import Verdict

MAX_TEXT_LENGTH = 100  # longer input is not an answer to any question we ask

T = TypeVar("T")


@dataclass(frozen=True)
class _Position:
    path: tuple[str, ...]  # questions on the path, in order
    current: str | None  # the question to ask now; None when the interview is complete
    first_open: str | None  # the first unanswered question on the path, where the replay stopped
    stopped_at: int  # index in the flow's steps of first_open (len(steps) when complete)
    visible: Mapping[str, Answer]  # the answers the replay had seen when it stopped


class _RecentResults(Generic[T]):
    """What was computed for recently seen session objects, by identity and day, newest kept.

    Sessions are immutable, so the same object on the same day always gives the same result. Each
    entry holds its session, so an id cannot be reused by another object while the entry lives, and
    the bounded size keeps memory flat however many people write.
    """

    def __init__(self, size: int = 512) -> None:
        self._size = size
        self._entries: OrderedDict[tuple[int, date], tuple[Session, T]] = OrderedDict()

    def get(self, session: Session, today: date) -> T | None:
        entry = self._entries.get((id(session), today))
        if entry is None or entry[0] is not session:
            return None
        return entry[1]

    def discard(self, session: Session) -> None:
        """Drop what was kept for this session object, on any day."""
        for key in [key for key, (kept, _) in self._entries.items() if kept is session]:
            del self._entries[key]

    def put(self, session: Session, today: date, result: T) -> None:
        key = (id(session), today)
        self._entries[key] = (session, result)
        self._entries.move_to_end(key)
        if len(self._entries) > self._size:
            self._entries.popitem(last=False)


class Interview:
    """A compiled interview; one instance serves every session (it holds no per-person state)."""

    def __init__(self, content: Content, languages: frozenset[str] = frozenset({"en"})) -> None:
        self.content = content
        self.languages = languages
        # Positions and verdicts of recently seen sessions: one update asks for them several times (the
        # current question, whether the interview is complete, the verdict to show and to count), and a
        # caller that keeps session objects between updates (the bot's record cache) finds them again.
        self._positions: _RecentResults[_Position] = _RecentResults()
        self._verdicts: _RecentResults[Verdict] = _RecentResults()

    def forget(self, sessions: Iterable[Session]) -> None:
        """Drop the positions and verdicts kept for these sessions (their person asked to be forgotten);
        what is kept for everybody else stays."""
        for session in sessions:
            self._positions.discard(session)
            self._verdicts.discard(session)

    # --- queries -----------------------------------------------------------------------------
    def new_session(self, language: str = "en", source: str | None = None) -> Session:
        return Session(language=language if language in self.languages else "en", source=source)

    def path(self, session: Session, today: date) -> tuple[str, ...]:
        return self._position(session, today).path

    def current_question(self, session: Session, today: date) -> str | None:
        return self._position(session, today).current

    def is_complete(self, session: Session, today: date) -> bool:
        return self._position(session, today).current is None

    def answered(self, session: Session, today: date) -> list[tuple[Question, Answer]]:
        """The answers on the person's path, in the order asked (for "/answers")."""
        return [(self.content.questions[q], session.answers[q]) for q in self.path(session, today)
                if q in session.answers]

    def verdict(self, session: Session, today: date) -> Verdict:
        found = self._verdicts.get(session, today)
        if found is None:
            as_of = session.evaluation_date(today)
            answers = self._answers_on_path(session, today)
            found = evaluate_verdict(self.content, RuleContext(self.content, answers, as_of))
            self._verdicts.put(session, today, found)
        return found

    def answers_applying(self, session: Session, day: date) -> dict[str, Answer]:
        """The answers on the path as of ``day`` (whatever what-if date the session holds), the whole flow
        replayed with unanswered questions read as unknown: a question that only applies on a later date
        (the permanent-residence details after 4 years in China) leaves the answers after it in place,
        where the interview's own path stops at it to ask it."""
        return self._applying(session, day)[0]

    def context_applying(self, session: Session, day: date) -> RuleContext:
        """An untraced rule context over ``answers_applying(session, day)``, as of ``day``, with what the
        replay already worked out (derived values, routes asked about) kept: for statuses only."""
        return self._applying(session, day)[1]

    def _applying(self, session: Session, day: date) -> tuple[dict[str, Answer], RuleContext]:
        visible: dict[str, Answer] = {}
        context = RuleContext(self.content, visible, day, tracing=False)
        for step in self.content.steps:
            answer = session.answers.get(step.question.id)
            if answer is None or not self._asked(step, context):
                continue
            visible[step.question.id] = answer
            context = RuleContext(self.content, visible, day, tracing=False)  # derived values may change
        return visible, context

    def render_question(self, session: Session, today: date) -> Output:
        position = self._position(session, today)
        if position.current is None:
            return Finished(verdict=self.verdict(session, today))
        return self._ask(session, position, position.current)

    # --- the step ----------------------------------------------------------------------------
    def step(self, session: Session, event: Event, *, today: date) -> StepResult:
        position = self._position(session, today)
        try:
            new_session = self._apply(session, event, position, today)
        except AnswerError as error:
            ask = None if position.current is None else self._ask(session, position, position.current)
            return StepResult(session=session, output=Invalid(error=error.message_id, params=error.params, ask=ask),
                              changed=False)
        if self._positions.get(new_session, today) is None and self._answered_open(session, new_session, position):
            self._positions.put(new_session, today, self._continue(new_session, position, today))
        output = self.render_question(new_session, today)
        return StepResult(session=new_session, output=output, changed=new_session != session)

    def _apply(self, session: Session, event: Event, position: _Position, today: date) -> Session:
        match event:
            case Start() | ShowVerdict():
                if isinstance(event, ShowVerdict) and position.current is not None:
                    raise AnswerError("error-verdict-not-ready")
                return session
            case Restart():
                return session.model_copy(update={"answers": {}, "focus": None, "drafts": {}})
            case SetLanguage(language=language):
                if language not in self.languages:
                    raise AnswerError("error-unknown-language")
                return session.model_copy(update={"language": language})
            case SetEvaluationDate(as_of=as_of):
                return session.model_copy(update={"as_of": as_of})
            case Back():
                return self._back(session, position)
            case ChangeAnswer(question=question):
                if question not in position.path or question not in session.answers:
                    raise AnswerError("error-stale-button")
                return session.model_copy(update={"focus": question})
        question = self._expect_current(position, event)
        spec = self.content.questions[question]
        match event:
            case TypeAnswer(text=text):
                value = self._parse(spec, text, session, today)
                # A number that grows with time remembers the date it is true on (see RuleContext.name).
                on = session.evaluation_date(today) if spec.grows_yearly else None
                return self._record(session, spec, Answer(value=value, on=on))
            case Choose(choice=choice):
                if spec.type is QuestionType.MULTIPLE_CHOICE or choice not in self._keys(spec):
                    raise AnswerError("error-stale-button")
                unknown = spec.type is QuestionType.YES_NO_UNKNOWN and choice == "dont_know"
                return self._record(session, spec, Answer(value=choice, unknown=unknown))
            case Toggle(choice=choice):
                if spec.type is not QuestionType.MULTIPLE_CHOICE or choice not in spec.choice_keys:
                    raise AnswerError("error-stale-button")
                return self._toggle(session, spec, choice)
            case Confirm():
                if spec.type is not QuestionType.MULTIPLE_CHOICE:
                    raise AnswerError("error-stale-button")
                selected = self._selection(session, spec)
                drafts = {k: v for k, v in session.drafts.items() if k != spec.id}
                return self._record(session.model_copy(update={"drafts": drafts}), spec, Answer(value=selected))
            case DontKnow():
                if not spec.allow_unknown:
                    raise AnswerError("error-stale-button")
                return self._record(session, spec, Answer(unknown=True))
            case Skip():
                if not spec.allow_skip:
                    raise AnswerError("error-stale-button")
                return self._record(session, spec, Answer(skipped=True))
        raise AssertionError(event)

    # --- helpers -----------------------------------------------------------------------------
    def _expect_current(self, position: _Position, event: Event) -> str:
        if position.current is None:
            raise AnswerError("error-interview-complete")
        target = getattr(event, "question", position.current)
        if target != position.current:
            raise AnswerError("error-stale-button")
        return position.current

    @staticmethod
    def _keys(spec: Question) -> tuple[str, ...]:
        if spec.type is QuestionType.YES_NO_UNKNOWN:
            return YES_NO_UNKNOWN_KEYS
        return spec.choice_keys

    def _record(self, session: Session, spec: Question, answer: Answer) -> Session:
        answers = {**session.answers, spec.id: answer}
        return session.model_copy(update={"answers": answers, "focus": None})

    def _selection(self, session: Session, spec: Question) -> list[str]:
        if spec.id in session.drafts:
            return list(session.drafts[spec.id])
        previous = session.answers.get(spec.id)
        if previous is not None and isinstance(previous.value, list):
            return list(previous.value)
        return []

    def _toggle(self, session: Session, spec: Question, choice: str) -> Session:
        selected = self._selection(session, spec)
        exclusive = {c.key for c in spec.choices if c.exclusive}
        if choice in selected:
            selected.remove(choice)
        elif choice in exclusive:
            selected = [choice]
        else:
            selected = [k for k in selected if k not in exclusive] + [choice]
        ordered = [k for k in spec.choice_keys if k in selected]
        return session.model_copy(update={"drafts": {**session.drafts, spec.id: ordered}})

    def _back(self, session: Session, position: _Position) -> Session:
        path = position.path
        if not path:
            raise AnswerError("error-nothing-to-go-back-to")
        if position.current is None:
            target = path[-1]
        else:
            index = path.index(position.current)
            if index == 0:
                raise AnswerError("error-nothing-to-go-back-to")
            target = path[index - 1]
        return session.model_copy(update={"focus": target})

    def _parse(self, spec: Question, text: str, session: Session, today: date) -> str | int:
        text = text.strip()
        if len(text) > MAX_TEXT_LENGTH:
            raise AnswerError("error-text-too-long")
        language = session.language
        match spec.type:
            case QuestionType.INTEGER:
                number = Decimal(parse_integer(text, language=language))
                self._bounds(spec, number)
                return int(number)
            case QuestionType.NUMBER:
                number = parse_number(text, language=language)
                self._bounds(spec, number)
                return str(number.normalize()) if number == number.to_integral_value() else str(number)
            case QuestionType.MONEY:
                amount = parse_money(text, language=language)
                if amount < 0:
                    raise AnswerError("error-money-negative")
                if spec.maximum is not None and amount > spec.maximum:
                    raise AnswerError("error-money-absurd", {"max": int(spec.maximum)})
                if spec.minimum is not None and amount < spec.minimum:
                    raise AnswerError("error-money-too-small", {"min": int(spec.minimum)})
                return int(amount.to_integral_value())
            case QuestionType.DATE:
                parsed = parse_date(text, language=language)
                as_of = session.evaluation_date(today)
                if parsed.to_date() > as_of:
                    raise AnswerError("error-date-in-future")
                if spec.minimum is not None and parsed.year < spec.minimum:
                    raise AnswerError("error-date-too-early", {"year": str(int(spec.minimum))})
                return parsed.iso()
            case _:
                raise AnswerError("error-use-buttons")

    @staticmethod
    def _bounds(spec: Question, number: Decimal) -> None:
        if spec.minimum is not None and number < spec.minimum:
            raise AnswerError("error-number-below-min", {"min": int(spec.minimum)})
        if spec.maximum is not None and number > spec.maximum:
            raise AnswerError("error-number-above-max", {"max": int(spec.maximum)})

    def _position(self, session: Session, today: date) -> _Position:
        cached = self._positions.get(session, today)
        if cached is not None:
            return cached
        position = self._replay(session, session.evaluation_date(today), 0, [], {})
        self._positions.put(session, today, position)
        return position

    @staticmethod
    def _answered_open(before: Session, after: Session, position: _Position) -> bool:
        """The step only answered the question the replay stopped at: every other answer, the date and
        the focus are as they were, so the path up to that question cannot have changed."""
        question = position.first_open
        return (question is not None and before.focus is None and after.focus is None
                and question not in before.answers and question in after.answers
                and after.as_of == before.as_of and len(after.answers) == len(before.answers) + 1
                and all(after.answers.get(key) is answer for key, answer in before.answers.items()))

    def _continue(self, session: Session, before: _Position, today: date) -> _Position:
        """The position once the open question is answered: the replay resumes where it stopped, with
        that answer seen, instead of starting again from the first question (same result, less work)."""
        assert before.first_open is not None
        visible = {**before.visible, before.first_open: session.answers[before.first_open]}
        return self._replay(session, session.evaluation_date(today), before.stopped_at + 1, list(before.path), visible)

    def _replay(self, session: Session, as_of: date, start: int, path: list[str], visible: dict[str, Answer]
                ) -> _Position:
        """Walk the flow from step ``start``: a question is on the path when its condition holds (or is
        unknown) for the answers seen before it; stop at the first one not answered yet."""
        steps = self.content.steps
        context = RuleContext(self.content, visible, as_of, tracing=False)
        first_open: str | None = None
        stopped_at = len(steps)
        for index in range(start, len(steps)):
            step = steps[index]
            if not self._asked(step, context):
                continue
            qid = step.question.id
            path.append(qid)
            answer = session.answers.get(qid)
            if answer is None:
                # Later questions may depend on this one; stop so the path never runs ahead of the answers.
                first_open, stopped_at = qid, index
                break
            visible[qid] = answer
            # A new answer may change derived values: later conditions get a fresh context.
            context = RuleContext(self.content, visible, as_of, tracing=False)
        current = session.focus if session.focus in path else first_open
        return _Position(tuple(path), current, first_open, stopped_at, dict(visible))

    @staticmethod
    def _asked(step: CompiledStep, context: RuleContext) -> bool:
        if step.ask_if is None:
            return True
        return truth(step.ask_if, context) is not False  # unknown: ask, it may matter

    def _answers_on_path(self, session: Session, today: date) -> dict[str, Answer]:
        return {q: session.answers[q] for q in self.path(session, today) if q in session.answers}

    def _ask(self, session: Session, position: _Position, question: str) -> Ask:
        spec = self.content.questions[question]
        selected = set(self._selection(session, spec)) if spec.type is QuestionType.MULTIPLE_CHOICE else set()
        choices = [ChoiceShown(key=c.key, text=c.text, selected=c.key in selected) for c in spec.choices]
        if spec.type is QuestionType.YES_NO_UNKNOWN and not choices:
            choices = [ChoiceShown(key=k, text=f"choice-{k.replace('_', '-')}") for k in YES_NO_UNKNOWN_KEYS]
        index = position.path.index(question)
        return Ask(
            question=question, type=spec.type, text=spec.text, why=spec.why, hint=spec.hint, choices=choices,
            minimum=spec.minimum, maximum=spec.maximum, allow_unknown=spec.allow_unknown,
            allow_skip=spec.allow_skip, allow_back=index > 0, number=index + 1,
            previous=session.answers.get(question), unit=spec.unit,
        )
