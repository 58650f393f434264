"""What must hold whatever the bot was sent, checked by the runner after every batch.

Each check returns a short description of what is wrong, or None. Descriptions name question ids,
exception types and update indices, never a value a person typed: a failing fuzz run's output may be
pasted anywhere.
"""

from __future__ import annotations

import re
from collections.abc import Set
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from pydantic import ValidationError

import locales
from bot.records import UserRecord
from bot.storage import OpenQuestion
from conversations.engine import Interview
from conversations.input_parsing import AnswerError, parse_date, parse_integer, parse_money, parse_number
from conversations.schema.questions import YES_NO_UNKNOWN_KEYS, QuestionType
from conversations.session import Answer

_ISO_DATE = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")


def check_record(data: str, interview: Interview, today: date, shown: OpenQuestion | None = None) -> str | None:
    """A stored record loads as a ``UserRecord``, every answer passes the engine's own parsing and
    bounds for its question, and the engine can place the session in the flow (its path and current
    question), as every later update will ask it to."""
    try:
        record = UserRecord.from_json(data)
    except (ValidationError, ValueError) as error:
        return f"does not load as a UserRecord ({type(error).__name__})"
    session = record.session
    if session.language not in interview.languages:
        return "an unknown language"
    questions = interview.content.questions
    for question_id, answer in session.answers.items():
        if question_id not in questions:
            return f"an answer to a question that does not exist ({question_id[:40]!r})"
        problem = check_answer(interview, question_id, answer)
        if problem is not None:
            return f"answer to {question_id}: {problem}"
    for question_id, selected in session.drafts.items():
        spec = questions.get(question_id)
        if spec is None or spec.type is not QuestionType.MULTIPLE_CHOICE:
            return "a draft selection for a question that is not multiple choice"
        if not set(selected) <= set(spec.choice_keys):
            return f"a draft selection of {question_id} with choices it does not have"
    if session.focus is not None and session.focus not in questions:
        return "focus on a question that does not exist"
    try:
        path = interview.path(session, today)
        current = interview.current_question(session, today)
        if current is None:
            interview.verdict(session, today)
        else:
            interview.render_question(session, today)
    except Exception as error:  # the invariant is precisely that nothing here raises
        return f"the engine cannot place the session in the flow ({type(error).__name__})"
    if current is not None and current not in path:
        return f"current question {current} is not on the session's path"
    if shown is not None and shown.question_id not in questions:
        return "the question on screen does not exist"
    return None


def check_answer(interview: Interview, question_id: str, answer: Answer) -> str | None:
    spec = interview.content.questions[question_id]
    value = answer.value
    if answer.skipped:
        return None if spec.allow_skip and value is None else "skipped where skipping is not offered"
    if answer.unknown and spec.type is not QuestionType.YES_NO_UNKNOWN:
        return None if spec.allow_unknown and value is None else "\"don't know\" where it is not offered"
    keys = YES_NO_UNKNOWN_KEYS if spec.type is QuestionType.YES_NO_UNKNOWN else spec.choice_keys
    match spec.type:
        case QuestionType.SINGLE_CHOICE | QuestionType.YES_NO_UNKNOWN | QuestionType.CITY:
            if not isinstance(value, str) or value not in keys:
                return "not one of its choices"
            if spec.type is QuestionType.YES_NO_UNKNOWN and answer.unknown != (value == "dont_know"):
                return "\"don't know\" flag and value disagree"
        case QuestionType.MULTIPLE_CHOICE:
            if not isinstance(value, list) or not set(value) <= set(keys) or len(set(value)) != len(value):
                return "not a set of its choices"
            exclusive = {c.key for c in spec.choices if c.exclusive}
            if len(value) > 1 and exclusive & set(value):
                return "an exclusive choice together with others"
        case QuestionType.INTEGER | QuestionType.NUMBER | QuestionType.MONEY:
            if isinstance(value, bool) or not isinstance(value, (int, str)):
                return "not a number"
            try:
                number = (parse_money(str(value), language="en") if spec.type is QuestionType.MONEY
                          else parse_integer(str(value), language="en") if spec.type is QuestionType.INTEGER
                          else parse_number(str(value), language="en"))
            except AnswerError:
                return "not a number the engine reads"
            if spec.minimum is not None and number < spec.minimum:
                return "below the question's minimum"
            if spec.maximum is not None and number > spec.maximum:
                return "above the question's maximum"
        case QuestionType.DATE:
            if isinstance(value, str) and value in spec.choice_keys:
                return None
            if not isinstance(value, str) or not _ISO_DATE.fullmatch(value):
                return "not a stored date"
            try:
                parsed = parse_date(value, language="en")
            except AnswerError:
                return "not a date the engine reads"
            if spec.minimum is not None and parsed.year < spec.minimum:
                return "before the question's earliest year"
    return None


@dataclass(frozen=True)
class Leak:
    typed_at: int  # index of the update that typed the value in private
    chat_id: int | str
    method: str


_TOKEN = re.compile(r"[\w,.]+")


def distinctive(value: str) -> bool:
    """Values worth searching for in public messages: long enough that a public text (a year, a
    wage table's figures, a city) does not contain them by chance. Shorter values are covered by
    the end-to-end suite, whose typed values are chosen (tests/e2e/conftest.py)."""
    return len(value) >= 8 or (value.isdigit() and len(value) >= 7)


def bot_vocabulary() -> frozenset[str]:
    """Every word of every message the bot can say, in every language (locales/*/*.ftl): a person who
    types "Shenzhen" in private and a group told "Cities I know: ... Shenzhen" is no leak."""
    root = Path(locales.__file__).parent
    return frozenset(token for path in root.glob("*/*.ftl") for token in _TOKEN.findall(path.read_text("utf-8")))


class LeakDetector:
    """Values typed in private, searched for in every text the bot sends to a group or channel, matched
    whole with the boundaries tests/e2e uses. A value somebody also typed publicly is public, not a leak,
    and so is one made only of the bot's own words. Indexed by token, so that checking a message costs
    its length, not the number of values typed."""

    def __init__(self) -> None:
        self._single: dict[str, int] = {}  # value -> index of the update that typed it in private
        self._by_first_token: dict[str, list[tuple[str, int]]] = {}
        self._vocabulary = bot_vocabulary()

    def add_typed(self, index: int, text: str, public_inputs: set[str]) -> None:
        value = text.strip()
        if not value or value.startswith("/") or not distinctive(value) or value in public_inputs:
            return
        tokens = _TOKEN.findall(value)
        if not tokens or all(token in self._vocabulary for token in tokens):
            return
        if _TOKEN.fullmatch(value):
            self._single.setdefault(value, index)
        else:
            self._by_first_token.setdefault(tokens[0], []).append((value, index))

    def check(self, chat_id: int | str, method: str, text: str, public_inputs: Set[str] = frozenset()) -> list[Leak]:
        """The values found in ``text``; one typed publicly since it was typed in private is no leak."""
        leaks: list[Leak] = []
        for token in set(_TOKEN.findall(text)):
            index = self._single.get(token)
            if index is not None and token not in public_inputs:
                leaks.append(Leak(index, chat_id, method))
            for value, typed_at in self._by_first_token.get(token, ()):
                if value in text and value not in public_inputs and re.search(
                        rf"(?<![\w,.]){re.escape(value)}(?![\w,.])", text):
                    leaks.append(Leak(typed_at, chat_id, method))
        return leaks
