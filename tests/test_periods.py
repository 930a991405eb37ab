"""Periods: construction and its checks, shapes and their texts, relations, moves, parsing."""

from __future__ import annotations

import datetime
import pickle
import warnings
from collections.abc import Callable

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

import regionrel
from regionrel.errors import ParseError, RegionrelError, ValidationError, WrongTypeError
from regionrel.periods import (
    MAX_LOST_DASH_YEARS,
    MAX_PERIOD_TEXT,
    Period,
    PeriodKind,
    PeriodText,
    parse_period,
)
from tests.strategies.periods import dates, month_ranges, periods, shaped_periods, years

D = datetime.date

# Construction ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("period", "start", "end"),
    [
        (Period.year(2018), D(2018, 1, 1), D(2018, 12, 31)),
        (Period.span(2018, 2021), D(2018, 1, 1), D(2021, 12, 31)),
        (Period.half(2019, 1), D(2019, 1, 1), D(2019, 6, 30)),
        (Period.half(2019, 2), D(2019, 7, 1), D(2019, 12, 31)),
        (Period.quarter(2019, 1), D(2019, 1, 1), D(2019, 3, 31)),
        (Period.quarter(2019, 2), D(2019, 4, 1), D(2019, 6, 30)),
        (Period.quarter(2019, 4), D(2019, 10, 1), D(2019, 12, 31)),
        (Period.month(2020, 2), D(2020, 2, 1), D(2020, 2, 29)),
        (Period.month(2019, 2), D(2019, 2, 1), D(2019, 2, 28)),
        (Period.month(2019, 12), D(2019, 12, 1), D(2019, 12, 31)),
        (Period.day(D(2021, 1, 12)), D(2021, 1, 12), D(2021, 1, 12)),
    ],
)
def test_named_constructors_give_inclusive_bounds(
    period: Period, start: datetime.date, end: datetime.date
) -> None:
    assert (period.start, period.end) == (start, end)
    assert period == Period(start, end)


@pytest.mark.parametrize(
    ("build", "error", "message"),
    [
        (
            lambda: Period(D(2021, 12, 31), D(2021, 1, 12)),
            ValidationError,
            "Period: 'end' must not be before 'start' (got end 2021-01-12 before start 2021-12-31)",
        ),
        (
            lambda: Period(datetime.datetime(2021, 1, 1), D(2021, 1, 2)),
            WrongTypeError,
            "Period: 'start' must be a datetime.date or a date's text such as '12.01.2021' or "
            "'2021-01-12', not a datetime: pass value.date() "
            "(got datetime.datetime(2021, 1, 1, 0, 0))",
        ),
        (
            lambda: Period(D(2021, 1, 1), 20211231),
            WrongTypeError,
            "Period: 'end' must be a datetime.date or a date's text such as '12.01.2021' or "
            "'2021-01-12' (got 20211231)",
        ),
        (
            lambda: Period.year(2018.0),  # type: ignore[arg-type]
            WrongTypeError,
            "Period: 'year' must be an int (got 2018.0 that is a float)",
        ),
        (lambda: Period.year(True), WrongTypeError, "Period: 'year' must be an int (got True)"),
        (
            lambda: Period.year("2018"),  # type: ignore[arg-type]
            WrongTypeError,
            "Period: 'year' must be an int (got '2018')",
        ),
        (
            lambda: Period.year(0),
            ValidationError,
            "Period: 'year' must be between 1 and 9999 (got 0)",
        ),
        (
            lambda: Period.year(10_000),
            ValidationError,
            "Period: 'year' must be between 1 and 9999 (got 10000)",
        ),
        (
            lambda: Period.span(2021, 2018),
            ValidationError,
            "Period: 'last_year' must not be before 'first_year' "
            "(got last_year 2018 before first_year 2021)",
        ),
        (
            lambda: Period.span(0, 2018),
            ValidationError,
            "Period: 'first_year' must be between 1 and 9999 (got 0)",
        ),
        (
            lambda: Period.quarter(2019, 5),
            ValidationError,
            "Period: 'quarter' must be between 1 and 4 (got 5)",
        ),
        (
            lambda: Period.quarter(2019, 0),
            ValidationError,
            "Period: 'quarter' must be between 1 and 4 (got 0)",
        ),
        (
            lambda: Period.half(2019, 3),
            ValidationError,
            "Period: 'half' must be between 1 and 2 (got 3)",
        ),
        (
            lambda: Period.month(2019, 13),
            ValidationError,
            "Period: 'month' must be between 1 and 12 (got 13)",
        ),
        (
            lambda: Period.coerce(2018.0),  # type: ignore[arg-type]
            WrongTypeError,
            "Period: 'value' must be a Period, an int year or a str (got 2018.0 that is a float)",
        ),
        (
            lambda: Period.coerce(D(2018, 1, 1)),  # type: ignore[arg-type]
            WrongTypeError,
            "Period: 'value' must be a Period, an int year or a str (got datetime.date(2018, 1, 1))",
        ),
    ],
)
def test_bad_arguments_raise_named_errors(
    build: object, error: type[RegionrelError], message: str
) -> None:
    assert callable(build)
    with pytest.raises(error) as caught:
        build()
    assert str(caught.value) == message


def test_start_and_end_are_read_by_the_one_rule_for_dates() -> None:
    # A date's text as the sources write it (day first) or in ISO form, as every
    # class of the library reads dates.
    assert Period("12.01.2021", "2021-12-31") == Period(D(2021, 1, 12), D(2021, 12, 31))
    assert Period.day("12 January 2021") == Period.day(D(2021, 1, 12))  # type: ignore[arg-type]
    with pytest.raises(ParseError) as caught:
        Period("31.02.2021", D(2021, 12, 31))
    assert (caught.value.cls, caught.value.field) == ("Period", "start")


