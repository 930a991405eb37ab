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
import difflib
import functools
import itertools
import re
import threading
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Mapping
from typing import Any, Final

from regionrel._validators import as_date
from regionrel.errors import (
    AmbiguousError,
    AmbiguousRegionError,
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
    "governing_body_of",
    "group",
    "group_of",
    "groups",
    "groups_of",
    "inflect_ru",
    "normalize_name",
    "parties_in",
    "parties_of",
    "regions",
    "resolve",
    "search",
]

_CLS: Final = "Gazetteer"

# Generic words mapped to one spelling each, so that "Leningrad Oblast",
# "Leningrad Region" and "Ленинградская обл." meet; abbreviations ("Rep.",
# "Isds", "St.") are spelled out the same way.
_SYNONYMS: Final[dict[str, str]] = {
    "oblast": "region", "obl": "region", "область": "region", "обл": "region",
    "viloyati": "region", "viloyat": "region", "viloyati̇": "region", "oblysy": "region",
    "велаят": "region", "velayat": "region", "welayaty": "region", "marz": "region",
    "аимак": "region", "aimag": "region", "aimak": "region", "уезд": "county",
    "maakond": "county", "apskritis": "county",
    "voblasc": "region", "voblast": "region",
    "territory": "krai", "kray": "krai", "край": "krai", "terr": "krai",
    "respublika": "republic", "respublikasi": "republic", "республика": "republic",
    "респ": "republic", "rep": "republic", "repub": "republic",
    "district": "okrug", "округ": "okrug",
    "автономныи": "autonomous", "автономная": "autonomous", "avtonomnyy": "autonomous",
    "avtonomnaya": "autonomous",
    "город": "city", "г": "city", "horad": "city",
    "st": "saint", "ste": "saint", "sint": "saint", "федеральныи": "federal",
    "dem": "democratic", "democ": "democratic",
    "islands": "island", "isds": "island", "isd": "island", "is": "island", "isl": "island",
    "isles": "island", "isle": "island",
    "br": "british", "occ": "occupied", "northern": "north", "n": "north", "s": "south",
    "fed": "federated", "sts": "states", "macau": "macao",
    # A province is a region: "Almaty Province" is the Almaty Region, not the city.
    "province": "region", "prov": "region", "провинция": "region", "sheng": "region",
    "штат": "state", "королевство": "kingdom",
}  # fmt: skip
# Words dropped everywhere, and the generic words dropped to find a name's core.
_STOPWORDS: Final = frozenset({"the", "of", "and"})
# Words naming a state's form: "Republic of Chad" is Chad. They may be added to
# or left out of a country's name.
_STATE_FORM: Final = frozenset(
    {"republic", "federal", "federation", "federative", "kingdom", "democratic", "peoples",
     "people", "islamic", "socialist", "principality", "commonwealth", "sultanate",
     "plurinational", "bolivarian", "state", "sar", "grand", "duchy", "independent", "part",
     "nation", "country", "territorial", "collectivity", "union", "krai"}
)  # fmt: skip
# Words naming a place inside a country: "Mexico City" and "Moldova Region" are not
# the countries; they name a region only where the gazetteer holds one.
_PLACE: Final = frozenset(
    {"region", "autonomous", "okrug", "city", "province", "municipality", "county",
     "prefecture", "governorate"}
)  # fmt: skip
# "Fiji Islands" is Fiji, but "Norfolk" is not Norfolk Island: "island" may be
# added to a country's name, not left out.
_GENERIC: Final = _STATE_FORM | _PLACE | {"island"}
_APOSTROPHES: Final = str.maketrans("", "", "'’‘`ʻʼ\u02bb")
_WORD: Final = re.compile(r"[^\W_]+")
_LETTERS: Final = frozenset({"s", "d", "l"})
_COMBINING: Final = re.compile("[\u0300-\u036f]")
# Characters NFKD may change: all but ASCII and the Cyrillic letters without marks.
_MARKED: Final = re.compile("[^\x00-\x7f\u0430-\u0438\u043a-\u044f]")
# "U.S.", "U.A.E.", "D.P.R.": initials written with dots are one word.
_INITIALS: Final = re.compile(r"(?<![^\W\d_])((?:[^\W\d_]\.){2,})")
_SAR: Final = re.compile(r"special\s+administrative\s+region")
_RU_ENDINGS: Final = (
    "ого", "его", "ому", "ему", "ими", "ыми", "ий", "ый", "ой", "ая", "яя", "ое", "ее",
    "ие", "ые", "ую", "юю", "ых", "их", "ым", "им", "ом", "ем", "ей", "о", "е",
)  # fmt: skip
_BODY_COMMITTEE: Final = re.compile(
    r"^\s*(?:the\s+)?(.+?)\s+(regional|city)\s+executive\s+committee\s*$", re.IGNORECASE
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
    r"^\s*(акимат|народное\s+правительство|правительство|администрация|хокимият|"
    r"совет\s+министров|кабинет\s+министров|законодательное\s+собрание)\s+(.+?)\s*$",
    re.IGNORECASE,
)
_BODY_RU_COMMITTEE: Final = re.compile(
    r"^\s*(\w+)\s+(облисполком|областной\s+исполнительный\s+комитет|горисполком|"
    r"городской\s+исполнительный\s+комитет)\s*$",
    re.IGNORECASE,
)
_COMPOUND: Final = re.compile(r"[^\W\d_]+(?:\.)?(?:\s*[-‐‑–—]\s*[^\W\d_]+(?:\.)?)+")
_BODY: Final = re.compile(
    r"^\s*(?:the\s+)?(government|administration|council\s+of\s+ministers|cabinet\s+of\s+ministers|"
    r"khokimiyat|hokimiyat|legislative\s+assembly|akimat|people'?s\s+government|"
    r"regional\s+executive\s+committee|city\s+executive\s+committee)\s+of\s+(.+?)\s*$",
    re.IGNORECASE,
)


