"""Periods: inclusive ranges of calendar dates, and the ways sources write them.

A :class:`Period` runs from its ``start`` to its ``end``, both included. Named
constructors build the usual shapes (a year, a span of years, a half-year, a
quarter, a month), and each shape has a canonical text that
:meth:`Period.parse` reads back:

>>> Period.span(2018, 2021)
Period.span(2018, 2021)
>>> str(Period.quarter(2019, 2)), str(Period.month(2019, 5)), str(Period.year(2018))
('2019-Q2', '2019-05', '2018')
>>> Period.parse("2019-Q2") == Period.quarter(2019, 2)
True

:func:`parse_period` reads the many ways the sources write a period, in
English and Russian, and repairs one known defect: a lost dash between two
years (``"20182021"`` is 2018 to 2021). :class:`PeriodText` keeps a note of
every repair, so that a fact-checker can flag it:

>>> parse_period("II квартал 2019 г.")
Period.quarter(2019, 2)
>>> found = PeriodText.parse("for 20182021")
>>> found.period, found.repaired
(Period.span(2018, 2021), True)
"""

from __future__ import annotations

import datetime
import enum
import functools
import re
from collections.abc import Callable, Sequence
from typing import Any, Final

import attrs

from regionrel._validators import as_date
from regionrel.dates import MONTH_WORDS, make_date
from regionrel.display import NotebookDisplay
from regionrel.errors import ParseError, RegionrelError, ValidationError, WrongTypeError

__all__ = [
    "MAX_LOST_DASH_YEARS",
    "MAX_PERIOD_TEXT",
    "Period",
    "PeriodKind",
    "PeriodText",
    "parse_period",
]

_DAY: Final = datetime.timedelta(days=1)

#: The longest text :func:`parse_period` reads.
MAX_PERIOD_TEXT: Final = 100

#: Two years run together ("20182021") are read as a span only when the
#: second is not before the first and at most this many years after it.
MAX_LOST_DASH_YEARS: Final = 50


class PeriodKind(enum.Enum):
    """The shape of a period, which decides its canonical text.

    >>> Period.quarter(2019, 2).kind
    <PeriodKind.QUARTER: 'quarter'>
    """

    #: One calendar year: ``2018``.
    YEAR = "year"
    #: Two or more whole calendar years: ``2018-2021``.
    YEARS = "years"
    #: The first or second half of a year: ``2019-H1``.
    HALF_YEAR = "half-year"
    #: A calendar quarter: ``2019-Q2``.
    QUARTER = "quarter"
    #: One calendar month: ``2019-05``.
    MONTH = "month"
    #: Whole months of another shape: ``2019-01/2019-09``.
    MONTHS = "months"
    #: A single day: ``2021-01-12``.
    DAY = "day"
    #: Any other range of days: ``2021-01-12/2021-12-31``.
    DAYS = "days"


def _to_start(value: object) -> datetime.date:
    return as_date(value, cls="Period", field="start")


def _to_end(value: object) -> datetime.date:
    return as_date(value, cls="Period", field="end")