def test_periods_are_frozen_hashable_and_pickle() -> None:
    period = Period.span(2018, 2021)
    with pytest.raises(AttributeError):
        period.start = D(2000, 1, 1)  # type: ignore[misc]
    assert len({period, Period.span(2018, 2021), Period.year(2018)}) == 2
    assert pickle.loads(pickle.dumps(period)) == period
    assert not hasattr(period, "__dict__")


def test_coerce() -> None:
    period = Period.quarter(2019, 2)
    assert Period.coerce(period) is period
    assert Period.coerce(2018) == Period.year(2018)
    assert Period.coerce("2018-2021") == Period.span(2018, 2021)
    assert Period.coerce("20182021") == Period.span(2018, 2021)


# Shapes, texts and reprs ------------------------------------------------------


@pytest.mark.parametrize(
    ("period", "kind", "text", "shown"),
    [
        (Period.year(2018), PeriodKind.YEAR, "2018", "Period.year(2018)"),
        (Period.year(5), PeriodKind.YEAR, "0005", "Period.year(5)"),
        (Period.span(2018, 2021), PeriodKind.YEARS, "2018-2021", "Period.span(2018, 2021)"),
        (Period.half(2019, 2), PeriodKind.HALF_YEAR, "2019-H2", "Period.half(2019, 2)"),
        (Period.quarter(2019, 2), PeriodKind.QUARTER, "2019-Q2", "Period.quarter(2019, 2)"),
        (Period.month(2019, 5), PeriodKind.MONTH, "2019-05", "Period.month(2019, 5)"),
        (
            Period(D(2019, 1, 1), D(2019, 9, 30)),
            PeriodKind.MONTHS,
            "2019-01/2019-09",
            "Period(datetime.date(2019, 1, 1), datetime.date(2019, 9, 30))",
        ),
        (
            Period(D(2019, 4, 1), D(2019, 9, 30)),
            PeriodKind.MONTHS,
            "2019-04/2019-09",
            "Period(datetime.date(2019, 4, 1), datetime.date(2019, 9, 30))",
        ),
        (
            Period(D(2019, 2, 1), D(2019, 4, 30)),
            PeriodKind.MONTHS,
            "2019-02/2019-04",
            "Period(datetime.date(2019, 2, 1), datetime.date(2019, 4, 30))",
        ),
        (
            Period(D(2019, 7, 1), D(2020, 6, 30)),
            PeriodKind.MONTHS,
            "2019-07/2020-06",
            "Period(datetime.date(2019, 7, 1), datetime.date(2020, 6, 30))",
        ),
        (
            Period(D(2019, 1, 1), D(2019, 12, 30)),
            PeriodKind.DAYS,
            "2019-01-01/2019-12-30",
            "Period(datetime.date(2019, 1, 1), datetime.date(2019, 12, 30))",
        ),
        (
            Period.day(D(2021, 1, 12)),
            PeriodKind.DAY,
            "2021-01-12",
            "Period.day(datetime.date(2021, 1, 12))",
        ),
        (
            Period(D(2021, 1, 12), D(2021, 12, 31)),
            PeriodKind.DAYS,
            "2021-01-12/2021-12-31",
            "Period(datetime.date(2021, 1, 12), datetime.date(2021, 12, 31))",
        ),
    ],
)
def test_kind_str_and_repr(period: Period, kind: PeriodKind, text: str, shown: str) -> None:
    assert period.kind is kind
    assert str(period) == text
    assert repr(period) == shown
    assert period.is_year is (kind is PeriodKind.YEAR)
    assert period.is_quarter is (kind is PeriodKind.QUARTER)
    assert period.is_month is (kind is PeriodKind.MONTH)


@given(periods)
def test_parse_reads_back_the_canonical_text(period: Period) -> None:
    assert Period.parse(str(period)) == period
    assert parse_period(str(period)) == period


@given(periods)
def test_repr_rebuilds_the_period(period: Period) -> None:
    assert eval(repr(period), {"Period": Period, "datetime": datetime}) == period


@given(periods, periods)
def test_order_is_by_start_then_end(a: Period, b: Period) -> None:
    assert (a < b) == ((a.start, a.end) < (b.start, b.end))
    assert (a <= b) == ((a.start, a.end) <= (b.start, b.end))
    assert sorted([a, b]) == sorted([b, a])


# Measures and relations ------------------------------------------------------------


def test_years_and_days() -> None:
    assert Period.span(2018, 2021).years == (2018, 2019, 2020, 2021)
    assert Period.quarter(2019, 2).years == (2019,)
    assert Period(D(2020, 12, 31), D(2021, 1, 1)).years == (2020, 2021)
    assert Period.year(2020).days == 366
    assert Period.year(2019).days == 365
    assert Period.quarter(2019, 1).days == 90
    assert Period.day(D(2021, 1, 12)).days == 1


@given(periods)
def test_days_and_years_agree_with_the_bounds(period: Period) -> None:
    assert period.days == period.end.toordinal() - period.start.toordinal() + 1
    assert period.years[0] == period.start.year
    assert period.years[-1] == period.end.year
    assert len(period.years) == period.end.year - period.start.year + 1


def test_membership() -> None:
    q2 = Period.quarter(2019, 2)
    assert D(2019, 4, 1) in q2
    assert D(2019, 6, 30) in q2
    assert D(2019, 3, 31) not in q2
    assert D(2019, 7, 1) not in q2
    assert Period.month(2019, 5) in q2
    assert Period.month(2019, 7) not in q2
    assert q2.contains(D(2019, 5, 5))
    assert not q2.contains(D(2019, 7, 5))


@pytest.mark.parametrize(
    ("item", "message"),
    [
        (
            datetime.datetime(2019, 5, 1),
            "Period: 'item' must be a datetime.date or a Period "
            "(got datetime.datetime(2019, 5, 1, 0, 0))",
        ),
        ("2019-05-01", "Period: 'item' must be a datetime.date or a Period (got '2019-05-01')"),
        (2019, "Period: 'item' must be a datetime.date or a Period (got 2019)"),
    ],
)
def test_membership_of_a_wrong_type_is_an_error(item: object, message: str) -> None:
    with pytest.raises(WrongTypeError) as caught:
        _ = item in Period.year(2019)
    assert str(caught.value) == message


