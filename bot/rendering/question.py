"""A question as a message: text, why it is asked, and its buttons."""

from __future__ import annotations

from bot.callback_data import ButtonAction
from bot.rendering.formatting import Formatter
from bot.rendering.messages import Button, Outgoing
from conversations.outputs import Ask
from conversations.schema.questions import QuestionType
from locales.catalog import DEFAULT_LANGUAGE

# Short labels fit two to a row; long ones read better one per row on a phone.
_SHORT_LABEL = 18


def render_question(ask: Ask, fmt: Formatter, *, has_answers: bool) -> Outgoing:
    lines = [f"<i>{fmt.t('question-progress', number=ask.number)}</i>", f"<b>{fmt.t(ask.text)}</b>"]
    if fmt.catalog.has(DEFAULT_LANGUAGE, details := f"{ask.text}-details"):
        lines.append(fmt.t(details))  # what the short button labels leave out, shown once with the question
    lines.append(f"<i>{fmt.t('question-why', why=fmt.raw(ask.why))}</i>")
    if ask.hint and ask.type in {QuestionType.INTEGER, QuestionType.NUMBER, QuestionType.MONEY, QuestionType.DATE}:
        lines.append(fmt.t(ask.hint))
    if ask.previous is not None and ask.type is not QuestionType.MULTIPLE_CHOICE:
        lines.append(fmt.t("verdict-your-answer", answer=_plain(fmt.answer(ask.question, ask.previous))))
    return Outgoing("\n".join(lines), tuple(_buttons(ask, fmt, has_answers=has_answers)))


def _plain(html_text: str) -> str:
    from html import unescape

    return unescape(html_text)


def _buttons(ask: Ask, fmt: Formatter, *, has_answers: bool) -> list[tuple[Button, ...]]:
    rows: list[tuple[Button, ...]] = []
    q = ask.question
    if ask.type is QuestionType.MULTIPLE_CHOICE:
        for choice in ask.choices:
            mark = "✅ " if choice.selected else "▫️ "
            rows.append((Button(mark + fmt.raw(choice.text), ButtonAction("toggle", (q, choice.key))),))
        rows.append((Button(fmt.raw("button-done"), ButtonAction("confirm", (q,))),))
    elif ask.type is QuestionType.YES_NO_UNKNOWN:
        rows.append(tuple(Button(fmt.raw(c.text), ButtonAction("choose", (q, c.key))) for c in ask.choices))
    else:
        labels = [(c, fmt.raw(c.text)) for c in ask.choices]
        if labels and all(len(label) <= _SHORT_LABEL for _, label in labels):
            for i in range(0, len(labels), 2):
                rows.append(tuple(Button(label, ButtonAction("choose", (q, c.key))) for c, label in labels[i:i + 2]))
        else:
            rows.extend((Button(label, ButtonAction("choose", (q, c.key))),) for c, label in labels)
    extra: list[Button] = []
    if ask.allow_unknown:
        extra.append(Button(fmt.raw("button-dont-know"), ButtonAction("dont_know", (q,))))
    if ask.allow_skip:
        extra.append(Button(fmt.raw("button-skip"), ButtonAction("skip", (q,))))
    if extra:
        rows.append(tuple(extra))
    navigation: list[Button] = []
    if ask.allow_back:
        navigation.append(Button(fmt.raw("button-back"), ButtonAction("back")))
    if has_answers:
        navigation.append(Button(fmt.raw("button-change-answer"), ButtonAction("answers")))
    if navigation:
        rows.append(tuple(navigation))
    return rows


def render_answered(text_id: str, fmt: Formatter, answer_html: str) -> Outgoing:
    """The question message once answered: the chat then reads as a summary of the interview."""
    return Outgoing(f"✔ {fmt.t(text_id)}\n→ <b>{answer_html}</b>")
