"""Terminal mode: the same interview, engine, store and messages, in a console.

Buttons are numbered: type the number to press one, or type an answer, or a command such as /back.
On a question answered with a number or a date, a typed number is the answer: its buttons are shown
as [#1], [#2]... and pressed by typing #1, #2 (which works everywhere).
"""

from __future__ import annotations

import asyncio
import os
import re
import sys
from html import unescape
from typing import TextIO

from bot.callback_data import ButtonAction
from bot.effects import CloseQuestion, EditPressed, Effect, Notify, Send, SendFile
from bot.rendering.messages import Outgoing
from bot.requests import Command, Person, Press, Request, Text
from bot.service import ConversationService
from bot.storage import SessionStore
from conversations.schema.questions import QuestionType

TERMINAL_USER_ID = 1  # the one person at this keyboard
_TAG = re.compile(r"<[^>]+>")
_TYPED = frozenset({QuestionType.INTEGER, QuestionType.NUMBER, QuestionType.MONEY, QuestionType.DATE})


def plain(html: str) -> str:
    return unescape(_TAG.sub("", html))


class TerminalChat:
    def __init__(self, service: ConversationService, out: TextIO = sys.stdout) -> None:
        self.service = service
        self.out = out
        self.buttons: list[ButtonAction] = []
        self.typed = False  # the question shown is answered by typing a number or a date
        language = (os.environ.get("LC_ALL") or os.environ.get("LANG") or "en").split(".")[0]
        self.person = Person(TERMINAL_USER_ID, first_name=None, language_code=language.replace("_", "-"))

    def show(self, effects: list[Effect]) -> None:
        for effect in effects:
            match effect:
                case Send(message=message, question_id=question_id):
                    self._print(message, question_id)
                case EditPressed(message=message):
                    self._print(message)
                case Notify(text=text) if text:
                    self.out.write(f"\n! {text}\n")
                case SendFile(filename=filename, data=data, caption=caption):
                    with open(filename, "wb") as file:
                        file.write(data)
                    self.out.write(f"\n{caption}\n→ {filename}\n")  # the caption is localized
                case CloseQuestion():
                    pass  # the terminal scrolls; nothing to edit
        self.out.flush()

    def _print(self, message: Outgoing, question_id: str | None = None) -> None:
        self.out.write("\n" + plain(message.html) + "\n")
        numbered = [b for row in message.buttons for b in row if b.action is not None]
        if numbered or question_id is not None:
            spec = self.service.interview.content.questions.get(question_id) if question_id else None
            self.typed = spec is not None and spec.type in _TYPED
            self.buttons = [b.action for b in numbered if b.action is not None]
            mark = "#" if self.typed else ""
            for number, button in enumerate(numbered, start=1):
                self.out.write(f"  [{mark}{number}] {button.text}\n")

    def request_for(self, line: str) -> Request:
        line = line.strip()
        # "2" answers "how many years?" with 2; "#2" always presses button 2.
        digits = line[1:] if line.startswith("#") else None if self.typed else line
        if digits is not None and digits.isdigit() and len(digits) <= 3 and 1 <= int(digits) <= len(self.buttons):
            return Press(self.buttons[int(digits) - 1])
        if line.startswith("/"):
            name, _, rest = line[1:].partition(" ")
            return Command(name.lower(), rest.strip() or None)
        return Text(line)

    async def run(self, lines: TextIO = sys.stdin) -> None:
        self.show((await self.service.handle(self.person, Command("start"))).effects)
        loop = asyncio.get_running_loop()
        while True:
            self.out.write("\n> ")
            self.out.flush()
            line = await loop.run_in_executor(None, lines.readline)
            if not line or line.strip() in {"/quit", "/exit"}:
                self.out.write("\n")
                return
            if not line.strip():
                continue
            self.show((await self.service.handle(self.person, self.request_for(line))).effects)


async def run_terminal(service: ConversationService, store: SessionStore) -> None:
    await store.open()
    try:
        await TerminalChat(service).run()
    finally:
        await store.close()
