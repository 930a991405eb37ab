"""The built-in gazetteer: the reference data read into regions, groups and names, once.

:func:`default` builds it on the first call, under a lock: every country of ISO
3166-1 with its names and adjectives, Russia's federal subjects and districts,
the regions built eagerly (see ``regionrel._data.world.EAGER``), the partially
recognised states, and the interstate groups (CIS, EAEU).
"""

from __future__ import annotations

import copyreg
import functools
import threading
from collections.abc import Mapping
from typing import Any, Final

from regionrel.gazetteer.core import Gazetteer
from regionrel.gazetteer.subdivisions import curated_region
from regionrel.regions import (
    CodeScheme,
    GroupKind,
    Membership,
    Region,
    RegionGroup,
    RegionKind,
)

__all__ = ["default"]

_DEFAULT: Gazetteer | None = None
_LOCK: Final = threading.Lock()


def default() -> Gazetteer:
    """Return the built-in gazetteer, building it on the first call (thread-safe).

    >>> default() is default()
    True
    """
    global _DEFAULT
    if _DEFAULT is None:
        with _LOCK:
            if _DEFAULT is None:
                _DEFAULT = _build_default()
    return _DEFAULT


def pickled(gazetteer: Gazetteer) -> tuple[Any, ...]:
    """How a gazetteer pickles, under any protocol (registered with :mod:`copyreg`).

    The built-in one by name, so that it unpickles as itself (a gazetteer equals only
    itself); another from what it was given, with the built-in one's world lookups if it
    has them (an ``extended`` built-in gazetteer).

    >>> import pickle
    >>> pickle.loads(pickle.dumps(default(), protocol=0)) is default()
    True
    """
    if gazetteer is _DEFAULT:
        return (default, ())
    rebuild = functools.partial(
        Gazetteer,
        groups=gazetteer.groups(),
        aliases=gazetteer._aliases,
        adjectives=gazetteer._adjectives,
    )
    return (rebuild, (tuple(gazetteer),), (None, {"_world": gazetteer._world}))


copyreg.pickle(Gazetteer, pickled)


def _build_default() -> Gazetteer:
    from regionrel._data import countries, countries_ru, foreign, iso3166, russia, world
    from regionrel._data import groups as group_data

    russian_table = countries_ru.names()
    regions: list[Region] = []
    alpha2: dict[str, Region] = {}
    by_name: dict[str, Region] = {}
    aliases: list[tuple[str, Region]] = []
    for a2, a3, numeric, iso_name, official, common in iso3166.COUNTRIES:
        # pycountry's Russian names are matched from a second index, built on the
        # first miss (see Gazetteer._more_names), but for the one shown as name_ru.
        _short, _official, common_ru = russian_table[a2]
        russian = countries.RUSSIAN.get(a2, (common_ru or _short,))
        name_ru = russian[0]
        extra = [n for n in (iso_name, official, common) if n]
        country = Region(
            countries.NAMES.get(a2) or common or iso_name,
            RegionKind.COUNTRY,
            {
                CodeScheme.ISO_ALPHA2: a2,
                CodeScheme.ISO_ALPHA3: a3,
                CodeScheme.ISO_NUMERIC: numeric,
            },
            a2,
            name_ru=name_ru,
            aliases=tuple(dict.fromkeys(n for n in (*extra, *russian) if n != name_ru)),
        )
        regions.append(country)
        alpha2[a2] = country
        aliases.extend((alias, country) for alias in countries.ALIASES.get(a2, ()))
        aliases.extend((alias, country) for alias in countries.FORMER_NAMES.get(a2, ()))
    subjects: dict[str, Region] = {}
    for code, iso, form, name, name_ru, extra_names in russia.SUBJECTS:
        codes = {CodeScheme.RU_SUBJECT: code}
        disputed = russia.DISPUTED.get(code)
        if iso is not None:
            codes[CodeScheme.ISO_3166_2] = iso
        elif disputed is not None:
            codes[CodeScheme.ISO_3166_2] = disputed[0]
        subject = Region(
            name,
            RegionKind(form),
            codes,
            "RU",
            name_ru=name_ru,
            aliases=extra_names,
            disputed=disputed is not None,
            note=disputed[1] if disputed else "",
        )
        regions.append(subject)
        subjects[code] = subject
    for iso, name, name_ru, extra_names in foreign.UZBEKISTAN:
        regions.append(
            Region(
                name,
                RegionKind.SUBDIVISION,
                {CodeScheme.ISO_3166_2: iso},
                "UZ",
                name_ru=name_ru,
                aliases=extra_names,
            )
        )
    regions.extend(
        curated_region(country_code, row)
        for country_code in world.EAGER
        for row in world.CURATED[country_code]
    )
    for name, name_ru, iso, extra_names, note in foreign.PARTIALLY_RECOGNISED:
        state = Region(
            name,
            RegionKind.PARTIALLY_RECOGNISED_STATE,
            {CodeScheme.ISO_3166_2: iso} if iso else {},
            None,
            name_ru=name_ru,
            aliases=extra_names,
            disputed=True,
            note=note,
        )
        regions.append(state)
        by_name[name] = state
    adjectives = [
        (word, alpha2.get(key) or by_name[key])
        for key, words in countries.ADJECTIVES.items()
        for word in words
    ]
    built_groups = [_federal_district(row, subjects) for row in russia.FEDERAL_DISTRICTS]
    for name, name_ru, group_aliases, scheme, rows in group_data.GROUPS:
        memberships = [
            Membership(alpha2[a2], since=since, until=until, status=status, source=source)
            for codes_, since, until, status, source in rows
            for a2 in codes_
        ]
        built_groups.append(
            RegionGroup(
                name,
                GroupKind.INTERSTATE_ORGANISATION,
                tuple(memberships),
                scheme,
                name_ru=name_ru,
                aliases=group_aliases,
                source=(group_data.__doc__ or "").strip(),
            )
        )
    built = Gazetteer(regions, groups=built_groups, aliases=aliases, adjectives=adjectives)
    built._world = True
    return built


def _federal_district(
    row: tuple[
        str, str, tuple[str, ...], tuple[tuple[tuple[str, ...], str | None, str | None, str], ...]
    ],
    subjects: Mapping[str, Region],
) -> RegionGroup:
    from regionrel._data import russia as data

    name, name_ru, group_aliases, rows = row
    memberships = []
    for codes, since, until, source in rows:
        for code in codes:
            start = since or data.FORMED.get(code, data.ESTABLISHED)
            memberships.append(Membership(subjects[code], since=start, until=until, source=source))
    return RegionGroup(
        name,
        GroupKind.FEDERAL_DISTRICT,
        tuple(memberships),
        "Russian law",
        name_ru=name_ru,
        aliases=group_aliases,
        source=(data.__doc__ or "").strip(),
    )
