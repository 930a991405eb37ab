"""The gazetteer: regions and groups by code, by name and by adjective.

The built-in gazetteer holds every country of ISO 3166-1 (with its names in
English, Russian and other languages), the 85 federal subjects and 8 federal
districts of Russia (with the Crimean district of 2014-2016), the regions of
Uzbekistan, Belarus, Kazakhstan, China, Kyrgyzstan, Tajikistan, Turkmenistan,
Armenia, Georgia, Ukraine, Mongolia, Finland, Estonia, Lithuania, Norway and
Germany's Länder, Moldova's cities and territorial units, Abkhazia and South Ossetia, the CIS and the
EAEU; every other ISO 3166-2 subdivision is reachable by its code. It is built
on first use, under a lock, not at import (the regions of the countries after
China in that list, and the rest of ISO 3166-2, when first needed). The module
functions use it:

>>> from regionrel import gazetteer
>>> gazetteer.get("RU-LEN").name
'Leningrad Region'
>>> gazetteer.find("the PRC").iso_code
'CN'
>>> gazetteer.find("Ленинградская область") is gazetteer.get("47")
True
>>> [r.name for r in gazetteer.parties_of("Russian-Azerbaijani")]
['Russia', 'Azerbaijan']
>>> gazetteer.group_of("Republic of Buryatia", "federal district", on="2018-11-04").name
'Far Eastern Federal District'

Names are matched whole after normalising case, accents, ё/е, punctuation,
hyphens, the article "the", word order and the generic words (Region, Oblast,
область, Territory, Krai, край, Republic, ...), never by substring (see
:meth:`Gazetteer.search` for the rules on countries and qualified labels):

>>> gazetteer.find("Perugia")
Traceback (most recent call last):
...
regionrel.errors.UnknownRegionError: Gazetteer: 'name' is not a known region name (got 'Perugia')

A user's gazetteer extends the built-in one without changing it:

>>> from regionrel import Region
>>> norrbotten = Region.of_subdivision("Norrbotten County", country="SE", codes={"iso3166-2": "SE-BD"})
>>> mine = gazetteer.default().extended(regions=[norrbotten], aliases={"Norrbottens län": norrbotten})
>>> mine.find("Norrbottens län").iso_code, norrbotten in gazetteer.default()
('SE-BD', False)
"""

from __future__ import annotations

import datetime as dt

from regionrel._validators import as_date
from regionrel.errors import ValidationError
from regionrel.gazetteer.bodies import body_of
from regionrel.gazetteer.builtin import default
from regionrel.gazetteer.core import Gazetteer
from regionrel.gazetteer.names import normalize_name
from regionrel.gazetteer.russian import inflect_ru
from regionrel.regions import GoverningBody, GroupKind, Region, RegionGroup, RegionKind

__all__ = [
    "Gazetteer",
    "default",
    "find",
    "find_adjective",
    "get",
    "governing_body",
    "governing_body_of",
    "group",
    "group_of",
    "groups",
    "groups_of",
    "inflect_ru",
    "name_on",
    "normalize_name",
    "parties_in",
    "parties_of",
    "regions",
    "resolve",
    "search",
]


# -- module-level shortcuts to the built-in gazetteer -------------------------------------


def get(code: str, scheme: str | None = None) -> Region:
    """Return the built-in region with *code* (see :meth:`Gazetteer.get`).

    >>> get("UZ-FA").name, get("RUS").iso_code
    ('Fergana Region', 'RU')
    """
    return default().get(code, scheme)


def find(name: str, *, kind: RegionKind | None = None, country: str | None = None) -> Region:
    """Return the built-in region called *name* (see :meth:`Gazetteer.find`).

    >>> find("Ferghana Region").iso_code, find("Holland").name
    ('UZ-FA', 'Netherlands')
    """
    return default().find(name, kind=kind, country=country)


def search(
    name: str, *, kind: RegionKind | None = None, country: str | None = None
) -> tuple[Region, ...]:
    """Every built-in region *name* may mean (see :meth:`Gazetteer.search`).

    >>> [r.iso_code for r in search("Altai")]
    ['RU-AL', 'RU-ALT']
    """
    return default().search(name, kind=kind, country=country)


def resolve(value: Region | str) -> Region:
    """Return the built-in region *value* is, or is a code or name of (see :meth:`Gazetteer.resolve`)."""
    return default().resolve(value)


def regions(*, kind: RegionKind | None = None, country: str | None = None) -> tuple[Region, ...]:
    """The built-in regions, optionally only those of *kind* or in *country*.

    >>> len(regions(country="RU", kind=None)) - 1  # the 85 federal subjects, without Russia itself
    85
    """
    return default().regions(kind=kind, country=country)


