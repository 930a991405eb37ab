"""The gazetteer: regions and groups by code, by name and by adjective.

The built-in gazetteer holds every country of ISO 3166-1, the 85 federal
subjects and 8 federal districts of Russia (with the Crimean district of
2014-2016), the regions of Uzbekistan, Abkhazia and South Ossetia, the CIS and
the EAEU. It is built on first use, under a lock, not at import. The module
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
область, Territory, Krai, край, Republic, ...), never by substring:

>>> gazetteer.find("Perugia")
Traceback (most recent call last):
...
regionrel.errors.UnknownRegionError: Gazetteer: 'name' is not a known region name (got 'Perugia')

A user's gazetteer extends the built-in one without changing it:

>>> from regionrel import Region
>>> karelia_fi = Region.of_subdivision("North Karelia", country="FI", codes={"iso3166-2": "FI-13"})
>>> mine = gazetteer.default().extended(regions=[karelia_fi], aliases={"Pohjois-Karjala": karelia_fi})
>>> mine.find("Pohjois-Karjala").iso_code, "FI-13" in gazetteer.default()
('FI-13', False)
"""

from __future__ import annotations

import datetime as dt
import difflib
import re
import threading
import unicodedata
from collections.abc import Iterable, Iterator, Mapping
from typing import Final

from regionrel._validators import as_date
from regionrel.errors import (
    AmbiguousError,
    ParseError,
    UnknownRegionError,
    ValidationError,
    WrongTypeError,
)
from regionrel.regions import (
    BodyKind,
    CodeScheme,
    GoverningBody,
    GroupKind,
    Membership,
    Region,
    RegionGroup,
    RegionKind,
)

__all__ = [
    "Gazetteer",
    "default",
    "find",
    "find_adjective",
    "get",
    "governing_body",
    "group",
    "group_of",
    "groups",
    "groups_of",
    "normalize_name",
    "parties_in",
    "parties_of",
    "regions",
    "resolve",
    "search",
]

_CLS: Final = "Gazetteer"

# Generic words mapped to one spelling each, so that "Leningrad Oblast",
# "Leningrad Region" and "Ленинградская обл." meet.
_SYNONYMS: Final[dict[str, str]] = {
    "oblast": "region", "obl": "region", "область": "region", "обл": "region",
    "viloyati": "region", "viloyat": "region", "viloyati̇": "region",
    "territory": "krai", "kray": "krai", "край": "krai",
    "respublika": "republic", "respublikasi": "republic", "республика": "republic",
    "респ": "republic",
    "district": "okrug", "округ": "okrug",
    "автономныи": "autonomous", "автономная": "autonomous", "avtonomnyy": "autonomous",
    "avtonomnaya": "autonomous",
    "город": "city", "г": "city",
    "st": "saint", "федеральныи": "federal",
}  # fmt: skip
# Words dropped everywhere, and the generic words dropped to find a name's core.
_STOPWORDS: Final = frozenset({"the", "of", "and"})
_GENERIC: Final = frozenset(
    {"region", "krai", "republic", "autonomous", "okrug", "city", "federal", "federation"}
)
_APOSTROPHES: Final = str.maketrans("", "", "'’‘`ʻʼ\u02bb")
_NON_WORD: Final = re.compile(r"[^\w]+")
_COMBINING: Final = re.compile("[\u0300-\u036f]")
_RU_ENDINGS: Final = (
    "ого", "его", "ому", "ему", "ими", "ыми", "ий", "ый", "ой", "ая", "яя", "ое", "ее",
    "ие", "ые", "ую", "юю", "ых", "их", "ым", "им", "ом", "ем", "ей", "о", "е",
)  # fmt: skip
_COMPOUND: Final = re.compile(r"[^\W\d_]+(?:\.)?(?:\s*[-‐‑–—]\s*[^\W\d_]+(?:\.)?)+")
_BODY: Final = re.compile(
    r"^\s*(?:the\s+)?(government|administration|council\s+of\s+ministers|cabinet\s+of\s+ministers|"
    r"khokimiyat|hokimiyat|legislative\s+assembly)\s+of\s+(.+?)\s*$",
    re.IGNORECASE,
)


def _tokens(text: str) -> list[str]:
    stripped = text.casefold()
    if not stripped.isascii():
        # Accents go (Türkiye, Côte), and so do the marks of ё and й.
        stripped = _COMBINING.sub("", unicodedata.normalize("NFKD", stripped))
    stripped = stripped.translate(_APOSTROPHES)
    words = _NON_WORD.sub(" ", stripped.replace("_", " ")).split()
    return [_SYNONYMS.get(w, w) for w in words if w not in _STOPWORDS]


