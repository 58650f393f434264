"""The benchmark's reference: an interview bot written the way python-telegram-bot's documentation shows.

A ``ConversationHandler`` (one state per question) with ``PicklePersistence``, answers kept in
``context.user_data``, inline keyboards for choices, typed numbers for the rest, and one reply message
per step (multiple-choice ticks edit the keyboard in place, as in the docs' inline keyboard examples).
The 13 questions mirror the real interview's "work" path, and the last step sends a short verdict.

Run by ``bench_pipeline.py`` with TELEGRAM_BOT_TOKEN, TELEGRAM_API_BASE_URL and REFERENCE_PERSISTENCE.

Persistence: ``PicklePersistence(filepath=...)`` as in the docs, except ``update_interval``: the default
(60 s) would drop a periodic rewrite of the whole file into the measured window or not, by chance; the
benchmark sets it to an hour and measures one full write on its own (``/bench_flush``).
"""

from __future__ import annotations

import logging
import os
import re
from dataclasses import dataclass

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.ext import (
    Application,
    BaseHandler,
    CallbackQueryHandler,
    CommandHandler,
    ContextTypes,
    ConversationHandler,
    MessageHandler,
    PicklePersistence,
    filters,
)

logging.basicConfig(format="%(asctime)s - %(name)s - %(levelname)s - %(message)s", level=logging.INFO)
logging.getLogger("httpx").setLevel(logging.WARNING)
logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class Question:
    key: str
    text: str
    kind: str  # "choice", "multi", "integer", "money"
    choices: tuple[tuple[str, str], ...] = ()
    minimum: int = 0
    maximum: int = 100_000_000


YES_NO = (("yes", "Yes"), ("no", "No"), ("dont_know", "I don't know"))
QUESTIONS: tuple[Question, ...] = (
    Question("goal", "What would you like to do in China?", "choice",
             (("work", "Work there"), ("settle", "Settle"), ("both", "Work, then settle"), ("unsure", "Not sure"))),
    Question("age", "How old are you?", "integer", minimum=14, maximum=100),
    Question("work_city", "In which city will you work?", "choice",
             (("beijing", "Beijing"), ("shanghai", "Shanghai"), ("guangzhou", "Guangzhou"),
              ("shenzhen", "Shenzhen"), ("changzhou", "Changzhou"), ("other", "Another city"))),
    Question("job_offer", "Do you have a job offer from an employer in China?", "choice", YES_NO),
    Question("annual_salary", "What gross annual salary will you be paid, in yuan?", "money"),
    Question("highest_degree", "What is your highest qualification?", "choice",
             (("doctorate", "Doctorate"), ("master", "Master's degree"), ("bachelor", "Bachelor's degree"),
              ("below_bachelor", "Below a bachelor's degree"))),
    Question("experience_years", "How many years of work experience do you have?", "integer", maximum=60),
    Question("months_in_china", "How many months a year will you work in China?", "choice",
             (("nine_plus", "9 months or more"), ("six_to_nine", "6 to 9 months"),
              ("three_to_six", "3 to 6 months"), ("under_three", "Less than 3 months"))),
    Question("chinese_level", "What is your level of Chinese?", "choice",
             (("hsk5_plus", "HSK 5 or higher"), ("hsk4", "HSK 4"), ("hsk3", "HSK 3"), ("hsk2", "HSK 2"),
              ("hsk1", "HSK 1"), ("none", "None of these"))),
    Question("achievements", "Do any of these describe you? Tap all that apply, then Done.", "multi",
             (("talent_programme", "Talent programme"), ("award", "International award"),
              ("senior_post", "Senior role"), ("postdoc", "Postdoc"), ("none", "None of these"))),
    Question("background", "Which of these apply to you? Tap all that apply, then Done.", "multi",
             (("top_university", "Top university"), ("stem_degree", "STEM degree"),
              ("fortune500", "Fortune 500"), ("patents", "Patents"), ("none", "None of these"))),
    Question("clean_record", "Can you get a certificate of no criminal record?", "choice", YES_NO),
    Question("medical_check", "Do you expect to pass a medical examination?", "choice", YES_NO),
)
BY_KEY = {q.key: q for q in QUESTIONS}
_MONEY = re.compile(r"^\s*([\d.,]+)\s*([km万]?)\s*$", re.IGNORECASE)


def keyboard(question: Question, ticked: frozenset[str] = frozenset()) -> InlineKeyboardMarkup | None:
    if question.kind == "choice":
        return InlineKeyboardMarkup([[InlineKeyboardButton(label, callback_data=f"{question.key}:{key}")]
                                     for key, label in question.choices])
    if question.kind == "multi":
        rows = [[InlineKeyboardButton(("✅ " if key in ticked else "▫️ ") + label,
                                      callback_data=f"{question.key}:{key}")] for key, label in question.choices]
        rows.append([InlineKeyboardButton("✔ Done", callback_data=f"{question.key}:done")])
        return InlineKeyboardMarkup(rows)
    return None


