"""Command line tools for policy editors.

    python -m conversations check [--as-of DATE]       problems (exit 1) and warnings about the content
    python -m conversations diagram                    the flow as a Mermaid flowchart
    python -m conversations stats                      how many questions the scenarios take to a verdict
    python -m conversations verdict --as-of DATE --answers FILE.yaml
                                                       the verdict for a set of answers, as plain data
    python -m conversations diff OLD NEW               what differs between two content folders (exit 1
                                                       when they differ, 2 when one does not load)

The output is for editors, in English, from the data ids; people using the bot never see it.
"""

from __future__ import annotations

import argparse
import statistics
import sys
from collections import Counter
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Any

from conversations.checks import DEFAULT_SAMPLES, DEFAULT_STALE_DAYS, SEED, report
from conversations.compiled import Content
from conversations.content_diff import content_diff
from conversations.diagram import mermaid
from conversations.engine import Interview
from conversations.loading import DEFAULT_CONTENT, ContentError, load_content
from conversations.scenarios import Replay, ScenarioError, load_folder, read_yaml, replay, run
from conversations.session import Answer
from conversations.verdict import CriterionResult, RouteResult, Verdict

DEFAULT_SCENARIOS = Path(__file__).resolve().parent.parent / "tests" / "scenarios"


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text!r}") from None


# --- check -----------------------------------------------------------------------------------------
def cmd_check(content: Content, args: argparse.Namespace) -> int:
    as_of: date = args.as_of or date.today()
    result = report(content, as_of=as_of, stale_after_days=args.stale_days, seed=args.seed, samples=args.samples)
    print(f"Checked {content.name} {content.version} as of {as_of.isoformat()}")
    for note in result.notes:
        print(f"note: {note}")
    for warning in result.warnings:
        print(f"warning: {warning}")
    for problem in result.problems:
        print(f"problem: {problem}")
    print(f"{len(result.problems)} problem(s), {len(result.warnings)} warning(s)")
    return 1 if result.problems else 0


# --- diagram ---------------------------------------------------------------------------------------
def cmd_diagram(content: Content, args: argparse.Namespace) -> int:
    sys.stdout.write(mermaid(content))
    return 0


# --- stats -----------------------------------------------------------------------------------------
def cmd_stats(content: Content, args: argparse.Namespace) -> int:
    folder: Path = args.scenarios
    try:
        scenarios = load_folder(folder)
    except ScenarioError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    if not scenarios:
        print(f"error: no scenarios in {folder}", file=sys.stderr)
        return 1
    interview = Interview(content)
    counts: list[int] = []
    failed: list[str] = []
    for scenario in scenarios:
        result, problems = run(interview, scenario)
        if result.verdict is None:
            failed.append(f"{scenario.source}: {scenario.name}: {'; '.join(problems)}")
            continue
        counts.append(len(result.asked))
    print(f"{len(scenarios)} scenarios in {folder}")
    if counts:
        print(f"questions asked to reach a verdict: min {min(counts)}, median {statistics.median(counts):g}, "
              f"max {max(counts)}")
        histogram = Counter(counts)
        for count in range(min(counts), max(counts) + 1):
            print(f"{count:3d} | {'#' * histogram[count]} {histogram[count] or ''}".rstrip())
    for line in failed:
        print(f"no verdict: {line}")
    return 1 if failed else 0


# --- verdict ---------------------------------------------------------------------------------------
def _quantity(quantity: Any) -> str:
    return "?" if quantity is None else f"{quantity.amount:,} {quantity.unit}"


def _criterion_lines(criterion: CriterionResult) -> list[str]:
    head = f"  {criterion.status.value:<8} {criterion.id}"
    if criterion.group:
        head += f" (any of group {criterion.group})"
    details = []
    if criterion.value is not None or criterion.threshold is not None:
        details.append(f"{_quantity(criterion.value)} against {_quantity(criterion.threshold)}")
    if criterion.shortfall is not None:
        details.append(f"short by {_quantity(criterion.shortfall)}")
    if criterion.reached_on is not None:
        details.append(f"reached on {criterion.reached_on.isoformat()}")
    shown = [f"{a.question}={'dont_know' if a.value is None else a.value}" for a in criterion.answers]
    if shown:
        details.append("answers " + ", ".join(shown))
    lines = [head + (": " + "; ".join(details) if details else "")]
    for use in criterion.parameters:
        name = use.parameter if use.key is None else f"{use.parameter}[{use.key}]"
        extra = [f"from {use.effective.isoformat()}"]
        if use.reference_year is not None:
            extra.append(f"reference year {use.reference_year}")
        if use.series is not None:
            extra.append(f"series {use.series}")
        if use.valid_until is not None:
            stale = " (STALE: to be confirmed)" if use.stale else ""
            extra.append(f"valid until {use.valid_until.isoformat()}{stale}")
        if use.reference_only:
            extra.append("reference only: to be confirmed")
        lines.append(f"             uses {name} = {use.value:,} {use.unit} ({', '.join(extra)}; "
                     f"sources {', '.join(use.sources)})")
    lines.append(f"             rule: {criterion.text}; sources {', '.join(criterion.sources)}; "
                 f"effective {criterion.effective.isoformat()}; {criterion.confidence.value}")
    return lines


