"""Country names in other languages: a second index, built on first need.

pycountry's Russian short and official names for every country, and the short and
official names in 36 other languages from its catalogs ("Deutschland", "Mexiko",
"Bundesrepublik Deutschland"), keyed as :func:`~regionrel.gazetteer.names.normalize_name`
keys them. A name that is part of another country's name is left out ("Norfolk" is
not Norfolk Island, nor "Salvador" El Salvador), but a name in another script that is part
of the same country's is kept ("Бруней"); an official name that the catalogs give to two countries is left out, and so
is the other name it collides with (neither is taken for the wrong country).
"""

from __future__ import annotations

from collections.abc import Mapping

from regionrel.gazetteer.names import add_region
from regionrel.regions import Region


def other_language_names(
    by_alpha2: Mapping[str, Region], by_name: Mapping[str, tuple[Region, ...]]
) -> dict[str, tuple[Region, ...]]:
    """More names of countries, by key; *by_name* is the gazetteer's own index of names."""
    from regionrel._data import country_keys

    built: dict[str, tuple[Region, ...]] = {}
    # The keys are stored normalised (benchmarks/generate_world_tables.py): a dict load,
    # not tens of thousands of names put through normalize_name.
    for line in country_keys.RUSSIAN.split("\n"):
        code, key = line.split("\t")
        add_region(built, key, by_alpha2[code])
    words: dict[str, set[str]] = {}
    for name_key, held in by_name.items():
        if any(r.kind.is_state for r in held):
            for word in name_key.split():
                words.setdefault(word, set()).add(name_key)
    for line in country_keys.NAMES.split("\n"):
        code, key = line.split("\t")
        # A name that is part of another country's is left out: "Norfolk"
        # is not Norfolk Island, nor "Guiana" Guyana.
        country = by_alpha2[code]
        if _only_of(country, key, words, by_name):
            add_region(built, key, country)
    official: dict[str, set[str]] = {}
    for line in country_keys.OFFICIAL.split("\n"):
        code, key = line.split("\t")
        official.setdefault(key, set()).add(code)
    for key, codes in official.items():
        country = by_alpha2[min(codes)]
        if any(r is not country for r in built.get(key, ())) or len(codes) > 1:
            # A catalog's slip ("Конго Республикасы" for both Congos): neither.
            built.pop(key, None)
        elif all(r is country for r in by_name.get(key, (country,))) and _only_of(
            country, key, words, by_name
        ):
            add_region(built, key, country)
    return built


def _only_of(
    country: Region,
    key: str,
    words: Mapping[str, set[str]],
    by_name: Mapping[str, tuple[Region, ...]],
) -> bool:
    """Whether the names whose words include all of *key*'s are *country*'s only (or none)."""
    held: list[set[str]] = []
    for word in key.split():
        names = words.get(word)
        if names is None:  # most names: a word no country's name has
            return True
        held.append(names)
    holding = set.intersection(*held)
    if key.isascii():  # "Norfolk" is an English county too; "Бруней" is only Brunei
        return not holding
    return all(r is country for name_key in holding for r in by_name[name_key])
