"""Reading a period as the sources write it: words, numbers and dates into first and last day.

The reader cuts a period's text into tokens (years, quarter and half-year markers, month
words in English and Russian, dates, dashes), matches their sequence against the shapes
the sources use ("Q2 2019", "январь-сентябрь 2019", "12.01.2021-31.12.2021", ...), and
repairs one known defect: a lost dash between two years ("20182021" is 2018 to 2021),
with a note for each repair. It knows days, not :class:`~regionrel.periods.Period`:
:func:`regionrel.periods.parse_period` and :class:`regionrel.periods.PeriodText` turn
what it reads into a period.

>>> read_period("for 20182021")
(datetime.date(2018, 1, 1), datetime.date(2021, 12, 31), ("read '20182021' at position 4 as 2018-2021: the dash between the two years was lost",))
"""

from __future__ import annotations

import datetime
import functools
import re
from collections.abc import Callable, Sequence
from typing import Any, Final

import attrs

from regionrel.dates import MONTH_WORDS, make_date
from regionrel.errors import ParseError, RegionrelError, ValidationError, WrongTypeError
from regionrel.period_shapes import (
    Bounds,
    half_bounds,
    month_bounds,
    quarter_bounds,
    span_bounds,
    year_bounds,
)

__all__ = ["MAX_LOST_DASH_YEARS", "MAX_PERIOD_TEXT", "read_period"]

#: The longest text :func:`parse_period` reads.
MAX_PERIOD_TEXT: Final = 100

#: Two years run together ("20182021") are read as a span only when the
#: second is not before the first and at most this many years after it.
MAX_LOST_DASH_YEARS: Final = 50

_DASHES: Final = "-\u2010\u2011\u2012\u2013\u2014\u2212"

_TOKEN: Final = re.compile(
    rf"""
    (?P<isodate>\d{{4}}-\d{{2}}-\d{{2}})(?!\d)
    | (?P<date>\d{{1,2}}[./]\d{{1,2}}[./]\d+)
    | (?P<ym>\d{{4}}-\d{{2}})(?!\d)
    | (?P<qn>q\d)(?!\w)
    | (?P<hn>h\d)(?!\w)
    | (?P<ord>\d{{1,2}}(?:st|nd|rd|th|-?(?:й|я|е|го|м|ом|ый|ой|ий|ое|ье)))(?!\w)
    | (?P<half>half[{_DASHES}]?year|полугоди[еяий]|полугод)(?!\w)
    | (?P<number>\d+)
    | (?P<word>[^\W\d_]+)
    | (?P<dash>[{_DASHES}])
    | (?P<slash>/)
    | (?P<skip>[\s.,;:()«»"'])
    """,
    re.VERBOSE | re.IGNORECASE,
)

_FILLER: Final = frozenset(
    "for in during over from the of year years calendar period "  # noqa: SIM905
    "на в во за с период периоде год года году годы годах годов г гг".split()
)
_DASH_WORDS: Final = frozenset("to through thru till until по до".split())  # noqa: SIM905
_QUARTER_WORDS: Final = frozenset(
    "quarter quarters qtr кв квартал квартала квартале кварталы кварталов кварталах".split()  # noqa: SIM905
)
_MONTHS_WORDS: Final = frozenset({"months", "месяцев", "месяца", "мес"})
_ROMAN: Final = {"i": 1, "ii": 2, "iii": 3, "iv": 4}
# Russian ordinals in every gender and case: "второй квартал", "во втором полугодии".
_ORDINAL_ENDINGS: Final = "ый ой ий ого его ом ем ая ья ое ье ую ью ьего ьем ьей".split()  # noqa: SIM905
_ORDINAL_WORDS: Final = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    **{
        stem + ending: number
        for number, stems in (
            (1, ("перв",)),
            (2, ("втор",)),
            (3, ("трет",)),
            (4, ("четверт", "четвёрт")),
        )
        for stem in stems
        for ending in _ORDINAL_ENDINGS
    },
}


@attrs.frozen
class _Token:
    kind: str
    value: Any
    position: int
    text: str


def _stop(rule: str, text: str, position: int | None) -> ParseError:
    return ParseError(rule, cls="parse_period", field="text", text=text, position=position)


