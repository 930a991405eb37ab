"""The rest of the world, loaded lazily: a country's ISO 3166-2 subdivisions and curated regions.

The built-in gazetteer answers ``get()`` for every ISO 3166-2 code; a country's
subdivisions are turned into Regions the first time one of its codes is asked
for, under :data:`WORLD_LOCK`, and the curated regions of the countries not built
eagerly (see ``regionrel._data.world.EAGER``) the first time a name is not found.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterable, Iterator, Mapping
from typing import Final

from regionrel.gazetteer.names import GENERIC, add_region, skeleton, tokens
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


def other_language_subdivisions() -> dict[str, str]:
    """Names of the curated countries' subdivisions in other languages: key -> ISO 3166-2 code.

    From pycountry's ``iso3166-2`` catalogs ("Брэсцкая вобласць", "黑龙江省",
    "Bavière"). A name two places share is left out; the gazetteer reads this index
    only after its own names gave nothing, so a catalog's slip ("Brest" for the Vitebsk
    Region) is never taken for the wrong place. Only keys are read here (stored
    normalised, a dict load on the first miss that reaches them); a region is built when its
    name is first looked up.
    """
    from regionrel._data import subdivision_keys

    # Stored normalised, the shared keys left out (benchmarks/generate_world_tables.py).
    return dict(line.split("\t", 1) for line in subdivision_keys.KEYS.split("\n"))


#: The fewest letters a skeleton must have: "Osh" is too short.
_SHORTEST: Final = 3
_VOWEL: Final = re.compile("[aeiouy]")


def romanization_skeletons(regions: Iterable[Region]) -> dict[str, tuple[Region, ...]]:
    """Subdivisions by the :func:`~regionrel.gazetteer.names.skeleton` of each Latin name.

    States are left out ("Niger" and "Nigeria" share one), and so are skeletons too short
    to tell places apart; a skeleton two places share gives neither.
    """
    built: dict[str, tuple[Region, ...]] = {}
    for region in regions:
        if region.kind.is_state:
            continue
        for name in region.names:
            key = romanized_key(name)
            if key:
                add_region(built, key, region)
    return {key: found for key, found in built.items() if len(found) == 1}


def romanized_key(name: str | list[str]) -> str:
    """The skeleton of a Latin name's words (or of its *tokens*) but the generic ones, in
    order ("" if none fits)."""
    words = [w for w in (tokens(name) if isinstance(name, str) else name) if w not in GENERIC]
    # Only words of letters with a vowel: "NRW" is an abbreviation, not a spelling.
    if not words or not all(w.isascii() and w.isalpha() and _VOWEL.search(w) for w in words):
        return ""
    key = skeleton(words)
    return key if len(key) > _SHORTEST else ""
