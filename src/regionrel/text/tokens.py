"""Tokens and lemmas of running text: the units the trade reader's stock phrases are written over.

A :class:`Token` is a number (read by :mod:`regionrel.text.amounts`), a word or one
punctuation character, with its span. Its lemma is the dictionary form: for Russian
through pymorphy3 ("экспорта", "экспортом" -> "экспорт"; "увеличившись" ->
"увеличиться"), loaded on the first Russian word so that ``import regionrel`` does not
load it; for English a lower-case form with the common endings of the stock phrases
folded ("exports" -> "export", "rose" -> "rise").
"""

from __future__ import annotations

import functools
import re
import threading
from typing import Any, Final, NamedTuple

from regionrel.text.amounts import Number, read_numbers

__all__ = ["Token", "future_verb", "genitive_noun", "is_noun", "lemma", "tokenize"]

#: A word (letters, digits, "_") or a run of marks (each mark is a token): a split gives
#: both groups and the text between.
_SPLIT: Final = re.compile(r"(\w+)|([^\w\s]+)").split
_CYRILLIC: Final = re.compile(r"[а-яёА-ЯЁ]")
_LOCK: Final = threading.Lock()
# Comparatives the dictionary would take back to their adjectives ("больше" -> "большой").
_RU_KEEP: Final = frozenset(
    {"больше", "меньше", "выше", "ниже", "более", "менее", "вдвое", "втрое"}
)
_MORPH: list[Any] = []
#: Builds a token without the named tuple's keyword handling (the common word's path).
_new: Final = tuple.__new__

_EN_FORMS: Final = {
    "rose": "rise",
    "risen": "rise",
    "grew": "grow",
    "grown": "grow",
    "fell": "fall",
    "fallen": "fall",
    "was": "be",
    "were": "be",
    "is": "be",
    "are": "be",
    "came": "come",
    "stood": "stand",
    "countries": "country",
    "times": "times",
    "less": "less",
    "percent": "percent",
    "billion": "billion",
    "million": "million",
    "thousand": "thousand",
    "us": "us",
    "its": "its",
    "this": "this",
    "has": "have",
    "totalled": "total",
    "totalling": "total",
    "traded": "trade",
    "trading": "trade",
    "climbed": "climb",
    "slipped": "slip",
    "edged": "edge",
    "surged": "surge",
    "dipped": "dip",
    "doubled": "doubled",
    "tripled": "tripled",
    "quadrupled": "quadrupled",
    "halved": "halved",
}


def _analyzer() -> Any:
    if not _MORPH:
        with _LOCK:
            if not _MORPH:
                import pymorphy3

                _MORPH.append(pymorphy3.MorphAnalyzer(lang="ru"))
    return _MORPH[0]


#: Stem endings whose dictionary form has a silent e after "-ed" or "-ing" is cut:
#: increas(e), decreas(e), ris(e), declin(e), reduc(e), surg(e), chang(e), improv(e),
#: accelerat(e), calculat(e), negotiat(e), dominat(e), realiz(e).
_SILENT_E: Final = ("as", "is", "lin", "uc", "rg", "ang", "ov", "iz", "rat", "lat", "iat", "nat")


# Letters of one script that look like letters of the other (lower case, as lemmas are):
# a word that mixes the scripts ("mіllion" with a Cyrillic і, "мln", "mлн") is read in
# the script most of its letters are in, so that a look-alike never makes a scale or a
# currency unread while its number is read.
_TO_LATIN: Final = str.maketrans("аеорсухіјѕӏһԁԛԝмнктв", "aeopcyxijslhdqwmhktb")
_TO_CYRILLIC: Final = str.maketrans("aeopcyxmhktb", "аеорсухмнктв")
_ANY_CYRILLIC: Final = re.compile("[\u0400-\u052f]")
_ANY_LATIN: Final = re.compile("[a-z]")


def _one_script(low: str) -> str:
    """*low* with its look-alike letters in the script most of its letters are in."""
    cyrillic = len(_ANY_CYRILLIC.findall(low))
    latin = len(_ANY_LATIN.findall(low))
    return low.translate(_TO_LATIN if latin >= cyrillic else _TO_CYRILLIC)


@functools.lru_cache(maxsize=16384)
def lemma(word: str) -> str:
    """The dictionary form of *word*, lower case.

    >>> lemma("Экспорта"), lemma("выросли"), lemma("Exports"), lemma("rose"), lemma("surplus")
    ('экспорт', 'вырасти', 'export', 'rise', 'surplus')
    >>> lemma("increasing"), lemma("rising"), lemma("declined"), lemma("dropping")
    ('increase', 'rise', 'decline', 'drop')
    """
    low = word.lower().replace("ё", "е")
    if _ANY_CYRILLIC.search(low) and _ANY_LATIN.search(low):
        low = _one_script(low)
    if low in _RU_KEEP:
        return low
    if _CYRILLIC.search(low):
        if len(low) > 40:
            return low
        return str(_analyzer().parse(low)[0].normal_form).replace("ё", "е")
    if low in _EN_FORMS:
        return _EN_FORMS[low]
    for suffix, repl in (("ies", "y"), ("ed", ""), ("ing", ""), ("s", "")):
        if suffix == "s" and low.endswith(("us", "ss", "is")):
            break  # "surplus", "process", "basis": no plural to fold
        if low.endswith(suffix) and len(low) - len(suffix) >= 3:
            stem = low[: -len(suffix)] + repl
            if (
                suffix in ("ed", "ing")
                and len(stem) > 3
                and stem[-1] == stem[-2]
                and stem[-1] in "pnbtgdm"
            ):
                stem = stem[:-1]
            if suffix in ("ed", "ing") and stem.endswith(_SILENT_E):
                stem += "e"  # "increasing", "rising", "reduced": the dictionary form ends in e
            return stem
    return low