def _word_token(word: str, position: int, text: str) -> _Token | None:
    lower = word.lower()
    if lower in _FILLER:
        return None
    if lower in _DASH_WORDS:
        return _Token("dash", None, position, word)
    if lower in _QUARTER_WORDS:
        return _Token("quarter", None, position, word)
    if lower in _MONTHS_WORDS:
        return _Token("months", None, position, word)
    if lower == "half":
        return _Token("half", None, position, word)
    if lower in MONTH_WORDS:
        return _Token("month", MONTH_WORDS[lower], position, word)
    if lower in _ROMAN:
        return _Token("roman", _ROMAN[lower], position, word)
    if lower in _ORDINAL_WORDS:
        return _Token("ord", _ORDINAL_WORDS[lower], position, word)
    raise _stop(f"has a word that does not belong to a period: {word!r}", text, position)


def _date_token(piece: str, position: int, text: str) -> _Token:
    from regionrel.dates import parse_date

    try:
        day = parse_date(piece)
    except RegionrelError as exc:
        raise _stop(f"has a date that cannot be read: {exc.rule}", text, position) from exc
    return _Token("date", day, position, piece)


def _tokens(text: str) -> list[_Token]:
    tokens: list[_Token] = []
    position = 0
    while position < len(text):
        match = _TOKEN.match(text, position)
        if match is None:
            raise _stop(
                f"has a character that does not belong to a period: {text[position]!r}",
                text,
                position,
            )
        kind, piece = match.lastgroup, match[0]
        assert kind is not None
        token: _Token | None = None
        if kind in ("isodate", "date"):
            token = _date_token(piece, position, text)
        elif kind == "ym":
            year, month = int(piece[:4]), int(piece[5:])
            if not 1 <= month <= 12:
                raise _stop(
                    f"has {piece!r}, which is neither a month (YYYY-MM) nor a span of years; "
                    "write the last year in full",
                    text,
                    position,
                )
            token = _Token("ym", (year, month), position, piece)
        elif kind in ("qn", "hn"):
            token = _Token(kind, int(piece[1]), position, piece)
        elif kind == "ord":
            digits = piece[:2] if piece[1:2].isdigit() else piece[:1]
            token = _Token("ord", int(digits), position, piece)
        elif kind == "half":
            token = _Token("half", None, position, piece)
        elif kind == "number":
            size = len(piece)
            kind = {4: "year", 8: "eight"}.get(size, "number" if size <= 2 else "")
            if not kind:
                raise _stop(f"has a number of {size} digits: {piece!r}", text, position)
            token = _Token(kind, int(piece) if size != 8 else piece, position, piece)
        elif kind == "word":
            token = _word_token(piece, position, text)
        elif kind in ("dash", "slash"):
            token = _Token(kind, None, position, piece)
        if token is not None:
            tokens.append(token)
        position = match.end()
    return _join_dates(tokens, text)


def _join_dates(tokens: list[_Token], text: str) -> list[_Token]:
    """Join "12 January 2021" and "January 12 2021" into date tokens."""
    joined: list[_Token] = []
    index = 0
    while index < len(tokens):
        kinds = tuple(t.kind for t in tokens[index : index + 3])
        if kinds in (("number", "month", "year"), ("ord", "month", "year")):
            day, month, year = tokens[index : index + 3]
        elif kinds in (("month", "number", "year"), ("month", "ord", "year")):
            month, day, year = tokens[index : index + 3]
        else:
            joined.append(tokens[index])
            index += 1
            continue
        value = _date(year.value, month.value, day.value, text=text, position=day.position)
        first = min(day.position, month.position)
        joined.append(_Token("date", value, first, text[first : year.position + 4]))
        index += 3
    return joined


_Result = tuple[Bounds, tuple[str, ...]]
_Build = Callable[[Sequence[_Token], str], _Result]
_PATTERNS: list[tuple[tuple[frozenset[str], ...], _Build]] = []
_NUMBERED: Final = frozenset({"number", "ord", "roman"})


# pragma: no mutate start
def _pattern(*kinds: str | frozenset[str]) -> Callable[[_Build], _Build]:
    """Register *build* for the token shape *kinds* (at import, so not mutation-tested)."""

    def register(build: _Build) -> _Build:
        shape = tuple(frozenset({k}) if isinstance(k, str) else k for k in kinds)
        _PATTERNS.append((shape, build))
        return build

    return register


# pragma: no mutate end