@pytest.mark.parametrize("method", ["overlaps", "intersection"])
def test_relations_need_a_period(method: str) -> None:
    with pytest.raises(WrongTypeError) as caught:
        getattr(Period.year(2019), method)(2019)
    assert str(caught.value) == f"Period.{method}: 'other' must be a Period (got 2019)"


def test_overlap_and_intersection() -> None:
    assert Period.span(2018, 2020).intersection(Period.span(2020, 2021)) == Period.year(2020)
    assert Period.year(2018).intersection(Period.year(2019)) is None
    assert not Period.year(2018).overlaps(Period.year(2019))
    assert Period.year(2019).intersection(Period.quarter(2019, 3)) == Period.quarter(2019, 3)
    touching = Period(D(2019, 1, 1), D(2019, 3, 31)), Period(D(2019, 3, 31), D(2019, 5, 1))
    assert touching[0].intersection(touching[1]) == Period.day(D(2019, 3, 31))


@given(periods, periods)
def test_intersection_is_the_common_days(a: Period, b: Period) -> None:
    common = a.intersection(b)
    assert common == b.intersection(a)
    assert (common is not None) == a.overlaps(b) == b.overlaps(a)
    if common is None:
        assert a.end < b.start or b.end < a.start
    else:
        assert a.contains(common)
        assert b.contains(common)
        assert common.start in a
        assert common.start in b
        assert common.end in a
        assert common.end in b


@given(periods, dates)
def test_a_date_is_in_a_period_between_its_bounds(period: Period, day: datetime.date) -> None:
    assert (day in period) == (period.start <= day <= period.end)
    assert (day in period) == period.contains(Period.day(day))


@given(periods, periods)
def test_containment_is_intersection_equal_to_the_inner(a: Period, b: Period) -> None:
    assert a.contains(b) == (a.intersection(b) == b)
    assert (b in a) == a.contains(b)


# Moving in time ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("period", "before", "after"),
    [
        (Period.year(2018), Period.year(2017), Period.year(2019)),
        (Period.span(2018, 2021), Period.span(2014, 2017), Period.span(2022, 2025)),
        (Period.half(2019, 1), Period.half(2018, 2), Period.half(2019, 2)),
        (Period.quarter(2019, 1), Period.quarter(2018, 4), Period.quarter(2019, 2)),
        (Period.month(2020, 3), Period.month(2020, 2), Period.month(2020, 4)),
        (
            Period(D(2019, 1, 1), D(2019, 9, 30)),
            Period(D(2018, 4, 1), D(2018, 12, 31)),
            Period(D(2019, 10, 1), D(2020, 6, 30)),
        ),
        (Period.day(D(2021, 1, 1)), Period.day(D(2020, 12, 31)), Period.day(D(2021, 1, 2))),
        (
            Period(D(2021, 1, 12), D(2021, 1, 21)),
            Period(D(2021, 1, 2), D(2021, 1, 11)),
            Period(D(2021, 1, 22), D(2021, 1, 31)),
        ),
    ],
)
def test_previous_and_next(period: Period, before: Period, after: Period) -> None:
    assert period.previous() == before
    assert period.next() == after


def test_shift_keeps_the_shape() -> None:
    assert Period.quarter(2019, 2).shift(years=-1) == Period.quarter(2018, 2)
    assert Period.month(2020, 2).shift(years=1) == Period.month(2021, 2)
    assert Period.month(2019, 11).shift(months=3) == Period.month(2020, 2)
    assert Period.day(D(2020, 2, 29)).shift(years=1) == Period.day(D(2021, 2, 28))
    jan_feb = Period(D(2020, 1, 15), D(2020, 2, 29))
    assert jan_feb.shift(years=-1) == Period(D(2019, 1, 15), D(2019, 2, 28))
    assert Period(D(2019, 1, 31), D(2019, 3, 30)).shift(months=1) == Period(
        D(2019, 2, 28), D(2019, 4, 30)
    )


@pytest.mark.parametrize(
    ("move", "error", "message"),
    [
        (
            lambda: Period.year(1).previous(),
            ValidationError,
            "Period: 'shift' would move 0001-01-01 out of the years 1 to 9999 (got -12)",
        ),
        (
            lambda: Period.year(9999).next(),
            ValidationError,
            "Period: 'shift' would move 9999-01-01 out of the years 1 to 9999 (got 12)",
        ),
        (
            lambda: Period.day(D(1, 1, 1)).previous(),
            ValidationError,
            "Period: 'previous' would start before the year 1 "
            "(got Period.day(datetime.date(1, 1, 1)))",
        ),
        (
            lambda: Period(D(9999, 12, 1), D(9999, 12, 30)).next(),
            ValidationError,
            "Period: 'next' would end after the year 9999 "
            "(got Period(datetime.date(9999, 12, 1), datetime.date(9999, 12, 30)))",
        ),
        (
            lambda: Period.year(2019).shift(years=True),
            WrongTypeError,
            "Period: 'years' must be an int (got True)",
        ),
        (
            lambda: Period.year(2019).shift(months=1.5),  # type: ignore[arg-type]
            WrongTypeError,
            "Period: 'months' must be an int (got 1.5 that is a float)",
        ),
        (
            lambda: Period.year(2019).shift(years=20_000),
            ValidationError,
            "Period: 'years' must be between -10000 and 10000 (got 20000)",
        ),
    ],
)
def test_moves_out_of_range_are_errors(
    move: object, error: type[RegionrelError], message: str
) -> None:
    assert callable(move)
    with pytest.raises(error) as caught:
        move()
    assert str(caught.value) == message


