"""How a name is matched: normalised words, generic words, qualified labels, and index helpers.

The index helpers are the checks on what a gazetteer is built from (regions,
groups, names paired with regions) and the lookups over its indexes of names.

A name is reduced to its words (case, accents, ё/е, apostrophes, initials and
abbreviations normalised; synonyms such as "Oblast" and "Region" spelled one way),
and the words are sorted into a key; the generic words (of a state's form, of a
place) are what may be added to or left out of a name. The Gazetteer builds its
indexes and reads qualified labels ("Guam (US)") with these rules:

>>> normalize_name("Leningrad Oblast") == normalize_name("the leningrad  Region")
True
>>> tokens("Korea, Dem. Rep.")
['korea', 'democratic', 'republic']
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping
from typing import Final

from regionrel.errors import ValidationError, WrongTypeError
from regionrel.regions import Region, RegionGroup, RegionKind

_CLS: Final = "Gazetteer"

# Generic words mapped to one spelling each, so that "Leningrad Oblast",
# "Leningrad Region" and "Ленинградская обл." meet; abbreviations ("Rep.",
# "Isds", "St.") are spelled out the same way.
SYNONYMS: Final[dict[str, str]] = {
    "oblast": "region", "obl": "region", "область": "region", "обл": "region",
    "viloyati": "region", "viloyat": "region", "viloyati̇": "region", "oblysy": "region",
    "велаят": "region", "velayat": "region", "welayaty": "region", "marz": "region",
    "аимак": "region", "aimag": "region", "aimak": "region", "уезд": "county",
    "maakond": "county", "apskritis": "county",
    "voblasc": "region", "voblast": "region", "voblasts": "region", "вобласць": "region",
    "облысы": "region", "novads": "municipality", "rayon": "okrug", "raion": "okrug",
    "район": "okrug", "rajons": "okrug", "maakunta": "region",
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
STATE_FORM: Final = frozenset(
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
GENERIC: Final = STATE_FORM | _PLACE | {"island"}
_APOSTROPHES: Final = str.maketrans("", "", "'’‘`ʻʼ\u02bb")
# Belarusian, Ukrainian and Kazakh letters folded to the Russian ones that sound alike, so that
# "Мінская" meets "Минская" and "Қарағанды" "Караганды".
_CYRILLIC_FOLDS: Final = str.maketrans("іїєґәғқңөұүһ", "ииегагкноуух")
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


def tokens(text: str) -> list[str]:
    stripped = text.casefold()
    if not stripped.isascii() and _MARKED.search(stripped):
        # Accents go (Türkiye, Côte), and so do the marks of ё and й.
        stripped = _COMBINING.sub("", unicodedata.normalize("NFKD", stripped))
    if "." in stripped:
        stripped = _INITIALS.sub(lambda m: m.group(1).replace(".", ""), stripped)
    if "special" in stripped:
        stripped = _SAR.sub("sar", stripped)
    if not stripped.isascii():
        stripped = stripped.translate(_CYRILLIC_FOLDS)
    words = _WORD.findall(stripped.translate(_APOSTROPHES))
    if (
        words[-1:] == ["state"]
        and words[-2:-1] != ["city"]
        and any(SYNONYMS.get(w, w) not in GENERIC for w in words[:-1])
    ):
        # "Mexico State" is a state of a federation, a place word; "State of Libya"
        # and "Vatican City State" name states.
        words[-1] = "region"
    if _LETTERS.isdisjoint(words):
        return [SYNONYMS.get(w, w) for w in words if w not in _STOPWORDS]
    # An apostrophe written as a space: "People s", "Cote d Ivoire".
    merged: list[str] = []
    for i, word in enumerate(words):
        if word == "s" and merged:
            merged[-1] += "s"
        elif word in ("d", "l") and 0 < i < len(words) - 1:
            words[i + 1] = word + words[i + 1]
        else:
            merged.append(word)
    return [SYNONYMS.get(w, w) for w in merged if w not in _STOPWORDS]


# Romanizations of one name differ in these letters: "Homyel"/"Gomel", "Mahilyow"/"Mogilev",
# "Vitsebsk"/"Viciebsk", "Qaraghandy"/"Karaganda". Longest first.
_GRAPHS: Final = {
    "shch": "s", "tsch": "c", "dzh": "j", "sch": "s", "tch": "c", "zh": "j", "dz": "j",
    "kh": "h", "gh": "h", "ch": "c", "ts": "c", "tz": "c", "sh": "s", "ph": "f", "ck": "k",
}  # fmt: skip
_GRAPH: Final = re.compile("|".join(sorted(_GRAPHS, key=len, reverse=True)))
_LETTERS_FOLDED: Final = str.maketrans("wqxgy", "vkhhi")
_VOWELS: Final = re.compile("[aeiou]+")


def skeleton(words: Iterable[str]) -> str:
    """The shape of a romanized name: its consonants, the letters romanizations spell alike
    folded, and a mark where each run of vowels stands.

    >>> skeleton(["homyel"]) == skeleton(["gomel"]), skeleton(["mahilyow"]) == skeleton(["mogilev"])
    (True, True)
    """
    text = _GRAPH.sub(lambda m: _GRAPHS[m.group()], "".join(words)).translate(_LETTERS_FOLDED)
    # Each run of vowels is one "a", where it stands, and doubled consonants stay: a typo
    # ("Leningrd", "Ferganna") is not another spelling, nor "Narnia" "Naryn".
    return _VOWELS.sub("a", text)


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
    return " ".join(sorted(set(tokens(text))))


def _core(key: str) -> str:
    return " ".join(w for w in key.split() if w not in GENERIC)


# Parts of a qualified label: "Guam (US)", "China, Hong Kong SAR", "China: Macao SAR".
SEGMENTS: Final = re.compile(r"[(),:;/\[\]]")
EXCLUDING: Final = re.compile(
    r"\s+(?:excluding|excl\.?|except|without|other\s+than|less)\s+", re.IGNORECASE
)
LAST_PARENTHESIS: Final = re.compile(r"\s*(.*?\S)\s*\(([^()]*)\)\s*")
NOISE_PREFIX: Final = re.compile(
    r"^\s*(?:local\s+name|formerly|former(?:ly)?\s+name|also(?:\s+known\s+as)?|aka)\s*:?\s*",
    re.IGNORECASE,
)
AND: Final = re.compile(r"\band\b|&", re.IGNORECASE)
# Segments that say nothing about which place is meant: "(local name: Hrvatska)".
NOISE: Final = frozenset({"local", "name", "formerly", "former", "also", "known", "as", "sar"})
CODE_LIKE: Final = re.compile(r"[A-Z]{2,3}")
ABBREVIATION_SPLIT: Final = re.compile(r"[^\w.]+|(?<=\.)")
CYRILLIC: Final = re.compile("[а-яё]", re.IGNORECASE)
MOJIBAKE: Final = re.compile("[ÃÂ]")


def adjective_key(word: str) -> str:
    return " ".join(tokens(word))


# Case endings in the same normal form as the stems ("ий" becomes "ии"), longest first.
RU_ENDINGS_NORMAL: Final = tuple(
    sorted({adjective_key(e) for e in _RU_ENDINGS}, key=len, reverse=True)
)


def add_region(index: dict[str, tuple[Region, ...]], key: str, region: Region) -> None:
    if not key:
        return
    found = index.get(key, ())
    if not any(r is region for r in found):
        index[key] = (*found, region)


def check_region(value: object, field: str) -> Region:
    if not isinstance(value, Region):
        raise WrongTypeError("must be a Region", cls=_CLS, field=field, value=value)
    return value


def all_found(found: Iterable[Region]) -> tuple[Region, ...]:
    if type(found) is tuple and len(found) < 2:
        return found
    return tuple(dict.fromkeys(found))


def within(part: Region, whole: Region) -> bool:
    """Whether *part* lies in the country *whole*: a subdivision of it, or a territory it holds."""
    if whole.kind is not RegionKind.COUNTRY or part is whole:
        return False
    if part.kind is not RegionKind.COUNTRY:
        return part.country == whole.country
    from regionrel._data.countries import DEPENDENCIES

    return part.country in DEPENDENCIES.get(whole.country or "", ())


def repair_mojibake(text: str) -> str:
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


Keep = Callable[[Iterable[Region]], tuple[Region, ...]]
"""A filter over found regions: a lookup's kind= and country=, or :func:`all_found`."""


