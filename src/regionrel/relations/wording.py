"""How agreements word spans of time, in English and Russian: numbers and durations.

Clauses on terms, renewal and notice name spans of years and months in many word
forms: digits or words (``"5 years"``, ``"five years"``, ``"пять лет"``,
``"пяти лет"``, ``"5 (пять) лет"``), compound adjectives (``"five-year periods"``,
``"пятилетние периоды"``, ``"шестимесячный срок"``) and a bare unit with an article
(``"a year"``, ``"на год"``). :func:`read_durations` finds every such span in a
text; :mod:`regionrel.relations.terms` reads its clauses with it.

>>> [(d.years, d.months) for d in read_durations("на последующие пятилетние периоды, "
...     "не менее чем за 6 месяцев до истечения")]
[(5, 0), (0, 6)]
>>> [(d.years, d.months) for d in read_durations("for successive 1-year-6-month spans")]
[(1, 0), (0, 6)]
>>> read_number("двадцати"), read_number("twelve"), read_number("several") is None
(20, 12, True)
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from types import MappingProxyType
from typing import Final

import attrs

from regionrel._validators import checked_by_annotation

__all__ = ["Duration", "NUMBER_WORDS", "read_durations", "read_number"]

_ENGLISH: Final = (  # noqa: SIM905
    "zero one two three four five six seven eight nine ten eleven twelve thirteen "
    "fourteen fifteen sixteen seventeen eighteen nineteen twenty"
).split()
_ENGLISH_TENS: Final = {"thirty": 30, "forty": 40, "fifty": 50}

# Russian cardinals in every case (nominative, genitive, dative, instrumental,
# prepositional), and the stems compound adjectives build on ("пяти-летний").
_RUSSIAN: Final[dict[int, tuple[str, ...]]] = {
    1: ("один", "одна", "одно", "одного", "одной", "одному", "одним", "одном", "одну"),
    2: ("два", "две", "двух", "двум", "двумя"),
    3: ("три", "трех", "трём", "трем", "тремя", "трёх"),
    4: ("четыре", "четырех", "четырём", "четырем", "четырьмя", "четырёх"),
    40: ("сорок", "сорока"),
}
_RUSSIAN_SOFT: Final = {  # numbers declined like "пять, пяти, пятью"
    5: "пят",
    6: "шест",
    7: "сем",
    8: "восем",
    9: "девят",
    10: "десят",
    11: "одиннадцат",
    12: "двенадцат",
    13: "тринадцат",
    14: "четырнадцат",
    15: "пятнадцат",
    16: "шестнадцат",
    17: "семнадцат",
    18: "восемнадцат",
    19: "девятнадцат",
    20: "двадцат",
    30: "тридцат",
}


def _number_words() -> dict[str, int]:
    words = {w: i for i, w in enumerate(_ENGLISH)}
    words.update(_ENGLISH_TENS)
    for value, forms in _RUSSIAN.items():
        for form in forms:
            words[form] = value
    for value, stem in _RUSSIAN_SOFT.items():
        for ending in ("ь", "и", "ью"):
            words[stem + ending] = value
    words["восьми"] = 8  # "восемь" loses its "е" in the other cases
    words["восьмью"] = 8
    return words


#: Number words to their value, English and Russian (every case), in lower case.
NUMBER_WORDS: Final[Mapping[str, int]] = MappingProxyType(_number_words())

# A bare unit after these words is one of it: "a year", "на год".
_ONE_OF: Final = frozenset(
    {
        *("a", "an", "one", "per", "each", "every", "further", "additional", "another", "next"),
        *("на", "в", "каждый", "последующий", "следующий", "очередной", "дополнительный"),
    }
)


def read_number(word: str) -> int | None:
    """The value of a number written in digits or as an English or Russian word, or None.

    Compounds such as ``"twenty-five"`` and ``"двадцатипяти"`` are read too.

    >>> read_number("5"), read_number("пятью"), read_number("twenty-five"), read_number("двадцатипяти")
    (5, 5, 25, 25)
    """
    key = word.lower().replace("ё", "е")
    if key.isdecimal():  # not isdigit: int() refuses "²"; a span of 10**6 years is no term
        return int(key) if len(key) <= 6 else None
    if key in NUMBER_WORDS:
        return NUMBER_WORDS[key]
    parts = key.split("-")
    if len(parts) == 2 and parts[0] in _ENGLISH_TENS | {"twenty": 20}:
        unit = NUMBER_WORDS.get(parts[1])
        if unit is not None and 0 < unit < 10:
            return (_ENGLISH_TENS | {"twenty": 20})[parts[0]] + unit
    for tens in ("двадцати", "тридцати", "сорока"):
        rest = key.removeprefix(tens)
        if rest != key and rest in NUMBER_WORDS and 0 < NUMBER_WORDS[rest] < 10:
            return NUMBER_WORDS[tens] + NUMBER_WORDS[rest]
    return None


_YEAR_UNITS: Final = r"years?|год(?:а|у|ам|ами|ах|ы)?|лет"
_MONTH_UNITS: Final = r"months?|месяц(?:а|у|ев|ам|ами|ах|ы)?"
_WORD: Final = r"[^\W_]+(?:-[^\W\d_]+)?"
_DURATION: Final = re.compile(
    # Each alternative starts at a word's start: tried inside a long word, a match
    # would scan to the word's end from every position (quadratic time).
    rf"(?<![^\W_])(?P<num>{_WORD})(?:\s*\((?P<paren>[^()]{{1,24}})\))?[\s-]+"
    rf"(?P<unit>{_YEAR_UNITS}|{_MONTH_UNITS})(?![^\W_])"
    r"|(?<![^\W_])(?P<stem>\d+-?|[а-яё]+?)(?P<adj>летн|месячн)[а-яё]*"
    r"|(?P<single>годичн|годов|полугодов|полугодичн|полгода|half[\s-]+a[\s-]+year|half-year)"
    r"[а-яё]*",
    re.IGNORECASE,
)
_JOIN: Final = re.compile(r"[\s,-]*(?:(?:and|и)[\s,-]*)?", re.IGNORECASE)


@attrs.frozen(field_transformer=checked_by_annotation)
class Duration:
    """A span of years and months named in a text, with where it was found.

    ``number`` is the word that was read as its number, kept so that a caller can
    say which word it did not understand (``understood`` is then False).
    """

    #: Years of the span.
    years: int
    #: Months of the span, on top of its years.
    months: int
    #: Where the span starts in the text.
    start: int
    #: Where it ends.
    end: int
    #: The word read as its number.
    number: str = ""
    #: Whether the number was understood (``"several years"`` is not).
    understood: bool = True

    @property
    def total_months(self) -> int:
        """The span in months.

        >>> Duration(1, 6, 0, 0).total_months
        18
        """
        return self.years * 12 + self.months


def _unit_is_year(unit: str) -> bool:
    return re.fullmatch(_YEAR_UNITS, unit, re.IGNORECASE) is not None


def _is_singular(unit: str) -> bool:
    return unit.lower() in {"year", "month", "год", "месяц"}


def _from_match(match: re.Match[str]) -> Duration | None:
    start, end = match.span()
    if match["single"]:
        word = match["single"].lower()
        months = 6 if word.startswith(("пол", "half")) else 12
        return Duration(months // 12, months % 12, start, end, word)
    if match["adj"]:
        stem = match["stem"].rstrip("-")
        value = read_number(stem)
        if value is None:
            value = read_number(stem + "и") or (1 if stem.lower() == "одно" else None)
        if value is None:
            return None
        if match["adj"].lower() == "летн":
            return Duration(value, 0, start, end, stem)
        return Duration(0, value, start, end, stem)
    word, unit = match["num"], match["unit"]
    value = read_number(word)
    if value is None and match["paren"]:
        value = read_number(match["paren"].strip())
    if value is None and word.lower() in _ONE_OF and _is_singular(unit):
        value = 1
        start = match.start("unit")
    if value is None:
        return Duration(0, 0, start, end, word, understood=False)
    if _unit_is_year(unit):
        return Duration(value, 0, start, end, word)
    return Duration(0, value, start, end, word)


def read_durations(text: str) -> list[Duration]:
    """Every span of years or months that *text* names, in order.

    A span whose number is not understood (``"several years"``) is listed with
    ``understood=False`` and no length, so that a caller can refuse it by name.

    >>> [(d.years, d.months) for d in read_durations("сроком на 5 (пять) лет")]
    [(5, 0)]
    >>> [(d.years, d.months) for d in read_durations("for a year")]
    [(1, 0)]
    """
    found = []
    for match in _DURATION.finditer(text):
        duration = _from_match(match)
        if duration is not None:
            found.append(duration)
    return found


def first_group(text: str, durations: list[Duration]) -> tuple[int, int, int, int] | None:
    """The years, months, start and end of the first run of understood spans joined by
    nothing but spaces, commas, hyphens and "and" (``"1 year and 6 months"``)."""
    spans = [d for d in durations if d.understood]
    if not spans:
        return None
    years, months = spans[0].years, spans[0].months
    start, end = spans[0].start, spans[0].end
    for nxt in spans[1:]:
        if not _JOIN.fullmatch(text, end, nxt.start):
            break
        years, months, end = years + nxt.years, months + nxt.months, nxt.end
    return years, months, start, end
