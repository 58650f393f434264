"""The fuzzer in the normal suite: a quick seeded run must hold every invariant, each invariant must be
able to fail, and what the long runs found stays fixed (the regression tests at the end)."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
from telegram import Update
from telegram.ext import Application, ContextTypes, MessageHandler, filters

from bot.records import UserRecord
from bot.service import ConversationService
from conversations.engine import Interview
from conversations.events import Event
from conversations.outputs import StepResult
from conversations.session import Answer, Session

from .invariants import LeakDetector, check_record
from .runner import FuzzRun, running_bot, settle

TODAY = date(2026, 6, 1)


async def test_a_quick_seeded_run_holds_every_invariant(tmp_path: Path) -> None:
    report = await FuzzRun(updates=2_000, seed=20261203, workdir=tmp_path).run()
    assert report.ok, report.summary()
    assert report.updates >= 2_000
    kinds = {kind.split("+")[0] for kind in report.by_kind}
    assert {"walk", "callback_forged", "group_command", "duplicate", "unknown_kind", "my_chat_member"} <= kinds
    assert report.most_answers >= 5, report.summary()  # the walkers got past the first questions


# --- every invariant can fail ------------------------------------------------------------------------


async def _crash(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    raise RuntimeError("a deliberately broken handler")


def _with_crashing_handler(application: Application, service: ConversationService) -> None:  # type: ignore[type-arg]
    # A group before the bot's own: private messages reach it first.
    application.add_handler(MessageHandler(filters.ChatType.PRIVATE & filters.TEXT, _crash), group=-1)


async def test_a_crashing_handler_is_reported_with_the_seed_and_the_update(tmp_path: Path) -> None:
    report = await FuzzRun(updates=150, seed=5, workdir=tmp_path, prepare=_with_crashing_handler).run()
    assert not report.ok
    crashes = [f for f in report.failures if f.invariant == "no-unhandled-exception"]
    assert crashes and all(f.index is not None and "RuntimeError" in f.detail for f in crashes)
    assert "seed 5, update #" in crashes[0].describe(report.seed)


class _CorruptingInterview(Interview):
    """An engine with a bug: it stores an age of 1,000 for whoever answers a question."""

    def step(self, session: Session, event: Event, *, today: date) -> StepResult:
        result = super().step(session, event, today=today)
        if result.session.answers:
            broken = result.session.model_copy(
                update={"answers": {**result.session.answers, "age": Answer(value=1_000)}})
            return StepResult(session=broken, output=result.output, changed=True)
        return result


def _with_corrupting_engine(application: Application, service: ConversationService) -> None:  # type: ignore[type-arg]
    service.interview = _CorruptingInterview(service.interview.content, service.interview.languages)


async def test_a_stored_session_that_does_not_validate_is_reported(tmp_path: Path) -> None:
    report = await FuzzRun(updates=300, seed=6, workdir=tmp_path, prepare=_with_corrupting_engine).run()
    invalid = [f for f in report.failures if f.invariant == "sessions-valid"]
    assert invalid, report.summary()
    assert "answer to age: above the question's maximum" in invalid[0].detail


def test_check_record_rejects_corrupted_sessions(tmp_path: Path) -> None:
    from conversations.loading import load_content

    interview = Interview(load_content(), languages=frozenset({"en", "ru"}))

    def record(**session: Any) -> str:
        return UserRecord(session=Session(**session)).to_json()

    assert check_record(record(answers={"goal": Answer(value="work")}), interview, TODAY) is None
    assert check_record("{not json", interview, TODAY) == "does not load as a UserRecord (ValidationError)"
    assert "does not exist" in str(check_record(record(answers={"shoe_size": Answer(value=1)}), interview, TODAY))
    assert "not one of its choices" in str(check_record(record(answers={"goal": Answer(value="rob")}), interview,
                                                        TODAY))
    assert "maximum" in str(check_record(record(answers={"age": Answer(value=130)}), interview, TODAY))
    assert "not a stored date" in str(check_record(record(answers={"china_work_start": Answer(value="soon")}),
                                                   interview, TODAY))
    assert "skipping" in str(check_record(record(answers={"age": Answer(skipped=True)}), interview, TODAY))
    assert "unknown language" in str(check_record(record(language="xx"), interview, TODAY))


def test_the_leak_detector_finds_a_private_value_in_a_group_message() -> None:
    leaks = LeakDetector()
    leaks.add_typed(41, "1,234,567", public_inputs=set())
    leaks.add_typed(42, "Shenzhen", public_inputs=set())  # the bot's own word: listed publicly anyway
    leaks.add_typed(43, "seen in public too", public_inputs={"seen in public too"})
    assert [leak.typed_at for leak in leaks.check(-100, "sendMessage", "Salary: 1,234,567 yuan")] == [41]
    assert leaks.check(-100, "sendMessage", "Salary: 21,234,567 yuan") == []  # matched whole
    assert leaks.check(-100, "sendMessage", "Cities I know: Shenzhen. seen in public too") == []
    leaks.add_typed(44, "Atlantis-9", public_inputs=set())  # typed in private first, then in a group
    assert leaks.check(-100, "sendMessage", "No figures for Atlantis-9", public_inputs={"Atlantis-9"}) == []


# --- what the fuzzer found (each fixed in bot/) ------------------------------------------------------


class _Errors:
    def __init__(self) -> None:
        self.seen: list[str] = []

    async def __call__(self, update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
        self.seen.append(type(context.error).__name__)


@pytest.fixture
def errors() -> _Errors:
    return _Errors()


async def test_a_person_who_blocks_the_bot_before_its_reply_is_no_error(tmp_path: Path, errors: _Errors) -> None:
    async with running_bot(tmp_path / "bot.sqlite3", on_error=errors) as (server, application, _):
        user = server.add_user("Mia")
        server.user_sends_command(user, user, "start")
        server.user_blocks_bot(user)  # before the bot has read the /start
        await settle(server, application)
        assert errors.seen == []


async def test_a_group_command_where_the_bot_may_no_longer_write_is_no_error(tmp_path: Path,
                                                                             errors: _Errors) -> None:
    async with running_bot(tmp_path / "bot.sqlite3", on_error=errors) as (server, application, _):
        admin, member = server.add_user("Admin"), server.add_user("Member")
        group = server.add_group("Restricted", members=[member], admins=[admin])
        server.bot_added_to_chat(group, admin)
        await settle(server, application)
        server.user_sends_command(member, group, "routes")
        server.set_bot_status(group, admin, "restricted", is_member=True, can_send_messages=False)
        server.user_sends_command(member, group, "help")
        await settle(server, application)
        assert errors.seen == []


async def test_a_group_button_press_delivered_twice_is_no_error(tmp_path: Path, errors: _Errors) -> None:
    async with running_bot(tmp_path / "bot.sqlite3", on_error=errors) as (server, application, _):
        member = server.add_user("Member")
        group = server.add_group("Group", members=[member], bot_status="member")
        server.user_sends_command(member, group, "check")
        await settle(server, application)
        prompt = next(m for m in server.messages_in(group, from_bot=True) if m.buttons)
        data = prompt.buttons[0][0].callback_data
        server.user_presses_button(member, prompt, data)
        await settle(server, application)
        again = dict(server.updates_sent[-1])  # redelivered with its update id, as after a restart
        server.push_raw_update(again)
        await settle(server, application)
        assert errors.seen == []



@pytest.mark.parametrize("command", ["/publish", "/publish @nochannel", "/stats"])
async def test_a_channel_or_bot_admin_command_from_a_person_who_then_blocks_the_bot_is_no_error(
        tmp_path: Path, errors: _Errors, command: str) -> None:
    async with running_bot(tmp_path / "bot.sqlite3", on_error=errors) as (server, application, _):
        user = server.add_user("Mia")
        server.user_sends_text(user, user, command)
        server.user_blocks_bot(user)  # before the bot has read the command
        await settle(server, application)
        assert errors.seen == []