def _tokens(text: str) -> list[str]:
    stripped = text.casefold()
    if not stripped.isascii() and _MARKED.search(stripped):
        # Accents go (Türkiye, Côte), and so do the marks of ё and й.
        stripped = _COMBINING.sub("", unicodedata.normalize("NFKD", stripped))
    if "." in stripped:
        stripped = _INITIALS.sub(lambda m: m.group(1).replace(".", ""), stripped)
    if "special" in stripped:
        stripped = _SAR.sub("sar", stripped)
    words = _WORD.findall(stripped.translate(_APOSTROPHES))
    if (
        words[-1:] == ["state"]
        and words[-2:-1] != ["city"]
        and any(_SYNONYMS.get(w, w) not in _GENERIC for w in words[:-1])
    ):
        # "Mexico State" is a state of a federation, a place word; "State of Libya"
        # and "Vatican City State" name states.
        words[-1] = "region"
    if _LETTERS.isdisjoint(words):
        return [_SYNONYMS.get(w, w) for w in words if w not in _STOPWORDS]
    # An apostrophe written as a space: "People s", "Cote d Ivoire".
    merged: list[str] = []
    for i, word in enumerate(words):
        if word == "s" and merged:
            merged[-1] += "s"
        elif word in ("d", "l") and 0 < i < len(words) - 1:
            words[i + 1] = word + words[i + 1]
        else:
            merged.append(word)
    return [_SYNONYMS.get(w, w) for w in merged if w not in _STOPWORDS]


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


# Parts of a qualified label: "Guam (US)", "China, Hong Kong SAR", "China: Macao SAR".
_SEGMENTS: Final = re.compile(r"[(),:;/\[\]]")
_EXCLUDING: Final = re.compile(
    r"\s+(?:excluding|excl\.?|except|without|other\s+than|less)\s+", re.IGNORECASE
)
_LAST_PARENTHESIS: Final = re.compile(r"\s*(.*?\S)\s*\(([^()]*)\)\s*")
_NOISE_PREFIX: Final = re.compile(
    r"^\s*(?:local\s+name|formerly|former(?:ly)?\s+name|also(?:\s+known\s+as)?|aka)\s*:?\s*",
    re.IGNORECASE,
)
_AND: Final = re.compile(r"\band\b|&", re.IGNORECASE)
# Segments that say nothing about which place is meant: "(local name: Hrvatska)".
_NOISE: Final = frozenset({"local", "name", "formerly", "former", "also", "known", "as", "sar"})
_CODE_LIKE: Final = re.compile(r"[A-Z]{2,3}")
_ABBREVIATION_SPLIT: Final = re.compile(r"[^\w.]+|(?<=\.)")
_CYRILLIC: Final = re.compile("[а-яё]", re.IGNORECASE)
_MOJIBAKE: Final = re.compile("[ÃÂ]")
# Prepositions that open a Russian name in running text: "в Китае", "с Китаем".
_RU_PREPOSITIONS: Final = frozenset(
    {"в", "во", "с", "со", "из", "на", "к", "ко", "у", "от", "до", "о", "об", "обо", "по",
     "при", "для", "между", "за", "над", "под", "про", "через", "и"}
)  # fmt: skip
_RU_WORD: Final = re.compile(r"[А-Яа-яЁё]+(?:[-'’][А-Яа-яЁё]+)*")


@functools.cache
def _morphology() -> Any:
    """pymorphy3's analyser for Russian, loaded on first use (about 100 ms), or None."""
    try:
        import pymorphy3
        import pymorphy3_dicts_ru
    except ImportError:  # pragma: no cover - pymorphy3 is a dependency
        return None
    return pymorphy3.MorphAnalyzer(path=pymorphy3_dicts_ru.get_path())


