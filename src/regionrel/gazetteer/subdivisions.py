"""The rest of the world, loaded lazily: a country's ISO 3166-2 subdivisions and curated regions.

The built-in gazetteer answers ``get()`` for every ISO 3166-2 code; a country's
subdivisions are turned into Regions the first time one of its codes is asked
for, under :data:`WORLD_LOCK`, and the curated regions of the countries not built
eagerly (see ``regionrel._data.world.EAGER``) the first time a name is not found.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable, Iterator, Mapping
from typing import Final

from regionrel.regions import CodeScheme, Region, RegionKind

WORLD_LOCK: Final = threading.Lock()
_SUBDIVISION_TYPES: Final = frozenset({"City", "Municipality"})


def world_subdivisions(
    country: str, held: Mapping[str, object], curated: Iterable[Region] = ()
) -> dict[str, Region]:
    """*country*'s regions by each of their codes: the *curated* ones, then the ISO 3166-2
    subdivisions that *held* has no code for, as Regions."""
    from regionrel._data import iso3166_2, world

    table = {code: r for r in curated for code in r.codes.values()}
    block = iso3166_2.SUBDIVISIONS.get(country)
    if block is None:
        return table
    for line in block.split("\n"):
        code, name, _type, _parent = line.split("\t")
        if code in held:
            continue
        codes = {CodeScheme.ISO_3166_2: code, **world.OLD_CODES.get(code, {})}
        note = world.DISPUTED.get(code, "")
        region = Region(
            name, RegionKind.SUBDIVISION, codes, country, disputed=bool(note), note=note
        )
        for other in region.codes.values():
            table[other] = region
    return table


def curated_region(
    country: str, row: tuple[str, str, str, tuple[str, ...], dict[str, str], str]
) -> Region:
    from regionrel._data import world

    iso, name, name_ru, extra_names, other_codes, _body = row
    note = world.DISPUTED.get(iso, "")
    return Region(
        name,
        RegionKind.SUBDIVISION,
        {CodeScheme.ISO_3166_2: iso, **other_codes},
        country,
        name_ru=name_ru,
        aliases=extra_names,
        disputed=bool(note),
        note=note,
    )


def curated_regions() -> Iterator[Region]:
    """The curated regions of the countries not built eagerly (see ``world.EAGER``)."""
    from regionrel._data import world

    for country, rows in world.CURATED.items():
        if country not in world.EAGER:
            for row in rows:
                yield curated_region(country, row)