def keeping(kind: RegionKind | None, country: str | None) -> Keep:
    """The filter of a lookup's ``kind=`` and ``country=``: the regions that fit both, once each."""

    def keep(found: Iterable[Region]) -> tuple[Region, ...]:
        return tuple(
            dict.fromkeys(
                r
                for r in found
                if (kind is None or r.kind is kind) and (country is None or r.country == country)
            )
        )

    return keep


def word_index(by_name: Mapping[str, tuple[Region, ...]]) -> dict[str, set[str]]:
    """Each word of the keys of *by_name*, with the keys it is in (to match abbreviations)."""
    built: dict[str, set[str]] = {}
    for key in by_name:
        for word in key.split():
            built.setdefault(word, set()).add(key)
    return built


def check_iterable(value: object, of: type, field: str) -> None:
    """Refuse one value, a string or a non-iterable where an iterable of *of* belongs."""
    if isinstance(value, (of, str)) or not isinstance(value, Iterable):
        raise WrongTypeError(
            f"must be an iterable of {of.__name__}", cls=_CLS, field=field, value=value
        )


def check_group(value: object, held: frozenset[Region]) -> RegionGroup:
    """*value* itself if it is a RegionGroup whose members are all among *held*."""
    if not isinstance(value, RegionGroup):
        raise WrongTypeError(
            "must be an iterable of RegionGroup", cls=_CLS, field="groups", value=value
        )
    for membership in value.memberships:
        if membership.region not in held:
            raise ValidationError(
                f"must list members the gazetteer holds ({membership.region.name!r} "
                f"in {value.name!r} is not among them)",
                cls=_CLS,
                field="groups",
                value=value.name,
            )
    return value


