"""The verdict as messages: a short summary first, then each route's details on demand ("Why?")."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from bot.callback_data import ButtonAction
from bot.rendering.formatting import Formatter
from bot.rendering.messages import Button, Outgoing, split_html
from conversations.compiled import Content
from conversations.schema.rules import Family
from conversations.verdict import (
    CriterionResult,
    CriterionStatus,
    ParameterUse,
    PointsBreakdown,
    RouteResult,
    RouteStatus,
    Verdict,
)

_STATUS = {
    RouteStatus.ELIGIBLE: "verdict-status-eligible",
    RouteStatus.ELIGIBLE_IF_CONFIRMED: "verdict-status-eligible-if-confirmed",
    RouteStatus.NOT_ELIGIBLE: "verdict-status-not-eligible",
    RouteStatus.NOT_APPLICABLE: "verdict-status-not-applicable",
}
_MARK = {
    CriterionStatus.MET: "verdict-criterion-met",
    CriterionStatus.NOT_MET: "verdict-criterion-not-met",
    CriterionStatus.UNKNOWN: "verdict-criterion-unknown",
}
_FAMILY = {
    Family.WORK_PERMIT: "verdict-family-work-permit",
    Family.VISA: "verdict-family-visa",
    Family.PERMANENT_RESIDENCE: "verdict-family-permanent-residence",
}
_CONFIDENCE = {"confirmed": "verdict-confidence-confirmed", "secondary": "verdict-confidence-secondary",
               "unconfirmed": "verdict-confidence-unconfirmed"}
_MISSES_SHOWN = 2


def render_summary(verdict: Verdict, fmt: Formatter, extra: Sequence[str] = ()) -> Outgoing:
    """The summary; ``extra`` lines (the reminder offer) go after the routes, before the notes."""
    lines = [f"<b>{fmt.t('verdict-title', date=fmt.raw_date(verdict.as_of))}</b>", ""]
    relevant = verdict.relevant
    if not any(r.status is not RouteStatus.NOT_ELIGIBLE for r in relevant):
        lines.append(fmt.t("verdict-no-routes"))
        lines.append("")
    ranked = verdict.best(limit=len(relevant))
    for family in Family:
        routes = [r for r in ranked if r.family is family]
        if not routes:
            continue
        lines.append(f"<b>{fmt.t(_FAMILY[family])}</b>")
        for route in routes:
            lines.append(f"{fmt.t(_STATUS[route.status])} — {fmt.t(route.title)}")
            if route.status is RouteStatus.NOT_ELIGIBLE:
                lines.extend(f"    {line}" for line in _misses(route, fmt)[:_MISSES_SHOWN])
        lines.append("")
    if any(r.status is RouteStatus.ELIGIBLE_IF_CONFIRMED for r in verdict.relevant):
        lines.append(f"<i>{fmt.t('verdict-unknown-explained')}</i>")
    if extra:
        lines.extend([*extra, ""])
    lines.append(fmt.t("verdict-details-prompt"))
    lines.append("")
    if any(r.family is Family.PERMANENT_RESIDENCE for r in verdict.relevant):
        lines.append(f"<i>{fmt.t('verdict-draft-note')}</i>")
    lines.append(f"<i>{fmt.t('verdict-disclaimer')}</i>")
    rows: list[tuple[Button, ...]] = [
        (Button(fmt.raw("verdict-why-button", route=fmt.raw(short_title(r.title))), ButtonAction("why", (r.id,))),)
        for r in verdict.relevant
    ]
    rows.append((Button(fmt.raw("verdict-change-answers"), ButtonAction("answers")),
                 Button(fmt.raw("verdict-restart"), ButtonAction("restart"))))
    return Outgoing("\n".join(lines).strip(), tuple(rows))


def short_title(title: str) -> str:
    """A route's short title, for buttons: its title's message id with "-short" (at most 24 columns)."""
    return f"{title}-short"


def _misses(route: RouteResult, fmt: Formatter) -> list[str]:
    """The criteria that keep a route closed, with what would change them."""
    failed = [c for c in route.criteria if c.status is CriterionStatus.NOT_MET and c.group == 0]
    if not failed:
        groups = {c.group for c in route.criteria if c.group}
        for group in sorted(groups):
            members = [c for c in route.criteria if c.group == group]
            if not any(c.status is not CriterionStatus.NOT_MET for c in members):
                # None of the alternatives is met: show the nearest ones (those with a measurable gap).
                failed = sorted(members, key=lambda c: c.shortfall is None)[:2]
    return [f"❌ {fmt.t(c.text)}" + (f" — {_hint(c, fmt)}" if c.hint else "") for c in failed]


def _hint(criterion: CriterionResult, fmt: Formatter) -> str:
    assert criterion.hint is not None
    # Amounts go in as numbers: each language writes the unit and chooses its plural and verb agreement.
    return fmt.t(criterion.hint,
                 shortfall=criterion.shortfall.amount if criterion.shortfall else None,
                 threshold=criterion.threshold.amount if criterion.threshold else None,
                 date=fmt.raw_date(criterion.reached_on) if criterion.reached_on else None)


def render_route(route: RouteResult, verdict: Verdict, content: Content, fmt: Formatter) -> list[Outgoing]:
    lines = [f"<b>{fmt.t(route.title)}</b>", f"{fmt.t(_STATUS[route.status])}", f"<i>{fmt.t(route.summary)}</i>",
             ""]
    groups = sorted({c.group for c in route.criteria})
    for group in groups:
        members = [c for c in route.criteria if c.group == group]
        lines.append(f"<b>{fmt.t('verdict-all-of' if group == 0 else 'verdict-any-of')}</b>")
        for criterion in members:
            lines.extend(_criterion_lines(criterion, content, fmt))
        lines.append("")
    for breakdown in route.points:
        lines.extend(_points_lines(breakdown, fmt))
        lines.append("")
    if route.status in {RouteStatus.ELIGIBLE, RouteStatus.ELIGIBLE_IF_CONFIRMED} and route.next_steps:
        lines.extend(_next_steps(route, fmt))
        lines.append("")
    lines.extend(_sources(route, content, fmt))
    lines.append("")
    lines.append(f"<i>{fmt.t('verdict-disclaimer')}</i>")
    parts = split_html("\n".join(lines).strip())
    back = ((Button(fmt.raw("verdict-back-to-summary"), ButtonAction("summary")),),)
    return [Outgoing(part, back if i == len(parts) - 1 else ()) for i, part in enumerate(parts)]


def _criterion_lines(c: CriterionResult, content: Content, fmt: Formatter) -> list[str]:
    head = f"{fmt.t(_MARK[c.status])} {fmt.t(c.text)}"
    facts: list[str] = []
    if c.value is not None:
        facts.append(fmt.t("verdict-your-value", value=fmt.raw_quantity(c.value)))
    elif c.answers:
        shown = "; ".join(fmt.raw_answer(a.question, a.value) for a in c.answers)
        facts.append(fmt.t("verdict-your-answer", answer=shown))
    if c.threshold is not None:
        facts.append(fmt.t("verdict-threshold", threshold=fmt.raw_quantity(c.threshold)))
    if c.shortfall is not None:
        facts.append(fmt.t("verdict-shortfall", amount=c.shortfall.amount, quantity=fmt.raw_quantity(c.shortfall)))
    if c.reached_on is not None:
        facts.append(fmt.t("verdict-reached-on", date=fmt.raw_date(c.reached_on)))
    lines = [head]
    if facts:
        lines.append("    " + " · ".join(facts))
    for use in c.parameters:
        if use.unit == "cny_per_year":
            used = fmt.t("verdict-parameter-used", parameter=fmt.raw(f"parameter-{use.parameter.replace('_', '-')}"),
                         value=fmt.raw_amount(use.value, use.unit), date=fmt.raw_date(use.effective))
            if use.reference_year:
                used += " " + fmt.t("verdict-parameter-reference-year", year=str(use.reference_year))
            lines.append(f"    {used}")
            lines.extend(f"    {line}" for line in _figure_caveats(use, content, fmt))
    for given in c.figures_given:
        lines.append("    " + fmt.t("verdict-figure-you-gave", value=fmt.raw_answer(given.question, given.value)))
    if c.status is CriterionStatus.NOT_MET and c.hint:
        lines.append(f"    → {_hint(c, fmt)}")
    if c.note:
        lines.append(f"    <i>{fmt.t(c.note)}</i>")
    source = content.sources[c.sources[0]]
    lines.append("    <i>" + fmt.t("verdict-rule-source", source=fmt.raw(source.title), date=fmt.raw_date(c.effective),
                                     confidence=fmt.raw(_CONFIDENCE[c.confidence.value])) + "</i>")
    return lines


def _figure_caveats(use: ParameterUse, content: Content, fmt: Formatter) -> list[str]:
    """Which series a wage figure is, how sure and when last checked, and why it cannot decide (stale, or a
    guide)."""
    lines: list[str] = []
    if use.series and use.last_verified:
        confidence = use.confidence or content.sources[use.sources[0]].confidence
        lines.append(fmt.t("verdict-parameter-series", series=fmt.raw(f"wage-series-{use.series.replace('_', '-')}"),
                           date=fmt.raw_date(use.last_verified)) + " · " + fmt.t(_CONFIDENCE[confidence.value]))
    if use.stale and use.valid_until:
        lines.append(fmt.t("verdict-parameter-stale", date=fmt.raw_date(use.valid_until)))
    if use.reference_only:
        lines.append(fmt.t("verdict-parameter-reference-only"))
    return lines


def _points_lines(breakdown: PointsBreakdown, fmt: Formatter) -> list[str]:
    if breakdown.low == breakdown.high:
        lines = [f"<b>{fmt.t('verdict-points-title', total=breakdown.low)}</b>"]
    else:
        lines = [f"<b>{fmt.t('verdict-points-range', low=breakdown.low, high=breakdown.high)}</b>"]
    improvable: list[str] = []
    for line in breakdown.lines:
        if line.points is None:
            lines.append(fmt.t("verdict-points-line-unknown", factor=fmt.raw(line.text), maximum=line.maximum))
        else:
            lines.append(fmt.t("verdict-points-line", factor=fmt.raw(line.text), points=line.points,
                               maximum=line.maximum))
            if line.improve and line.points < line.maximum:
                improvable.append(f"• {fmt.t(line.improve)}")
    if improvable:
        lines.append(f"<i>{fmt.t('verdict-points-improve')}</i>")
        lines.extend(improvable)
    return lines


def _next_steps(route: RouteResult, fmt: Formatter) -> list[str]:
    lines = [f"<b>{fmt.t('verdict-next-steps')}</b>"]
    documents: list[tuple[str, int | None]] = []
    for number, step in enumerate(route.next_steps, start=1):
        lines.append(f"{number}. {fmt.t(step.text, **step.params)}")
        for document in step.documents:
            if document not in documents:
                documents.append(document)
    if documents:
        lines.append("")
        lines.append(f"<b>{fmt.t('verdict-documents')}</b>")
        for text_id, months in documents:
            if months:
                lines.append("• " + fmt.t("verdict-document-valid", document=fmt.raw(text_id), months=months))
            else:
                lines.append(f"• {fmt.t(text_id)}")
    return lines


def _sources(route: RouteResult, content: Content, fmt: Formatter) -> list[str]:
    cited: list[str] = []
    for criterion in route.criteria:
        for cited_id in [*criterion.sources, *(s for use in criterion.parameters for s in use.sources)]:
            if cited_id not in cited:
                cited.append(cited_id)
    lines = [f"<b>{fmt.t('verdict-sources')}</b>"]
    for source_id in cited:
        source = content.sources[source_id]
        line = fmt.t("verdict-source-line", title=fmt.raw(source.title), issuer=fmt.raw(source.issuer),
                     date=fmt.raw_date(source.date))
        title = fmt.raw(source.title)
        if source.official_title and source.official_title not in title and title not in source.official_title:
            line += f" <i>{escape(source.official_title)}</i>"  # the name to match on official forms
        if source.url:
            line = f'• <a href="{escape(str(source.url))}">{line}</a>'
        else:
            line = f"• {line}"
        lines.append(line)
    return lines
