"""Hypothesis strategies for dates and `Period`s of every shape."""

from __future__ import annotations

import datetime

from hypothesis import strategies as st

from regionrel.periods import Period

__all__ = [
    "dates",
    "day_ranges",
    "month_ranges",
    "periods",
    "shaped_periods",
    "years",
]

#: Calendar years, over the whole range ``datetime.date`` allows.
years = st.integers(datetime.MINYEAR, datetime.MAXYEAR)

#: Any calendar date.
dates = st.dates()


@st.composite
def day_ranges(draw: st.DrawFn) -> Period:
    """A range of days from any start, up to about ten years long."""
    start = draw(st.dates(max_value=datetime.date(9989, 12, 31)))
    return Period(start, start + datetime.timedelta(days=draw(st.integers(0, 3700))))


@st.composite
def month_ranges(draw: st.DrawFn) -> Period:
    """Whole months, from one month to about ten years."""
    start = draw(st.integers(0, 9989 * 12 - 1))
    length = draw(st.integers(1, 120))
    first = Period.month(start // 12 + 1, start % 12 + 1)
    last_index = start + length - 1
    return Period(first.start, Period.month(last_index // 12 + 1, last_index % 12 + 1).end)


@st.composite
def _spans(draw: st.DrawFn) -> Period:
    first = draw(st.integers(datetime.MINYEAR, datetime.MAXYEAR - 1))
    return Period.span(first, draw(st.integers(first, min(first + 60, datetime.MAXYEAR))))


#: Periods of the named shapes: a year, a span, a half-year, a quarter, a month, a day.
shaped_periods: st.SearchStrategy[Period] = st.one_of(
    years.map(Period.year),
    _spans(),
    st.builds(Period.half, years, st.integers(1, 2)),
    st.builds(Period.quarter, years, st.integers(1, 4)),
    st.builds(Period.month, years, st.integers(1, 12)),
    dates.map(Period.day),
)

#: Any period: a named shape, whole months, or any range of days.
periods: st.SearchStrategy[Period] = st.one_of(shaped_periods, month_ranges(), day_ranges())