def check_mapping(value: object, key: str, field: str) -> Mapping[str, Region]:
    """*value* itself if it is a mapping (of *key*, a name or adjective, to Region)."""
    if not isinstance(value, Mapping):
        raise WrongTypeError(
            f"must be a mapping of {key} to Region", cls=_CLS, field=field, value=value
        )
    return value


def checked_pairs(
    value: Mapping[str, Region] | Iterable[tuple[str, Region]], field: str, held: frozenset[Region]
) -> tuple[tuple[str, Region], ...]:
    """Names (aliases or adjectives) paired with regions among *held*, checked."""
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
    for item in items:
        if not (isinstance(item, tuple) and len(item) == 2 and isinstance(item[0], str)):
            raise WrongTypeError("must map names to Regions", cls=_CLS, field=field, value=item)
        name, region = item
        check_region(region, field)
        if region not in held:
            raise ValidationError(
                f"must name a region the gazetteer holds ({region.name!r} is not among them)",
                cls=_CLS,
                field=field,
                value=name,
            )
        pairs.append((name, region))
    return tuple(pairs)


def abbreviated(
    text: str, index: Mapping[str, set[str]], by_name: Mapping[str, tuple[Region, ...]]
) -> list[Region]:
    """Match a name with abbreviated words ("P. N. Guinea"): each is the start of a word."""
    full: list[str] = []
    short: list[str] = []
    for word in ABBREVIATION_SPLIT.split(text.casefold()):
        bare = word.strip(".")
        if not bare:
            continue
        if len(bare) == 1 or (word.endswith(".") and bare not in SYNONYMS):
            short.append(bare)
        else:
            full.extend(tokens(bare))
    core = set(full) - GENERIC
    if not short or not core:
        return []
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
            for region in by_name[key]:
                if rest <= (STATE_FORM if region.kind.is_state else GENERIC):
                    found.append(region)
    return found


def core_match(
    by_core: Mapping[str, list[tuple[Region, frozenset[str]]]], unique: frozenset[str], keep: Keep
) -> tuple[Region, ...]:
    """The regions whose name's core is *unique*'s, whose generic words fit best."""
    core = unique - GENERIC
    if not core:
        return ()
    entries = by_core.get(" ".join(sorted(core)))
    if entries is None:
        return ()
    generic = unique & GENERIC
    # "Turks and Caicos" is the islands; "Norfolk" alone is not Norfolk Island.
    missable = STATE_FORM | {"island"} if len(core) > 1 else STATE_FORM
    scored: list[tuple[tuple[int, int], Region]] = []
    for region, own in entries:
        extra, missing = generic - own, own - generic
        if region.kind.is_state and not (extra <= STATE_FORM | {"island"} and missing <= missable):
            continue
        if keep((region,)):
            scored.append(((len(extra), len(missing)), region))
    if not scored:
        return ()
    best = min(score for score, _ in scored)
    return keep(region for score, region in scored if score == best)


def pair(a: Region | None, b: Region | None) -> tuple[Region] | None:
    """The one place two parts of a label name: the same, or the part inside the whole."""
    if a is None or b is None:
        return None
    if a is b or within(a, b):
        return (a,)
    if within(b, a):
        return (b,)
    return None


def close_names(
    name: str,
    by_name: Mapping[str, tuple[Region, ...]],
    by_core: Mapping[str, list[tuple[Region, frozenset[str]]]],
) -> list[str]:
    """Up to three region names close to *name*, closest first (for an error's candidates)."""
    key = normalize_name(name)
    scored: list[tuple[float, int, str]] = []
    for match in difflib.get_close_matches(key, list(by_name), n=3, cutoff=0.8):
        ratio = difflib.SequenceMatcher(None, key, match).ratio()
        scored.extend((-ratio, i, r.name) for i, r in enumerate(by_name[match]))
    for match in difflib.get_close_matches(key, list(by_core), n=3, cutoff=0.8):
        ratio = difflib.SequenceMatcher(None, key, match).ratio()
        scored.extend((-ratio, i, r.name) for i, (r, _) in enumerate(by_core[match]))
    names: dict[str, None] = {}
    for _, _, region_name in sorted(scored):
        names.setdefault(region_name, None)
    return list(names)[:3]
