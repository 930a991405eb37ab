"""Governing bodies by name: reading "Government of <region>", "акимат ...", "... облисполком".

:func:`read_governing_body` reads a body's name in English or Russian, finding
its region with the gazetteer's ``find``; :func:`body_of` names the body that
governs a region where the built-in data knows it (Belarus's executive
committees, Kazakhstan's akimats, China's people's governments, ...).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Final

from regionrel.errors import ParseError, UnknownRegionError, WrongTypeError
from regionrel.gazetteer.russian import feminine
from regionrel.regions import BodyKind, GoverningBody, Region

_CLS: Final = "Gazetteer"

# Leading space is taken possessively and a name must end in a letter or mark, so that a
# run of spaces is scanned once: the lazy ".+?" before a space run made these cubic.
_BODY_COMMITTEE: Final = re.compile(
    r"^\s*+(?:the\s+)?(.*?\S)\s+(regional|city)\s+executive\s+committee\s*$", re.IGNORECASE
)
_BODY_RU_KINDS: Final = {
    "акимат": BodyKind.AKIMAT,
    "народное правительство": BodyKind.PEOPLES_GOVERNMENT,
    "правительство": BodyKind.GOVERNMENT,
    "администрация": BodyKind.ADMINISTRATION,
    "хокимият": BodyKind.KHOKIMIYAT,
    "совет министров": BodyKind.COUNCIL_OF_MINISTERS,
    "кабинет министров": BodyKind.CABINET_OF_MINISTERS,
    "законодательное собрание": BodyKind.LEGISLATIVE_ASSEMBLY,
    "облисполком": BodyKind.REGIONAL_EXECUTIVE_COMMITTEE,
    "областной исполнительный комитет": BodyKind.REGIONAL_EXECUTIVE_COMMITTEE,
    "горисполком": BodyKind.CITY_EXECUTIVE_COMMITTEE,
    "городской исполнительный комитет": BodyKind.CITY_EXECUTIVE_COMMITTEE,
}
_BODY_RU: Final = re.compile(
    r"^\s*+(акимат|народное\s+правительство|правительство|администрация|хокимият|"
    r"совет\s+министров|кабинет\s+министров|законодательное\s+собрание)\s++(.*?\S)\s*$",
    re.IGNORECASE,
)
_BODY_RU_COMMITTEE: Final = re.compile(
    r"^\s*+(\w+)\s+(облисполком|областной\s+исполнительный\s+комитет|горисполком|"
    r"городской\s+исполнительный\s+комитет)\s*$",
    re.IGNORECASE,
)


_BODY: Final = re.compile(
    r"^\s*+(?:the\s+)?(government|administration|council\s+of\s+ministers|cabinet\s+of\s+ministers|"
    r"khokimiyat|hokimiyat|legislative\s+assembly|akimat|people'?s\s+government|"
    r"regional\s+executive\s+committee|city\s+executive\s+committee)\s+of\s++(.*?\S)\s*$",
    re.IGNORECASE,
)


def read_governing_body(text: str, find: Callable[[str], Region]) -> GoverningBody:
    """Read a governing body's name, finding its region with *find* (see ``Gazetteer.governing_body``).

    Raises:
        WrongTypeError: *text* is not a string.
        ParseError: *text* does not start with a known kind of body followed by "of".
        UnknownRegionError, AmbiguousRegionError: from *find*.
    """
    if not isinstance(text, str):
        raise WrongTypeError("must be a str", cls="GoverningBody", field="text", value=text)
    if (committee := _BODY_COMMITTEE.match(text)) is not None:
        place, level = committee.group(1), committee.group(2).casefold()
        kind = BodyKind.REGIONAL_EXECUTIVE_COMMITTEE
        if level == "city":
            kind = BodyKind.CITY_EXECUTIVE_COMMITTEE
        region = find(f"{place} {'City' if level == 'city' else 'Region'}")
        return GoverningBody(committee.group(0).strip(), region, kind)
    if (russian := _BODY_RU.match(text)) is not None:
        kind = _BODY_RU_KINDS[" ".join(russian.group(1).casefold().split())]
        return GoverningBody.of(find(russian.group(2)), kind)
    if (russian := _BODY_RU_COMMITTEE.match(text)) is not None:
        kind = _BODY_RU_KINDS[" ".join(russian.group(2).casefold().split())]
        adjective = russian.group(1)
        place = (
            f"{feminine(adjective)} область"
            if kind is BodyKind.REGIONAL_EXECUTIVE_COMMITTEE
            else re.sub(r"(?i)ский$", "ск", adjective)
        )
        return GoverningBody(text.strip(), find(place), kind)
    match = _BODY.match(text)
    if match is None:
        raise ParseError(
            "expected a governing body such as 'Government of <region>' "
            f"({', '.join(k.title for k in BodyKind)})",
            cls="GoverningBody",
            text=text,
            position=0,
        )
    kind = BodyKind.parse(" ".join(match.group(1).split()))
    return GoverningBody.of(find(match.group(2)), kind)


def body_of(found: Region) -> GoverningBody:
    """The body that governs *found*, as sources name it (see ``gazetteer.governing_body_of``).

    Raises:
        UnknownRegionError: the built-in data does not know the region's body.
    """
    from regionrel._data import foreign, world

    kinds = {row[0]: row[5] for rows in world.CURATED.values() for row in rows if row[5]}
    kinds.update((row[0], "Khokimiyat") for row in foreign.UZBEKISTAN)
    kinds["UZ-QR"] = "Council of Ministers"
    kind_name = kinds.get(found.iso_code or "")
    if kind_name is None:
        raise UnknownRegionError(
            "is not a region whose governing body the gazetteer knows",
            cls=_CLS,
            field="region",
            value=found.name,
        )
    kind = BodyKind.parse(kind_name)
    if kind is BodyKind.REGIONAL_EXECUTIVE_COMMITTEE:
        place = found.name.removesuffix(" Region")
        return GoverningBody(f"{place} Regional Executive Committee", found, kind)
    if kind is BodyKind.CITY_EXECUTIVE_COMMITTEE:
        return GoverningBody(f"{found.name} City Executive Committee", found, kind)
    return GoverningBody.of(found, kind)