async def ask(update: Update, context: ContextTypes.DEFAULT_TYPE, index: int) -> int:
    chat = update.effective_chat
    assert chat is not None
    if index == len(QUESTIONS):
        await context.bot.send_message(chat.id, verdict(context.user_data or {}))
        return ConversationHandler.END
    question = QUESTIONS[index]
    await context.bot.send_message(chat.id, f"Question {index + 1}\n{question.text}", reply_markup=keyboard(question))
    return index


async def start(update: Update, context: ContextTypes.DEFAULT_TYPE) -> int:
    assert context.user_data is not None and update.message is not None
    context.user_data["answers"] = {}
    await update.message.reply_text("Hello! I'll ask a few short questions about working in China.")
    return await ask(update, context, 0)


def handler_for(index: int) -> list[BaseHandler[Update, ContextTypes.DEFAULT_TYPE, object]]:
    question = QUESTIONS[index]

    async def pressed(update: Update, context: ContextTypes.DEFAULT_TYPE) -> int:
        query = update.callback_query
        assert query is not None and query.data is not None and context.user_data is not None
        _, _, key = query.data.partition(":")
        answers = context.user_data.setdefault("answers", {})
        if question.kind == "multi" and key != "done":
            ticked = set(context.user_data.get("ticked", ()))
            ticked ^= {key}
            context.user_data["ticked"] = sorted(ticked)
            await query.answer()
            await query.edit_message_reply_markup(keyboard(question, frozenset(ticked)))
            return index
        await query.answer()
        if question.kind == "multi":
            answers[question.key] = context.user_data.pop("ticked", [])
        else:
            answers[question.key] = key
        return await ask(update, context, index + 1)

    async def typed(update: Update, context: ContextTypes.DEFAULT_TYPE) -> int:
        assert update.message is not None and update.message.text is not None and context.user_data is not None
        value = parse(question, update.message.text)
        if value is None:
            await update.message.reply_text("Please type a valid number.")
            return index
        context.user_data.setdefault("answers", {})[question.key] = value
        return await ask(update, context, index + 1)

    if question.kind in ("choice", "multi"):
        return [CallbackQueryHandler(pressed, pattern=f"^{question.key}:")]
    return [MessageHandler(filters.TEXT & ~filters.COMMAND, typed)]


def parse(question: Question, text: str) -> int | None:
    if question.kind == "integer":
        return int(text) if text.strip().isdigit() and question.minimum <= int(text) <= question.maximum else None
    match = _MONEY.match(text)
    if match is None:
        return None
    try:
        amount = float(match.group(1).replace(",", ""))
    except ValueError:
        return None
    amount *= {"": 1, "k": 1_000, "m": 1_000_000, "万": 10_000}[match.group(2).lower()]
    return int(amount) if question.minimum <= amount <= question.maximum else None


def verdict(user_data: dict[str, object]) -> str:
    answers = user_data.get("answers")
    assert isinstance(answers, dict)
    salary = int(answers.get("annual_salary", 0))
    points = min(20, salary // 25_000) + {"doctorate": 20, "master": 15, "bachelor": 10}.get(
        str(answers.get("highest_degree")), 0) + min(20, int(answers.get("experience_years", 0)) * 2)
    points += {"nine_plus": 15, "six_to_nine": 10, "three_to_six": 5}.get(str(answers.get("months_in_china")), 0)
    age = int(answers.get("age", 0))
    points += 15 if 18 <= age <= 45 else 10 if age <= 55 else 5 if age <= 60 else 0
    category = "A" if points >= 85 or salary >= 859_464 else "B" if points >= 60 or salary >= 572_976 else "C"
    return f"Your result: work permit category {category} ({points} points)."


async def cancel(update: Update, context: ContextTypes.DEFAULT_TYPE) -> int:
    assert update.message is not None
    await update.message.reply_text("Bye.")
    return ConversationHandler.END


async def bench_flush(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Benchmark hook: one full write of the persistence file, measured on its own."""
    assert update.message is not None and context.application.persistence is not None
    await context.application.persistence.flush()
    await update.message.reply_text("flushed")


def main() -> None:
    persistence = PicklePersistence(filepath=os.environ["REFERENCE_PERSISTENCE"], update_interval=3600)
    application = (
        Application.builder()
        .token(os.environ["TELEGRAM_BOT_TOKEN"])
        .base_url(os.environ["TELEGRAM_API_BASE_URL"])
        .persistence(persistence)
        .build()
    )
    conversation = ConversationHandler(
        entry_points=[CommandHandler("start", start)],
        states={index: handler_for(index) for index in range(len(QUESTIONS))},
        fallbacks=[CommandHandler("cancel", cancel)],
        name="interview",
        persistent=True,
    )
    application.add_handler(CommandHandler("bench_flush", bench_flush))
    application.add_handler(conversation)
    application.run_polling(allowed_updates=Update.ALL_TYPES)


if __name__ == "__main__":
    main()
