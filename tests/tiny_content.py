"""A tiny content folder (three questions, one route) for tests of the checks and the command line: small
enough that every combination of answers is enumerated."""

from __future__ import annotations

from pathlib import Path

TINY = {
    "flow.yaml": """\
id: tiny
version: "1"
steps:
  - question: goal
  - question: age
    ask_if: "goal == 'work'"
  - question: sure
""",
    "questions/goal.yaml": """\
id: goal
type: single_choice
text: q-goal
why: q-goal-why
choices:
  - {key: work, text: choice-work}
  - {key: stay, text: choice-stay}
""",
    "questions/age.yaml": "id: age\ntype: integer\ntext: q-age\nwhy: q-age-why\nminimum: 0\nmaximum: 99\n"
                          "allow_unknown: true\n",
    "questions/sure.yaml": "id: sure\ntype: yes_no_unknown\ntext: q-sure\nwhy: q-sure-why\n",
    "sources.yaml": "law: {title: source-law, issuer: issuer-state, date: 2020-01-01, official_title: A law,\n"
                    "      confidence: confirmed}\n",
    "parameters/min_age.yaml": "description: minimum age\nunit: years\nlast_verified: 2026-01-01\nvalues:\n"
                               "  2020-01-01: {value: 18, sources: [law]}\n",
    "derived.yaml": "{}\n",
    "next_steps.yaml": "{}\n",
    "documents.yaml": "{}\n",
    "routes/permit.yaml": """\
id: permit
family: work_permit
title: route-permit
summary: route-permit-summary
in_force_from: 2020-01-01
applies_if: "goal == 'work'"
criteria:
  - {id: adult, kind: compare, text: crit-adult, value: "age", op: ">=", threshold: "param('min_age')",
     unit: years, sources: [law], effective: 2020-01-01, confidence: confirmed}
  - {id: sure, kind: condition, text: crit-sure, met_if: "sure == 'yes'", sources: [law], effective: 2020-01-01,
     confidence: confirmed}
eligible_if: {all_of: [adult, sure]}
""",
}


def write_tiny(root: Path, **changes: tuple[str, str]) -> Path:
    """Write the tiny content to ``root``, with a text replacement in some files (keyed by the file's path
    without .yaml, slashes as underscores: ``flow=(old, new)``, ``routes_permit=(old, new)``)."""
    for relative, original in TINY.items():
        path = root / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        text = original
        change = changes.get(relative.removesuffix(".yaml").replace("/", "_"))
        if change is not None:
            assert change[0] in text
            text = text.replace(*change)
        path.write_text(text)
    (root / "points").mkdir()
    return root
