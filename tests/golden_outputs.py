"""Golden outputs: for each scenario file and each language, the rendered verdict summary and one "Why?"
detail, kept in tests/golden/ so that a reviewer sees every user-visible change in a diff.

``python -m tests.golden_outputs`` rewrites them after a deliberate change (then review ``git diff``);
tests/test_golden_outputs.py fails whenever the rendering no longer matches them.
"""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path

from bot.rendering.formatting import Formatter
from bot.rendering.messages import Outgoing
from bot.rendering.verdict import render_route, render_summary
from conversations.compiled import Content
from conversations.engine import Interview
from conversations.loading import load_content
from conversations.scenarios import Scenario, load_file, replay
from conversations.verdict import CriterionStatus, RouteResult, RouteStatus, Verdict
from locales import Catalog, load_catalog

SCENARIOS = Path(__file__).parent / "scenarios"
GOLDEN = Path(__file__).parent / "golden"


@cache
def _content() -> Content:
    return load_content()


@cache
def _catalog() -> Catalog:
    return load_catalog()


@cache
def _verdict(scenario_file: str) -> tuple[Scenario, Verdict]:
    """The first scenario of the file that reaches a verdict, and that verdict."""
    interview = Interview(_content())
    for scenario in load_file(SCENARIOS / scenario_file):
        result = replay(interview, scenario.answers, scenario.as_of, unused_ok=scenario.unused_ok)
        if result.verdict is not None:
            return scenario, result.verdict
    raise ValueError(f"{scenario_file}: no scenario reaches a verdict")


def _detailed_route(verdict: Verdict) -> RouteResult:
    """The route whose "Why?" is kept: the first one closed by a criterion with a hint (what a person most
    needs to read), else the first relevant one."""
    for route in verdict.relevant:
        if route.status is RouteStatus.NOT_ELIGIBLE and any(
                c.status is CriterionStatus.NOT_MET and c.hint for c in route.criteria):
            return route
    return verdict.relevant[0]


def _text(message: Outgoing) -> str:
    buttons = "\n".join(" ".join(f"[{button.text}]" for button in row) for row in message.buttons)
    return message.html + ("\n" + buttons if buttons else "")


def render(scenario_file: str, language: str) -> str:
    scenario, verdict = _verdict(scenario_file)
    fmt = Formatter(_catalog(), _content(), language)
    route = _detailed_route(verdict)
    parts = [f"# {scenario_file}: {scenario.name}, as of {scenario.as_of.isoformat()}, in {language}",
             "## Summary", _text(render_summary(verdict, fmt)), f"## Why? {route.id}"]
    parts += [_text(message) for message in render_route(route, verdict, _content(), fmt)]
    return "\n".join(parts) + "\n"


def cases() -> list[tuple[str, str]]:
    """(scenario file, language) for every scenario file and every language."""
    return [(path.name, language) for path in sorted(SCENARIOS.glob("*.yaml")) for language in _catalog().codes]


def golden_path(scenario_file: str, language: str) -> Path:
    return GOLDEN / Path(scenario_file).stem / f"{language}.txt"


def rewrite() -> int:
    """Write every golden file anew and remove those no case produces any more; returns the count written."""
    written = {golden_path(*case) for case in cases()}
    for path in written:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(render(*_case_of(path)), encoding="utf-8")
    for stale in set(GOLDEN.rglob("*.txt")) - written:
        stale.unlink()
    return len(written)


def _case_of(path: Path) -> tuple[str, str]:
    return f"{path.parent.name}.yaml", path.stem


if __name__ == "__main__":
    print(f"{rewrite()} golden files written in {GOLDEN}; review them with git diff", file=sys.stderr)
