"""What the reader's phrases say, each read once per spelling: small pure functions, cached.

:func:`~regionrel.text.reader.extract` meets the same few spellings again and again in a
long text ("2018", "US dollars", "million", "of the region"); what each says depends on
the spelling (and the locale) alone, so each is read once and remembered.
"""

from __future__ import annotations

import functools
import re
from typing import Final

from regionrel.errors import RegionrelError
from regionrel.periods import Period, PeriodText
from regionrel.scales import Scale
from regionrel.text import patterns_en, patterns_ru
from regionrel.text.grammar import NUM
from regionrel.text.items import FigureSubject, PeriodRole, SubjectKind
from regionrel.text.lookup import find_region

__all__ = [
    "NUMBERED_PHRASES",
    "chunk_subject",
    "currency_code",
    "period_of_text",
    "period_reading",
    "scale_of",
]

_GRAMMARS: Final = {"en": patterns_en.GRAMMAR, "ru": patterns_ru.GRAMMAR}
_RUN: Final = re.compile(f"{NUM}+")
_SPACES: Final = re.compile(r"\s+")
#: The phrases of both grammars that hold a number (each must match a run of NUM): none
#: matches a shadow without one, so the reader does not run them on it.
NUMBERED_PHRASES: Final = frozenset(
    getattr(grammar, name)
    for grammar in _GRAMMARS.values()
    for name in (
        "exceed",
        "count",
        "rank",
        "share_phrase",
        "share",
        "change_signed",
        "change_up",
        "change_down",
        "multiple",
        "index",
        "money",
    )
)


@functools.lru_cache(maxsize=1024)
def period_of_text(text: str) -> tuple[Period, bool] | None:
    """The period *text* names and whether a lost dash was repaired; None when it names none.

    >>> period_of_text("2018"), period_of_text("no year")
    ((Period.year(2018), False), None)
    """
    try:
        found = PeriodText.parse(text)
    except RegionrelError:
        return None
    return found.period, found.repaired


@functools.lru_cache(maxsize=1024)
def period_reading(
    years: str, text: str, cue: str, locale: str
) -> tuple[Period, bool, PeriodRole] | None:
    """The period a period phrase names and its role, or None when it names none.

    *years* is the phrase's run of years in the reader's shadow (numbers as placeholder
    characters), *text* the same run as written, *cue* the words before it ("" for none).

    >>> period_reading(NUM * 4, "2018", "In ", "en")
    (Period.year(2018), False, <PeriodRole.MAIN: 'main'>)
    >>> period_reading(NUM * 3, "201", "", "en") is None
    True
    """
    runs = _RUN.findall(years)
    digits = [text[m.start() : m.end()] for m in _RUN.finditer(years)]
    if not all(d.isdigit() and len(d) in (4, 8) for d in digits) or (
        len(runs) == 1 and len(digits[0]) == 8 and not cue
    ):
        return None
    parsed = period_of_text(text)
    if parsed is None:
        return None
    period, repaired = parsed
    grammar = _GRAMMARS[locale]
    role = PeriodRole.TERM
    if grammar.base_cue.search(cue):
        role = PeriodRole.BASE
    elif period.is_year and (grammar.main_cue.search(cue) or not cue):
        role = PeriodRole.MAIN if cue else PeriodRole.TERM
    return period, repaired, role


@functools.lru_cache(maxsize=1024)
def chunk_subject(text: str, locale: str) -> FigureSubject | None:
    """The subject one chunk of a flow's qualifier names ("of the Leningrad Region"), if any.

    >>> found = chunk_subject(" with China", "en")
    >>> found.kind.value, found.text
    ('partner', 'China')
    >>> chunk_subject(" xyz", "en") is None
    True
    """
    grammar = _GRAMMARS[locale]
    for pattern, kind in (
        (grammar.partner_qualifier, SubjectKind.PARTNER),
        (grammar.reporter_qualifier, SubjectKind.REPORTER),
    ):
        match = pattern.match(text)
        if match:
            name = match.group("name")
            region = find_region(name)
            if region is not None:
                return FigureSubject(kind, name, region)
    match = grammar.goods_qualifier.match(text)
    if match:
        return FigureSubject(SubjectKind.GOODS, match.group("name"))
    return None


@functools.lru_cache(maxsize=1024)
def currency_code(cur_text: str, locale: str) -> str:
    """The code of the currency a money phrase writes as *cur_text* (US dollars when unknown).

    >>> currency_code("US  dollars", "en"), currency_code("руб.", "ru")
    ('USD', 'RUB')
    """
    currencies = _GRAMMARS[locale].currencies
    currency = currencies.get(_SPACES.sub(" ", cur_text.lower()).strip())
    if currency is None:
        currency = currencies.get(_SPACES.sub("", cur_text.lower()), "USD")
    return currency


@functools.lru_cache(maxsize=1024)
def scale_of(text: str, locale: str) -> Scale:
    """The scale a money phrase's scale word names (:meth:`Scale.parse`).

    >>> scale_of("million", "en")
    <Scale.MILLION: 1000000>
    """
    return Scale.parse(text, locale=locale)