def _built(text: str, token: _Token, make: Callable[..., Bounds], *args: int) -> _Result:
    try:
        return make(*args), ()
    except ValidationError as exc:
        raise _stop(
            f"names no period: {exc.field} {exc.rule} (got {exc.value!r})", text, token.position
        ) from exc


@_pattern("year")
def _year(t: Sequence[_Token], text: str) -> _Result:
    return _built(text, t[0], year_bounds, t[0].value)


@_pattern("year", frozenset({"dash", "slash"}), "year")
def _years(t: Sequence[_Token], text: str) -> _Result:
    if t[2].value < t[0].value:
        raise _stop(
            f"ends before it starts: {t[2].value} is before {t[0].value}", text, t[2].position
        )
    return _built(text, t[0], span_bounds, t[0].value, t[2].value)


@_pattern("eight")
def _lost_dash(t: Sequence[_Token], text: str) -> _Result:
    first, last = int(t[0].value[:4]), int(t[0].value[4:])
    if not 0 <= last - first <= MAX_LOST_DASH_YEARS:
        raise _stop(
            f"has eight digits {t[0].value!r} that are not two years run together "
            f"(the second year must be 0 to {MAX_LOST_DASH_YEARS} years after the first)",
            text,
            t[0].position,
        )
    period, _ = _built(text, t[0], span_bounds, first, last)
    note = (
        f"read {t[0].value!r} at position {t[0].position} as {first}-{last}: "
        "the dash between the two years was lost"
    )
    return period, (note,)


@_pattern("date")
def _day(t: Sequence[_Token], text: str) -> _Result:
    return (t[0].value, t[0].value), ()


def _range(
    first: _Token, last: _Token, start: datetime.date, end: datetime.date, text: str
) -> Bounds:
    if end < start:
        raise _stop(
            f"ends before it starts: {last.text!r} is before {first.text!r}", text, last.position
        )
    return start, end


@_pattern("date", frozenset({"dash", "slash"}), "date")
def _days(t: Sequence[_Token], text: str) -> _Result:
    return _range(t[0], t[2], t[0].value, t[2].value, text), ()


@_pattern("ym")
def _iso_month(t: Sequence[_Token], text: str) -> _Result:
    return _built(text, t[0], month_bounds, *t[0].value)


@_pattern("ym", "slash", "ym")
def _iso_months(t: Sequence[_Token], text: str) -> _Result:
    first, last = month_bounds(*t[0].value), month_bounds(*t[2].value)
    return _range(t[0], t[2], first[0], last[1], text), ()


@_pattern("month", "year")
def _month(t: Sequence[_Token], text: str) -> _Result:
    return _built(text, t[1], month_bounds, t[1].value, t[0].value)


@_pattern("month", "dash", "month", "year")
def _months(t: Sequence[_Token], text: str) -> _Result:
    year = t[3].value
    first, last = month_bounds(year, t[0].value), month_bounds(year, t[2].value)
    return _range(t[0], t[2], first[0], last[1], text), ()


def _date(year: int, month: int, day: int, *, text: str, position: int) -> datetime.date:
    try:
        return make_date(year, month, day, text=text)
    except ParseError as exc:
        raise _stop(exc.rule, text, position) from exc


@_pattern("number", "months", "year")
def _first_months(t: Sequence[_Token], text: str) -> _Result:
    if not 1 <= t[0].value <= 12:
        raise _stop(f"has {t[0].value} months, but a year has 12", text, t[0].position)
    first, last = month_bounds(t[2].value, 1), month_bounds(t[2].value, t[0].value)
    return (first[0], last[1]), ()


_DAY_NUMBER: Final = frozenset({"number", "ord"})


def _joined(first: _Token, last: _Token, text: str) -> _Token:
    """*first* with its text running to the end of *last*, for a message."""
    return attrs.evolve(first, text=text[first.position : last.position + len(last.text)])


@_pattern(_DAY_NUMBER, "month", "dash", "date")
def _day_month_range(t: Sequence[_Token], text: str) -> _Result:
    end = t[3].value
    start = _date(end.year, t[1].value, t[0].value, text=text, position=t[0].position)
    return _range(_joined(t[0], t[1], text), t[3], start, end, text), ()


@_pattern("month", _DAY_NUMBER, "dash", "date")
def _month_day_range(t: Sequence[_Token], text: str) -> _Result:
    end = t[3].value
    start = _date(end.year, t[0].value, t[1].value, text=text, position=t[0].position)
    return _range(_joined(t[0], t[1], text), t[3], start, end, text), ()


