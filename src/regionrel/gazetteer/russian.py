"""Russian case forms by pymorphy3: a name in running text to its nominative, and back.

pymorphy3 is loaded on first use. A Russian name in running text ("в Брестской
области") is read by its nominative readings; a region's Russian name is put in
any of the six cases with :func:`inflect_ru`.
"""

from __future__ import annotations

import functools
import itertools
import re
from typing import Any, Final

from regionrel._data.ru_cases import FORMS
from regionrel.errors import ValidationError, WrongTypeError
from regionrel.regions import Region

_CLS: Final = "Gazetteer"

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


def feminine(adjective: str) -> str:
    """A Russian adjective in the feminine nominative: "Брестский" -> "брестская"."""
    morph = _morphology()
    for parse in morph.parse(adjective) if morph is not None else ():
        if parse.tag.POS == "ADJF":
            feminine = parse.inflect({"femn", "sing", "nomn"})
            if feminine is not None:
                return str(feminine.word)
    return re.sub(r"(?i)(?:ий|ый|ой)$", "ая", adjective)  # pragma: no cover - no pymorphy3


def ru_nominative_forms(text: str) -> tuple[str, ...]:
    """Nominative readings of a Russian name in running text, most likely first, as written last.

    A leading preposition is dropped and each word is put in the nominative by
    pymorphy3 (loaded on first use), keeping its gender and number:

    >>> ru_nominative_forms("в Брестской области")[0]
    'брестская область'
    >>> "китай" in ru_nominative_forms("с Китаем")
    True

    Raises:
        WrongTypeError: *text* is not a string.
    """
    if not isinstance(text, str):
        raise WrongTypeError("must be a str", cls=_CLS, field="name", value=text)
    words = text.split()
    while len(words) > 1 and words[0].casefold() in _RU_PREPOSITIONS:
        words = words[1:]
    written = _WRITTEN_OUT.get(" ".join(words).casefold())
    if written is not None:  # a form pymorphy3 gets wrong, read back from the table
        return (written,)
    options = [_nominatives(w) if _RU_WORD.fullmatch(w) else (w,) for w in words[:6]]
    readings = [" ".join(combo) for combo in itertools.islice(itertools.product(*options), 48)]
    return tuple(dict.fromkeys(r for r in readings if r))


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
# The case forms written out (see regionrel._data.ru_cases), in the order of _RU_CASES but
# the nominative, and read back: each form to its nominative.
_WRITTEN_CASES: Final = ("gent", "datv", "accs", "ablt", "loct")
_WRITTEN_OUT: Final = {
    form.casefold(): nominative for nominative, forms in FORMS.items() for form in forms
}


def inflect_ru(value: Region | str, case: str) -> str:
    """A region's Russian name (or any Russian name) in a grammatical case, by pymorphy3.

    *case* is ``"nom"``, ``"gen"``, ``"dat"``, ``"acc"``, ``"ins"`` or ``"loc"``. The
    words up to the name's first noun agree with it; what follows stays as it is
    ("провинции Хэйлунцзян", "Соединённых Штатов Америки"); indeclinable names
    ("Чили", "Алматы") do not change. pymorphy3 is loaded on first use; the names it
    gets wrong have their forms written out ("Северного Рейна-Вестфалии", "Имеретии").

    >>> inflect_ru("Брестская область", "loc")
    'Брестской области'
    >>> from regionrel import gazetteer
    >>> inflect_ru(gazetteer.get("CN-HL"), "gen")
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
    written = FORMS.get(name)
    if written is not None and grammeme != "nomn":
        return written[_WRITTEN_CASES.index(grammeme)]
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
    # An adjective before an inanimate noun: "в Айзкраукльский край", not "Айзкраукльского".
    animacy = {parses[head].tag.animacy} if parses[head].tag.animacy else set()
    result = list(words)
    for i in range(head + 1):
        parse = parses[i]
        if parse is None or "Fixd" in parse.tag:
            continue
        wanted = {grammeme} if i == head else agreement
        inflected = None
        if parse.tag.POS in ("NOUN", "ADJF", "PRTF"):
            inflected = (i != head and parse.inflect(wanted | animacy)) or parse.inflect(wanted)
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
