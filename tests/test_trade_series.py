"""TradeSeries: year-on-year growth, CAGR, least-squares growth, and gaps never bridged."""

from __future__ import annotations

import math
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from regionrel import gazetteer
from regionrel.errors import CurrencyMismatchError, RegionrelError, ValidationError, WrongTypeError
from regionrel.money import Money
from regionrel.periods import Period
from regionrel.trade import TradeBalance, TradeSeries
from regionrel.trade.series import SeriesGapError


def tb(
    period: Period, x: int | str | Decimal, m: int | str | Decimal = 1, currency: str = "USD"
) -> TradeBalance:
    return TradeBalance(exports=Money(x, currency), imports=Money(m, currency), period=period)


def test_annual_series() -> None:
    s = TradeSeries(
        [
            tb(Period.year(2018), 121, 4),
            tb(Period.year(2016), 100, 1),
            tb(Period.year(2017), 110, 2),
        ]
    )
    assert s.periods == (Period.year(2016), Period.year(2017), Period.year(2018))
    assert len(s) == 3
    assert next(iter(s)).period == Period.year(2016)
    assert s.step_months == 12
    assert s.gaps == ()
    yoy = s.year_on_year("exports")
    assert list(yoy) == [Period.year(2017), Period.year(2018)]
    assert math.isclose(yoy[Period.year(2018)], 0.1)
    assert s.year_on_year("imports") == {Period.year(2017): 1.0, Period.year(2018): 1.0}
    assert math.isclose(s.cagr("exports"), 0.1)
    assert math.isclose(s.cagr("imports"), 1.0)
    assert math.isclose(s.least_squares_growth("exports"), 0.1)
    assert s.values("turnover") == (Money(101, "USD"), Money(112, "USD"), Money(125, "USD"))
    changes = s.changes()
    assert len(changes) == 2
    assert math.isclose(changes[1].export_growth, 0.1)


def test_quarterly_series_year_on_year() -> None:
    quarters = [Period.quarter(y, q) for y in (2018, 2019) for q in (1, 2, 3, 4)]
    s = TradeSeries([tb(p, 100 + 10 * i) for i, p in enumerate(quarters)])
    assert s.step_months == 3
    yoy = s.year_on_year("exports")
    assert list(yoy) == quarters[4:]
    assert math.isclose(yoy[Period.quarter(2019, 1)], 40 / 100)
    # Two years of quarters: 1.75 years from the first start to the last.
    assert math.isclose(s.cagr("exports"), (170 / 100) ** (1 / 1.75) - 1)


def test_gaps_are_reported_never_bridged() -> None:
    s = TradeSeries(
        [tb(Period.year(2015), 100), tb(Period.year(2016), 110), tb(Period.year(2019), 200)]
    )
    assert s.gaps == (Period.span(2017, 2018),)
    with pytest.raises(SeriesGapError) as info:
        s.cagr("exports")
    assert info.value.gaps == (Period.span(2017, 2018),)
    assert str(info.value) == (
        "TradeSeries: 'balances' cannot compute a CAGR across missing periods: pass across_gaps=True "
        "to use the periods present with their true times (got '2017-2018')"
    )
    with pytest.raises(SeriesGapError):
        s.least_squares_growth("exports")
    with pytest.raises(SeriesGapError):
        s.changes()
    with pytest.raises(SeriesGapError, match="lacks the year-earlier periods") as yoy:
        s.year_on_year("exports")
    assert yoy.value.gaps == (Period.year(2018),)
    assert list(s.year_on_year("exports", skip_missing=True)) == [Period.year(2016)]
    assert math.isclose(s.cagr("exports", across_gaps=True), 2 ** (1 / 4) - 1)
    assert s.least_squares_growth("exports", across_gaps=True) > 0


@pytest.mark.parametrize(
    ("call", "error", "message"),
    [
        (
            lambda: TradeSeries([]),
            ValidationError,
            "TradeSeries: 'balances' must hold at least one balance (got () that is a tuple)",
        ),
        (
            lambda: TradeSeries(5),
            WrongTypeError,
            "TradeSeries: 'balances' must be an iterable of TradeBalance (got 5)",
        ),
        (
            lambda: TradeSeries([5]),
            WrongTypeError,
            "TradeSeries: 'balances' must hold only TradeBalance values (got 5)",
        ),
        (
            lambda: TradeSeries([TradeBalance(exports=Money(1, "USD"), imports=Money(1, "USD"))]),
            ValidationError,
            "TradeSeries: 'balances' must each have a period (got TradeBalance(exports=Money('1', 'USD'), imports=Money('1', 'USD')))",
        ),
        (
            lambda: TradeSeries(
                [tb(Period.year(2018), 1), tb(Period.year(2019), 1, currency="EUR")]
            ),
            CurrencyMismatchError,
            "TradeSeries: cannot apply '-' to amounts in USD and EUR: convert one of them first with ExchangeRates",
        ),
        (
            lambda: TradeSeries([tb(Period.year(2018), 1), tb(Period.quarter(2019, 1), 1)]),
            ValidationError,
            "TradeSeries: 'balances' must all cover periods of one shape (year) (got '2019-Q1')",
        ),
        (
            lambda: TradeSeries([tb(Period.year(2018), 1), tb(Period.year(2018), 2)]),
            ValidationError,
            "TradeSeries: 'balances' must not overlap (after 2018) (got '2018')",
        ),
        (
            lambda: TradeSeries([tb(Period.span(2018, 2019), 1)]),
            ValidationError,
            "TradeSeries: 'balances' must cover years, half-years, quarters or months (got '2018-2019')",
        ),
        (
            lambda: TradeSeries([tb(Period.year(2018), 1)]).cagr("exports"),
            ValidationError,
            "TradeSeries.cagr: 'balances' must hold at least two periods (got 1)",
        ),
    ],
)
def test_bad_input(call: object, error: type[RegionrelError], message: str) -> None:
    with pytest.raises(error) as info:
        call()  # type: ignore[operator]
    assert str(info.value) == message


def test_mixed_reporters_refused() -> None:
    a = tb(Period.year(2018), 1)
    b = TradeBalance(
        exports=Money(1, "USD"),
        imports=Money(1, "USD"),
        period=Period.year(2019),
        reporter=gazetteer.get("RU-LEN"),
    )
    with pytest.raises(
        ValidationError, match="must all have the reporter None and the partner WORLD"
    ):
        TradeSeries([a, b])


@given(st.integers(1990, 2020), st.lists(st.integers(1, 10**6), min_size=2, max_size=12))
def test_constant_growth_agrees_across_measures(start: int, values: list[int]) -> None:
    s = TradeSeries([tb(Period.year(start + i), v) for i, v in enumerate(values)])
    growth = s.cagr("exports")
    assert math.isclose((1 + growth) ** (len(values) - 1), values[-1] / values[0], rel_tol=1e-9)
    yoy = s.year_on_year("exports")
    product = math.prod(1 + g for g in yoy.values())
    assert math.isclose(product, values[-1] / values[0], rel_tol=1e-9)
    assert s.gaps == ()
