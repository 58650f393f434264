"""One term per concept: each language's glossary (locales/<language>/glossary.yaml) names how it writes
"permanent residence", "work permit", "average wage" and "direct relatives", and every message whose
English uses the concept must use that term; the variants a glossary avoids appear nowhere."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from locales.catalog import LOCALES_ROOT, read_languages
from locales.inventory import inventory

LANGUAGES = list(read_languages())
ENGLISH = inventory("en").sources


def glossary(language: str) -> dict[str, dict[str, list[str]]]:
    path: Path = LOCALES_ROOT / language / "glossary.yaml"
    data: dict[str, dict[str, list[str]]] = yaml.safe_load(path.read_text(encoding="utf-8"))
    return data


def _text(source: str) -> str:
    return source.split("=", 1)[1].casefold()


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_language_has_the_same_concepts(language: str) -> None:
    assert set(glossary(language)) == set(glossary("en"))


@pytest.mark.parametrize("language", LANGUAGES)
def test_one_term_per_concept(language: str) -> None:
    english_terms, terms = glossary("en"), glossary(language)
    sources = inventory(language).sources
    missing, avoided = [], []
    for concept, english in english_terms.items():
        forms = [form.casefold() for form in terms[concept]["forms"]]
        for message_id, source in ENGLISH.items():
            uses_concept = any(f.casefold() in _text(source) for f in english["forms"])
            if message_id in sources and uses_concept and not any(f in _text(sources[message_id]) for f in forms):
                missing.append((concept, message_id))
        for variant in terms[concept].get("avoid", []):
            avoided += [(concept, variant, mid) for mid, source in sources.items()
                        if variant.casefold() in _text(source)]
    assert not missing, f"{language}: messages that do not use the glossary's term: {missing}"
    assert not avoided, f"{language}: variants the glossary avoids: {avoided}"


_HAN = re.compile(r"[\u3400-\u9fff][\u3400-\u9fff0-9]*[\u3400-\u9fff]")


@pytest.mark.parametrize("language", [code for code in LANGUAGES if code not in {"en", "zh-Hans"}])
def test_official_chinese_names_are_kept(language: str) -> None:
    """The Chinese names English gives beside a term (外国高端人才, 完税证明, ...) are what people meet on
    forms: every translation keeps them verbatim. Chinese itself is exempt (it writes them in its own
    sentences), and Japanese may write a city in Japanese kanji (広州)."""
    sources = inventory(language).sources
    missing = [(mid, name) for mid, source in ENGLISH.items() if mid in sources
               and not (language == "ja" and mid.startswith("choice-city-"))
               for name in _HAN.findall(source.split("=", 1)[1]) if name not in sources[mid]]
    assert not missing, f"{language}: official Chinese names left out: {missing}"