@functools.lru_cache(maxsize=4096)
def _nominatives(word: str) -> tuple[str, ...]:
    """The nominative forms a Russian word may stand for ("Китаем" -> "китай"), word itself first."""
    morph = _morphology()
    if morph is None or not _RU_WORD.fullmatch(word):  # pragma: no cover - see _morphology
        return (word,)
    forms: list[str] = []
    adjectival: list[str] = []
    # pymorphy3 reads "Кот-д'Ивуаре" as "кот-д-ивуаре"; the apostrophe goes back after.
    apostrophe = next((i for i, c in enumerate(word) if c in "'’"), -1)
    for parse in morph.parse(word.replace("'", "-").replace("’", "-"))[:4]:
        if parse.tag.POS in ("NOUN", "ADJF", "PRTF"):
            nominative = parse.inflect({"nomn"})
            if nominative is not None:
                form = str(nominative.word)
                if 0 <= apostrophe < len(form) and form[apostrophe] == "-":
                    form = form[:apostrophe] + "'" + form[apostrophe + 1 :]
                (forms if parse.tag.POS == "NOUN" else adjectival).append(form)
    # An adjective pymorphy3 does not know ("Паневежским") by its ending.
    folded = word.casefold()
    for ending, nominatives in _RU_ADJECTIVE_CASES:
        if folded.endswith(ending) and len(folded) > len(ending) + 2:
            adjectival.extend(folded[: -len(ending)] + n for n in nominatives)
            break
    if folded.endswith(_RU_ADJECTIVE_CASE_ENDINGS):
        forms = adjectival + forms
    else:
        forms += adjectival
    forms.append(folded)
    return tuple(dict.fromkeys(forms))[:6]


def _feminine(adjective: str) -> str:
    """A Russian adjective in the feminine nominative: "Брестский" -> "брестская"."""
    morph = _morphology()
    for parse in morph.parse(adjective) if morph is not None else ():
        if parse.tag.POS == "ADJF":
            feminine = parse.inflect({"femn", "sing", "nomn"})
            if feminine is not None:
                return str(feminine.word)
    return re.sub(r"(?i)(?:ий|ый|ой)$", "ая", adjective)  # pragma: no cover - no pymorphy3


def _ru_nominative_forms(text: str) -> tuple[str, ...]:
    """Nominative readings of a Russian name in running text, most likely first, as written last.

    A leading preposition is dropped and each word is put in the nominative by
    pymorphy3 (loaded on first use), keeping its gender and number:

    >>> _ru_nominative_forms("в Брестской области")[0]
    'брестская область'
    >>> "китай" in _ru_nominative_forms("с Китаем")
    True

    Raises:
        WrongTypeError: *text* is not a string.
    """
    if not isinstance(text, str):
        raise WrongTypeError("must be a str", cls=_CLS, field="name", value=text)
    words = text.split()
    while len(words) > 1 and words[0].casefold() in _RU_PREPOSITIONS:
        words = words[1:]
    options = [_nominatives(w) if _RU_WORD.fullmatch(w) else (w,) for w in words[:6]]
    readings = [" ".join(combo) for combo in itertools.islice(itertools.product(*options), 48)]
    return tuple(dict.fromkeys(r for r in readings if r))


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


def _all(found: Iterable[Region]) -> tuple[Region, ...]:
    if type(found) is tuple and len(found) < 2:
        return found
    return tuple(dict.fromkeys(found))


def _within(part: Region, whole: Region) -> bool:
    """Whether *part* lies in the country *whole*: a subdivision of it, or a territory it holds."""
    if whole.kind is not RegionKind.COUNTRY or part is whole:
        return False
    if part.kind is not RegionKind.COUNTRY:
        return part.country == whole.country
    from regionrel._data.countries import DEPENDENCIES

    return part.country in DEPENDENCIES.get(whole.country or "", ())


def _repair_mojibake(text: str) -> str:
    """Undo UTF-8 read as Latin-1 or Windows-1252, as often as it was done: "CÃ´te" -> "Côte"."""
    for _ in range(3):
        for codec in ("latin-1", "cp1252"):
            try:
                repaired = text.encode(codec).decode("utf-8")
            except UnicodeError:
                continue
            break
        else:
            return text
        if repaired == text:
            return text
        text = repaired
    return text


_LOCK_WORLD: Final = threading.Lock()
_CACHE_SIZE: Final = 4096
_SUBDIVISION_TYPES: Final = frozenset({"City", "Municipality"})


