"""Country names in other languages: a second index, built on first need.

pycountry's Russian short and official names for every country, and the names in
36 other languages from its catalogs ("Deutschland", "Mexiko"), keyed as
:func:`~regionrel.gazetteer.names.normalize_name` keys them. A name that is part of
a known country's name is left out: "Norfolk" is not Norfolk Island.
"""

from __future__ import annotations

from collections.abc import Mapping

from regionrel.gazetteer.names import add_region, normalize_name
from regionrel.regions import Region


def other_language_names(
    by_alpha2: Mapping[str, Region], by_name: Mapping[str, tuple[Region, ...]]
) -> dict[str, tuple[Region, ...]]:
    """More names of countries, by key; *by_name* is the gazetteer's own index of names."""
    from regionrel._data import countries_other, countries_ru

    built: dict[str, tuple[Region, ...]] = {}
    for code, names in countries_ru.names().items():
        for name in names:
            if name:
                add_region(built, normalize_name(name), by_alpha2[code])
    words: dict[str, set[str]] = {}
    for name_key, held in by_name.items():
        if any(r.kind.is_state for r in held):
            for word in name_key.split():
                words.setdefault(word, set()).add(name_key)
    for line in countries_other.NAMES.split("\n"):
        code, name = line.split("\t")
        key = normalize_name(name)
        # A name that is part of a known country's is left out: "Norfolk"
        # is not Norfolk Island, nor "Guiana" Guyana.
        if key and not set.intersection(*(words.get(w, set()) for w in key.split())):
            add_region(built, key, by_alpha2[code])
    return built
