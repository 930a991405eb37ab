"""Russian word forms for summaries: region names in their cases, agreements by gender.

:mod:`regionrel.phrases` writes every fact of a summary from one table of phrases; the
Russian phrases need names in the genitive, accusative and prepositional, and verbs
that agree with an agreement's title ("Соглашение ... подписано", "Договор ...
подписан"). Names are declined only where their shape tells the forms (``... область``,
``... край``, ``Республика ...``), else kept in the nominative, and titles are quoted
as given.

>>> ru_case("Ферганская область", "gen"), ru_case("Краснодарский край", "prep")
('Ферганской области', 'Краснодарском крае')
>>> ru_agreement_forms("Договор о дружбе")
('Договор о дружбе', 'Договора о дружбе', 'm')
"""

from __future__ import annotations

import re
from typing import Literal

from regionrel.errors import UnknownRegionError, ValidationError
from regionrel.periods import Period
from regionrel.regions import Region, RegionKind

__all__ = [
    "RU_VERBS",
    "Case",
    "ru_agreement_forms",
    "ru_case",
    "ru_join",
    "ru_name",
    "ru_regions_genitive",
    "ru_with_country",
    "ru_years",
]

#: The cases a summary declines names into.
Case = Literal["nom", "gen", "acc", "prep"]

_OBLAST = re.compile(r"^(\w+)ая область$")
_KRAI = re.compile(r"^(\w+)(ий|ый) край$")
_REPUBLIC = re.compile(r"^Республика (\S.*)$")

#: An agreement's title that starts with one of these words is declined by that word,
#: and its verbs agree with the word's gender.
_TITLE_HEADS = {
    "Соглашение": ("Соглашения", "n"),
    "Договор": ("Договора", "m"),
    "Меморандум": ("Меморандума", "m"),
}

#: Past forms that agree with an agreement: neuter, masculine.
RU_VERBS = {
    "signed": {"n": "подписано", "m": "подписан"},
    "entered": {"n": "вступило", "m": "вступил"},
    "ended": {"n": "прекратило", "m": "прекратил"},
    "terminated": {"n": "расторгнуто", "m": "расторгнут"},
    "lost": {"n": "утратило", "m": "утратил"},
    "renewed": {"n": "продлено", "m": "продлён"},
    "acted": {"n": "действовало", "m": "действовал"},
}


def ru_case(name: str, case: Case) -> str | None:
    """*name* in *case*, or None when its shape is not one whose forms are known.

    >>> ru_case("Республика Крым", "acc"), ru_case("Азербайджан", "gen")
    ('Республику Крым', None)
    """
    if case == "nom":
        return name
    if match := _OBLAST.match(name):
        stem = match.group(1)
        return {"gen": f"{stem}ой области", "acc": f"{stem}ую область"}.get(
            case, f"{stem}ой области"
        )
    if match := _KRAI.match(name):
        stem = match.group(1)
        return {"gen": f"{stem}ого края", "acc": name, "prep": f"{stem}ом крае"}[case]
    if match := _REPUBLIC.match(name):
        word = {"gen": "Республики", "acc": "Республику", "prep": "Республике"}[case]
        return f"{word} {match.group(1)}"
    return None


def ru_name(region: Region) -> str:
    """The region's Russian name, else its name.

    >>> from regionrel import gazetteer
    >>> ru_name(gazetteer.get("RU-LEN"))
    'Ленинградская область'
    """
    return region.name_ru or region.name


def ru_join(items: list[str], word: str = "и") -> str:
    """Items joined as Russian lists them: "А, Б и В".

    >>> ru_join(["А", "Б", "В"])
    'А, Б и В'
    """
    if len(items) <= 2:
        return f" {word} ".join(items)
    return ", ".join(items[:-1]) + f" {word} " + items[-1]


def ru_agreement_forms(title: str) -> tuple[str, str, Literal["n", "m"]]:
    """An agreement's nominative, genitive and gender, from its title: a title that
    starts with "Соглашение", "Договор" or "Меморандум" is declined by that word;
    any other is quoted after "соглашение".

    >>> ru_agreement_forms("Agreement on tourism")
    ('соглашение «Agreement on tourism»', 'соглашения «Agreement on tourism»', 'n')
    """
    text = title.strip()
    head, _, rest = text.partition(" ")
    if head in _TITLE_HEADS and rest:
        genitive, gender = _TITLE_HEADS[head]
        return text, f"{genitive} {rest}", "n" if gender == "n" else "m"
    return f"соглашение «{text}»", f"соглашения «{text}»", "n"


def ru_years(period: Period) -> str:
    """A plan's period as Russian writes it: "на 2018-2021 годы".

    >>> ru_years(Period.year(2019))
    'на 2019 год'
    """
    start, end = period.start.year, period.end.year
    return f"на {start} год" if start == end else f"на {start}-{end} годы"


def _country_name_ru(region: Region) -> str | None:
    if region.country is None:
        return None
    from regionrel import gazetteer

    try:
        return ru_name(gazetteer.get(region.country))
    except (UnknownRegionError, ValidationError):
        return None


def ru_with_country(region: Region, home: Region) -> str:
    """The region's name, with its country when it lies abroad from *home*.

    >>> from regionrel import gazetteer
    >>> ru_with_country(gazetteer.get("UZ-FA"), gazetteer.get("RU-LEN"))
    'Ферганская область (Узбекистан)'
    """
    abroad = region.kind is not RegionKind.COUNTRY and region.country != home.country
    country = _country_name_ru(region) if abroad else None
    return ru_name(region) + (f" ({country})" if country else "")


def ru_regions_genitive(regions: list[Region], home: Region) -> str | None:
    """Regions in the genitive, grouped by country: "Ферганской и Бухарской областей
    (Узбекистан)", the country named only when it is not *home*'s; None when a name's
    genitive is not known.

    >>> from regionrel import gazetteer
    >>> ru_regions_genitive([gazetteer.get("UZ-FA"), gazetteer.get("UZ-BU")], gazetteer.get("RU-LEN"))
    'Ферганской и Бухарской областей (Узбекистан)'
    """
    by_country: dict[str | None, list[Region]] = {}
    for region in regions:
        by_country.setdefault(region.country, []).append(region)
    groups = []
    for members in by_country.values():
        names = [ru_name(m) for m in members]
        forms = [ru_case(n, "gen") for n in names]
        if any(f is None for f in forms):
            return None
        stems = [m.group(1) for n in names if (m := _OBLAST.match(n))]
        if len(members) > 1 and len(stems) == len(members):
            text = ru_join([f"{s}ой" for s in stems]) + " областей"
        else:
            text = ru_join([f for f in forms if f is not None])
        first = members[0]
        if first.kind is not RegionKind.COUNTRY and first.country != home.country:
            country = _country_name_ru(first)
            text += f" ({country})" if country else ""
        groups.append(text)
    return ru_join(groups)
