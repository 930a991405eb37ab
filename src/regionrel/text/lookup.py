"""Region names in running text, looked up in the gazetteer.

The gazetteer knows names in their dictionary form; running Russian text inflects
them ("Ленинградской области", "Ленинградскую область"). :func:`name_forms` turns an
inflected name into the nominative forms worth trying, by the endings of regional
names only; it is no general morphology.
"""

from __future__ import annotations

import functools
import re
from typing import Final

from regionrel.errors import RegionrelError
from regionrel.regions import Region

__all__ = ["find_region", "name_forms"]

_ARTICLE: Final = re.compile(r"^(?:the|The)\s+")
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
