"""Public, non-personal answers for groups: the routes in brief, and a city's salary thresholds."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from datetime import date
from decimal import ROUND_CEILING, Decimal

from conversations.compiled import Content
from conversations.schema.questions import QuestionType
from locales import Catalog

WAGE_TABLE = "local_average_wage"


@dataclass(frozen=True)
class CityThresholds:
    city: str  # the city key
    label_id: str  # message id of the city's name
    as_of: date
    wage: Decimal | None  # None: no figure in force on that date
    reference_year: int | None
    effective: date | None
    source: str | None  # source id
    work_permit_a: Decimal | None
    work_permit_b: Decimal | None
    permanent_residence: Decimal | None
    permanent_residence_tax: Decimal | None


def _fold(text: str) -> str:
    """Lower case without accents or punctuation, so 'Pékin', 'pekin' and 'PEKIN!' match."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if c.isalnum())


class CityDirectory:
    """City names in every language we speak (the labels of the city question), plus their keys."""

    def __init__(self, content: Content, catalog: Catalog) -> None:
        self.content = content
        self.catalog = catalog
        question = next(q for q in content.questions.values() if q.type is QuestionType.CITY)
        self.labels = {c.key: c.text for c in question.choices if c.key in content.tables.get(WAGE_TABLE, {})}
        self._names: dict[str, str] = {}
        for key, label_id in self.labels.items():
            self._names[_fold(key)] = key
            for language in catalog.codes:
                label = catalog.text(language, label_id)
                self._names[_fold(label)] = key
                for word in label.replace("(", " ").replace(")", " ").split():
                    if len(_fold(word)) >= 2:
                        self._names[_fold(word)] = key

    def find(self, text: str) -> str | None:
        folded = _fold(text)
        if not folded:
            return None
        return self._names.get(folded)

    def thresholds(self, city: str, as_of: date) -> CityThresholds:
        wage_parameter = self.content.tables[WAGE_TABLE][city]
        dated = wage_parameter.at(as_of)

        def multiple(parameter: str) -> Decimal | None:
            found = self.content.parameters[parameter].at(as_of)
            return None if found is None else found[1].value

        # A reference-only figure (a statistics average the deciding office may not use) is no public bar.
        if dated is None or dated[1].value is None or dated[1].reference_only:
            return CityThresholds(city, self.labels[city], as_of, None, None, None, None, None, None, None, None)
        effective, entry = dated
        wage = entry.value
        assert wage is not None

        def times(factor: Decimal | None) -> Decimal | None:
            return None if factor is None else (factor * wage).to_integral_value(rounding=ROUND_CEILING)

        pr = times(multiple("pr_salary_multiple"))
        ratio = multiple("pr_tax_ratio")
        tax = None if pr is None or ratio is None else (pr * ratio).to_integral_value(rounding=ROUND_CEILING)
        return CityThresholds(
            city=city, label_id=self.labels[city], as_of=as_of, wage=wage, reference_year=entry.reference_year,
            effective=effective, source=entry.sources[0],
            work_permit_a=times(multiple("wp_a_salary_multiple")),
            work_permit_b=times(multiple("wp_b_salary_multiple")),
            permanent_residence=pr, permanent_residence_tax=tax,
        )