@given(shaped_periods | month_ranges())
def test_previous_and_next_undo_each_other(period: Period) -> None:
    assume(period.start.year > datetime.MINYEAR + 61 and period.end.year < datetime.MAXYEAR - 61)
    before, after = period.previous(), period.next()
    assert before.next() == period
    assert after.previous() == period
    assert before.kind is period.kind is after.kind
    assert before.end + datetime.timedelta(days=1) == period.start
    assert period.end + datetime.timedelta(days=1) == after.start


@given(month_ranges(), st.integers(-50, 50), st.integers(-30, 30))
def test_shifting_whole_months_is_undone_by_the_opposite_shift(
    period: Period, years_: int, months: int
) -> None:
    assume(period.start.year > 100 and period.end.year < 9900)
    moved = period.shift(years=years_, months=months)
    assert moved.shift(years=-years_, months=-months) == period
    assert _months(moved) == _months(period)
    if months == 0:
        assert moved.kind is period.kind


def _months(period: Period) -> int:
    return (period.end.year - period.start.year) * 12 + period.end.month - period.start.month


@given(periods, st.integers(-50, 50))
def test_shifting_keeps_the_order_of_the_bounds(period: Period, years_: int) -> None:
    assume(period.start.year > 100 and period.end.year < 9900)
    moved = period.shift(years=years_)
    assert moved.start.year == period.start.year + years_
    assert moved.end.year == period.end.year + years_


# Reading periods from text ----------------------------------------------------------

SEED_TEXTS = [
    ("2018-2021", Period.span(2018, 2021)),
    ("2018–2021", Period.span(2018, 2021)),
    ("2018—2021", Period.span(2018, 2021)),
    ("2018 - 2021", Period.span(2018, 2021)),
    ("2018/2021", Period.span(2018, 2021)),
    ("2018 − 2021", Period.span(2018, 2021)),
    ("for 2018-2020", Period.span(2018, 2020)),
    ("from 2018 to 2021", Period.span(2018, 2021)),
    ("over 2018 through 2021", Period.span(2018, 2021)),
    ("in 2018", Period.year(2018)),
    ("2018", Period.year(2018)),
    (" 2018. ", Period.year(2018)),
    ("the year 2018", Period.year(2018)),
    ("II quarter 2019", Period.quarter(2019, 2)),
    ("Q2 2019", Period.quarter(2019, 2)),
    ("q4 2019", Period.quarter(2019, 4)),
    ("2019 Q2", Period.quarter(2019, 2)),
    ("2019-Q2", Period.quarter(2019, 2)),
    ("2nd quarter of 2019", Period.quarter(2019, 2)),
    ("the fourth quarter of 2020", Period.quarter(2020, 4)),
    ("in the first quarter of 2021", Period.quarter(2021, 1)),
    ("2019, III quarter", Period.quarter(2019, 3)),
    ("I-III quarters of 2019", Period(D(2019, 1, 1), D(2019, 9, 30))),
    ("H1 2019", Period.half(2019, 1)),
    ("2019-H2", Period.half(2019, 2)),
    ("first half of 2019", Period.half(2019, 1)),
    ("second half-year 2019", Period.half(2019, 2)),
    ("May 2019", Period.month(2019, 5)),
    ("Sept 2019", Period.month(2019, 9)),
    ("2019-05", Period.month(2019, 5)),
    ("January-March 2019", Period.quarter(2019, 1)),
    ("2019-01/2019-09", Period(D(2019, 1, 1), D(2019, 9, 30))),
    ("12.01.2021-31.12.2021", Period(D(2021, 1, 12), D(2021, 12, 31))),
    ("12.01.2021 – 31.12.2021", Period(D(2021, 1, 12), D(2021, 12, 31))),
    ("2021-01-12/2021-12-31", Period(D(2021, 1, 12), D(2021, 12, 31))),
    ("01.01.2019-31.12.2019", Period.year(2019)),
    ("12.01.2021", Period.day(D(2021, 1, 12))),
    ("2021-01-12", Period.day(D(2021, 1, 12))),
    ("12 January 2021", Period.day(D(2021, 1, 12))),
    ("12th of January 2021", Period.day(D(2021, 1, 12))),
    ("January 12, 2021 - December 31, 2021", Period(D(2021, 1, 12), D(2021, 12, 31))),
    ("2018-2021 годы", Period.span(2018, 2021)),
    ("2018-2021 гг.", Period.span(2018, 2021)),
    ("на 2018-2020 годы", Period.span(2018, 2020)),
    ("с 2018 по 2021 год", Period.span(2018, 2021)),
    ("за 2018 г.", Period.year(2018)),
    ("в 2018 году", Period.year(2018)),
    ("II квартал 2019 г.", Period.quarter(2019, 2)),
    ("2 кв. 2019", Period.quarter(2019, 2)),
    ("2-й квартал 2019 года", Period.quarter(2019, 2)),
    ("в третьем квартале 2019 г.", Period.quarter(2019, 3)),
    ("I-III кварталы 2019 г.", Period(D(2019, 1, 1), D(2019, 9, 30))),
    ("1-3 кв. 2019", Period(D(2019, 1, 1), D(2019, 9, 30))),
    ("I полугодие 2019 года", Period.half(2019, 1)),
    ("во втором полугодии 2019 г.", Period.half(2019, 2)),
    ("январь 2019", Period.month(2019, 1)),
    ("в мае 2019 года", Period.month(2019, 5)),
    ("январь-сентябрь 2019 г.", Period(D(2019, 1, 1), D(2019, 9, 30))),
    ("12 января 2021 г.", Period.day(D(2021, 1, 12))),
    ("12 January – 31 December 2021", Period(D(2021, 1, 12), D(2021, 12, 31))),
    ("January 12 - December 31, 2021", Period(D(2021, 1, 12), D(2021, 12, 31))),
    ("с 12 января по 31 декабря 2021 г.", Period(D(2021, 1, 12), D(2021, 12, 31))),
    ("1st January - 30th June 2019", Period.half(2019, 1)),
    ("9 months of 2019", Period(D(2019, 1, 1), D(2019, 9, 30))),
    ("за 9 месяцев 2019 года", Period(D(2019, 1, 1), D(2019, 9, 30))),
    ("Q1-Q3 2019", Period(D(2019, 1, 1), D(2019, 9, 30))),
    ("2019Q2", Period.quarter(2019, 2)),
    ("в 2018г.", Period.year(2018)),
    ("2018-2021гг.", Period.span(2018, 2021)),
    ("2-е полугодие 2019", Period.half(2019, 2)),
    ("с 12.01.2021 по 31.12.2021", Period(D(2021, 1, 12), D(2021, 12, 31))),
]


