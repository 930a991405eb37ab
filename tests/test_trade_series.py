"""TradeSeries: year-on-year growth, CAGR, least-squares growth, and gaps never bridged."""

from __future__ import annotations

import datetime
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

D = datetime.date


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


def test_changes_pair_each_balance_with_the_next() -> None:
    balances = [tb(Period.year(y), x) for y, x in ((2016, 100), (2017, 110), (2018, 99))]
    changes = TradeSeries(reversed(balances)).changes()
    assert [(c.previous, c.current) for c in changes] == [
        (balances[0], balances[1]),
        (balances[1], balances[2]),
    ]
    assert TradeSeries(balances[:1]).changes() == ()


@pytest.mark.parametrize(
    ("call", "what"),
    [
        (lambda s: s.changes(), "changes"),
        (lambda s: s.cagr("exports"), "a CAGR"),
        (lambda s: s.least_squares_growth("exports"), "a least-squares growth rate"),
    ],
)
def test_a_gap_error_names_the_figure_and_every_missing_period(call: object, what: str) -> None:
    quarters = [Period.quarter(2018, 1), Period.quarter(2018, 3), Period.quarter(2019, 2)]
    s = TradeSeries([tb(p, 100) for p in quarters])
    gaps = (Period.quarter(2018, 2), Period(D(2018, 10, 1), D(2019, 3, 31)))
    assert s.gaps == gaps
    with pytest.raises(SeriesGapError) as info:
        call(s)  # type: ignore[operator]
    error = info.value
    assert isinstance(error, ValidationError)
    assert error.gaps == gaps
    assert (error.cls, error.field, error.value) == (
        "TradeSeries",
        "balances",
        "2018-Q2, 2018-10/2019-03",
    )
    assert str(error) == (
        f"TradeSeries: 'balances' cannot compute {what} across missing periods: "
        "pass across_gaps=True to use the periods present with their true times "
        "(got '2018-Q2, 2018-10/2019-03')"
    )


def test_a_gap_error_accepts_any_iterable_of_gaps() -> None:
    error = SeriesGapError("lacks", gaps=iter([Period.year(2018), Period.year(2020)]))
    assert error.gaps == (Period.year(2018), Period.year(2020))
    assert error.value == "2018, 2020"
    assert (error.cls, error.field) == (None, None)


def test_growth_across_gaps_uses_the_true_times() -> None:
    # 10 % a year, with 2017 and 2018 missing: both measures see 0.1, not the
    # 0.1 ** (3 / 2) that would come from counting only the periods present.
    s = TradeSeries(
        [tb(Period.year(2015), 1000), tb(Period.year(2016), 1100), tb(Period.year(2019), "1464.1")]
    )
    assert math.isclose(s.cagr("exports", across_gaps=True), 0.1)
    assert math.isclose(s.least_squares_growth("exports", across_gaps=True), 0.1)
    assert math.isclose(s.least_squares_growth("imports", across_gaps=True), 0.0, abs_tol=1e-12)


def test_growth_of_monthly_and_half_year_series_is_annual() -> None:
    months = TradeSeries([tb(Period.month(2019, m), 100 * 2 ** (m - 1)) for m in (1, 2, 3)])
    assert months.step_months == 1
    # Doubling each month is 2 ** 12 - 1 a year.
    assert math.isclose(months.cagr("exports"), 2**12 - 1)
    assert math.isclose(months.least_squares_growth("exports"), 2**12 - 1)
    halves = TradeSeries([tb(Period.half(2019, 2), 100), tb(Period.half(2020, 1), 121)])
    assert halves.step_months == 6
    assert math.isclose(halves.cagr("exports"), 121 / 100 * 121 / 100 - 1)
    assert math.isclose(halves.least_squares_growth("exports"), 121 / 100 * 121 / 100 - 1)