def find_adjective(word: str) -> Region:
    """Return the built-in region an adjective names (see :meth:`Gazetteer.find_adjective`).

    >>> find_adjective("Uzbek").name, find_adjective("российско").name
    ('Uzbekistan', 'Russia')
    """
    return default().find_adjective(word)


def parties_of(compound: str) -> tuple[Region, ...]:
    """Return the built-in regions a compound adjective names (see :meth:`Gazetteer.parties_of`)."""
    return default().parties_of(compound)


def parties_in(text: str) -> tuple[Region, ...]:
    """Return the built-in regions named by compound adjectives in *text* (see :meth:`Gazetteer.parties_in`)."""
    return default().parties_in(text)


def group(name: str) -> RegionGroup:
    """Return the built-in group called *name* (see :meth:`Gazetteer.group`).

    >>> [r.name for r in group("EAEU").members(on="2015-06-01")]
    ['Belarus', 'Kazakhstan', 'Russia', 'Armenia']
    """
    return default().group(name)


def groups(kind: GroupKind | str | None = None) -> tuple[RegionGroup, ...]:
    """The built-in groups, optionally only those of *kind*."""
    return default().groups(kind)


def groups_of(
    region: Region | str, *, kind: GroupKind | str | None = None, on: dt.date | str | None = None
) -> tuple[RegionGroup, ...]:
    """The built-in groups *region* belongs to on *on* (see :meth:`Gazetteer.groups_of`)."""
    return default().groups_of(region, kind=kind, on=on)


def group_of(
    region: Region | str, kind: GroupKind | str, *, on: dt.date | str | None = None
) -> RegionGroup | None:
    """The built-in group of *kind* that *region* belongs to on *on* (see :meth:`Gazetteer.group_of`).

    >>> group_of("Leningrad Region", "federal district").name
    'North-Western Federal District'
    """
    return default().group_of(region, kind, on=on)


def governing_body(text: str) -> GoverningBody:
    """Read a governing body's name with the built-in gazetteer (see :meth:`Gazetteer.governing_body`).

    >>> governing_body("Government of the Leningrad Region").region.name
    'Leningrad Region'
    """
    return default().governing_body(text)


def governing_body_of(region: Region | str) -> GoverningBody:
    """The body that governs a region, as sources name it, where the gazetteer knows it.

    It knows the bodies of the regions of Belarus (executive committees),
    Kazakhstan (akimats), China (people's governments), Uzbekistan
    (khokimiyats), Armenia and Ukraine (administrations) and Germany's Länder
    and Adjara (governments).

    >>> governing_body_of("BY-BR").name
    'Brest Regional Executive Committee'
    >>> governing_body_of("Алматинская область").name
    'Akimat of the Almaty Region'
    >>> governing_body_of("Heilongjiang").name
    "People's Government of Heilongjiang Province"

    Raises:
        WrongTypeError: *region* is neither a Region nor a string.
        UnknownRegionError: *region* names no region, or one whose body the gazetteer does not know.
        AmbiguousRegionError: *region* fits more than one region.
    """
    return body_of(default().resolve(region))


def name_on(region: Region | str, on: dt.date | str, *, language: str = "en") -> str:
    """The name a built-in region bore on *on*, in English (``"en"``) or Russian (``"ru"``).

    A region renamed since keeps its former names, dated:

    >>> name_on("KZ-71", "2020-05-01"), name_on("KZ-71", "2023-01-01")
    ('Nur-Sultan', 'Astana')
    >>> name_on("Turkistan Region", "01.01.2017", language="ru")
    'Южно-Казахстанская область'

    Raises:
        WrongTypeError: *region* is neither a Region nor a string.
        UnknownRegionError, AmbiguousRegionError: *region* is text that names no one region.
        ParseError, AmbiguousError: *on* is text that is not one date (read day first).
        ValidationError: *language* is neither "en" nor "ru".
    """
    from regionrel._data.world import RENAMED

    found = default().resolve(region)
    day = as_date(on, cls="Gazetteer", field="on")
    if language not in ("en", "ru"):
        raise ValidationError(
            "must be 'en' or 'ru'", cls="Gazetteer", field="language", value=language
        )
    for name, name_ru, since, until in RENAMED.get(found.iso_code or "", ()):
        if (since is None or dt.date.fromisoformat(since) <= day) and day < dt.date.fromisoformat(
            until
        ):
            return name if language == "en" else name_ru
    return found.name if language == "en" else found.name_ru or found.name