@pytest.mark.parametrize(("text", "period"), SEED_TEXTS)
def test_parse_period_reads_the_sources_conventions(text: str, period: Period) -> None:
    found = PeriodText.parse(text)
    assert found.period == period
    assert found.text == text
    assert not found.repaired
    assert found.repairs == ()
    assert regionrel.parse_period(text) == period


def test_a_lost_dash_is_repaired_and_noted() -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        found = PeriodText.parse("for the period 20182021")
    assert found.period == Period.span(2018, 2021)
    assert found.repaired
    assert found.repairs == (
        "read '20182021' at position 15 as 2018-2021: the dash between the two years was lost",
    )
    assert parse_period("20182021") == Period.span(2018, 2021)
    assert parse_period("на 20182021 годы") == Period.span(2018, 2021)
    assert parse_period("20202020") == Period.year(2020)


def test_a_lost_dash_is_an_error_when_repairs_are_refused() -> None:
    with pytest.raises(ParseError) as caught:
        parse_period("for 20182021", repair=False)
    assert str(caught.value) == (
        "parse_period: 'text' needs a repair, and repair=False: read '20182021' at position 4 "
        "as 2018-2021: the dash between the two years was lost (got 'for 20182021')"
    )
    assert Period.parse("2018-2021", repair=False) == Period.span(2018, 2021)


@given(years, st.integers(0, MAX_LOST_DASH_YEARS))
def test_any_two_close_years_run_together_read_as_a_span(first: int, length: int) -> None:
    assume(first >= 1000 and first + length <= 9999)
    found = PeriodText.parse(f"{first}{first + length}")
    assert found.period == Period.span(first, first + length)
    assert found.repaired


@given(st.integers(1000, 9999), st.integers(1000, 9999))
def test_other_eight_digits_are_refused(first: int, last: int) -> None:
    assume(not 0 <= last - first <= MAX_LOST_DASH_YEARS)
    with pytest.raises(ParseError, match="not two years run together"):
        parse_period(f"{first}{last}")


_DASHES = st.sampled_from(["-", "–", "—", " - ", " – ", "−"])


@given(
    st.integers(1000, 9999), st.integers(0, 60), _DASHES, st.sampled_from(["", " годы", " гг."])
)
def test_spans_with_any_dash(first: int, length: int, dash: str, suffix: str) -> None:
    last = min(first + length, 9999)
    assert parse_period(f"{first}{dash}{last}{suffix}") == Period.span(first, last)


_ROMAN = ["I", "II", "III", "IV"]
_ORDINAL = ["1st", "2nd", "3rd", "4th"]


@given(st.integers(1000, 9999), st.integers(1, 4), st.integers(0, 4))
def test_quarters_in_every_form(year: int, quarter: int, form: int) -> None:
    text = [
        f"{_ROMAN[quarter - 1]} quarter {year}",
        f"Q{quarter} {year}",
        f"{year} Q{quarter}",
        f"{_ORDINAL[quarter - 1]} quarter of {year}",
        f"{_ROMAN[quarter - 1]} квартал {year} г.",
    ][form]
    assert parse_period(text) == Period.quarter(year, quarter)


_RUSSIAN_MONTHS = "январь февраль март апрель май июнь июль август сентябрь октябрь ноябрь декабрь"


@given(st.integers(1000, 9999), st.integers(1, 12))
def test_months_in_words(year: int, month: int) -> None:
    english = datetime.date(2000, month, 1).strftime("%B")
    assert parse_period(f"{english} {year}") == Period.month(year, month)
    assert parse_period(f"{english[:3]} {year}") == Period.month(year, month)
    russian = _RUSSIAN_MONTHS.split()[month - 1]
    assert parse_period(f"{russian} {year} г.") == Period.month(year, month)


@given(st.text(max_size=40))
def test_any_text_gives_a_period_or_a_parse_error(text: str) -> None:
    outcome = _parse_or_error(text)
    if isinstance(outcome, ParseError):
        assert outcome.text == text
        assert outcome.position is None or 0 <= outcome.position <= len(text)
    else:
        assert isinstance(outcome, Period)


def _parse_or_error(text: str) -> Period | ParseError:
    try:
        return parse_period(text)
    except ParseError as exc:
        return exc


@given(st.text(alphabet="0123456789-–./ QqHhIV", max_size=24))
def test_period_like_text_gives_a_period_or_a_parse_error(text: str) -> None:
    outcome = _parse_or_error(text)
    assert isinstance(outcome, Period) or outcome.text == text