def _world_subdivisions(country: str, held: Mapping[str, object]) -> dict[str, Region]:
    """The ISO 3166-2 subdivisions of *country* that *held* has no code for, as Regions."""
    from regionrel._data import iso3166_2, world

    block = iso3166_2.SUBDIVISIONS.get(country)
    if block is None:
        return {}
    table: dict[str, Region] = {}
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
        "_cache",
        "_group_names",
        "_groups",
        "_held",
        "_indexed",
        "_lazy",
        "_more",
        "_regions",
        "_repeats",
        "_ru_stems",
        "_vocab",
        "_words",
        "_world",
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
        self._by_core: dict[str, list[tuple[Region, frozenset[str]]]] = {}
        self._repeats: set[str] = set()
        self._vocab: set[str] = set()
        # The built-in gazetteer also answers get() for every ISO 3166-2 code,
        # building a country's subdivisions when one of them is first asked for.
        self._world = False
        self._lazy: dict[str, dict[str, Region]] = {}
        self._cache: dict[str, tuple[Region, ...]] = {}
        self._more: Gazetteer | None = None
        self._indexed: set[tuple[str, int]] = set()
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
        words = _tokens(name)
        unique = frozenset(words)
        key = " ".join(sorted(unique))
        seen = (key, id(region))
        if seen in self._indexed:
            return
        self._indexed.add(seen)
        found = self._by_name.get(key)
        self._by_name[key] = (region,) if found is None else (*found, region)
        if len(unique) < len(words):
            self._repeats.add(" ".join(sorted(w for w in words if w not in _GENERIC)))
        generic = unique & _GENERIC
        core = " ".join(sorted(unique - generic)) if generic else key
        if core:
            self._by_core.setdefault(core, []).append((region, generic))
        self._vocab.update(unique)

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
        built = Gazetteer(
            [*self._regions, *regions],
            groups=[*self._groups, *groups],
            aliases=extra_aliases,
            adjectives=extra_adjectives,
        )
        built._world = self._world
        return built

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
            world = self._world_region(key) if str(scheme) == CodeScheme.ISO_3166_2 else None
            if world is not None:
                return world
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
                candidates=functools.partial(
                    difflib.get_close_matches, key, list(table), n=3, cutoff=0.6
                ),
            )
        found = self._by_code.get(key)
        if found is None:
            world = self._world_region(key)
            if world is not None:
                return world
            raise UnknownRegionError(
                "is not a known region code",
                cls=_CLS,
                field="code",
                value=code,
                candidates=functools.partial(
                    difflib.get_close_matches, key, list(self._by_code), n=3, cutoff=0.75
                ),
            )
        if len(found) > 1:
            raise AmbiguousRegionError(
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
        """Every region *name* may mean (empty when none), best readings only.

        A whole-name match wins; else the name's core (its words but the generic
        ones) is matched, preferring the names whose generic words fit best. A
        country's name may gain or lose words of state form ("Republic of Chad",
        "Korea, Dem. Rep."), never a place word: "Mexico City" and "Moldova Region"
        are not the countries. Qualified labels are read part by part ("Guam (US)",
        "China, Hong Kong SAR", "China excluding Taiwan"), and a Russian name in
        running text by its nominative ("в Брестской области").

        Raises:
            WrongTypeError: *name* is not a string.
        """
        if not isinstance(name, str):
            raise WrongTypeError("must be a str", cls=_CLS, field="name", value=name)
        if kind is None and country is None:
            # The gazetteer never changes, so what a name gives is kept (a bounded cache).
            found = self._cache.get(name)
            if found is None:
                found = self._search(name, _all, 0)
                if len(self._cache) >= _CACHE_SIZE:
                    self._cache.clear()
                self._cache[name] = found
            return found

        def keep(found: Iterable[Region]) -> tuple[Region, ...]:
            return tuple(
                dict.fromkeys(
                    r
                    for r in found
                    if (kind is None or r.kind is kind)
                    and (country is None or r.country == country)
                )
            )

        return self._search(name, keep, 0)

    def _search(
        self, text: str, keep: Callable[[Iterable[Region]], tuple[Region, ...]], depth: int
    ) -> tuple[Region, ...]:
        words = _tokens(text)
        unique = frozenset(words)
        if not unique:
            return ()
        # "China China China" is not China: a word repeated must be so in a name.
        found = self._whole(words, keep)
        if found:
            return found
        more = self._more_regions()
        if more is not None:
            found = more._whole(words, keep)
            if found:
                return found
        # A word no name has, whose singular one has, in a longer name: "South Sandwichs
        # Islands" (but "Balkans" is not the Balkan Region).
        vocab = self._vocab
        fixed = [
            w[:-1] if w not in vocab and w[-1:] == "s" and w[:-1] in vocab else w for w in words
        ]
        if fixed != words and len(unique - _GENERIC) > 2:
            found = self._whole(fixed, keep) or (more._whole(fixed, keep) if more else ())
            if found:
                return found
        if "." in text or any(len(w) == 1 for w in text.split()):
            found = self._abbreviated(text, keep)
            if found:
                return found
        found = keep(self._other_languages().get(" ".join(sorted(unique)), ()))
        if found:
            return found
        if depth > 0:
            return ()
        qualified = self._qualified(text, keep)
        if qualified:
            return qualified
        if _CYRILLIC.search(text):
            for form in _ru_nominative_forms(text):
                found = self._search(form, keep, 1)
                if found:
                    return found
        return ()

    def _whole(
        self, words: list[str], keep: Callable[[Iterable[Region]], tuple[Region, ...]]
    ) -> tuple[Region, ...]:
        unique = frozenset(words)
        # "China China China" is not China: a word repeated must be so in a name.
        if len(unique) < len(words) and not self._repeated_fits(words):
            return ()
        found = keep(self._by_name.get(" ".join(sorted(unique)), ()))
        return found or self._core_match(unique, keep)

    def _abbreviated(
        self, text: str, keep: Callable[[Iterable[Region]], tuple[Region, ...]]
    ) -> tuple[Region, ...]:
        """Match a name with abbreviated words ("P. N. Guinea"): each is the start of a word."""
        full: list[str] = []
        short: list[str] = []
        for word in _ABBREVIATION_SPLIT.split(text.casefold()):
            bare = word.strip(".")
            if not bare:
                continue
            if len(bare) == 1 or (word.endswith(".") and bare not in _SYNONYMS):
                short.append(bare)
            else:
                full.extend(_tokens(bare))
        core = set(full) - _GENERIC
        if not short or not core:
            return ()
        index = self._word_index()
        keys = set.intersection(*(index.get(w, set()) for w in core))
        found: list[Region] = []
        for key in keys:
            rest = set(key.split()) - set(full)
            for prefix in sorted(short, key=len, reverse=True):
                match = next((w for w in sorted(rest) if w.startswith(prefix)), None)
                if match is None:
                    break
                rest.discard(match)
            else:
                for region in self._by_name[key]:
                    if rest <= (_STATE_FORM if region.kind.is_state else _GENERIC):
                        found.append(region)
        return keep(found)

    def _word_index(self) -> dict[str, set[str]]:
        index = self._lazy.get("words")
        if index is None:
            built: dict[str, set[str]] = {}
            for key in self._by_name:
                for word in key.split():
                    built.setdefault(word, set()).add(key)
            index = self._lazy["words"] = built  # type: ignore[assignment]
        return index  # type: ignore[return-value]

    def _other_languages(self) -> dict[str, tuple[Region, ...]]:
        """More names of countries (built on first use), by key: pycountry's Russian
        short and official names, and the names in other languages."""
        index = self._lazy.get("other languages")
        if index is None:
            built: dict[str, tuple[Region, ...]] = {}
            if self._world:
                from regionrel._data import countries_other, countries_ru

                by_code = self._by_scheme.get(CodeScheme.ISO_ALPHA2, {})
                for code, names in countries_ru.names().items():
                    for name in names:
                        if name:
                            _add(built, normalize_name(name), by_code[code])
                words: dict[str, set[str]] = {}
                for name_key, held in self._by_name.items():
                    if any(r.kind.is_state for r in held):
                        for word in name_key.split():
                            words.setdefault(word, set()).add(name_key)
                for line in countries_other.NAMES.split("\n"):
                    code, name = line.split("\t")
                    key = normalize_name(name)
                    # A name that is part of a known country's is left out: "Norfolk"
                    # is not Norfolk Island, nor "Guiana" Guyana.
                    if key and not set.intersection(*(words.get(w, set()) for w in key.split())):
                        _add(built, key, by_code[code])
            index = self._lazy["other languages"] = built  # type: ignore[assignment]
        return index  # type: ignore[return-value]

    def _repeated_fits(self, words: list[str]) -> bool:
        core = [w for w in words if w not in _GENERIC]
        return len(set(core)) == len(core) or " ".join(sorted(core)) in self._repeats

    def _core_match(
        self, unique: frozenset[str], keep: Callable[[Iterable[Region]], tuple[Region, ...]]
    ) -> tuple[Region, ...]:
        core = unique - _GENERIC
        if not core:
            return ()
        entries = self._by_core.get(" ".join(sorted(core)))
        if entries is None:
            return ()
        generic = unique & _GENERIC
        # "Turks and Caicos" is the islands; "Norfolk" alone is not Norfolk Island.
        missable = _STATE_FORM | {"island"} if len(core) > 1 else _STATE_FORM
        scored: list[tuple[tuple[int, int], Region]] = []
        for region, own in entries:
            extra, missing = generic - own, own - generic
            if region.kind.is_state and not (
                extra <= _STATE_FORM | {"island"} and missing <= missable
            ):
                continue
            if keep((region,)):
                scored.append(((len(extra), len(missing)), region))
        if not scored:
            return ()
        best = min(score for score, _ in scored)
        return keep(region for score, region in scored if score == best)

    def _qualified(
        self, text: str, keep: Callable[[Iterable[Region]], tuple[Region, ...]]
    ) -> tuple[Region, ...] | None:
        """Read a label with qualifiers; None when *text* has none, () when it fits no place."""
        if _MOJIBAKE.search(text):
            repaired = _repair_mojibake(text)
            if repaired != text:
                return self._search(repaired, keep, 0)
        if (excluding := _EXCLUDING.search(text)) is not None:
            # "China excluding Taiwan" is China as ISO 3166-1 counts it; "Sweden
            # except Stockholm" is a part of Sweden, not Sweden.
            whole = self._one(text[: excluding.start()])
            left_out = self._one(text[excluding.end() :])
            if (
                whole is not None
                and left_out is not None
                and whole.kind.is_state
                and left_out.kind is RegionKind.COUNTRY
                and left_out is not whole
            ):
                return keep((whole,))
            return ()
        if (last := _LAST_PARENTHESIS.fullmatch(text)) is not None:
            # "Cocos (Keeling) Islands (Australia)": the last parenthesis qualifies the rest.
            inner = _NOISE_PREFIX.sub("", last.group(2))
            head = self._one(last.group(1))
            if head is not None and head.kind.is_state and set(_tokens(inner)) <= _STATE_FORM:
                return keep((head,))  # "Bolivia (Plurinational State)"
            pair = self._pair(head, self._one(inner))
            if pair is not None:
                return keep(pair)
        segments = [part.strip() for part in _SEGMENTS.split(text) if part.strip()]
        if len(segments) < 2:
            return None
        if "," in text and _AND.search(segments[-1]):
            return ()  # a list: "Norway, Svalbard and Jan Mayen"
        resolved: list[Region] = []
        for segment in segments:
            if frozenset(_tokens(segment)) <= _NOISE:
                continue
            found = self._one(segment)
            if found is None and _CODE_LIKE.fullmatch(segment):
                by_code = self._by_code.get(segment, ())
                found = by_code[0] if len(by_code) == 1 else None
            if found is None:
                return ()
            resolved.append(found)
        distinct = tuple(dict.fromkeys(resolved))
        if len(distinct) == 1:
            return keep(distinct)
        if len(distinct) == 2:
            pair = self._pair(*distinct)
            if pair is not None:
                return keep(pair)
        return ()

    @staticmethod
    def _pair(a: Region | None, b: Region | None) -> tuple[Region] | None:
        """The one place two parts of a label name: the same, or the part inside the whole."""
        if a is None or b is None:
            return None
        if a is b or _within(a, b):
            return (a,)
        if _within(b, a):
            return (b,)
        return None

    def _one(self, text: str) -> Region | None:
        found = self._search(text, _all, 1)
        return found[0] if len(found) == 1 else None

    def find(
        self, name: str, *, kind: RegionKind | None = None, country: str | None = None
    ) -> Region:
        """Return the region called *name* in English or Russian, by name, alias or romanization.

        See :meth:`search` for how names are matched.

        Args:
            name: the name as a source writes it ("the PRC", "Ferghana Region", "Курская область").
            kind: keep only regions of this kind.
            country: keep only regions in this country (ISO alpha-2).

        Raises:
            WrongTypeError: *name* is not a string.
            ValidationError: *name* is empty.
            UnknownRegionError: no region has the name; the error names close names
                (looked for only when the error's message or ``candidates`` is read).
            AmbiguousRegionError: several regions have the name; the error lists them.
        """
        found = self.search(name, kind=kind, country=country)
        if len(found) == 1:
            return found[0]
        if not found and not _tokens(name):
            raise ValidationError("must not be empty", cls=_CLS, field="name", value=name)
        if found:
            raise AmbiguousRegionError(
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
            candidates=functools.partial(self._close_names, name),
        )

    def _close_names(self, name: str) -> list[str]:
        key = normalize_name(name)
        scored: list[tuple[float, int, str]] = []
        for match in difflib.get_close_matches(key, list(self._by_name), n=3, cutoff=0.8):
            ratio = difflib.SequenceMatcher(None, key, match).ratio()
            scored.extend((-ratio, i, r.name) for i, r in enumerate(self._by_name[match]))
        for match in difflib.get_close_matches(key, list(self._by_core), n=3, cutoff=0.8):
            ratio = difflib.SequenceMatcher(None, key, match).ratio()
            scored.extend((-ratio, i, r.name) for i, (r, _) in enumerate(self._by_core[match]))
        names: dict[str, None] = {}
        for _, _, region_name in sorted(scored):
            names.setdefault(region_name, None)
        return list(names)[:3]

    def _world_region(self, code: str) -> Region | None:
        """The ISO 3166-2 subdivision *code* (upper case) of the built-in world data, or None."""
        if not self._world or len(code) < 4 or code[2] != "-":
            return None
        country = code[:2]
        table = self._lazy.get(country)
        if table is None:
            more = self._more_regions()
            with _LOCK_WORLD:
                table = self._lazy.get(country)
                if table is None:
                    curated = more.regions(country=country) if more is not None else ()
                    held = {**self._by_code, **(more._by_code if more is not None else {})}
                    table = {code: r for r in curated for code in r.codes.values()}
                    table.update(_world_subdivisions(country, held))
                    self._lazy[country] = table
        return table.get(code)

    def _more_regions(self) -> Gazetteer | None:
        """The curated regions built on first need (see ``world.EAGER``), or None."""
        if not self._world:
            return None
        if self._more is None:
            with _LOCK_WORLD:
                if self._more is None:
                    from regionrel._data import world

                    self._more = Gazetteer(
                        _curated_region(country, row)
                        for country, rows in world.CURATED.items()
                        if country not in world.EAGER
                        for row in rows
                    )
        return self._more

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
        key = value.strip().upper()
        found = self._by_code.get(key)
        if found is not None and len(found) == 1:
            return found[0]
        world = self._world_region(key) if found is None else None
        return world if world is not None else self.find(value)

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
            raise UnknownRegionError(
                "is not a known adjective of a region",
                cls=_CLS,
                field="adjective",
                value=word,
                candidates=functools.partial(self._close_adjectives, key),
            )
        if len(found) > 1:
            raise AmbiguousRegionError(
                "fits more than one region",
                cls=_CLS,
                field="adjective",
                value=word,
                candidates=[r.name for r in found],
            )
        return found[0]

    def _close_adjectives(self, key: str) -> list[str]:
        close = difflib.get_close_matches(key, [*self._words, *self._ru_stems], n=3, cutoff=0.75)
        return [self._adjective_spelling(c) for c in close]

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
            names = self._group_names
            raise UnknownRegionError(
                "is not a known group",
                cls=_CLS,
                field="group",
                value=name,
                candidates=lambda: dict.fromkeys(
                    names[c].name
                    for c in difflib.get_close_matches(key, list(names), n=3, cutoff=0.6)
                ),
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
            raise AmbiguousRegionError(
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

        Also "Brest Regional Executive Committee", and Russian names: "акимат
        Алматинской области", "Народное правительство провинции Хэйлунцзян",
        "Брестский облисполком".

        Raises:
            WrongTypeError: *text* is not a string.
            ParseError: *text* does not start with a known kind of body followed by "of".
            UnknownRegionError: the region is not known.
            AmbiguousRegionError: the region's name fits more than one region.
        """
        if not isinstance(text, str):
            raise WrongTypeError("must be a str", cls="GoverningBody", field="text", value=text)
        if (committee := _BODY_COMMITTEE.match(text)) is not None:
            place, level = committee.group(1), committee.group(2).casefold()
            kind = BodyKind.REGIONAL_EXECUTIVE_COMMITTEE
            if level == "city":
                kind = BodyKind.CITY_EXECUTIVE_COMMITTEE
            region = self.find(f"{place} {'City' if level == 'city' else 'Region'}")
            return GoverningBody(committee.group(0).strip(), region, kind)
        if (russian := _BODY_RU.match(text)) is not None:
            kind = _BODY_RU_KINDS[" ".join(russian.group(1).casefold().split())]
            return GoverningBody.of(self.find(russian.group(2)), kind)
        if (russian := _BODY_RU_COMMITTEE.match(text)) is not None:
            kind = _BODY_RU_KINDS[" ".join(russian.group(2).casefold().split())]
            adjective = russian.group(1)
            place = (
                f"{_feminine(adjective)} область"
                if kind is BodyKind.REGIONAL_EXECUTIVE_COMMITTEE
                else re.sub(r"(?i)ский$", "ск", adjective)
            )
            return GoverningBody(text.strip(), self.find(place), kind)
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


def _curated_region(
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
        _curated_region(country_code, row)
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
    from regionrel._data import foreign, world

    found = default().resolve(region)
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


_PARTS: Final = re.compile(r"([-'’])")
# Case endings of adjectives, longest first, with the nominatives they may stand for.
_RU_ADJECTIVE_CASES: Final = (
    ("ими", ("ие",)), ("ыми", ("ые",)), ("ого", ("ий", "ый", "ое")), ("его", ("ий", "ее")),
    ("ому", ("ий", "ый", "ое")), ("ему", ("ий", "ее")), ("ым", ("ый", "ые")),
    ("им", ("ий", "ие")), ("ом", ("ий", "ый")), ("ем", ("ий",)), ("ой", ("ая", "ой")),
    ("ую", ("ая",)), ("ей", ("яя",)), ("ых", ("ые",)), ("их", ("ие",)),
)  # fmt: skip
_RU_ADJECTIVE_CASE_ENDINGS: Final = tuple(ending for ending, _ in _RU_ADJECTIVE_CASES)
_RU_ADJECTIVE_ENDINGS: Final = ("ая", "яя", "ий", "ый", "ой", "ое", "ее", "ые", "ие")
_RU_CASES: Final = {
    "nom": "nomn", "gen": "gent", "dat": "datv", "acc": "accs", "ins": "ablt", "loc": "loct"
}  # fmt: skip


def inflect_ru(value: Region | str, case: str) -> str:
    """A region's Russian name (or any Russian name) in a grammatical case, by pymorphy3.

    *case* is ``"nom"``, ``"gen"``, ``"dat"``, ``"acc"``, ``"ins"`` or ``"loc"``. The
    words up to the name's first noun agree with it; what follows stays as it is
    ("провинции Хэйлунцзян", "Соединённых Штатов Америки"); indeclinable names
    ("Чили", "Алматы") do not change. pymorphy3 is loaded on first use.

    >>> inflect_ru("Брестская область", "loc")
    'Брестской области'
    >>> inflect_ru(get("CN-HL"), "gen")
    'провинции Хэйлунцзян'
    >>> inflect_ru("Китай", "ins"), inflect_ru("Алматы", "gen")
    ('Китаем', 'Алматы')

    Raises:
        WrongTypeError: *value* is neither a Region nor a string, or *case* is not a string.
        ValidationError: *case* is not one of the six, or a Region has no Russian name.
    """
    if isinstance(value, Region):
        if value.name_ru is None:
            raise ValidationError(
                "must have a Russian name to inflect", cls=_CLS, field="value", value=value.name
            )
        name = value.name_ru
    elif isinstance(value, str):
        name = value
    else:
        raise WrongTypeError("must be a Region or a str", cls=_CLS, field="value", value=value)
    if not isinstance(case, str):
        raise WrongTypeError("must be a str", cls=_CLS, field="case", value=case)
    grammeme = _RU_CASES.get(case.strip().casefold())
    if grammeme is None:
        raise ValidationError(
            f"must be one of {', '.join(map(repr, _RU_CASES))}", cls=_CLS, field="case", value=case
        )
    morph = _morphology()
    words = name.split()
    if morph is None or grammeme == "nomn":  # pragma: no cover - pymorphy3 is a dependency
        return name
    parses = [_nominative_parse(morph, word) for word in words]
    head = next((i for i, p in enumerate(parses) if p is not None and p.tag.POS == "NOUN"), None)
    if head is None:
        return name
    agreement = {grammeme, parses[head].tag.number or "sing"}
    if parses[head].tag.number != "plur" and parses[head].tag.gender:
        agreement.add(parses[head].tag.gender)
    result = list(words)
    for i in range(head + 1):
        parse = parses[i]
        if parse is None or "Fixd" in parse.tag:
            continue
        wanted = {grammeme} if i == head else agreement
        inflected = parse.inflect(wanted) if parse.tag.POS in ("NOUN", "ADJF", "PRTF") else None
        if inflected is not None:
            form = str(inflected.word)
            # The apostrophes pymorphy3 read as hyphens ("Кот-д'Ивуар") go back.
            for at, char in enumerate(words[i]):
                if char in "'’" and at < len(form) and form[at] == "-":
                    form = form[:at] + char + form[at + 1 :]
            result[i] = _like(words[i], form)
    return " ".join(result)


def _nominative_parse(morph: Any, word: str) -> Any:
    """pymorphy3's likeliest nominative reading of *word*, or None."""
    if not _RU_WORD.fullmatch(word):
        return None
    parses = [
        p
        for p in morph.parse(word.replace("'", "-").replace("’", "-"))
        if "nomn" in p.tag and p.tag.POS in ("NOUN", "ADJF", "PRTF")
    ]
    if not parses:
        return None
    adjectival = word.casefold().endswith(_RU_ADJECTIVE_ENDINGS)
    # An adjective's ending wins ("Джалал-Абадская"), then a place name ("Сахара").
    return max(
        parses,
        key=lambda p: (
            adjectival and p.tag.POS != "NOUN",
            p.tag.number != "plur",
            "Geox" in p.tag,
        ),
    )


def _like(original: str, word: str) -> str:
    """*word* with the capitals of *original*, part by part ("Южно-Африканской")."""
    parts, model = _PARTS.split(word), _PARTS.split(original)
    if len(parts) != len(model):
        return word
    return "".join(
        p
        if i % 2  # a separator
        else p.upper()
        if m.isupper() and len(m) > 1
        else p[:1].upper() + p[1:]
        if m[:1].isupper()
        else p
        for i, (p, m) in enumerate(zip(parts, model, strict=True))
    )
