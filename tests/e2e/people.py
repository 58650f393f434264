"""People who go through the interview on the "work" path while bots are killed under them.

A `Person` acts on the newest question on their screen, as a person would: after a crash a reply may come
twice, and they answer what they see. Shared by the kill -9 test and the several-workers test.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from tests.fake_telegram import FakeTelegramServer, FakeUser, StoredMessage

from .harness import is_question, is_verdict

ANSWER_BOUND = 60.0  # seconds an action may wait for its answer, restarts included: a bound, not a measurement

# The "work" path, by question id (from the buttons' data) or, for typed questions, by their text.
TAPS = {"goal": "c:goal:work", "work_city": "c:work_city:beijing", "job_offer": "c:job_offer:yes",
        "highest_degree": "c:highest_degree:master", "months_in_china": "c:months_in_china:nine_plus",
        "chinese_level": "c:chinese_level:hsk4", "clean_record": "c:clean_record:yes",
        "medical_check": "c:medical_check:yes"}
TICKS = {"achievements": "none", "background": "stem_degree"}
TYPED = {"How old are you?": "age", "What gross annual salary": "salary", "How many years of work experience":
         "experience"}


@dataclass
class Person:
    server: FakeTelegramServer
    user: FakeUser
    values: dict[str, str]
    acted_on: set[int] = field(default_factory=set)
    actions: int = 0

    @property
    def chat(self) -> object:
        return self.server.private_chat(self.user)

    def screen(self) -> StoredMessage | None:
        """The newest question (or the verdict) not acted on yet, as a person sees their chat."""
        shown = [m for m in self.server.messages_in(self.chat, from_bot=True)  # type: ignore[arg-type]
                 if m.buttons and m.message_id not in self.acted_on and (is_question(m) or is_verdict(m))]
        return max(shown, key=lambda m: m.message_id) if shown else None

    async def next_screen(self) -> StoredMessage:
        await self.server.wait_for(lambda _: self.screen() is not None, timeout=ANSWER_BOUND)
        found = self.screen()
        assert found is not None
        return found

    async def press(self, message: StoredMessage, data: str) -> None:
        self.actions += 1
        query = self.server.user_presses_button(self.user, message, data, check=False)  # as shown on screen
        await self.server.wait_for_callback_answer(query, timeout=ANSWER_BOUND)  # answered, crash or not

    async def interview(self) -> str:
        mark = self.server.mark()
        self.actions += 1
        self.server.user_sends_command(self.user, self.chat, "start")  # type: ignore[arg-type]
        await self.server.next_message(self.chat, after=mark, timeout=ANSWER_BOUND)  # type: ignore[arg-type]
        while True:
            screen = await self.next_screen()
            if is_verdict(screen):
                return screen.content
            self.acted_on.add(screen.message_id)
            data = [b.callback_data for row in screen.buttons for b in row if b.callback_data]
            question = next((d.split(":")[1] for d in data if d[:2] in ("c:", "t:", "u:", "d:", "s:")), None)
            if question in TAPS:
                await self.press(screen, TAPS[question])
            elif question in TICKS:
                await self.press(screen, f"t:{question}:{TICKS[question]}")
                await self.press(screen, f"d:{question}")
            else:
                typed = next(value for start, value in TYPED.items() if start in screen.content)
                mark = self.server.mark()
                self.actions += 1
                self.server.user_sends_text(self.user, self.chat, self.values[typed])  # type: ignore[arg-type]
                await self.server.next_message(self.chat, after=mark, timeout=ANSWER_BOUND)  # type: ignore[arg-type]
