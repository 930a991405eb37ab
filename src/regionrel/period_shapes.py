"""The shapes a period takes, and the calendar arithmetic that gives each its days.

:class:`PeriodKind` names a period's shape (a year, a span of years, a half-year, a
quarter, a month, a run of months, a day, a run of days), which decides its canonical
text. The functions here compute the first and last day of each named shape, checking
their arguments with the messages of :class:`regionrel.periods.Period`, and move a day
by whole months; both :mod:`regionrel.periods` and the reader of period text
(:mod:`regionrel.period_text`) build on them:

>>> quarter_bounds(2019, 2)
(datetime.date(2019, 4, 1), datetime.date(2019, 6, 30))
>>> kind_of(*quarter_bounds(2019, 2))
<PeriodKind.QUARTER: 'quarter'>
"""

from __future__ import annotations

import datetime
import enum
from typing import Final

from regionrel.errors import ValidationError, WrongTypeError

__all__ = ["PeriodKind"]

#: One day, the step between a period's end and the next period's start.
DAY: Final = datetime.timedelta(days=1)

#: The first and last day of a period, both included.
Bounds = tuple[datetime.date, datetime.date]


class PeriodKind(enum.Enum):
    """The shape of a period, which decides its canonical text.

    >>> from regionrel.periods import Period
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


class Quoted(str):
    """A value shown in a message as is, without quotes: it quotes two fields itself."""

    __slots__ = ()

    def __repr__(self) -> str:
        return str(self)


def check_int(value: object, *, cls: str, field: str, low: int, high: int) -> int:
    """Return *value* when it is an ``int`` (not a ``bool``) from *low* to *high*, else raise.

    >>> check_int(13, cls="Period", field="month", low=1, high=12)
    Traceback (most recent call last):
    ...
    regionrel.errors.ValidationError: Period: 'month' must be between 1 and 12 (got 13)
    """
    if isinstance(value, bool) or not isinstance(value, int):
        raise WrongTypeError("must be an int", cls=cls, field=field, value=value)
    if not low <= value <= high:
        raise ValidationError(
            f"must be between {low} and {high}", cls=cls, field=field, value=value
        )
    return value


def check_year(value: object, *, cls: str = "Period", field: str = "year") -> int:
    """Return *value* when it is a year Python's dates reach (1 to 9999), else raise."""
    return check_int(value, cls=cls, field=field, low=datetime.MINYEAR, high=datetime.MAXYEAR)


def month_end(year: int, month: int) -> datetime.date:
    """The last day of *month* of *year*.

    >>> month_end(2020, 2)
    datetime.date(2020, 2, 29)
    """
    if month == 12:
        return datetime.date(year, 12, 31)
    return datetime.date(year, month + 1, 1) - DAY


def month_index(day: datetime.date) -> int:
    """The months from the start of the era to the month of *day*, for month arithmetic."""
    return day.year * 12 + day.month - 1


def shift_date(day: datetime.date, months: int, *, keep_month_end: bool) -> datetime.date:
    """*day* moved by *months*; the last day of a month stays one if *keep_month_end*.

    A day beyond the end of the target month becomes its last day.

    Raises:
        ValidationError: the result would fall outside the years 1 to 9999.

    >>> shift_date(datetime.date(2020, 2, 29), 12, keep_month_end=True)
    datetime.date(2021, 2, 28)
    """
    year, month0 = divmod(month_index(day) + months, 12)
    if not datetime.MINYEAR <= year <= datetime.MAXYEAR:
        raise ValidationError(
            f"would move {day.isoformat()} out of the years 1 to 9999",
            cls="Period",
            field="shift",
            value=months,
        )
    end = month_end(year, month0 + 1)
    if keep_month_end and day == month_end(day.year, day.month):
        return end
    return day.replace(year=year, month=month0 + 1, day=min(day.day, end.day))


def kind_of(start: datetime.date, end: datetime.date) -> PeriodKind:
    """The shape of the period from *start* to *end*: a year, a span of years, a quarter, ...

    >>> kind_of(datetime.date(2018, 1, 1), datetime.date(2021, 12, 31))
    <PeriodKind.YEARS: 'years'>
    """
    if start.day == 1 and end == month_end(end.year, end.month):
        if start.month == 1 and end.month == 12:
            return PeriodKind.YEAR if start.year == end.year else PeriodKind.YEARS
        months = month_index(end) - month_index(start) + 1
        if months == 1:
            return PeriodKind.MONTH
        if months == 3 and start.month % 3 == 1:
            return PeriodKind.QUARTER
        if months == 6 and start.month in (1, 7):
            return PeriodKind.HALF_YEAR
        return PeriodKind.MONTHS
    return PeriodKind.DAY if start == end else PeriodKind.DAYS


def length_in_months(start: datetime.date, end: datetime.date) -> int | None:
    """The number of whole months from *start* to *end*, or ``None`` unless they are whole."""
    if start.day == 1 and end == month_end(end.year, end.month):
        return month_index(end) - month_index(start) + 1
    return None


# The first and last day of each named shape -------------------------------------------


def year_bounds(year: int) -> Bounds:
    """The first and last day of the calendar year *year*."""
    year = check_year(year)
    return datetime.date(year, 1, 1), datetime.date(year, 12, 31)


def span_bounds(first_year: int, last_year: int) -> Bounds:
    """The first day of *first_year* and the last day of *last_year*.

    Raises:
        ValidationError: *last_year* is before *first_year*.
    """
    first_year = check_year(first_year, field="first_year")
    last_year = check_year(last_year, field="last_year")
    if last_year < first_year:
        raise ValidationError(
            "must not be before 'first_year'",
            cls="Period",
            field="last_year",
            value=Quoted(f"last_year {last_year} before first_year {first_year}"),
        )
    return datetime.date(first_year, 1, 1), datetime.date(last_year, 12, 31)


def half_bounds(year: int, half: int) -> Bounds:
    """The first and last day of the first (1) or second (2) half of *year*."""
    year = check_year(year)
    half = check_int(half, cls="Period", field="half", low=1, high=2)
    return datetime.date(year, half * 6 - 5, 1), month_end(year, half * 6)


def quarter_bounds(year: int, quarter: int) -> Bounds:
    """The first and last day of the calendar quarter *quarter* (1 to 4) of *year*."""
    year = check_year(year)
    quarter = check_int(quarter, cls="Period", field="quarter", low=1, high=4)
    return datetime.date(year, quarter * 3 - 2, 1), month_end(year, quarter * 3)


def month_bounds(year: int, month: int) -> Bounds:
    """The first and last day of the calendar month *month* (1 to 12) of *year*."""
    year = check_year(year)
    month = check_int(month, cls="Period", field="month", low=1, high=12)
    return datetime.date(year, month, 1), month_end(year, month)