def normalize_name(text: str) -> str:
    """Return the key under which a name is matched: its words, normalised and sorted.

    >>> normalize_name("The Republic of North Ossetia–Alania")
    'alania north ossetia republic'
    >>> normalize_name("Leningrad Oblast") == normalize_name("leningrad  region")
    True
    >>> normalize_name("Орёл") == normalize_name("Орел")
    True

    Raises:
        WrongTypeError: *text* is not a string.
    """
    if not isinstance(text, str):
        raise WrongTypeError("must be a str", cls=_CLS, field="name", value=text)
    return " ".join(sorted(set(_tokens(text))))


def _core(key: str) -> str:
    return " ".join(w for w in key.split() if w not in _GENERIC)


def _adjective_key(word: str) -> str:
    return " ".join(_tokens(word))


# Case endings in the same normal form as the stems ("ий" becomes "ии"), longest first.
_RU_ENDINGS_NORMAL: Final = tuple(
    sorted({_adjective_key(e) for e in _RU_ENDINGS}, key=len, reverse=True)
)


def _add(index: dict[str, tuple[Region, ...]], key: str, region: Region) -> None:
    if not key:
        return
    found = index.get(key, ())
    if not any(r is region for r in found):
        index[key] = (*found, region)


def _check_region(value: object, field: str) -> Region:
    if not isinstance(value, Region):
        raise WrongTypeError("must be a Region", cls=_CLS, field=field, value=value)
    return value


