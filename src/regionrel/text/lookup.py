"""Region names in running text, looked up in the gazetteer.

The gazetteer knows names in their dictionary form; running Russian text inflects
them ("Ленинградской области", "Ленинградскую область"). :func:`name_forms` turns an
inflected name into the nominative forms worth trying, by the endings of regional
names only; it is no general morphology. :func:`regions_named_in` finds every
region a sentence names.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from typing import Final

from regionrel.errors import RegionrelError
from regionrel.regions import Region
from regionrel.text.grammar import Grammar

__all__ = ["find_region", "name_forms", "regions_named_in"]

_ARTICLE: Final = re.compile(r"^(?:the|The)\s+")
_CURRENCY_WORD: Final = re.compile(r"\s*(?:dollars?|\$)", re.IGNORECASE)
_NOT_NAMES: Final = frozenset(
    [
        "the",
        "in",
        "at",
        "updated",
        "for",
        "during",
        "on",
        "by",
        "to",
        "of",
        "and",
        "as",
        "with",
        "from",
        "a",
        "an",
        "this",
        "it",
        "its",
        "these",
        "that",
        "main",
        "value",
        "exports",
        "imports",
        "turnover",
        "trade",
        "foreign",
        "economic",
        "relations",
        "agreement",
        "plan",
        "action",
        "government",
        "council",
        "ministers",
        "administration",
        "forum",
        "conference",
        "business",
        "interregional",
        "cooperation",
        "president",
        "delegations",
        "delegation",
        "during",
        "partners",
        "special",
        "в",
        "на",
        "по",
        "за",
        "с",
        "и",
        "из",
        "к",
        "от",
        "для",
        "при",
        "итогам",
        "экспорт",
        "импорт",
        "товарооборот",
        "внешнеторговый",
        "основными",
        "правительство",
        "совет",
        "администрация",
    ]
)
# Inflected ending -> nominative ending, for the adjectives and nouns of regional names.
_RU_WORD_ENDINGS: Final = (
    ("ской", "ская"),
    ("скую", "ская"),
    ("ских", "ские"),
    ("ского", "ский"),
    ("скому", "ский"),
    ("ском", "ский"),
    ("цкой", "цкая"),
    ("цкую", "цкая"),
    ("области", "область"),
    ("областью", "область"),
    ("областей", "область"),
    ("областях", "область"),
    ("края", "край"),
    ("краю", "край"),
    ("краем", "край"),
    ("Республики", "Республика"),
    ("Республику", "Республика"),
    ("Республикой", "Республика"),
    ("Республике", "Республика"),
    ("округа", "округ"),
    ("округу", "округ"),
    ("ии", "ия"),
    ("ию", "ия"),
    ("ией", "ия"),
    # Soft-sign nouns: "Беларуси", "Беларусью" are forms of "Беларусь".
    ("сью", "сь"),
    ("си", "сь"),
    # "Китае" is "Китай" after "в".
    ("ае", "ай"),
    ("ая", "ая"),
    ("ы", "а"),
    ("у", "а"),
    ("ой", "а"),
    ("е", "а"),
    ("е", ""),
    ("а", ""),
    ("ом", ""),
    ("я", "й"),
    ("ю", "й"),
    ("ем", "й"),
)


_RU_NOUNS: Final = {
    form: nominative
    for nominative, forms in (
        ("область", ("области", "областью", "областей", "областях", "областям", "областями")),
        ("край", ("края", "краю", "краем", "крае")),
        ("округ", ("округа", "округу", "округом", "округе")),
        ("Республика", ("Республики", "Республику", "Республикой", "Республике")),
        ("республика", ("республики", "республику", "республикой", "республике")),
    )
    for form in forms
}


def name_forms(name: str) -> tuple[str, ...]:
    """The forms of *name* worth looking up: as written, without an article, and nominative guesses.

    >>> name_forms("the Netherlands")
    ('the Netherlands', 'Netherlands')
    >>> name_forms("Ленинградской области")[:2]
    ('Ленинградской области', 'Ленинградская область')
    >>> "Китай" in name_forms("Китая")
    True
    """
    forms = [name]
    bare = _ARTICLE.sub("", name)
    if bare != name:
        forms.append(bare)
    if re.search("[А-Яа-яЁё]", name):
        words = name.split()
        guess = []
        for word in words:
            if word in _RU_NOUNS:
                guess.append(_RU_NOUNS[word])
                continue
            for ending, nominative in _RU_WORD_ENDINGS:
                if word.endswith(ending) and len(word) > len(ending) + 2:
                    guess.append(word[: len(word) - len(ending)] + nominative)
                    break
            else:
                guess.append(word)
        forms.append(" ".join(guess))
        if len(words) == 1:
            for ending, nominative in _RU_WORD_ENDINGS:
                if name.endswith(ending) and len(name) > len(ending) + 2:
                    forms.append(name[: len(name) - len(ending)] + nominative)
            forms.append(name + "й")
    return tuple(dict.fromkeys(forms))


_LONGEST = 8


def find_region(name: str) -> Region | None:
    """The region or country the gazetteer knows by *name* (or an inflected form); else None.

    >>> find_region("no such place") is None
    True
    """
    return _find(name)


@functools.lru_cache(maxsize=4096)
def _find(name: str) -> Region | None:
    from regionrel import gazetteer

    index = gazetteer.default()
    for form in name_forms(name):
        try:
            found = tuple(dict.fromkeys(index.search(form)))
        except (RegionrelError, LookupError, ValueError):  # pragma: no cover - search only reads
            continue
        if len(found) == 1:
            return found[0]
    return None


def regions_named_in(sent: str, grammar: Grammar) -> tuple[tuple[Region, int, int], ...]:
    """The regions sentence *sent* names, each with its start and end offsets in it.

    Lists of names under one head word ("the Ferghana and Bukhara Regions") come
    first; then each capitalised run of words is tried, longest first. A name
    followed by a currency word ("Hong Kong dollars") is no region.

    >>> from regionrel.text.patterns_en import GRAMMAR
    >>> [(r.name, s, e) for r, s, e in regions_named_in("Delegations of the Ferghana and Bukhara Regions.", GRAMMAR)]
    [('Fergana Region', 19, 27), ('Bukhara Region', 32, 39)]
    """
    locale = grammar.locale
    found: list[tuple[Region, int, int]] = []

    coordinated: list[tuple[int, int]] = []
    last_end = [0]

    def add(region: Region, start: int, end: int) -> None:
        # Runs are read left to right, so one look at the last end (and at the few names
        # of coordinated lists) keeps this linear in the sentence.
        if _CURRENCY_WORD.match(sent, end) or start < last_end[0]:
            return
        if any(a < end and start < b for a, b in coordinated):
            return
        found.append((region, start, end))
        last_end[0] = end

    taken: list[tuple[int, int]] = []
    for match in grammar.coordinated_regions.finditer(sent):
        head = match.group("head")
        singular = re.sub(r"s$", "", head) if locale == "en" else head
        names = re.split(r"\s*,\s*|\s+(?:and|и)\s+", match.group("names"))
        pos = match.start("names")
        for name in names:
            start = sent.index(name, pos)
            pos = start + len(name)
            region = find_region(f"{name} {singular}")
            if region is None and locale == "ru":
                region = find_region(f"{name} области") or find_region(f"{name} {head}")
            if region is not None and not any(a < pos and start < b for a, b in coordinated):
                found.append((region, start, pos))
                coordinated.append((start, pos))
        taken.append(match.span())
    last_end[0] = 0
    for match in grammar.region_name.finditer(sent):
        if any(a <= match.start() < b for a, b in taken):
            continue
        _regions_in(sent, match.group("name"), match.start("name"), add)
    return tuple(found)


def _regions_in(sent: str, name: str, start: int, add: Callable[[Region, int, int], None]) -> None:
    words = name.split()
    # Try the longest run of words first (no name has more than _LONGEST words), then
    # shorter ones from the left: linear in the number of words.
    i = 0
    while i < len(words):
        for j in range(min(len(words), i + _LONGEST), i, -1):
            phrase = " ".join(words[i:j])
            if len(phrase) < 2 or phrase.lower() in _NOT_NAMES:
                continue
            region = find_region(phrase)
            if region is not None:
                # The name's words may be split by any whitespace, a line break too.
                where = re.compile(r"\s+".join(map(re.escape, words[i:j]))).search(sent, start)
                assert where is not None  # the words were split from this very text
                at, start = where.span()
                add(region, at, start)
                i = j
                break
        else:
            i += 1