BAD_TEXTS = [
    ("", "parse_period: 'text' has no period in it (got '')"),
    ("   ", "parse_period: 'text' has no period in it (got '   ')"),
    ("for the", "parse_period: 'text' has no period in it (got 'for the')"),
    (
        "2021-2018",
        "parse_period: 'text' ends before it starts: 2018 is before 2021 "
        "(got '2021-2018', stopped at position 5 before '2018')",
    ),
    (
        "31.12.2021-12.01.2021",
        "parse_period: 'text' ends before it starts: '12.01.2021' is before '31.12.2021' "
        "(got '31.12.2021-12.01.2021', stopped at position 11 before '12.01.2021')",
    ),
    (
        "20212018",
        "parse_period: 'text' has eight digits '20212018' that are not two years run together "
        "(the second year must be 0 to 50 years after the first) "
        "(got '20212018', stopped at position 0 before '20212018')",
    ),
    (
        "2018-21",
        "parse_period: 'text' has '2018-21', which is neither a month (YYYY-MM) nor a span of "
        "years; write the last year in full (got '2018-21', stopped at position 0 before '2018-21')",
    ),
    (
        "Q5 2019",
        "parse_period: 'text' names no period: quarter must be between 1 and 4 (got 5) "
        "(got 'Q5 2019', stopped at position 0 before 'Q5 2019')",
    ),
    (
        "V quarter 2019",
        "parse_period: 'text' has a word that does not belong to a period: 'V' "
        "(got 'V quarter 2019', stopped at position 0 before 'V quarter 2019')",
    ),
    (
        "5th quarter 2019",
        "parse_period: 'text' names no period: quarter must be between 1 and 4 (got 5) "
        "(got '5th quarter 2019', stopped at position 0 before '5th quarter 2019')",
    ),
    (
        "III-I quarters 2019",
        "parse_period: 'text' ends before it starts: 'I' is before 'III' "
        "(got 'III-I quarters 2019', stopped at position 4 before 'I quarters 2019')",
    ),
    (
        "31.02.2021",
        "parse_period: 'text' has a date that cannot be read: is not a date that exists: "
        "February 2021 has 28 days (got '31.02.2021', stopped at position 0 before '31.02.2021')",
    ),
    (
        "30 February 2021",
        "parse_period: 'text' is not a date that exists: February 2021 has 28 days "
        "(got '30 February 2021', stopped at position 0 before '30 February 2021')",
    ),
    (
        "12.01.21-31.12.21",
        "parse_period: 'text' has a date that cannot be read: has a two-digit year, which could "
        "be in either century; write the year in full "
        "(got '12.01.21-31.12.21', stopped at position 0 before '12.01.21-31.12.21')",
    ),
    (
        "2018 2019",
        "parse_period: 'text' is not a period this library reads (such as '2018', '2018-2021', "
        "'Q2 2019', 'May 2019' or '12.01.2021-31.12.2021') "
        "(got '2018 2019', stopped at position 5 before '2019')",
    ),
    (
        "2018-",
        "parse_period: 'text' is not a period this library reads (such as '2018', '2018-2021', "
        "'Q2 2019', 'May 2019' or '12.01.2021-31.12.2021') "
        "(got '2018-', stopped at position 5 at the end)",
    ),
    (
        "до 2021 года",
        "parse_period: 'text' is not a period this library reads (such as '2018', '2018-2021', "
        "'Q2 2019', 'May 2019' or '12.01.2021-31.12.2021') "
        "(got 'до 2021 года', stopped at position 0 before 'до 2021 года')",
    ),
    (
        "2018 or so",
        "parse_period: 'text' has a word that does not belong to a period: 'or' "
        "(got '2018 or so', stopped at position 5 before 'or so')",
    ),
    (
        "2018-2021@",
        "parse_period: 'text' has a character that does not belong to a period: '@' "
        "(got '2018-2021@', stopped at position 9 before '@')",
    ),
    (
        "201",
        "parse_period: 'text' has a number of 3 digits: '201' "
        "(got '201', stopped at position 0 before '201')",
    ),
    (
        "0000",
        "parse_period: 'text' names no period: year must be between 1 and 9999 (got 0) "
        "(got '0000', stopped at position 0 before '0000')",
    ),
    (
        "0000-05",
        "parse_period: 'text' names no period: year must be between 1 and 9999 (got 0) "
        "(got '0000-05', stopped at position 0 before '0000-05')",
    ),
    (
        "January-March 0000",
        "parse_period: 'text' names no period: year must be between 1 and 9999 (got 0) "
        "(got 'January-March 0000', stopped at position 0 before 'January-March 0000')",
    ),
    (
        "13 months of 2019",
        "parse_period: 'text' has 13 months, but a year has 12 "
        "(got '13 months of 2019', stopped at position 0 before '13 months of 2019')",
    ),
    (
        "31 December - 12 January 2021",
        "parse_period: 'text' ends before it starts: '12 January 2021' is before '31 December' "
        "(got '31 December - 12 January 2021', stopped at position 14 before '12 January 2021')",
    ),
    (
        "December 31 - January 12, 2021",
        "parse_period: 'text' ends before it starts: 'January 12, 2021' is before 'December 31' "
        "(got 'December 31 - January 12, 2021', stopped at position 14 before 'January 12, 2021')",
    ),
    (
        "31 February – 3 March 2021",
        "parse_period: 'text' is not a date that exists: February 2021 has 28 days "
        "(got '31 February – 3 March 2021', stopped at position 0 before '31 February – 3 Marc')",
    ),
    (
        "Q3-Q1 2019",
        "parse_period: 'text' ends before it starts: 'Q1' is before 'Q3' "
        "(got 'Q3-Q1 2019', stopped at position 3 before 'Q1 2019')",
    ),
    (
        "x" * 101,
        "parse_period: 'text' is longer than 100 characters, too long for a period "
        f"(got '{'x' * 80}...' (101 characters))",
    ),
]


@pytest.mark.parametrize(("text", "message"), BAD_TEXTS)
def test_bad_text_raises_a_parse_error_saying_where_it_stopped(text: str, message: str) -> None:
    with pytest.raises(ParseError) as caught:
        parse_period(text)
    assert str(caught.value) == message
    assert caught.value.text == text


@pytest.mark.parametrize("value", [2018, b"2018", None])
def test_parse_period_needs_a_str(value: object) -> None:
    with pytest.raises(WrongTypeError) as caught:
        parse_period(value)  # type: ignore[arg-type]
    assert str(caught.value) == f"parse_period: 'text' must be a str (got {value!r}" + (
        " that is a bytes)" if isinstance(value, bytes) else ")"
    )


# The numbered forms of quarters and half-years, and the edges of the calendar ---------