class Gazetteer:
    """An immutable collection of regions and groups, indexed by code, name and adjective.

    Args:
        regions: the regions it holds.
        groups: the groups it holds; their members must be among *regions*.
        aliases: extra names, each for one of *regions*.
        adjectives: adjectives ("Uzbek", or Russian stems such as "узбекск"), each
            for one of *regions*; an adjective given for two regions is ambiguous.

    Raises:
        WrongTypeError: an argument has the wrong type.
        ValidationError: an alias, adjective or group names a region it does not hold.

    >>> fi = Region.of_country("Finland", alpha2="FI")
    >>> small = Gazetteer([fi], adjectives={"Finnish": fi})
    >>> small.get("fi") is fi, small.find_adjective("finnish") is fi, len(small)
    (True, True, 1)
    """

    __slots__ = (
        "_adjectives",
        "_aliases",
        "_by_code",
        "_by_core",
        "_by_name",
        "_by_scheme",
        "_group_names",
        "_groups",
        "_held",
        "_regions",
        "_ru_stems",
        "_words",
    )

    def __init__(
        self,
        regions: Iterable[Region],
        *,
        groups: Iterable[RegionGroup] = (),
        aliases: Mapping[str, Region] | Iterable[tuple[str, Region]] | None = None,
        adjectives: Mapping[str, Region] | Iterable[tuple[str, Region]] | None = None,
    ) -> None:
        if isinstance(regions, Region | str) or not isinstance(regions, Iterable):
            raise WrongTypeError(
                "must be an iterable of Region", cls=_CLS, field="regions", value=regions
            )
        unique: dict[Region, None] = {}
        for region in regions:
            unique.setdefault(_check_region(region, "regions"), None)
        self._regions: tuple[Region, ...] = tuple(unique)
        self._held: frozenset[Region] = frozenset(unique)
        self._by_code: dict[str, tuple[Region, ...]] = {}
        self._by_scheme: dict[str, dict[str, Region]] = {}
        self._by_name: dict[str, tuple[Region, ...]] = {}
        self._by_core: dict[str, tuple[Region, ...]] = {}
        for region in self._regions:
            for scheme, code in region.codes.items():
                _add(self._by_code, code.upper(), region)
                self._by_scheme.setdefault(scheme, {})[code.upper()] = region
            for name in region.names:
                self._index_name(name, region)
        self._aliases: tuple[tuple[str, Region], ...] = ()
        if aliases is not None:
            pairs = self._pairs(aliases, "aliases")
            for name, region in pairs:
                self._index_name(name, region)
            self._aliases = pairs
        self._adjectives: tuple[tuple[str, Region], ...] = ()
        self._words: dict[str, tuple[Region, ...]] = {}
        self._ru_stems: dict[str, tuple[Region, ...]] = {}
        if adjectives is not None:
            self._adjectives = self._pairs(adjectives, "adjectives")
            for word, region in self._adjectives:
                key = _adjective_key(word)
                if re.search("[а-я]", key):
                    _add(self._ru_stems, key, region)
                else:
                    _add(self._words, key, region)
        self._groups: tuple[RegionGroup, ...] = ()
        self._group_names: dict[str, RegionGroup] = {}
        self._add_groups(groups)

    def _pairs(
        self, value: Mapping[str, Region] | Iterable[tuple[str, Region]], field: str
    ) -> tuple[tuple[str, Region], ...]:
        given: object = value
        items: list[object]
        if isinstance(given, Mapping):
            items = list(given.items())
        elif isinstance(given, Iterable) and not isinstance(given, str | bytes):
            items = list(given)
        else:
            raise WrongTypeError(
                "must be a mapping of name to Region", cls=_CLS, field=field, value=value
            )
        pairs = []
        held = self._held
        for item in items:
            if not (isinstance(item, tuple) and len(item) == 2 and isinstance(item[0], str)):
                raise WrongTypeError(
                    "must map names to Regions", cls=_CLS, field=field, value=item
                )
            name, region = item
            _check_region(region, field)
            if region not in held:
                raise ValidationError(
                    f"must name a region the gazetteer holds ({region.name!r} is not among them)",
                    cls=_CLS,
                    field=field,
                    value=name,
                )
            pairs.append((name, region))
        return tuple(pairs)

    def _index_name(self, name: str, region: Region) -> None:
        key = normalize_name(name)
        _add(self._by_name, key, region)
        _add(self._by_core, _core(key), region)

    def _add_groups(self, groups: Iterable[RegionGroup]) -> None:
        if isinstance(groups, RegionGroup | str) or not isinstance(groups, Iterable):
            raise WrongTypeError(
                "must be an iterable of RegionGroup", cls=_CLS, field="groups", value=groups
            )
        held = self._held
        collected = list(self._groups)
        for group_ in groups:
            if not isinstance(group_, RegionGroup):
                raise WrongTypeError(
                    "must be an iterable of RegionGroup", cls=_CLS, field="groups", value=group_
                )
            for membership in group_.memberships:
                if membership.region not in held:
                    raise ValidationError(
                        f"must list members the gazetteer holds ({membership.region.name!r} "
                        f"in {group_.name!r} is not among them)",
                        cls=_CLS,
                        field="groups",
                        value=group_.name,
                    )
            for name in (
                group_.name,
                *((group_.name_ru,) if group_.name_ru else ()),
                *group_.aliases,
            ):
                self._group_names[normalize_name(name)] = group_
            collected.append(group_)
        self._groups = tuple(collected)

    # -- building -------------------------------------------------------------------------

    def extended(
        self,
        *,
        regions: Iterable[Region] = (),
        aliases: Mapping[str, Region] | None = None,
        groups: Iterable[RegionGroup] = (),
        adjectives: Mapping[str, Region] | None = None,
    ) -> Gazetteer:
        """Return a new gazetteer with this one's contents and the ones given; this one is unchanged.

        Raises:
            WrongTypeError: an argument has the wrong type.
            ValidationError: an alias, adjective or group names a region neither holds.
        """
        if isinstance(regions, Region | str) or not isinstance(regions, Iterable):
            raise WrongTypeError(
                "must be an iterable of Region", cls=_CLS, field="regions", value=regions
            )
        extra_aliases = list(self._aliases)
        if aliases is not None:
            if not isinstance(aliases, Mapping):
                raise WrongTypeError(
                    "must be a mapping of name to Region", cls=_CLS, field="aliases", value=aliases
                )
            extra_aliases.extend(aliases.items())
        extra_adjectives = list(self._adjectives)
        if adjectives is not None:
            if not isinstance(adjectives, Mapping):
                raise WrongTypeError(
                    "must be a mapping of adjective to Region",
                    cls=_CLS,
                    field="adjectives",
                    value=adjectives,
                )
            extra_adjectives.extend(adjectives.items())
        if isinstance(groups, RegionGroup | str) or not isinstance(groups, Iterable):
            raise WrongTypeError(
                "must be an iterable of RegionGroup", cls=_CLS, field="groups", value=groups
            )
        return Gazetteer(
            [*self._regions, *regions],
            groups=[*self._groups, *groups],
            aliases=extra_aliases,
            adjectives=extra_adjectives,
        )

    # -- lookups --------------------------------------------------------------------------

    def get(self, code: str, scheme: str | None = None) -> Region:
        """Return the region with *code* in any scheme, or in *scheme* when given.

        Codes are matched without regard to case: ``"ru-len"`` finds RU-LEN.

        Raises:
            WrongTypeError: *code* is not a string.
            UnknownRegionError: no region has the code; the error names close codes.
            AmbiguousError: two regions share the code in different schemes.
        """
        if not isinstance(code, str):
            raise WrongTypeError("must be a str", cls=_CLS, field="code", value=code)
        key = code.strip().upper()
        if scheme is not None:
            table = self._by_scheme.get(str(scheme), {})
            if key in table:
                return table[key]
            if str(scheme) not in self._by_scheme:
                raise UnknownRegionError(
                    "is not a coding scheme the gazetteer knows",
                    cls=_CLS,
                    field="scheme",
                    value=scheme,
                    candidates=difflib.get_close_matches(str(scheme), list(self._by_scheme)),
                )
            raise UnknownRegionError(
                f"is not a known {scheme} code",
                cls=_CLS,
                field="code",
                value=code,
                candidates=difflib.get_close_matches(key, list(table), n=3, cutoff=0.6),
            )
        found = self._by_code.get(key)
        if found is None:
            raise UnknownRegionError(
                "is not a known region code",
                cls=_CLS,
                field="code",
                value=code,
                candidates=difflib.get_close_matches(key, list(self._by_code), n=3, cutoff=0.75),
            )
        if len(found) > 1:
            raise AmbiguousError(
                "is a code of more than one region: pass scheme= to choose",
                cls=_CLS,
                field="code",
                value=code,
                candidates=[r.name for r in found],
            )
        return found[0]

    def search(
        self, name: str, *, kind: RegionKind | None = None, country: str | None = None
    ) -> tuple[Region, ...]:
        """Every region *name* may mean (empty when none): whole-name matches first, else core matches.

        Raises:
            WrongTypeError: *name* is not a string.
        """
        key = normalize_name(name)

        def keep(found: tuple[Region, ...]) -> tuple[Region, ...]:
            return tuple(
                r
                for r in found
                if (kind is None or r.kind is kind) and (country is None or r.country == country)
            )

        exact = keep(self._by_name.get(key, ()))
        if exact:
            return exact
        core = _core(key)
        return keep(self._by_core.get(core, ()) + self._by_name.get(core, ())) if core else ()

    def find(
        self, name: str, *, kind: RegionKind | None = None, country: str | None = None
    ) -> Region:
        """Return the region called *name* in English or Russian, by name, alias or romanization.

        Args:
            name: the name as a source writes it ("the PRC", "Ferghana Region", "Курская область").
            kind: keep only regions of this kind.
            country: keep only regions in this country (ISO alpha-2).

        Raises:
            WrongTypeError: *name* is not a string.
            ValidationError: *name* is empty.
            UnknownRegionError: no region has the name; the error names close names.
            AmbiguousError: several regions have the name; the error lists them.
        """
        if isinstance(name, str) and not normalize_name(name):
            raise ValidationError("must not be empty", cls=_CLS, field="name", value=name)
        found = tuple(dict.fromkeys(self.search(name, kind=kind, country=country)))
        if len(found) == 1:
            return found[0]
        if found:
            raise AmbiguousError(
                "fits more than one region",
                cls=_CLS,
                field="name",
                value=name,
                candidates=[r.name for r in found],
            )
        raise UnknownRegionError(
            "is not a known region name",
            cls=_CLS,
            field="name",
            value=name,
            candidates=self._close_names(name),
        )

    def _close_names(self, name: str) -> list[str]:
        key = normalize_name(name)
        scored: list[tuple[float, int, str]] = []
        for index in (self._by_name, self._by_core):
            for match in difflib.get_close_matches(key, list(index), n=3, cutoff=0.8):
                ratio = difflib.SequenceMatcher(None, key, match).ratio()
                scored.extend((-ratio, i, region.name) for i, region in enumerate(index[match]))
        names: dict[str, None] = {}
        for _, _, region_name in sorted(scored):
            names.setdefault(region_name, None)
        return list(names)[:3]

    def resolve(self, value: Region | str) -> Region:
        """Return *value* itself if it is a Region, else the region it is a code or a name of.

        >>> resolve("UZ-FA").name, resolve("Ferghana").name
        ('Fergana Region', 'Fergana Region')

        Raises:
            WrongTypeError: *value* is neither a Region nor a string.
            UnknownRegionError: it is neither a known code nor a known name.
            AmbiguousError: it fits more than one region.
        """
        if isinstance(value, Region):
            return value
        if not isinstance(value, str):
            raise WrongTypeError("must be a Region or a str", cls=_CLS, field="value", value=value)
        found = self._by_code.get(value.strip().upper())
        if found is not None and len(found) == 1:
            return found[0]
        return self.find(value)

    def regions(
        self, *, kind: RegionKind | None = None, country: str | None = None
    ) -> tuple[Region, ...]:
        """The regions held, in order, optionally only those of *kind* or in *country*."""
        return tuple(
            r
            for r in self._regions
            if (kind is None or r.kind is kind) and (country is None or r.country == country)
        )

    # -- adjectives -----------------------------------------------------------------------

    def find_adjective(self, word: str) -> Region:
        """Return the region an adjective names: "Uzbek", "Abkhaz", "азербайджанский".

        Russian adjectives match in any case and gender, and in their combining
        form ("российско-").

        Raises:
            WrongTypeError: *word* is not a string.
            UnknownRegionError: the adjective is not known.
            AmbiguousError: the adjective fits several regions ("Korean").
        """
        if not isinstance(word, str):
            raise WrongTypeError("must be a str", cls=_CLS, field="adjective", value=word)
        key = _adjective_key(word)
        found = self._words.get(key)
        if found is None and re.search("[а-я]", key):
            found = self._ru_stems.get(key)
            for ending in _RU_ENDINGS_NORMAL:
                if found is None and key.endswith(ending):
                    found = self._ru_stems.get(key[: -len(ending)])
        if found is None:
            close = difflib.get_close_matches(
                key, [*self._words, *self._ru_stems], n=3, cutoff=0.75
            )
            raise UnknownRegionError(
                "is not a known adjective of a region",
                cls=_CLS,
                field="adjective",
                value=word,
                candidates=[self._adjective_spelling(c) for c in close],
            )
        if len(found) > 1:
            raise AmbiguousError(
                "fits more than one region",
                cls=_CLS,
                field="adjective",
                value=word,
                candidates=[r.name for r in found],
            )
        return found[0]

    def _adjective_spelling(self, key: str) -> str:
        return next(w for w, _ in self._adjectives if _adjective_key(w) == key)

    def parties_of(self, compound: str) -> tuple[Region, ...]:
        """Return the regions a compound adjective names, in order: "Russian-Azerbaijani".

        >>> [r.name for r in parties_of("Russian-Abkhaz")]
        ['Russia', 'Abkhazia']

        Raises:
            WrongTypeError: *compound* is not a string.
            UnknownRegionError: a part is not a known adjective.
            AmbiguousError: a part fits several regions.
        """
        if not isinstance(compound, str):
            raise WrongTypeError("must be a str", cls=_CLS, field="adjective", value=compound)
        parts = [p for p in re.split(r"\s*[-‐‑–—]\s*", compound.strip()) if p]
        if not parts:
            raise ValidationError("must not be empty", cls=_CLS, field="adjective", value=compound)
        return tuple(self.find_adjective(part) for part in parts)

    def parties_in(self, text: str) -> tuple[Region, ...]:
        """Return the regions named by the compound adjectives in *text*, each once, in order.

        >>> [r.name for r in parties_in("the Ninth Russian-Armenian Interregional Forum")]
        ['Russia', 'Armenia']

        Compounds whose parts are not all known adjectives ("agro-industrial") are skipped.

        Raises:
            WrongTypeError: *text* is not a string.
        """
        if not isinstance(text, str):
            raise WrongTypeError("must be a str", cls=_CLS, field="text", value=text)
        found: dict[Region, None] = {}
        for match in _COMPOUND.finditer(text):
            try:
                parties = self.parties_of(match.group())
            except (UnknownRegionError, AmbiguousError):
                continue
            for region in parties:
                found.setdefault(region, None)
        return tuple(found)

    # -- groups ---------------------------------------------------------------------------

    def group(self, name: str) -> RegionGroup:
        """Return the group called *name* ("North-West Federal District", "CIS", "ЕАЭС").

        Raises:
            WrongTypeError: *name* is not a string.
            UnknownRegionError: no group has the name; the error names close names.
        """
        key = normalize_name(name)
        found = self._group_names.get(key)
        if found is None:
            close = difflib.get_close_matches(key, list(self._group_names), n=3, cutoff=0.6)
            raise UnknownRegionError(
                "is not a known group",
                cls=_CLS,
                field="group",
                value=name,
                candidates=list(dict.fromkeys(self._group_names[c].name for c in close)),
            )
        return found

    def groups(self, kind: GroupKind | str | None = None) -> tuple[RegionGroup, ...]:
        """The groups held, optionally only those of *kind*.

        Raises:
            ValidationError: *kind* names no kind of group.
        """
        wanted = None if kind is None else GroupKind.parse(kind) if isinstance(kind, str) else kind
        return tuple(g for g in self._groups if wanted is None or g.kind is wanted)

    def groups_of(
        self,
        region: Region | str,
        *,
        kind: GroupKind | str | None = None,
        on: dt.date | str | None = None,
    ) -> tuple[RegionGroup, ...]:
        """The groups *region* belongs to on *on* (currently, when ``None``), optionally of *kind*.

        Raises:
            UnknownRegionError: *region* is text naming no region.
            ParseError, AmbiguousError: *on* is text that is not one date (read day first).
            ValidationError: *kind* names no kind.
        """
        member = self.resolve(region)
        if on is not None:
            on = as_date(on, cls=_CLS, field="on")
        return tuple(g for g in self.groups(kind) if g.is_member(member, on=on))

    def group_of(
        self, region: Region | str, kind: GroupKind | str, *, on: dt.date | str | None = None
    ) -> RegionGroup | None:
        """The group of *kind* that *region* belongs to on *on*, or ``None`` if it belongs to none.

        >>> group_of("Republic of Buryatia", "federal district", on="2018-11-02").name
        'Siberian Federal District'

        Raises:
            AmbiguousError: the region belongs to several groups of that kind on that day.
            UnknownRegionError: *region* is text naming no region.
            ParseError, AmbiguousError: *on* is text that is not one date (read day first).
            ValidationError: *kind* names no kind.
        """
        found = self.groups_of(region, kind=kind, on=on)
        if len(found) > 1:
            raise AmbiguousError(
                "belongs to more than one group of that kind: use groups_of",
                cls=_CLS,
                field="region",
                value=region if isinstance(region, str) else region.name,
                candidates=[g.name for g in found],
            )
        return found[0] if found else None

    # -- governing bodies -----------------------------------------------------------------

    def governing_body(self, text: str) -> GoverningBody:
        """Read a governing body's name: "Council of Ministers of the Republic of Crimea".

        Raises:
            WrongTypeError: *text* is not a string.
            ParseError: *text* does not start with a known kind of body followed by "of".
            UnknownRegionError: the region is not known.
            AmbiguousError: the region's name fits more than one region.
        """
        if not isinstance(text, str):
            raise WrongTypeError("must be a str", cls="GoverningBody", field="text", value=text)
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
        return GoverningBody.of(self.find(match.group(2)), kind)

    # -- container ------------------------------------------------------------------------

    def __contains__(self, item: object) -> bool:
        if isinstance(item, Region):
            return item in self._held
        return isinstance(item, str) and item.strip().upper() in self._by_code

    def __iter__(self) -> Iterator[Region]:
        return iter(self._regions)

    def __len__(self) -> int:
        return len(self._regions)

    def __repr__(self) -> str:
        return f"<Gazetteer: {len(self._regions)} regions, {len(self._groups)} groups>"


# -- the built-in gazetteer ---------------------------------------------------------------

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


def _build_default() -> Gazetteer:
    from regionrel._data import countries, foreign, iso3166, russia
    from regionrel._data import groups as group_data

    regions: list[Region] = []
    alpha2: dict[str, Region] = {}
    by_name: dict[str, Region] = {}
    aliases: list[tuple[str, Region]] = []
    for a2, a3, numeric, iso_name, official, common in iso3166.COUNTRIES:
        russian = countries.RUSSIAN.get(a2, ())
        extra = [n for n in (iso_name, official) if n]
        country = Region(
            countries.NAMES.get(a2) or common or iso_name,
            RegionKind.COUNTRY,
            {
                CodeScheme.ISO_ALPHA2: a2,
                CodeScheme.ISO_ALPHA3: a3,
                CodeScheme.ISO_NUMERIC: numeric,
            },
            a2,
            name_ru=russian[0] if russian else None,
            aliases=(*extra, *russian[1:]),
        )
        regions.append(country)
        alpha2[a2] = country
        aliases.extend((alias, country) for alias in countries.ALIASES.get(a2, ()))
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
    return Gazetteer(regions, groups=built_groups, aliases=aliases, adjectives=adjectives)


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
