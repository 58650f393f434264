"""What each language file holds: message ids, the variables each message uses, syntax errors, and the
English text each translation was made from (to find translations that went stale when English changed).
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from pathlib import Path

import yaml
from fluent.syntax import FluentParser, FluentSerializer
from fluent.syntax import ast as fluent_ast
from fluent.syntax.visitor import Visitor

from locales.catalog import DEFAULT_LANGUAGE, LOCALES_ROOT, message_files, read_languages

_DOCUMENTED = re.compile(r"\$([A-Za-z_][A-Za-z0-9_-]*)")
RECORD_FILE = "translated-from.yaml"  # per language: message id -> hash of the English text it translates


@dataclass
class LanguageInventory:
    language: str
    variables: dict[str, frozenset[str]] = field(default_factory=dict)  # message id -> variables used
    # message id -> variables given to it that it need not show, named in its comment ("# $amount: ...");
    # a language may use them, e.g. a number to choose a verb's agreement that English does not need
    documented: dict[str, frozenset[str]] = field(default_factory=dict)
    sources: dict[str, str] = field(default_factory=dict)  # message id -> serialised Fluent source
    syntax_errors: list[str] = field(default_factory=list)


class _Variables(Visitor):
    def __init__(self) -> None:
        super().__init__()
        self.names: set[str] = set()

    def visit_VariableReference(self, node: fluent_ast.VariableReference) -> None:
        self.names.add(node.id.name)
        self.generic_visit(node)


def inventory(language: str, root: Path = LOCALES_ROOT) -> LanguageInventory:
    result = LanguageInventory(language)
    serializer = FluentSerializer()
    for path in message_files(root, language):
        resource = FluentParser(with_spans=True).parse(path.read_text(encoding="utf-8"))
        for entry in resource.body:
            if isinstance(entry, fluent_ast.Junk):
                messages = "; ".join(str(a.message) for a in entry.annotations)
                result.syntax_errors.append(f"{path.name}: {messages}: {str(entry.content).strip()[:80]!r}")
            elif isinstance(entry, fluent_ast.Message):
                visitor = _Variables()
                visitor.visit(entry)
                name = entry.id.name
                if name in result.variables:
                    result.syntax_errors.append(f"{path.name}: message {name} defined twice")
                result.variables[name] = frozenset(visitor.names)
                comment = (entry.comment.content if entry.comment else None) or ""
                result.documented[name] = frozenset(_DOCUMENTED.findall(comment))
                entry.comment = None
                result.sources[name] = serializer.serialize_entry(entry)
    return result


def source_hash(source: str) -> str:
    return hashlib.sha256(source.encode()).hexdigest()[:12]


def english_hashes(root: Path = LOCALES_ROOT) -> dict[str, str]:
    return {mid: source_hash(src) for mid, src in inventory(DEFAULT_LANGUAGE, root).sources.items()}


def read_record(language: str, root: Path = LOCALES_ROOT) -> dict[str, str]:
    path = root / language / RECORD_FILE
    if not path.exists():
        return {}
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    return {str(k): str(v) for k, v in data.items()}


def write_record(language: str, record: dict[str, str], root: Path = LOCALES_ROOT) -> None:
    path = root / language / RECORD_FILE
    header = ("# The English text each message was translated from (a hash per message). "
              "`python -m locales stale` lists\n# the messages whose English changed since; "
              "`python -m locales record LANG ID...` marks them done.\n")
    path.write_text(header + yaml.safe_dump(dict(sorted(record.items())), allow_unicode=True, sort_keys=True),
                    encoding="utf-8")


def stale_messages(language: str, root: Path = LOCALES_ROOT) -> list[str]:
    """Messages whose English text changed since this language's translation was made (or never recorded)."""
    current = english_hashes(root)
    record = read_record(language, root)
    translated = set(inventory(language, root).sources)
    return sorted(mid for mid in translated & set(current) if record.get(mid) != current[mid])


def translation_languages(root: Path = LOCALES_ROOT) -> list[str]:
    return [code for code in read_languages(root) if code != DEFAULT_LANGUAGE and message_files(root, code)]