def _numbered_texts(year: int, first: int, last: int, marker: str, letter: str) -> list[str]:
    """Every way of writing numbered periods *first* to *last* of *year*."""
    one = [
        f"{_ROMAN[first - 1]} {marker} {year}",
        f"{letter}{first} {year}",
        f"{year}, {_ORDINAL[first - 1]} {marker}",
        f"{year} {letter}{first}",
        f"{year}-{letter}{first}",
    ]
    ranges = [
        f"{_ROMAN[first - 1]}-{_ROMAN[last - 1]} {marker} {year}",
        f"{letter}{first}-{letter}{last} {year}",
    ]
    return one if first == last else ranges


@given(st.integers(1000, 9999), st.integers(1, 4), st.integers(1, 4))
def test_quarters_and_runs_of_quarters_in_every_numbered_form(
    year: int, first: int, last: int
) -> None:
    assume(first <= last)
    expected = Period(Period.quarter(year, first).start, Period.quarter(year, last).end)
    for text in _numbered_texts(year, first, last, "quarter", "Q"):
        assert parse_period(text) == expected, text


@given(st.integers(1000, 9999), st.integers(1, 2), st.integers(1, 2))
def test_half_years_in_every_numbered_form(year: int, first: int, last: int) -> None:
    assume(first <= last)
    expected = Period(Period.half(year, first).start, Period.half(year, last).end)
    for text in _numbered_texts(year, first, last, "half", "H"):
        assert parse_period(text) == expected, text
    assert parse_period(f"{_ROMAN[first - 1]} полугодие {year}") == Period.half(year, first)


NUMBERED_BAD_TEXTS = [
    ("2019 5th quarter", "quarter must be between 1 and 4 (got 5)", 5, "5th quarter"),
    ("2019 0th quarter", "quarter must be between 1 and 4 (got 0)", 5, "0th quarter"),
    ("2019 Q5", "quarter must be between 1 and 4 (got 5)", 5, "Q5"),
    ("2019-H3", "half must be between 1 and 2 (got 3)", 5, "H3"),
    ("H3 2019", "half must be between 1 and 2 (got 3)", 0, "H3 2019"),
    ("3rd half 2019", "half must be between 1 and 2 (got 3)", 0, "3rd half 2019"),
    ("2019, 3rd half-year", "half must be between 1 and 2 (got 3)", 6, "3rd half-year"),
    ("Q1-Q5 2019", "quarter must be between 1 and 4 (got 5)", 3, "Q5 2019"),
    ("Q0-Q2 2019", "quarter must be between 1 and 4 (got 0)", 0, "Q0-Q2 2019"),
    ("1-5 кв. 2019", "quarter must be between 1 and 4 (got 5)", 2, "5 кв. 2019"),
    ("H1-H3 2019", "half must be between 1 and 2 (got 3)", 3, "H3 2019"),
]


@pytest.mark.parametrize(("text", "rule", "position", "rest"), NUMBERED_BAD_TEXTS)
def test_a_number_beyond_the_quarters_or_halves_names_no_period(
    text: str, rule: str, position: int, rest: str
) -> None:
    with pytest.raises(ParseError) as caught:
        parse_period(text)
    assert caught.value.text == text
    assert caught.value.position == position
    assert str(caught.value) == (
        f"parse_period: 'text' names no period: {rule} "
        f"(got {text!r}, stopped at position {position} before {rest!r})"
    )


def test_moves_up_to_the_edges_of_the_calendar() -> None:
    assert Period(D(1, 1, 3), D(1, 1, 4)).previous() == Period(D(1, 1, 1), D(1, 1, 2))
    assert Period(D(9999, 12, 22), D(9999, 12, 26)).next() == Period(
        D(9999, 12, 27), D(9999, 12, 31)
    )
    with pytest.raises(ValidationError) as before:
        Period(D(1, 1, 2), D(1, 1, 3)).previous()
    assert (before.value.field, before.value.rule) == ("previous", "would start before the year 1")
    with pytest.raises(ValidationError) as after:
        Period(D(9999, 12, 23), D(9999, 12, 27)).next()
    assert (after.value.field, after.value.rule) == ("next", "would end after the year 9999")


@pytest.mark.parametrize(
    ("text", "position", "where"),
    [
        ("2019 quarter", 5, "before 'quarter'"),
        ("2019 9 months", 7, "before 'months'"),
        ("2019 half", 5, "before 'half'"),
        ("2019 полугодие", 5, "before 'полугодие'"),
        ("May 2019 to", 9, "before 'to'"),
        ("2019 to", 7, "at the end"),
    ],
)
def test_a_word_out_of_place_is_where_reading_stops(text: str, position: int, where: str) -> None:
    with pytest.raises(ParseError) as caught:
        parse_period(text)
    assert caught.value.position == position
    assert str(caught.value) == (
        "parse_period: 'text' is not a period this library reads (such as '2018', '2018-2021', "
        f"'Q2 2019', 'May 2019' or '12.01.2021-31.12.2021') (got {text!r}, "
        f"stopped at position {position} {where})"
    )


def test_shifts_reach_the_first_and_last_years() -> None:
    assert Period.year(2).shift(years=-1) == Period.year(1)
    assert Period.year(9998).shift(years=1) == Period.year(9999)
    with pytest.raises(ValidationError) as caught:
        Period.year(2019).shift(months=-120_000)
    assert caught.value.field == "shift"


@pytest.mark.parametrize("months", [120_001, -120_001])
def test_a_shift_of_more_than_ten_thousand_years_of_months_is_refused(months: int) -> None:
    with pytest.raises(ValidationError) as caught:
        Period.year(2019).shift(months=months)
    assert str(caught.value) == (
        f"Period: 'months' must be between -120000 and 120000 (got {months})"
    )


def test_only_the_end_keeps_to_the_end_of_its_month() -> None:
    assert Period(D(2019, 2, 28), D(2019, 3, 15)).shift(months=1) == Period(
        D(2019, 3, 28), D(2019, 4, 15)
    )
    assert Period(D(2019, 1, 1), D(2019, 1, 15)).shift(months=1) == Period(
        D(2019, 2, 1), D(2019, 2, 15)
    )
    assert Period(D(2019, 2, 28), D(2019, 3, 31)).shift(months=1) == Period(
        D(2019, 3, 28), D(2019, 4, 30)
    )