def _route_lines(route: RouteResult) -> list[str]:
    lines = [f"{route.id} [{route.family.value}]: {route.status.value} (confidence {route.confidence.value})"]
    if route.status.value == "not_applicable":
        return lines
    for criterion in route.criteria:
        lines += _criterion_lines(criterion)
    for breakdown in route.points:
        total = str(breakdown.low) if breakdown.low == breakdown.high else f"{breakdown.low}..{breakdown.high}"
        factors = ", ".join(f"{line.factor} {'?' if line.points is None else line.points}/{line.maximum}"
                            for line in breakdown.lines)
        lines.append(f"  points {breakdown.table}: {total} ({factors})")
    if route.next_steps:
        lines.append(f"  next steps: {', '.join(step.id for step in route.next_steps)}")
    return lines


def _answer(answer: Answer) -> str:
    if answer.unknown:
        return "dont_know"
    if answer.skipped:
        return "skipped"
    return str(answer.value)


def format_verdict(verdict: Verdict, result: Replay) -> str:
    lines = [f"Verdict as of {verdict.as_of.isoformat()} (content {verdict.content_version})"]
    recorded = result.session.answers if result.session is not None else {}
    lines.append(f"Questions asked ({len(result.asked)}): "
                 + ", ".join(f"{q}={_answer(recorded[q])}" for q in result.asked if q in recorded))
    for route in verdict.routes:
        lines.append("")
        lines += _route_lines(route)
    return "\n".join(lines) + "\n"


def cmd_verdict(content: Content, args: argparse.Namespace) -> int:
    path: Path = args.answers
    try:
        data = read_yaml(path)
    except ScenarioError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    if isinstance(data, dict) and isinstance(data.get("answers"), dict):  # a scenario
        as_of = args.as_of or data.get("as_of")
        answers = data["answers"]
    else:
        as_of, answers = args.as_of, data
    if not isinstance(answers, dict):
        print(f"error: {path}: expected a mapping of question ids to answers", file=sys.stderr)
        return 1
    as_of = as_of or date.today()
    result = replay(Interview(content), answers, as_of, unused_ok=True)
    unused = [q for q in answers if q not in result.asked]
    if result.verdict is not None:
        sys.stdout.write(format_verdict(result.verdict, result))
    for problem in result.problems:
        print(f"problem: {problem}", file=sys.stderr)
    if unused:
        print(f"note: answers not asked for: {', '.join(unused)}", file=sys.stderr)
    return 0 if result.verdict is not None and not result.problems else 1


# --- diff ----------------------------------------------------------------------------------------
def cmd_diff(args: argparse.Namespace) -> int:
    """Like diff(1): 0 when the contents decide alike, 1 when they differ, 2 when one does not load."""
    contents: list[Content] = []
    for folder in (args.old, args.new):
        try:
            contents.append(load_content(folder))
        except ContentError as exc:
            print(f"problem: {exc}", file=sys.stderr)
            return 2
    old, new = contents
    print(f"old: {args.old} ({old.name} {old.version}) fingerprint {old.fingerprint}")
    print(f"new: {args.new} ({new.name} {new.version}) fingerprint {new.fingerprint}")
    lines = content_diff(old, new)
    for line in lines:
        print(line)
    if old.fingerprint == new.fingerprint and not lines:
        print("no differences")
        return 0
    print(f"{len(lines)} difference(s)" if lines else "differences only in how expressions or numbers are written")
    return 1


# --- entry point -----------------------------------------------------------------------------------
def parser() -> argparse.ArgumentParser:
    main = argparse.ArgumentParser(prog="python -m conversations", description=__doc__.splitlines()[0])
    main.add_argument("--content", type=Path, default=DEFAULT_CONTENT, help="content folder (default: China)")
    commands = main.add_subparsers(dest="command", required=True)
    check = commands.add_parser("check", help="check the content: problems (exit 1) and warnings")
    check.add_argument("--as-of", type=_date, help="the date to check as of (default: today)")
    check.add_argument("--stale-days", type=int, default=DEFAULT_STALE_DAYS,
                       help=f"warn about parameters verified longer ago (default {DEFAULT_STALE_DAYS})")
    check.add_argument("--samples", type=int, default=DEFAULT_SAMPLES, help="random answer combinations")
    check.add_argument("--seed", type=int, default=SEED)
    check.set_defaults(handler=cmd_check)
    commands.add_parser("diagram", help="print the flow as a Mermaid flowchart").set_defaults(handler=cmd_diagram)
    stats = commands.add_parser("stats", help="questions asked per scenario, as a distribution")
    stats.add_argument("--scenarios", type=Path, default=DEFAULT_SCENARIOS)
    stats.set_defaults(handler=cmd_stats)
    verdict = commands.add_parser("verdict", help="the verdict for answers in a YAML file")
    verdict.add_argument("--as-of", type=_date, help="evaluate as of this date (default: the file's, or today)")
    verdict.add_argument("--answers", type=Path, required=True, help="YAML: question id -> answer")
    verdict.set_defaults(handler=cmd_verdict)
    diff = commands.add_parser("diff", help="what differs between two content folders (parameters, rules)")
    diff.add_argument("old", type=Path, help="the content folder in use")
    diff.add_argument("new", type=Path, help="the content folder to compare it with")
    diff.set_defaults(handler=None)
    return main


def main(argv: Sequence[str] | None = None) -> int:
    args = parser().parse_args(argv)
    if args.command == "diff":  # two content folders of its own, not --content
        return cmd_diff(args)
    try:
        content = load_content(args.content)
    except ContentError as exc:
        print(f"problem: {exc}", file=sys.stderr)
        return 1
    code: int = args.handler(content, args)
    return code


if __name__ == "__main__":
    sys.exit(main())
