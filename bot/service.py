"""The conversation service: one request in, effects out, with the session written through first.

    request -> load record -> engine step -> durable save -> render -> effects (the adapter sends them)

It knows nothing of Telegram: the Telegram adapter and the terminal both drive it. The save happens
before any effect is returned, in one transaction that also records the update id, so a reply is
never sent for an answer that was not stored, and a redelivered update is applied once.
"""

from __future__ import annotations

import json
import logging
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime

from bot.callback_data import ButtonAction
from bot.china_time import china_today
from bot.effects import CloseQuestion, EditPressed, Effect, Notify, Send, SendFile, decode_replies, encode_replies
from bot.follow_ups import FollowUpDecisions, follow_up_of
from bot.records import RecordCache, UserRecord
from bot.rendering.formatting import Formatter
from bot.rendering.messages import Button, Outgoing
from bot.rendering.question import render_answered, render_question
from bot.rendering.verdict import render_route, render_summary
from bot.requests import Command, Edited, Person, Press, Request, Text, Unsupported
from bot.storage import ChatStore, FollowUp, OpenQuestion, SaveOutcome, SessionStore, StatIncrement, StoredSession
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
    Toggle,
    TypeAnswer,
)
from conversations.outputs import Ask, Finished, Invalid, Output, StepResult
from conversations.schema.questions import QuestionType
from conversations.session import Session
from locales import Catalog

log = logging.getLogger(__name__)

DEEP_LINK_PAYLOAD = re.compile(r"[A-Za-z0-9_-]{1,64}")
_SAVE_ATTEMPTS = 3
_MAX_TYPED_CHOICE = 80  # longer text is not a button label