def test_cagr_of_the_turnover_and_from_decimal_values() -> None:
    s = TradeSeries([tb(Period.year(2018), "99.5", "0.5"), tb(Period.year(2020), 110, 11)])
    assert s.values("turnover") == (Money(100, "USD"), Money(121, "USD"))
    assert math.isclose(s.cagr("turnover", across_gaps=True), 0.1)
    assert math.isclose(s.least_squares_growth("turnover", across_gaps=True), 0.1)


@pytest.mark.parametrize(
    ("call", "where"),
    [
        (lambda s: s.values("gdp"), "TradeSeries"),
        (lambda s: s.cagr("gdp"), "TradeSeries"),
        (lambda s: s.least_squares_growth("gdp"), "TradeSeries"),
        (lambda s: s.year_on_year("gdp"), "TradeSeries.year_on_year"),
    ],
)
def test_an_unknown_flow_is_named_with_the_method(call: object, where: str) -> None:
    s = TradeSeries([tb(Period.year(2018), 1), tb(Period.year(2019), 2)])
    with pytest.raises(ValidationError) as info:
        call(s)  # type: ignore[operator]
    assert (info.value.cls, info.value.field, info.value.value) == (where, "flow", "gdp")
    assert str(info.value) == (
        f"{where}: 'flow' must be one of 'exports', 'imports', 'turnover', 'balance' (got 'gdp')"
    )


def test_year_on_year_lists_every_missing_year_earlier_period() -> None:
    present = [Period.quarter(2018, q) for q in (1, 2, 4)] + [
        Period.quarter(2019, q) for q in (1, 2, 3, 4)
    ]
    s = TradeSeries([tb(p, 100 + i) for i, p in enumerate(present)])
    with pytest.raises(SeriesGapError) as info:
        s.year_on_year("exports")
    error = info.value
    assert error.gaps == (Period.quarter(2018, 3),)
    assert (error.cls, error.field, error.value) == ("TradeSeries", "balances", "2018-Q3")
    assert str(error) == (
        "TradeSeries: 'balances' lacks the year-earlier periods: pass skip_missing=True to leave "
        "those periods out (got '2018-Q3')"
    )
    yoy = s.year_on_year("exports", skip_missing=True)
    assert yoy == {
        Period.quarter(2019, 1): (103 - 100) / 100,
        Period.quarter(2019, 2): (104 - 101) / 101,
        Period.quarter(2019, 4): (106 - 102) / 102,
    }
    two_missing = TradeSeries([tb(Period.year(y), 1) for y in (2014, 2016, 2018)])
    with pytest.raises(SeriesGapError) as both:
        two_missing.year_on_year("imports")
    assert both.value.gaps == (Period.year(2015), Period.year(2017))
    assert both.value.value == "2015, 2017"


def test_year_on_year_of_a_series_shorter_than_a_year_is_empty() -> None:
    s = TradeSeries([tb(Period.quarter(2019, q), q) for q in (1, 2, 3, 4)])
    assert s.year_on_year("exports") == {}
    assert TradeSeries([tb(Period.year(2019), 5)]).year_on_year("exports") == {}


def test_a_text_is_not_taken_for_balances() -> None:
    with pytest.raises(WrongTypeError) as info:
        TradeSeries("2018")
    assert (
        str(info.value)
        == "TradeSeries: 'balances' must be an iterable of TradeBalance (got '2018')"
    )
    with pytest.raises(WrongTypeError) as raw:
        TradeSeries(b"2018")
    assert raw.value.value == b"2018"


def test_mixed_partners_refused() -> None:
    kursk = gazetteer.get("RU-KRS")
    a = tb(Period.year(2018), 1)
    b = TradeBalance(
        exports=Money(1, "USD"), imports=Money(1, "USD"), period=Period.year(2019), partner=kursk
    )
    with pytest.raises(ValidationError) as info:
        TradeSeries([a, b])
    assert info.value.field == "balances"
    assert info.value.value is b
    assert str(info.value).startswith(
        "TradeSeries: 'balances' must all have the reporter None and the partner WORLD (got "
    )