# The builders of "quarter 2 of 2019" and "H1 2019" take the maker (quarter_bounds or
# half_bounds) as their first argument, so that they are module functions that run when a
# text is read, not closures made once at import.
_Make = Callable[..., Bounds]


def _numbered_before_year(make: _Make, t: Sequence[_Token], text: str) -> _Result:
    return _built(text, t[0], make, t[-1].value, t[0].value)


def _numbered_after_year(make: _Make, t: Sequence[_Token], text: str) -> _Result:
    return _built(text, t[1], make, t[0].value, t[1].value)


def _numbered_letter_after(make: _Make, t: Sequence[_Token], text: str) -> _Result:
    return _built(text, t[-1], make, t[0].value, t[-1].value)


def _numbered_range(make: _Make, t: Sequence[_Token], text: str) -> _Result:
    first, _ = _built(text, t[0], make, t[-1].value, t[0].value)
    last, _ = _built(text, t[2], make, t[-1].value, t[2].value)
    return _range(t[0], t[2], first[0], last[1], text), ()


# pragma: no mutate start
def _numbered(marker: str, letter: str, make: _Make) -> None:
    """Register the ways of writing "quarter 2 of 2019" (or a half-year) for one marker.

    It runs once, at import, before a mutation test can switch a mutant on; the
    builders it registers are module functions, mutated and tested like any other.
    """
    number = _NUMBERED
    before = functools.partial(_numbered_before_year, make)
    after = functools.partial(_numbered_after_year, make)
    letter_after = functools.partial(_numbered_letter_after, make)
    ranged = functools.partial(_numbered_range, make)
    _pattern(number, marker, "year")(before)
    _pattern(letter, "year")(before)
    _pattern("year", number, marker)(after)
    _pattern("year", letter)(letter_after)
    _pattern("year", "dash", letter)(letter_after)
    _pattern(number, "dash", number, marker, "year")(ranged)
    _pattern(letter, "dash", letter, "year")(ranged)


# pragma: no mutate end


_numbered("quarter", "qn", quarter_bounds)
_numbered("half", "hn", half_bounds)


def _match(tokens: Sequence[_Token], text: str) -> _Result:
    kinds = [t.kind for t in tokens]
    reached = 0
    for shape, build in _PATTERNS:
        if len(shape) == len(kinds) and all(k in s for k, s in zip(kinds, shape, strict=True)):
            try:
                return build(tokens, text)
            except ValidationError as exc:
                raise _stop(
                    f"names no period: {exc.field} {exc.rule} (got {exc.value!r})",
                    text,
                    tokens[0].position,
                ) from exc
        common = 0
        for kind, allowed in zip(kinds, shape, strict=False):
            if kind not in allowed:
                break
            common += 1
        reached = max(reached, common)
    if not tokens:
        raise _stop("has no period in it", text, None)
    position = tokens[reached].position if reached < len(tokens) else len(text)
    raise _stop(
        "is not a period this library reads "
        "(such as '2018', '2018-2021', 'Q2 2019', 'May 2019' or '12.01.2021-31.12.2021')",
        text,
        position,
    )


def read_period(
    text: str, *, repair: bool = True
) -> tuple[datetime.date, datetime.date, tuple[str, ...]]:
    """Read the first and last day of a period from *text*, with a note for each repair.

    Args:
        text: the period as written, at most :data:`MAX_PERIOD_TEXT` characters.
        repair: when ``False``, a defect is an error instead of a repair.

    Raises:
        WrongTypeError: *text* is not a ``str``.
        ParseError: the text is not a period, or needs a repair and *repair* is
            ``False``; the message says where reading stopped.

    >>> read_period("II квартал 2019 г.")
    (datetime.date(2019, 4, 1), datetime.date(2019, 6, 30), ())
    """
    if not isinstance(text, str):
        raise WrongTypeError("must be a str", cls="parse_period", field="text", value=text)
    if len(text) > MAX_PERIOD_TEXT:
        raise _stop(
            f"is longer than {MAX_PERIOD_TEXT} characters, too long for a period", text, None
        )
    (start, end), repairs = _match(_tokens(text), text)
    if repairs and not repair:
        raise _stop(f"needs a repair, and repair=False: {repairs[0]}", text, None)
    return start, end, repairs
