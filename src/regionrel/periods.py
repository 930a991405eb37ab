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

import attrs

from regionrel._validators import as_date, checked_by_annotation
from regionrel.display import NotebookDisplay
from regionrel.errors import ValidationError, WrongTypeError
from regionrel.period_shapes import (
    DAY,
    PeriodKind,
    Quoted,
    check_int,
    half_bounds,
    kind_of,
    length_in_months,
    month_bounds,
    quarter_bounds,
    shift_date,
    span_bounds,
    year_bounds,
)
from regionrel.period_text import MAX_LOST_DASH_YEARS, MAX_PERIOD_TEXT, read_period

__all__ = [
    "MAX_LOST_DASH_YEARS",
    "MAX_PERIOD_TEXT",
    "Period",
    "PeriodKind",
    "PeriodText",
    "parse_period",
]


def _to_start(value: object) -> datetime.date:
    return as_date(value, cls="Period", field="start")


def _to_end(value: object) -> datetime.date:
    return as_date(value, cls="Period", field="end")


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
                value=Quoted(f"end {self.end.isoformat()} before start {self.start.isoformat()}"),
            )

    # Named constructors ------------------------------------------------------

    @classmethod
    def year(cls, year: int) -> Period:
        """The calendar year *year*.

        >>> Period.year(2018).days
        365
        """
        return cls(*year_bounds(year))

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
        return cls(*span_bounds(first_year, last_year))

    @classmethod
    def half(cls, year: int, half: int) -> Period:
        """The first (1) or second (2) half of *year*.

        >>> str(Period.half(2019, 2))
        '2019-H2'
        """
        return cls(*half_bounds(year, half))

    @classmethod
    def quarter(cls, year: int, quarter: int) -> Period:
        """The calendar quarter *quarter* (1 to 4) of *year*.

        >>> Period.quarter(2019, 2).start
        datetime.date(2019, 4, 1)
        """
        return cls(*quarter_bounds(year, quarter))

    @classmethod
    def month(cls, year: int, month: int) -> Period:
        """The calendar month *month* (1 to 12) of *year*.

        >>> Period.month(2020, 2).end
        datetime.date(2020, 2, 29)
        """
        return cls(*month_bounds(year, month))

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
        start, end, _ = read_period(text, repair=repair)
        return Period(start, end)

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
        return kind_of(self.start, self.end)

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
        months = check_int(
            months, cls="Period", field="months", low=-120_000, high=120_000
        ) + 12 * check_int(years, cls="Period", field="years", low=-10_000, high=10_000)
        return Period(
            shift_date(self.start, months, keep_month_end=False),
            shift_date(self.end, months, keep_month_end=True),
        )

    def _length_in_months(self) -> int | None:
        return length_in_months(self.start, self.end)

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
        return Period(self.start - datetime.timedelta(days=self.days), self.start - DAY)

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
        return Period(self.end + DAY, self.end + datetime.timedelta(days=self.days))

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


def _require_period(value: object, method: str) -> Period:
    if not isinstance(value, Period):
        raise WrongTypeError(
            "must be a Period", cls=f"Period.{method}", field="other", value=value
        )
    return value


@attrs.frozen(field_transformer=checked_by_annotation)
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
        start, end, repairs = read_period(text, repair=repair)
        return cls(text, Period(start, end), repairs)


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