def test_period_parse_passes_repair_on() -> None:
    with pytest.raises(ParseError, match="needs a repair, and repair=False"):
        Period.parse("20182021", repair=False)
    assert Period.parse("20182021") == Period.span(2018, 2021)


def test_a_range_of_one_day_and_ordinal_words_in_messages() -> None:
    assert parse_period("12.01.2021-12.01.2021") == Period.day(D(2021, 1, 12))
    with pytest.raises(ParseError) as third:
        parse_period("third half 2019")
    assert third.value.position == 0
    with pytest.raises(ParseError) as backwards:
        parse_period("fourth-first quarters 2019")
    assert str(backwards.value) == (
        "parse_period: 'text' ends before it starts: 'first' is before 'fourth' "
        "(got 'fourth-first quarters 2019', stopped at position 7 before 'first quarters 2019')"
    )


def test_dates_in_words_and_the_longest_text() -> None:
    assert parse_period("January 12th 2021") == Period.day(D(2021, 1, 12))
    with pytest.raises(ParseError) as caught:
        parse_period("December 31 2021 - January 12 2021")
    assert str(caught.value) == (
        "parse_period: 'text' ends before it starts: 'January 12 2021' is before "
        "'December 31 2021' (got 'December 31 2021 - January 12 2021', stopped at position 19 "
        "before 'January 12 2021')"
    )
    longest = "2018".ljust(100)
    assert len(longest) == MAX_PERIOD_TEXT
    assert parse_period(longest) == Period.year(2018)


@pytest.mark.parametrize(
    ("text", "rule", "position"),
    [
        (
            "2019-13",
            "has '2019-13', which is neither a month (YYYY-MM) nor a span of years; "
            "write the last year in full",
            0,
        ),
        (
            "- 2018",
            "is not a period this library reads (such as '2018', '2018-2021', 'Q2 2019', "
            "'May 2019' or '12.01.2021-31.12.2021')",
            0,
        ),
        ("3rd-1st quarters 2019", "ends before it starts: '1st' is before '3rd'", 4),
        ("2019-05/2019-03", "ends before it starts: '2019-03' is before '2019-05'", 8),
    ],
)
def test_more_bad_texts_name_the_rule_and_the_place(text: str, rule: str, position: int) -> None:
    with pytest.raises(ParseError) as caught:
        parse_period(text)
    assert caught.value.position == position
    assert str(caught.value) == (
        f"parse_period: 'text' {rule} (got {text!r}, stopped at position {position} "
        f"before {text[position:]!r})"
    )


def test_a_span_names_its_last_year_out_of_range() -> None:
    with pytest.raises(ValidationError) as caught:
        Period.span(2018, 10_000)
    assert str(caught.value) == "Period: 'last_year' must be between 1 and 9999 (got 10000)"


def test_a_range_of_two_dates_in_words_with_their_years() -> None:
    assert parse_period("12 January 2021 - 31 December 2021") == Period(
        D(2021, 1, 12), D(2021, 12, 31)
    )


# Huge ints (issue 18): every call that takes a year, a number of a part of a year or a
# shift gives the library's own error, with the value described, not written out: Python
# refuses to write an int of more than 4,300 digits, and a message must not try.

HUGE = 10**5000


@pytest.mark.parametrize(
    ("call", "field"),
    [
        (lambda: Period.year(HUGE), "year"),
        (lambda: Period.year(-HUGE), "year"),
        (lambda: Period.span(HUGE, 2020), "first_year"),
        (lambda: Period.span(2018, HUGE), "last_year"),
        (lambda: Period.half(HUGE, 1), "year"),
        (lambda: Period.half(2019, HUGE), "half"),
        (lambda: Period.quarter(2019, -HUGE), "quarter"),
        (lambda: Period.month(2019, HUGE), "month"),
        (lambda: Period.coerce(HUGE), "year"),
        (lambda: Period.year(2019).shift(years=HUGE), "years"),
        (lambda: Period.year(2019).shift(months=-HUGE), "months"),
    ],
)
def test_a_huge_int_gets_a_named_error_with_a_short_message(
    call: Callable[[], object], field: str
) -> None:
    with pytest.raises(ValidationError) as info:
        call()
    assert info.value.cls == "Period"
    assert info.value.field == field
    assert info.value.rule.startswith("must be between ")
    assert str(info.value).endswith("(got an int of about 5001 digits)")


@pytest.mark.parametrize(
    "call",
    [
        lambda: Period(HUGE, D(2021, 1, 1)),
        lambda: Period.day(HUGE),  # type: ignore[arg-type]
        lambda: HUGE in Period.year(2019),
        lambda: Period.year(2019).overlaps(HUGE),  # type: ignore[arg-type]
        lambda: Period.parse(HUGE),  # type: ignore[arg-type]
        lambda: parse_period(HUGE),  # type: ignore[arg-type]
    ],
)
def test_a_huge_int_where_a_date_or_text_belongs_is_a_wrong_type(
    call: Callable[[], object],
) -> None:
    with pytest.raises(WrongTypeError, match=r"\(got an int of about 5001 digits\)$"):
        call()


huge_or_any_ints = st.one_of(
    st.integers(),
    st.integers(0, 6000).map(lambda n: 10**n),
    st.integers(0, 6000).map(lambda n: -(10**n) + 1),
)


@given(huge_or_any_ints)
def test_any_int_year_makes_a_year_or_a_named_error(year: int) -> None:
    if 1 <= year <= 9999:
        period = Period.year(year)
        assert (period.start, period.end) == (D(year, 1, 1), D(year, 12, 31))
        return
    with pytest.raises(ValidationError) as info:
        Period.year(year)
    assert (info.value.cls, info.value.field) == ("Period", "year")
    assert len(str(info.value)) <= 150  # the value cut to 80 characters