class Token(NamedTuple):
    """A word, a number or a punctuation mark of a text, with its span.

    A named tuple, not a validated value: a text makes one per word, and they are
    built by :func:`tokenize` only.
    """

    text: str
    start: int
    end: int
    #: "num", "word" or "punct".
    kind: str
    #: The number, for a "num" token.
    number: Number | None = None

    @property
    def lemma(self) -> str:
        """The dictionary form (lower case); a number's or a mark's own text."""
        return lemma(self.text) if self.kind == "word" else self.text

    @property
    def capitalized(self) -> bool:
        """Whether a word starts with a capital letter."""
        return self.kind == "word" and self.text[:1].isupper()


@functools.lru_cache(maxsize=4096)
def genitive_noun(word: str) -> bool:
    """Whether the Russian *word* reads first as a noun in the genitive ("текстиля", "машин").

    >>> genitive_noun("текстиля"), genitive_noun("вырос"), genitive_noun("rose")
    (True, False, False)
    """
    low = word.lower().replace("ё", "е")
    if not _CYRILLIC.search(low) or len(low) > 40:
        return False
    tag = _analyzer().parse(low)[0].tag
    return bool(tag.POS == "NOUN" and tag.case == "gent")


@functools.lru_cache(maxsize=4096)
def is_noun(word: str) -> bool:
    """Whether the Russian *word* reads first as a noun, in any case ("изделия", "обувь").

    >>> is_noun("изделия"), is_noun("текстильные"), is_noun("goods")
    (True, False, False)
    """
    low = word.lower().replace("ё", "е")
    if not _CYRILLIC.search(low) or len(low) > 40:
        return False
    return bool(_analyzer().parse(low)[0].tag.POS == "NOUN")


@functools.lru_cache(maxsize=4096)
def genitive_word(word: str) -> bool:
    """Whether the Russian *word* reads as a noun or an adjective in the genitive and never
    as a subject ("Зерновых", "Прочей"; not "Предприятия", which may be a plural subject).

    >>> [genitive_word(w) for w in ("Зерновых", "Прочей", "Предприятия", "вывезли", "grain")]
    [True, True, False, False, False]
    """
    low = word.lower().replace("ё", "е")
    if not _CYRILLIC.search(low) or len(low) > 40:
        return False
    parses = [p for p in _analyzer().parse(low) if p.tag.POS in ("NOUN", "ADJF")]
    cases = {p.tag.case for p in parses}
    return "gent" in cases and "nomn" not in cases


@functools.lru_cache(maxsize=4096)
def direction_case(word: str) -> bool:
    """Whether the Russian name *word* reads in the accusative and never in the locative:
    after "в" a direction ("в Китай, Узбекистан и Литву"), not a place ("в Китае").

    >>> direction_case("Литву"), direction_case("Китай"), direction_case("Китае"), direction_case("China")
    (True, True, False, False)
    """
    low = word.lower().replace("ё", "е")
    if not _CYRILLIC.search(low) or len(low) > 40:
        return False
    cases = {p.tag.case for p in _analyzer().parse(low)}
    return "accs" in cases and not cases & {"loct", "loc2"}


@functools.lru_cache(maxsize=4096)
def future_verb(word: str) -> bool:
    """Whether the Russian *word* reads first as a verb in the future tense ("составит",
    "снизится"): a forecast, not a result.

    >>> future_verb("составит"), future_verb("составил"), future_verb("составляет"), future_verb("rose")
    (True, False, False, False)
    """
    low = word.lower().replace("ё", "е")
    if not _CYRILLIC.search(low) or len(low) > 40:
        return False
    tag = _analyzer().parse(low)[0].tag
    return bool(tag.POS == "VERB" and tag.tense == "futr")


def tokenize(text: str, *, locale: str = "en") -> list[Token]:
    """Split *text* into numbers, words and punctuation marks, in order, in linear time.

    >>> [t.text for t in tokenize("Exports rose 7,109 million, to $1.3bn.")]
    ['Exports', 'rose', '7,109', 'million', ',', 'to', '$', '1.3', 'bn', '.']
    """
    tokens: list[Token] = []
    pos = 0
    for number in read_numbers(text, locale=locale):
        if number.start > pos and not text[pos : number.start].isspace():
            _words(text[pos : number.start], pos, tokens)
        tokens.append(_new(Token, (number.text, number.start, number.end, "num", number)))
        pos = number.end
    if pos < len(text):
        _words(text[pos:], pos, tokens)
    return tokens


def _words(stretch: str, offset: int, tokens: list[Token]) -> None:
    """Append to *tokens* the words and marks of *stretch* (no number in it), which starts
    at *offset*.

    One split of the stretch gives each word and each run of marks with the text between
    them, so the spans are sums of lengths: no match object is made per word, and a run
    of marks ("...", "!!!") becomes its one-character tokens at once.
    """
    append = tokens.append
    parts = _SPLIT(stretch)
    # parts: between, word, marks, between, word, marks, ..., between (word or marks is None)
    pos = offset + len(parts[0])
    for i in range(1, len(parts), 3):
        word = parts[i]
        if word is not None:
            end = pos + len(word)
            append(_new(Token, (word, pos, end, "word", None)))
        else:
            marks = parts[i + 1]
            end = pos + len(marks)
            if end == pos + 1:
                append(_new(Token, (marks, pos, end, "punct", None)))
            else:
                tokens += [
                    _new(Token, (mark, at, at + 1, "punct", None))
                    for at, mark in enumerate(marks, pos)
                ]
        pos = end + len(parts[i + 2])