def _check_int(value: object, *, cls: str, field: str, low: int, high: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise WrongTypeError("must be an int", cls=cls, field=field, value=value)
    if not low <= value <= high:
        raise ValidationError(
            f"must be between {low} and {high}", cls=cls, field=field, value=value
        )
    return value


def _check_year(value: object, *, cls: str = "Period", field: str = "year") -> int:
    return _check_int(value, cls=cls, field=field, low=datetime.MINYEAR, high=datetime.MAXYEAR)


def _month_end(year: int, month: int) -> datetime.date:
    if month == 12:
        return datetime.date(year, 12, 31)
    return datetime.date(year, month + 1, 1) - _DAY


def _month_index(day: datetime.date) -> int:
    return day.year * 12 + day.month - 1


def _shift_date(day: datetime.date, months: int, *, keep_month_end: bool) -> datetime.date:
    year, month0 = divmod(_month_index(day) + months, 12)
    if not datetime.MINYEAR <= year <= datetime.MAXYEAR:
        raise ValidationError(
            f"would move {day.isoformat()} out of the years 1 to 9999",
            cls="Period",
            field="shift",
            value=months,
        )
    end = _month_end(year, month0 + 1)
    if keep_month_end and day == _month_end(day.year, day.month):
        return end
    return day.replace(year=year, month=month0 + 1, day=min(day.day, end.day))


@attrs.frozen(order=True, repr=False)
class Period(NotebookDisplay):
    """An inclusive range of calendar dates: a year, a quarter, a span of years.

    Build one with a named constructor (:meth:`year`, :meth:`span`,
    :meth:`half`, :meth:`quarter`, :meth:`month`, :meth:`day`), from text with
    :meth:`parse`, or from two dates. Periods order by start, then end.

    Args:
        start: the first day of the period: a ``datetime.date`` or a date's text
            (``"12.01.2021"``, day first, or ``"2021-01-12"``), read by the library's
            one rule for dates (:func:`regionrel._validators.as_date`).
        end: the last day of the period, not before *start*, read the same way.

    Raises:
        WrongTypeError: *start* or *end* is not a date or text (a
            ``datetime.datetime`` is refused too: pass its ``.date()``).
        ParseError, AmbiguousError: text that is not one date.
        ValidationError: *end* is before *start*.

    >>> p = Period(datetime.date(2021, 1, 12), datetime.date(2021, 12, 31))
    >>> p
    Period(datetime.date(2021, 1, 12), datetime.date(2021, 12, 31))
    >>> str(p), p.days
    ('2021-01-12/2021-12-31', 354)
    >>> datetime.date(2021, 6, 1) in p
    True
    >>> Period("12.01.2021", "31.12.2021") == p
    True
    >>> Period(datetime.date(2021, 12, 31), datetime.date(2021, 1, 12))
    Traceback (most recent call last):
    ...
    regionrel.errors.ValidationError: Period: 'end' must not be before 'start' (got end 2021-01-12 before start 2021-12-31)
    """

    #: The first day of the period.
    start: datetime.date = attrs.field(converter=_to_start)
    #: The last day of the period, included.
    end: datetime.date = attrs.field(converter=_to_end)

    def __attrs_post_init__(self) -> None:
        if self.end < self.start:
            raise ValidationError(
                "must not be before 'start'",
                cls="Period",
                field="end",
                value=_Quoted(f"end {self.end.isoformat()} before start {self.start.isoformat()}"),
            )

    # Named constructors ------------------------------------------------------

    @classmethod
    def year(cls, year: int) -> Period:
        """The calendar year *year*.

        >>> Period.year(2018).days
        365
        """
        year = _check_year(year)
        return cls(datetime.date(year, 1, 1), datetime.date(year, 12, 31))

    @classmethod
    def span(cls, first_year: int, last_year: int) -> Period:
        """The whole years from *first_year* to *last_year*, both included.

        Raises:
            ValidationError: *last_year* is before *first_year*.

        >>> Period.span(2018, 2021).years
        (2018, 2019, 2020, 2021)
        >>> Period.span(2018, 2018)
        Period.year(2018)
        """
        first_year = _check_year(first_year, field="first_year")
        last_year = _check_year(last_year, field="last_year")
        if last_year < first_year:
            raise ValidationError(
                "must not be before 'first_year'",
                cls="Period",
                field="last_year",
                value=_Quoted(f"last_year {last_year} before first_year {first_year}"),
            )
        return cls(datetime.date(first_year, 1, 1), datetime.date(last_year, 12, 31))

    @classmethod
    def half(cls, year: int, half: int) -> Period:
        """The first (1) or second (2) half of *year*.

        >>> str(Period.half(2019, 2))
        '2019-H2'
        """
        year = _check_year(year)
        half = _check_int(half, cls="Period", field="half", low=1, high=2)
        return cls(datetime.date(year, half * 6 - 5, 1), _month_end(year, half * 6))

    @classmethod
    def quarter(cls, year: int, quarter: int) -> Period:
        """The calendar quarter *quarter* (1 to 4) of *year*.

        >>> Period.quarter(2019, 2).start
        datetime.date(2019, 4, 1)
        """
        year = _check_year(year)
        quarter = _check_int(quarter, cls="Period", field="quarter", low=1, high=4)
        return cls(datetime.date(year, quarter * 3 - 2, 1), _month_end(year, quarter * 3))

    @classmethod
    def month(cls, year: int, month: int) -> Period:
        """The calendar month *month* (1 to 12) of *year*.

        >>> Period.month(2020, 2).end
        datetime.date(2020, 2, 29)
        """
        year = _check_year(year)
        month = _check_int(month, cls="Period", field="month", low=1, high=12)
        return cls(datetime.date(year, month, 1), _month_end(year, month))

    @classmethod
    def day(cls, day: datetime.date) -> Period:
        """The single day *day*.

        >>> str(Period.day(datetime.date(2021, 1, 12)))
        '2021-01-12'
        """
        return cls(day, day)

    @classmethod
    def parse(cls, text: str, *, repair: bool = True) -> Period:
        """Read a period from text: the canonical form or any form :func:`parse_period` reads.

        >>> Period.parse("2018-2021")
        Period.span(2018, 2021)
        """
        return PeriodText.parse(text, repair=repair).period

    @classmethod
    def coerce(cls, value: Period | int | str) -> Period:
        """Turn a period, an ``int`` year or a text into a :class:`Period`.

        Raises:
            WrongTypeError: *value* is of another type (a ``bool`` included).
            ParseError: *value* is text that is not a period.

        >>> Period.coerce(2018), Period.coerce("2019-Q2")
        (Period.year(2018), Period.quarter(2019, 2))
        """
        if isinstance(value, Period):
            return value
        if isinstance(value, int) and not isinstance(value, bool):
            return cls.year(value)
        if isinstance(value, str):
            return cls.parse(value)
        raise WrongTypeError(
            "must be a Period, an int year or a str", cls="Period", field="value", value=value
        )

    # Shape -------------------------------------------------------------------

    @property
    def kind(self) -> PeriodKind:
        """The period's shape: a year, a span of years, a quarter, a month, ...

        >>> Period.span(2018, 2021).kind
        <PeriodKind.YEARS: 'years'>
        """
        start, end = self.start, self.end
        if start.day == 1 and end == _month_end(end.year, end.month):
            if start.month == 1 and end.month == 12:
                return PeriodKind.YEAR if start.year == end.year else PeriodKind.YEARS
            months = _month_index(end) - _month_index(start) + 1
            if months == 1:
                return PeriodKind.MONTH
            if months == 3 and start.month % 3 == 1:
                return PeriodKind.QUARTER
            if months == 6 and start.month in (1, 7):
                return PeriodKind.HALF_YEAR
            return PeriodKind.MONTHS
        return PeriodKind.DAY if start == end else PeriodKind.DAYS

    @property
    def is_year(self) -> bool:
        """Whether the period is exactly one calendar year."""
        return self.kind is PeriodKind.YEAR

    @property
    def is_quarter(self) -> bool:
        """Whether the period is exactly one calendar quarter."""
        return self.kind is PeriodKind.QUARTER

    @property
    def is_month(self) -> bool:
        """Whether the period is exactly one calendar month."""
        return self.kind is PeriodKind.MONTH

    @property
    def years(self) -> tuple[int, ...]:
        """The calendar years the period touches, in order.

        >>> Period.parse("12.01.2021-31.12.2022").years
        (2021, 2022)
        """
        return tuple(range(self.start.year, self.end.year + 1))

    @property
    def days(self) -> int:
        """The number of days in the period, both ends included.

        >>> Period.year(2020).days
        366
        """
        return (self.end - self.start).days + 1

    # Relations ---------------------------------------------------------------

    def __contains__(self, item: object) -> bool:
        if isinstance(item, Period):
            return self.contains(item)
        if isinstance(item, datetime.date) and not isinstance(item, datetime.datetime):
            return self.start <= item <= self.end
        raise WrongTypeError(
            "must be a datetime.date or a Period", cls="Period", field="item", value=item
        )

    def contains(self, other: Period | datetime.date) -> bool:
        """Whether *other* (a period or a date) lies wholly within this period.

        >>> Period.year(2019).contains(Period.quarter(2019, 2))
        True
        >>> Period.quarter(2019, 2).contains(Period.year(2019))
        False
        """
        if isinstance(other, Period):
            return self.start <= other.start and other.end <= self.end
        return other in self

    def overlaps(self, other: Period) -> bool:
        """Whether the two periods share at least one day.

        >>> Period.span(2018, 2020).overlaps(Period.span(2020, 2021))
        True
        """
        other = _require_period(other, "overlaps")
        return self.start <= other.end and other.start <= self.end

    def intersection(self, other: Period) -> Period | None:
        """The days the two periods share, or ``None`` when they share none.

        >>> Period.span(2018, 2020).intersection(Period.span(2020, 2021))
        Period.year(2020)
        >>> Period.year(2018).intersection(Period.year(2019)) is None
        True
        """
        other = _require_period(other, "intersection")
        if not self.overlaps(other):
            return None
        return Period(max(self.start, other.start), min(self.end, other.end))

    # Moving in time ----------------------------------------------------------

    def shift(self, *, years: int = 0, months: int = 0) -> Period:
        """The period moved by whole years and months, keeping its shape.

        A period that ends on the last day of a month still does after the
        move (February 2020 moved a year ends on 28 February 2021); a day
        beyond the end of the target month becomes its last day.

        Raises:
            ValidationError: the result would fall outside the years 1 to 9999.

        >>> Period.quarter(2019, 2).shift(years=-1)
        Period.quarter(2018, 2)
        >>> Period.month(2019, 11).shift(months=3)
        Period.month(2020, 2)
        """
        months = _check_int(
            months, cls="Period", field="months", low=-120_000, high=120_000
        ) + 12 * _check_int(years, cls="Period", field="years", low=-10_000, high=10_000)
        return Period(
            _shift_date(self.start, months, keep_month_end=False),
            _shift_date(self.end, months, keep_month_end=True),
        )

    def _length_in_months(self) -> int | None:
        if self.start.day == 1 and self.end == _month_end(self.end.year, self.end.month):
            return _month_index(self.end) - _month_index(self.start) + 1
        return None

    def previous(self) -> Period:
        """The period of the same shape and length just before this one.

        >>> Period.year(2018).previous()
        Period.year(2017)
        >>> Period.quarter(2019, 1).previous()
        Period.quarter(2018, 4)
        >>> Period.span(2018, 2021).previous()
        Period.span(2014, 2017)
        """
        months = self._length_in_months()
        if months is not None:
            return self.shift(months=-months)
        if self.start.toordinal() <= self.days:
            raise ValidationError(
                "would start before the year 1", cls="Period", field="previous", value=self
            )
        return Period(self.start - datetime.timedelta(days=self.days), self.start - _DAY)

    def next(self) -> Period:
        """The period of the same shape and length just after this one.

        >>> Period.half(2019, 2).next()
        Period.half(2020, 1)
        """
        months = self._length_in_months()
        if months is not None:
            return self.shift(months=months)
        if datetime.date.max.toordinal() - self.end.toordinal() < self.days:
            raise ValidationError(
                "would end after the year 9999", cls="Period", field="next", value=self
            )
        return Period(self.end + _DAY, self.end + datetime.timedelta(days=self.days))

    # Text --------------------------------------------------------------------

    def __str__(self) -> str:
        start, end, kind = self.start, self.end, self.kind
        if kind is PeriodKind.YEAR:
            return f"{start.year:04d}"
        if kind is PeriodKind.YEARS:
            return f"{start.year:04d}-{end.year:04d}"
        if kind is PeriodKind.HALF_YEAR:
            return f"{start.year:04d}-H{start.month // 6 + 1}"
        if kind is PeriodKind.QUARTER:
            return f"{start.year:04d}-Q{start.month // 3 + 1}"
        if kind is PeriodKind.MONTH:
            return f"{start.year:04d}-{start.month:02d}"
        if kind is PeriodKind.MONTHS:
            return f"{start.year:04d}-{start.month:02d}/{end.year:04d}-{end.month:02d}"
        if kind is PeriodKind.DAY:
            return start.isoformat()
        return f"{start.isoformat()}/{end.isoformat()}"

    def __repr__(self) -> str:
        start, end, kind = self.start, self.end, self.kind
        if kind is PeriodKind.YEAR:
            return f"Period.year({start.year})"
        if kind is PeriodKind.YEARS:
            return f"Period.span({start.year}, {end.year})"
        if kind is PeriodKind.HALF_YEAR:
            return f"Period.half({start.year}, {start.month // 6 + 1})"
        if kind is PeriodKind.QUARTER:
            return f"Period.quarter({start.year}, {start.month // 3 + 1})"
        if kind is PeriodKind.MONTH:
            return f"Period.month({start.year}, {start.month})"
        if kind is PeriodKind.DAY:
            return f"Period.day({start!r})"
        return f"Period({start!r}, {end!r})"


class _Quoted(str):
    """A value shown in a message as is, without quotes: it quotes two fields itself."""

    __slots__ = ()

    def __repr__(self) -> str:
        return str(self)


def _require_period(value: object, method: str) -> Period:
    if not isinstance(value, Period):
        raise WrongTypeError(
            "must be a Period", cls=f"Period.{method}", field="other", value=value
        )
    return value


# Reading periods from text ---------------------------------------------------

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


_Result = tuple[Period, tuple[str, ...]]
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


def _built(text: str, token: _Token, make: Callable[..., Period], *args: int) -> _Result:
    try:
        return make(*args), ()
    except ValidationError as exc:
        raise _stop(
            f"names no period: {exc.field} {exc.rule} (got {exc.value!r})", text, token.position
        ) from exc


@_pattern("year")
def _year(t: Sequence[_Token], text: str) -> _Result:
    return _built(text, t[0], Period.year, t[0].value)


@_pattern("year", frozenset({"dash", "slash"}), "year")
def _years(t: Sequence[_Token], text: str) -> _Result:
    if t[2].value < t[0].value:
        raise _stop(
            f"ends before it starts: {t[2].value} is before {t[0].value}", text, t[2].position
        )
    return _built(text, t[0], Period.span, t[0].value, t[2].value)


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
    period, _ = _built(text, t[0], Period.span, first, last)
    note = (
        f"read {t[0].value!r} at position {t[0].position} as {first}-{last}: "
        "the dash between the two years was lost"
    )
    return period, (note,)


@_pattern("date")
def _day(t: Sequence[_Token], text: str) -> _Result:
    return Period.day(t[0].value), ()


def _range(
    first: _Token, last: _Token, start: datetime.date, end: datetime.date, text: str
) -> Period:
    if end < start:
        raise _stop(
            f"ends before it starts: {last.text!r} is before {first.text!r}", text, last.position
        )
    return Period(start, end)


@_pattern("date", frozenset({"dash", "slash"}), "date")
def _days(t: Sequence[_Token], text: str) -> _Result:
    return _range(t[0], t[2], t[0].value, t[2].value, text), ()


@_pattern("ym")
def _iso_month(t: Sequence[_Token], text: str) -> _Result:
    return _built(text, t[0], Period.month, *t[0].value)


@_pattern("ym", "slash", "ym")
def _iso_months(t: Sequence[_Token], text: str) -> _Result:
    first, last = Period.month(*t[0].value), Period.month(*t[2].value)
    return _range(t[0], t[2], first.start, last.end, text), ()


@_pattern("month", "year")
def _month(t: Sequence[_Token], text: str) -> _Result:
    return _built(text, t[1], Period.month, t[1].value, t[0].value)


@_pattern("month", "dash", "month", "year")
def _months(t: Sequence[_Token], text: str) -> _Result:
    year = t[3].value
    first, last = Period.month(year, t[0].value), Period.month(year, t[2].value)
    return _range(t[0], t[2], first.start, last.end, text), ()


def _date(year: int, month: int, day: int, *, text: str, position: int) -> datetime.date:
    try:
        return make_date(year, month, day, text=text)
    except ParseError as exc:
        raise _stop(exc.rule, text, position) from exc


@_pattern("number", "months", "year")
def _first_months(t: Sequence[_Token], text: str) -> _Result:
    if not 1 <= t[0].value <= 12:
        raise _stop(f"has {t[0].value} months, but a year has 12", text, t[0].position)
    first, last = Period.month(t[2].value, 1), Period.month(t[2].value, t[0].value)
    return Period(first.start, last.end), ()


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


# The builders of "quarter 2 of 2019" and "H1 2019" take the maker (Period.quarter or
# Period.half) as their first argument, so that they are module functions that run when a
# text is read, not closures made once at import.
_Make = Callable[..., Period]


def _numbered_before_year(make: _Make, t: Sequence[_Token], text: str) -> _Result:
    return _built(text, t[0], make, t[-1].value, t[0].value)


def _numbered_after_year(make: _Make, t: Sequence[_Token], text: str) -> _Result:
    return _built(text, t[1], make, t[0].value, t[1].value)


def _numbered_letter_after(make: _Make, t: Sequence[_Token], text: str) -> _Result:
    return _built(text, t[-1], make, t[0].value, t[-1].value)


def _numbered_range(make: _Make, t: Sequence[_Token], text: str) -> _Result:
    first, _ = _built(text, t[0], make, t[-1].value, t[0].value)
    last, _ = _built(text, t[2], make, t[-1].value, t[2].value)
    return _range(t[0], t[2], first.start, last.end, text), ()


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


_numbered("quarter", "qn", Period.quarter)
_numbered("half", "hn", Period.half)


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


@attrs.frozen
class PeriodText:
    """A period read from text, with notes on any defect repaired on the way.

    The only repair so far is a lost dash: ``"20182021"`` is read as 2018 to
    2021, and ``repairs`` says so. A fact-checker can flag it without turning
    warnings into errors.

    >>> found = PeriodText.parse("на 20182021 годы")
    >>> found.period
    Period.span(2018, 2021)
    >>> found.repairs
    ("read '20182021' at position 3 as 2018-2021: the dash between the two years was lost",)
    >>> PeriodText.parse("2018-2021").repaired
    False
    """

    #: The text as given.
    text: str
    #: The period it names.
    period: Period
    #: A note for each defect repaired while reading, empty when there were none.
    repairs: tuple[str, ...] = ()

    @property
    def repaired(self) -> bool:
        """Whether reading the text needed a repair."""
        return bool(self.repairs)

    @classmethod
    def parse(cls, text: str, *, repair: bool = True) -> PeriodText:
        """Read a period from *text*, as :func:`parse_period` does, keeping the repair notes.

        Args:
            text: the period as written.
            repair: when ``False``, a defect is an error instead of a repair.

        Raises:
            WrongTypeError: *text* is not a ``str``.
            ParseError: the text is not a period, or needs a repair and
                *repair* is ``False``.
        """
        if not isinstance(text, str):
            raise WrongTypeError("must be a str", cls="parse_period", field="text", value=text)
        if len(text) > MAX_PERIOD_TEXT:
            raise _stop(
                f"is longer than {MAX_PERIOD_TEXT} characters, too long for a period", text, None
            )
        period, repairs = _match(_tokens(text), text)
        if repairs and not repair:
            raise _stop(f"needs a repair, and repair=False: {repairs[0]}", text, None)
        return cls(text, period, repairs)


def parse_period(text: str, *, repair: bool = True) -> Period:
    """Read a period written in any of the ways the sources write one.

    Years and spans (``"2018"``, ``"2018-2021"`` with a hyphen, an en or em
    dash, or spaces around it, ``"for 2018-2020"``, ``"in 2018"``,
    ``"2018-2021 годы"``, ``"на 2018-2020 гг."``, ``"в 2018 году"``); two years
    whose dash was lost (``"20182021"``); quarters (``"II quarter 2019"``,
    ``"Q2 2019"``, ``"2019 Q2"``, ``"2nd quarter of 2019"``,
    ``"II квартал 2019 г."``, ``"2 кв. 2019"``) and half-years (``"H1 2019"``,
    ``"first half of 2019"``, ``"I полугодие 2019"``); months (``"May 2019"``,
    ``"январь 2019"``, ``"2019-05"``) and runs of months
    (``"январь-сентябрь 2019"``, ``"Q1-Q3 2019"``, ``"9 months of 2019"``,
    ``"за 9 месяцев 2019 года"``); dates and ranges of dates
    (``"12.01.2021-31.12.2021"``, ``"12 January – 31 December 2021"``,
    ``"с 12 января по 31 декабря 2021 г."``, ISO intervals
    ``"2021-01-12/2021-12-31"`` and ``"2018/2021"``).

    Use :meth:`PeriodText.parse` to learn whether a repair was needed.

    Args:
        text: the period as written, at most :data:`MAX_PERIOD_TEXT` characters.
        repair: when ``False``, a lost dash is an error instead of a repair.

    Returns:
        The period.

    Raises:
        WrongTypeError: *text* is not a ``str``.
        ParseError: the text is not a period; the message says where reading stopped.

    >>> parse_period("2018–2021")
    Period.span(2018, 2021)
    >>> parse_period("Q2 2019") == parse_period("2nd quarter of 2019") == Period.quarter(2019, 2)
    True
    >>> parse_period("12.01.2021-31.12.2021")
    Period(datetime.date(2021, 1, 12), datetime.date(2021, 12, 31))
    >>> parse_period("2018 or so")
    Traceback (most recent call last):
    ...
    regionrel.errors.ParseError: parse_period: 'text' has a word that does not belong to a period: 'or' (got '2018 or so', stopped at position 5 before 'or so')
    """
    return PeriodText.parse(text, repair=repair).period