def fold(text: str) -> str:
    """Lower case without accents, punctuation or spaces: how typed words are compared."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if c.isalnum())


def _replies(update_id: int | None, effects: list[Effect], version: int) -> str | None:
    """The replies to keep with an update from Telegram until they are sent (none without an update)."""
    return encode_replies(effects, version) if update_id is not None else None


def repeats_answer(session: Session, event: Event) -> bool:
    """The press would record the very answer already stored for its question: a double tap (two
    presses sent before the first reply) or an old copy of the same button. It was applied once."""
    match event:
        case Choose(question=question, choice=choice):
            stored = session.answers.get(question)
            return stored is not None and stored.value == choice
        case Confirm(question=question):
            return question in session.answers
        case DontKnow(question=question):
            stored = session.answers.get(question)
            return stored is not None and stored.unknown
        case Skip(question=question):
            stored = session.answers.get(question)
            return stored is not None and stored.skipped
    return False


@dataclass
class Turn:
    effects: list[Effect] = field(default_factory=list)
    duplicate: bool = False  # the update was already applied: send nothing
    version: int = 0  # the person's stored version after the turn (for remember_question)


@dataclass(frozen=True)
class _Loaded:
    record: UserRecord
    version: int  # 0: not stored yet


class ConversationService:
    def __init__(self, interview: Interview, store: SessionStore, catalog: Catalog, *,
                 clock: Callable[[], datetime], default_language: str = "en", session_ttl_days: int = 180,
                 chats: ChatStore | None = None, follow_ups: bool = False) -> None:
        self.interview = interview
        self.store = store
        self.chats = chats
        self.catalog = catalog
        self.clock = clock
        self.default_language = default_language if default_language in catalog.languages else "en"
        self.session_ttl_days = session_ttl_days
        self._typed_cache: dict[tuple[str, str], dict[str, str]] = {}
        self._records = RecordCache()
        # Reminders and rule alerts are offered only where the bot can come back to the person (Telegram,
        # not the terminal).
        self.follow_ups = FollowUpDecisions(interview, self.formatter) if follow_ups else None

    # --- the adapter tells us which message shows the current question ----------------------------
    async def remember_question(self, user_id: int, version: int, message_id: int, question_id: str) -> None:
        """Stored with the session (without changing its version), so that after a restart the question's
        buttons are still closed once it is answered."""
        await self.store.remember_question(user_id, version=version,
                                           question=OpenQuestion(message_id=message_id, question_id=question_id))

    def formatter(self, language: str) -> Formatter:
        return Formatter(self.catalog, self.interview.content, language)

    # --- the pipeline --------------------------------------------------------------------------------
    async def handle(self, person: Person, request: Request, *, update_id: int | None = None,
                     callback_id: str | None = None) -> Turn:
        """One request: the session change and the replies it produces are written in one transaction
        (the replies on the update's inbox entry, when it has one), then returned to be sent. An update
        already applied gives the replies kept for it, if they may not all have been sent (the process
        stopped before its inbox entry was done), and nothing otherwise."""
        # A redelivered update is caught when it is saved (or marked): the check and the write are one
        # transaction, so no separate look-up is needed first.
        origin = await self._origin(request)
        for _ in range(_SAVE_ATTEMPTS):
            loaded = await self._load(person)
            today = china_today(self.clock())
            if loaded.version == 0 and isinstance(request, (Text, Press)):
                request = Command("start")  # a first message that is not /start: greet and ask, don't scold
            record, effects = self._decide(person, loaded.record, request, today, origin)
            if record is None:  # /forget confirmed
                await self.store.delete_user(person.user_id)
                # Nothing of theirs kept in memory either: their recent records, and what the engine
                # computed for their sessions; everybody else's stays.
                dropped = self._records.forget(person.user_id)
                self.interview.forget([loaded.record.session, *(kept.session for kept in dropped)])
                if not await self._mark(update_id, callback_id, _replies(update_id, effects, 0)):
                    return await self._replay(update_id)
                return Turn(effects)
            if record != loaded.record or loaded.version == 0:
                record, stats = self._count(record, loaded.version == 0, today)
                text = record.to_json()
                version = loaded.version + 1
                outcome = await self.store.save(person.user_id, text, expected_version=loaded.version,
                                                update_id=update_id, callback_query_id=callback_id, stats=stats,
                                                open_question=record.open_question,
                                                replies=_replies(update_id, effects, version),
                                                follow_up=self._follow_up_change(loaded.record, record))
                if outcome is SaveOutcome.DUPLICATE:
                    return await self._replay(update_id)
                if outcome is SaveOutcome.STALE:
                    continue  # another instance wrote first: reload and apply the request to the newer state
                self._records.put(text, record.model_copy(update={"open_question": None}), person.user_id)
                return Turn(effects, version=version)
            if not await self._mark(update_id, callback_id, _replies(update_id, effects, loaded.version)):
                return await self._replay(update_id)
            return Turn(effects, version=loaded.version)
        log.warning("gave up after %d conflicting writes", _SAVE_ATTEMPTS)
        fmt = self.formatter(self.default_language)
        return Turn([Send(Outgoing(fmt.t("error-generic")))])

    def _follow_up_change(self, before: UserRecord, after: UserRecord) -> FollowUp | None:
        """The person's new follow-up when this save changes it (None: leave the stored one as it is)."""
        if self.follow_ups is None:
            return None  # nothing is ever scheduled without a way back to the person
        now = self.clock()
        rules = self.follow_ups.rules_now(china_today(now))
        new = follow_up_of(after, now, rules)
        return new if new != follow_up_of(before, now, rules) else None

    # --- for the background sender of reminders and alerts (bot/follow_up_delivery.py) ---------------
    async def load_record(self, user_id: int) -> tuple[UserRecord, int] | None:
        """The person's stored record and its version; None if nothing is stored (or it cannot be read)."""
        stored = await self.store.load(user_id)
        if stored is None:
            return None
        try:
            record = self._records.parse(stored.data, user_id)
        except ValueError:
            log.error("unreadable stored record; its follow-ups are skipped")
            return None
        return record, stored.version

    async def store_record(self, user_id: int, record: UserRecord, version: int) -> bool:
        """Save ``record`` over ``version`` with the follow-up it implies; False if the version moved on."""
        text = record.to_json()
        now = self.clock()
        assert self.follow_ups is not None, "follow-ups are saved only by a service that offers them"
        rules = self.follow_ups.rules_now(china_today(now))
        outcome = await self.store.save(user_id, text, expected_version=version,
                                        follow_up=follow_up_of(record, now, rules))
        if outcome is not SaveOutcome.SAVED:
            return False
        self._records.put(text, record, user_id)
        return True

    async def _replay(self, update_id: int | None) -> Turn:
        """An update applied before: the replies kept with it, if its inbox entry is still there."""
        kept = await self.store.inbox_replies(update_id) if update_id is not None else None
        if kept is None:
            return Turn(duplicate=True)
        try:
            effects, version = decode_replies(kept)
        except ValueError:
            log.error("unreadable replies kept for an update; not sent again")
            return Turn(duplicate=True)
        return Turn(effects, version=version)

    async def _origin(self, request: Request) -> str | None:
        """The title of the group or channel a deep link came from, to greet the person with it."""
        if not isinstance(request, Command) or request.name != "start" or not request.payload or self.chats is None:
            return None
        payload = request.payload
        if payload[:1] in {"g", "c"} and payload[1:].lstrip("-").isdigit() and len(payload) <= 24:
            chat = await self.chats.get_chat(int(payload[1:]))
            if chat is not None and chat.title:
                return chat.title
        return None

    def _count(self, record: UserRecord, new: bool, today: date) -> tuple[UserRecord, list[StatIncrement]]:
        """Anonymous counters written with the answer: a session started, a session completed."""
        session = record.session
        source = session.source or "private"
        increments: list[StatIncrement] = []
        if new:
            increments += [StatIncrement("started", "source", source),
                           StatIncrement("started", "language", session.language)]
        if not record.completion_counted and session.answers and self.interview.is_complete(session, today):
            best = self.interview.verdict(session, today).best(limit=1)
            outcome = best[0].status.value if best else "not_applicable"
            increments += [StatIncrement("completed", "source", source),
                           StatIncrement("completed", "language", session.language),
                           StatIncrement("completed", "outcome", outcome)]
            record = record.model_copy(update={"completion_counted": True})
        return record, increments

    async def _mark(self, update_id: int | None, callback_id: str | None, replies: str | None = None) -> bool:
        if update_id is None and callback_id is None:
            return True
        return await self.store.mark_processed(update_id=update_id, callback_query_id=callback_id, replies=replies)

    async def _load(self, person: Person) -> _Loaded:
        stored: StoredSession | None = await self.store.load(person.user_id)
        if stored is None:
            language = self.catalog.resolve(person.language_code) if person.language_code else self.default_language
            session = self.interview.new_session(language=language)
            record = UserRecord(session=session)
            version = 0
        else:
            try:
                record = self._records.parse(stored.data, person.user_id)
            except ValueError:
                # A record this version cannot read (e.g. written by a newer deploy): start afresh rather
                # than crash on every message. Logged without its content.
                log.error("unreadable stored record; starting a new session")
                record = UserRecord(session=self.interview.new_session(language=self.default_language))
            version = stored.version
        if not record.language_chosen and person.language_code:
            # Until the person picks a language, follow the one their Telegram app is set to.
            followed = self.catalog.resolve(person.language_code)
            if followed != record.session.language:
                record = record.model_copy(
                    update={"session": record.session.model_copy(update={"language": followed})})
        if stored is not None and stored.open_question is not None:
            record = record.model_copy(update={"open_question": stored.open_question})
        return _Loaded(record, version)

    # --- decisions (pure: no I/O) ---------------------------------------------------------------------
    def _decide(self, person: Person, record: UserRecord, request: Request, today: date, origin: str | None
                ) -> tuple[UserRecord | None, list[Effect]]:
        fmt = self.formatter(record.session.language)
        match request:
            case Command(name="start" | "check", payload=payload):
                return self._start(person, record, payload, today, origin)
            case Command(name="help"):
                return record, [Send(Outgoing(fmt.t("help-text")))]
            case Command(name="privacy"):
                return record, [Send(Outgoing(fmt.t("privacy-text", days=self.session_ttl_days)))]
            case Command(name="language"):
                return record, [Send(self._language_menu(fmt))]
            case Command(name="answers"):
                return record, [Send(self._answers_list(record.session, fmt, today))]
            case Command(name="verdict"):
                return self._engine(record, ShowVerdict(), today, pressed=None)
            case Command(name="date", payload=payload):
                return self._evaluation_date(record, payload, today)
            case Command(name="back"):
                return self._engine(record, Back(), today, pressed=None)
            case Command(name="restart"):
                return self._engine(record, Restart(), today, pressed=None)
            case Command(name="mydata"):
                return record, [self._export(record, fmt)]
            case Command(name="reminders") if self.follow_ups is not None:
                return record, [Send(self.follow_ups.listing(record))]
            case Command(name="forget"):
                return record, [Send(Outgoing(fmt.t("forget-confirm"), (
                    (Button(fmt.raw("forget-yes"), ButtonAction("forget_yes")),
                     Button(fmt.raw("forget-no"), ButtonAction("forget_no"))),)))]
            case Command():
                return record, [Send(Outgoing(fmt.t("help-text")))]
            case Text(text=text):
                return self._engine(record, self._typed(record.session, text, today), today, pressed=None)
            case Press(action=None):
                return record, [Notify(fmt.raw("error-stale-button")), *self._current(record, today)]
            case Press(action=action, message_id=message_id):
                assert action is not None
                return self._press(record, action, message_id, today)
            case Unsupported():
                return record, [Send(Outgoing(fmt.t("error-unsupported-message")))]
            case Edited():
                return record, [Send(Outgoing(fmt.t("error-edited-message")))]
        raise AssertionError(request)

    def _typed(self, session: Session, text: str, today: date) -> Event:
        """Typed text for the current question: on a question with buttons, a typed "yes" or a typed
        button label counts as pressing it; anything else goes to the engine to be parsed as a value."""
        question_id = self.interview.current_question(session, today)
        if question_id is None or len(text) > _MAX_TYPED_CHOICE:
            return TypeAnswer(text=text)
        question = self.interview.content.questions[question_id]
        typed = fold(text)
        if not typed or question.type is QuestionType.MULTIPLE_CHOICE:
            return TypeAnswer(text=text)
        for language in dict.fromkeys((session.language, "en")):
            key = self._typed_choices(language, question_id).get(typed)
            if key is not None:
                return Choose(question=question_id, choice=key)
        return TypeAnswer(text=text)

    def _typed_choices(self, language: str, question_id: str) -> dict[str, str]:
        """What can be typed for a question's buttons in a language (folded text -> choice key), built
        once per language and question rather than on every message."""
        found = self._typed_cache.get((language, question_id))
        if found is None:
            question = self.interview.content.questions[question_id]
            found = {}
            if question.type is QuestionType.YES_NO_UNKNOWN:
                for key, words in (("yes", "input-yes"), ("no", "input-no"), ("dont_know", "input-dont-know")):
                    for word in self.catalog.text(language, words).split("|"):
                        found.setdefault(fold(word), key)
            for choice in question.choices:
                found.setdefault(fold(self.catalog.text(language, choice.text)), choice.key)
            found.pop("", None)
            self._typed_cache[(language, question_id)] = found
        return found

    def _evaluation_date(self, record: UserRecord, payload: str | None, today: date
                         ) -> tuple[UserRecord, list[Effect]]:
        fmt = self.formatter(record.session.language)
        text = (payload or "").strip().lower()
        as_of: date | None
        if text in {"today", "now", "-"}:
            as_of = None
        else:
            try:
                as_of = date.fromisoformat(text)
            except ValueError:
                return record, [Send(Outgoing(fmt.t("date-usage")))]
            if not date(2004, 1, 1) <= as_of <= date(today.year + 10, 12, 31):
                return record, [Send(Outgoing(fmt.t("date-usage")))]
        new_record, effects = self._engine(record, SetEvaluationDate(as_of=as_of), today, pressed=None)
        notice = fmt.t("date-reset") if as_of is None else fmt.t("date-set", date=fmt.raw_date(as_of))
        return new_record, [Send(Outgoing(notice)), *effects]

    def _start(self, person: Person, record: UserRecord, payload: str | None, today: date, origin: str | None
               ) -> tuple[UserRecord, list[Effect]]:
        session = record.session
        fmt = self.formatter(session.language)
        fresh = not session.answers
        if payload and DEEP_LINK_PAYLOAD.fullmatch(payload) and session.source is None:
            session = session.model_copy(update={"source": payload})
        record = record.model_copy(update={"session": session})
        if fresh:
            name = person.first_name
            intro = [fmt.t("start-greeting", name=name if name else None), "", f"<i>{fmt.t('start-privacy-line')}</i>"]
        else:
            intro = [fmt.t("start-resume")]
        if origin:
            intro += ["", fmt.t("group-came-from", group=origin)]
        effects: list[Effect] = [Send(Outgoing("\n".join(intro)))]
        output = self.interview.render_question(session, today)
        effects.extend(self._show(record, output, fmt))
        return record, effects

    def _press(self, record: UserRecord, action: ButtonAction, message_id: int | None, today: date
               ) -> tuple[UserRecord | None, list[Effect]]:
        fmt = self.formatter(record.session.language)
        op, args = action.op, action.args
        event: Event | None = None
        match op:
            case "choose":
                event = Choose(question=args[0], choice=args[1])
            case "toggle":
                event = Toggle(question=args[0], choice=args[1])
            case "confirm":
                event = Confirm(question=args[0])
            case "dont_know":
                event = DontKnow(question=args[0])
            case "skip":
                event = Skip(question=args[0])
            case "back":
                event = Back()
            case "change":
                event = ChangeAnswer(question=args[0])
            case "restart":
                event = Restart()
            case "language":
                if args[0] not in self.catalog.languages:
                    return record, [Notify(fmt.raw("error-unknown-language"))]
                new_record, effects = self._engine(record.model_copy(update={"language_chosen": True}),
                                                   SetLanguage(language=args[0]), today, pressed=message_id)
                new_fmt = self.formatter(args[0])
                return new_record, [Notify(new_fmt.raw("language-changed")), *effects]
            case "answers":
                return record, [Notify(""), Send(self._answers_list(record.session, fmt, today))]
            case "summary":
                event = ShowVerdict()
            case "why":
                if not self.interview.is_complete(record.session, today):
                    return record, [Notify(fmt.raw("error-verdict-not-ready"))]
                verdict = self.interview.verdict(record.session, today)
                try:
                    route = verdict.route(args[0])
                except KeyError:
                    return record, [Notify(fmt.raw("error-stale-button"))]
                parts = render_route(route, verdict, self.interview.content, fmt)
                return record, [Notify(""), *(Send(p) for p in parts)]
            case "forget_yes":
                return None, [Notify(""), EditPressed(Outgoing(fmt.t("forget-done")))]
            case "forget_no":
                return record, [Notify(""), EditPressed(Outgoing(fmt.t("forget-cancelled")))]
            case "remind" if self.follow_ups is not None:
                return self.follow_ups.remind(record, args[0], today)
            case "remind_cancel" if self.follow_ups is not None:
                return self.follow_ups.cancel_reminder(record, args[0])
            case "alerts_on" if self.follow_ups is not None:
                return self.follow_ups.alerts_on(record, today)
            case "alerts_off" if self.follow_ups is not None:
                return self.follow_ups.alerts_off(record)
            case _:
                return record, [Notify(fmt.raw("error-stale-button"))]
        return self._engine(record, event, today, pressed=message_id)

    def _engine(self, record: UserRecord, event: Event, today: date, *, pressed: int | None
                ) -> tuple[UserRecord, list[Effect]]:
        before = record.session
        result: StepResult = self.interview.step(before, event, today=today)
        fmt = self.formatter(result.session.language)
        if isinstance(result.output, Invalid):
            text = fmt.raw(result.output.error, **{k: v for k, v in result.output.params.items()})
            if pressed is not None or isinstance(event, (Choose, Toggle, Confirm, DontKnow, Skip, ChangeAnswer)):
                if result.output.error == "error-stale-button" and repeats_answer(before, event):
                    return record, [Notify("")]  # a double tap: the first tap was applied, nothing to redo
                effects: list[Effect] = [Notify(text, alert=True)]
                if result.output.error == "error-stale-button":
                    effects.extend(self._current(record, today))
                return record, effects
            effects = [Send(Outgoing(fmt.t(result.output.error, **result.output.params)))]
            if isinstance(event, ShowVerdict):
                effects.extend(self._current(record, today))  # "here is the next question"
            return record, effects
        record = record.model_copy(update={"session": result.session})
        effects = []
        if pressed is not None:
            effects.append(Notify(""))
        if isinstance(event, Toggle) and isinstance(result.output, Ask) and pressed is not None:
            has_answers = bool(self.interview.answered(result.session, today))
            return record, [Notify(""), EditPressed(render_question(result.output, fmt, has_answers=has_answers))]
        answered = (self.interview.current_question(before, today)
                    if isinstance(event, (TypeAnswer, Choose, Confirm, DontKnow, Skip)) else None)
        shown = record.open_question
        if answered is not None and shown is not None and shown.question_id == answered:
            answer = result.session.answers[answered]
            spec = self.interview.content.questions[answered]
            effects.append(CloseQuestion(shown.message_id,
                                         render_answered(spec.text, fmt, fmt.answer(answered, answer))))
        elif shown is not None:
            effects.append(CloseQuestion(shown.message_id, self._plain_question(shown.question_id, fmt)))
        if isinstance(event, Restart):
            effects.append(Send(Outgoing(fmt.t("restart-done"))))
        record = record.model_copy(update={"open_question": None})
        effects.extend(self._show(record, result.output, fmt))
        return record, effects

    def _plain_question(self, question_id: str, fmt: Formatter) -> Outgoing:
        spec = self.interview.content.questions.get(question_id)
        return Outgoing(fmt.t(spec.text) if spec else "…")

    def _show(self, record: UserRecord, output: Output, fmt: Formatter) -> list[Effect]:
        if isinstance(output, Ask):
            has_answers = bool(record.session.answers)
            return [Send(render_question(output, fmt, has_answers=has_answers), question_id=output.question)]
        if isinstance(output, Finished):
            if self.follow_ups is None or record.session.as_of is not None:
                return [Send(render_summary(output.verdict, fmt))]
            lines, rows = self.follow_ups.verdict_extras(record, output.verdict.as_of, fmt)
            summary = render_summary(output.verdict, fmt, lines)
            return [Send(Outgoing(summary.html, (*rows, *summary.buttons)))]
        return []

    def _current(self, record: UserRecord, today: date) -> list[Effect]:
        fmt = self.formatter(record.session.language)
        return self._show(record, self.interview.render_question(record.session, today), fmt)

    def _language_menu(self, fmt: Formatter) -> Outgoing:
        buttons = [Button(self.catalog.text(code, "language-native-name"), ButtonAction("language", (code,)))
                   for code in self.catalog.codes]
        rows = tuple(tuple(buttons[i:i + 2]) for i in range(0, len(buttons), 2))
        return Outgoing(fmt.t("language-prompt"), rows)

    def _answers_list(self, session: Session, fmt: Formatter, today: date) -> Outgoing:
        answered = self.interview.answered(session, today)
        if not answered:
            return Outgoing(fmt.t("answers-empty"))
        lines = [f"<b>{fmt.t('answers-title')}</b>"]
        rows: list[tuple[Button, ...]] = []
        for number, (question, answer) in enumerate(answered, start=1):
            shown = fmt.answer(question.id, answer)
            lines.append(f"{number}. {fmt.t(question.text)}\n    → <b>{shown}</b>")
            rows.append((Button(f"{number}. {fmt.raw(question.text)}"[:60], ButtonAction("change", (question.id,))),))
        return Outgoing("\n".join(lines), tuple(rows))

    def _export(self, record: UserRecord, fmt: Formatter) -> Effect:
        data = json.loads(record.to_json())
        payload = json.dumps(data, ensure_ascii=False, indent=2).encode()
        return SendFile("my-data.json", payload, fmt.raw("mydata-caption"))
