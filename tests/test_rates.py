"""ExchangeRates: explicit conversion, inverse rates, pivots, days and periods."""

from __future__ import annotations

import datetime
import pickle
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import given

from regionrel import (
    AmbiguousError,
    ExchangeRate,
    ExchangeRates,
    MissingRateError,
    Money,
    ParseError,
    Period,
    ValidationError,
    WrongTypeError,
)
from tests.strategies.money import amounts, days, exchange_rates, rate_values

D = datetime.date

TABLE = ExchangeRates.from_table(
    [
        ("USD", "RUB", 2018, "62.7078"),
        ("USD", "RUB", D(2018, 12, 29), "69.4706"),
        ("USD", "RUB", "2018-Q2", "61.80"),
        ("EUR", "USD", D(2018, 12, 29), "1.1456"),
        ("EUR", "RUB", D(2019, 1, 9), "76.0"),
        ("EUR", "RUB", D(2019, 1, 10), "77.0"),
        ("EUR", "RUB", D(2019, 1, 11), "78.5"),
    ]
)


def test_a_days_rate_comes_before_a_periods() -> None:
    assert TABLE.rate("USD", "RUB", D(2018, 12, 29)) == Decimal("69.4706")


def test_the_shortest_period_holding_the_day_gives_the_rate() -> None:
    assert TABLE.rate("USD", "RUB", D(2018, 5, 3)) == Decimal("61.80")  # the quarter
    assert TABLE.rate("USD", "RUB", D(2018, 9, 3)) == Decimal("62.7078")  # the year


def test_a_period_uses_its_own_rate_or_one_that_holds_it() -> None:
    assert TABLE.rate("USD", "RUB", 2018) == Decimal("62.7078")
    assert TABLE.rate("USD", "RUB", Period.quarter(2018, 2)) == Decimal("61.80")
    assert TABLE.rate("USD", "RUB", Period.month(2018, 5)) == Decimal("61.80")
    assert TABLE.rate("USD", "RUB", "2018-Q3") == Decimal("62.7078")


def test_a_period_without_a_rate_averages_the_days_in_it() -> None:
    first_weeks = Period(D(2019, 1, 1), D(2019, 1, 20))
    mean = mean_of("76.0", "77.0", "78.5")
    assert TABLE.rate("EUR", "RUB", first_weeks) == mean
    assert TABLE.rate("RUB", "EUR", first_weeks) == Decimal(1) / mean


def test_daily_rates_too_sparse_for_a_period_are_missing() -> None:
    # 20 days of January 2019 after the 11th have no rate.
    with pytest.raises(MissingRateError):
        TABLE.rate("EUR", "RUB", Period.month(2019, 1))
    # One day's rate does not stand for two years.
    with pytest.raises(MissingRateError):
        TABLE.rate("EUR", "USD", "2018-2019")
    # 16 days without a rate at the start of the period.
    with pytest.raises(MissingRateError):
        TABLE.rate("EUR", "RUB", Period(D(2018, 12, 24), D(2019, 1, 11)))
    assert TABLE.rate("EUR", "RUB", Period(D(2018, 12, 25), D(2019, 1, 11))) == mean_of(
        "76.0", "77.0", "78.5"
    )


def mean_of(*values: str) -> Decimal:
    return sum((Decimal(v) for v in values), Decimal(0)) / len(values)


def test_a_period_tiled_by_shorter_periods_takes_their_day_weighted_mean() -> None:
    table = ExchangeRates.from_table(
        [
            ("USD", "RUB", Period.month(2019, 1), "66"),
            ("USD", "RUB", Period.month(2019, 2), "66"),
            ("USD", "RUB", Period.month(2019, 3), "65"),
        ]
    )
    expected = (66 * 31 + 66 * 28 + 65 * 31) / Decimal(90)
    assert table.rate("USD", "RUB", "2019-Q1") == expected
    with pytest.raises(MissingRateError):  # April is missing
        table.rate("USD", "RUB", Period(D(2019, 1, 1), D(2019, 4, 30)))
    gap = ExchangeRates.from_table(
        [
            ("USD", "RUB", Period.month(2019, 1), "66"),
            ("USD", "RUB", Period.month(2019, 3), "65"),
        ]
    )
    with pytest.raises(MissingRateError):  # February is missing
        gap.rate("USD", "RUB", "2019-Q1")


def test_inverse_rates_are_used_automatically() -> None:
    assert TABLE.rate("RUB", "USD", D(2018, 12, 29)) == Decimal(1) / Decimal("69.4706")
    converted = TABLE.convert(Money("69.4706", "RUB"), "USD", D(2018, 12, 29))
    assert converted == Money(1, "USD")


def test_the_stored_direction_is_preferred() -> None:
    table = ExchangeRates.from_table([("USD", "RUB", 2018, "62"), ("RUB", "USD", 2018, "0.017")])
    assert table.rate("USD", "RUB", 2018) == Decimal(62)
    assert table.rate("RUB", "USD", 2018) == Decimal("0.017")


def test_a_pivot_is_used_only_when_asked() -> None:
    day = D(2018, 12, 29)
    with pytest.raises(MissingRateError) as info:
        TABLE.rate("EUR", "RUB", day)
    assert str(info.value) == (
        "ExchangeRates: 'rates' has no rate for EUR/RUB on 2018-12-29, neither as stored nor inverted"
    )
    assert TABLE.rate("EUR", "RUB", day, via="USD") == Decimal("1.1456") * Decimal("69.4706")
    assert TABLE.convert(Money(100, "EUR"), "RUB", day, via="USD") == Money("7958.55193600", "RUB")
    assert TABLE.rate("RUB", "EUR", day, via="USD") == (
        Decimal(1) / Decimal("69.4706") * (Decimal(1) / Decimal("1.1456"))
    )


def test_a_pivot_that_is_one_of_the_pair_is_the_pair_itself() -> None:
    assert TABLE.rate("USD", "RUB", 2018, via="USD") == Decimal("62.7078")
    assert TABLE.rate("USD", "RUB", 2018, via="RUB") == Decimal("62.7078")


def test_a_missing_leg_of_a_pivot_is_named() -> None:
    with pytest.raises(MissingRateError) as info:
        TABLE.rate("EUR", "RUB", D(2017, 5, 5), via="USD")
    assert str(info.value) == (
        "ExchangeRates: 'rates' has no rate for EUR/RUB on 2017-05-05, neither as stored, inverted, "
        "nor through USD: EUR/USD is missing"
    )
    with pytest.raises(MissingRateError) as second:
        TABLE.rate("EUR", "CNY", D(2018, 12, 29), via="USD")
    assert str(second.value).endswith("nor through USD: USD/CNY is missing")


@pytest.mark.parametrize(
    ("base", "quote", "on", "message"),
    [
        (
            "USD",
            "RUB",
            D(2019, 1, 1),
            "ExchangeRates: 'rates' has no rate for USD/RUB on 2019-01-01, neither as stored nor inverted",
        ),
        (
            "USD",
            "RUB",
            2017,
            "ExchangeRates: 'rates' has no rate for USD/RUB on 2017, neither as stored nor inverted",
        ),
        (
            "USD",
            "RUB",
            "2018-2019",
            "ExchangeRates: 'rates' has no rate for USD/RUB on 2018-2019, neither as stored nor inverted",
        ),
        (
            "CNY",
            "RUB",
            2018,
            "ExchangeRates: 'rates' has no rate for CNY/RUB on 2018, neither as stored nor inverted",
        ),
    ],
)
def test_a_missing_rate_is_an_error_never_a_guess(
    base: str, quote: str, on: Any, message: str
) -> None:
    with pytest.raises(MissingRateError) as info:
        TABLE.rate(base, quote, on)
    assert str(info.value) == message
    assert isinstance(info.value, LookupError)
    with pytest.raises(MissingRateError):
        TABLE.convert(Money(1, base), quote, on)


def test_the_same_currency_needs_no_rate() -> None:
    money = Money(5, "USD")
    assert TABLE.convert(money, "USD", D(1999, 1, 1)) is money
    assert TABLE.rate("USD", "USD", 2001) == 1
    with pytest.raises(WrongTypeError):
        TABLE.convert(money, "USD", 2.5)  # type: ignore[arg-type]


@given(exchange_rates(), amounts)
def test_convert_there_and_back_returns_the_amount(rate: ExchangeRate, amount: Decimal) -> None:
    table = ExchangeRates([rate])
    money = Money(amount, rate.base)
    there = table.convert(money, rate.quote, rate.on)
    assert there.currency == rate.quote
    assert there.amount == amount * rate.value
    back = table.convert(there, rate.base, rate.on)
    assert abs(back.amount - amount) <= abs(amount) * Decimal("1e-25")


@given(exchange_rates(), days)
def test_a_day_without_a_rate_is_missing(rate: ExchangeRate, day: datetime.date) -> None:
    table = ExchangeRates([rate])
    if day == rate.on:
        assert table.rate(rate.base, rate.quote, day) == rate.value
    else:
        with pytest.raises(MissingRateError):
            table.rate(rate.base, rate.quote, day)


@given(rate_values, rate_values)
def test_a_daily_mean_lies_between_the_days(first: Decimal, second: Decimal) -> None:
    table = ExchangeRates.from_series("USD", "RUB", {D(2020, 3, 2): first, D(2020, 3, 13): second})
    mean = table.rate("USD", "RUB", Period(D(2020, 3, 1), D(2020, 3, 20)))
    assert min(first, second) <= mean <= max(first, second)


def test_two_periods_of_one_length_holding_a_day_are_ambiguous() -> None:
    table = ExchangeRates.from_table(
        [
            ("USD", "RUB", Period(D(2020, 1, 1), D(2020, 1, 7)), "61"),
            ("USD", "RUB", Period(D(2020, 1, 5), D(2020, 1, 11)), "62"),
        ]
    )
    with pytest.raises(AmbiguousError) as info:
        table.rate("USD", "RUB", D(2020, 1, 6))
    assert info.value.candidates == ("2020-01-01/2020-01-07", "2020-01-05/2020-01-11")
    assert table.rate("USD", "RUB", D(2020, 1, 2)) == 61


# -- building tables --------------------------------------------------------------------------


def test_tables_are_immutable_values() -> None:
    same = ExchangeRates.from_table([("USD", "RUB", 2018, "62.7078")])
    assert same == ExchangeRates([ExchangeRate("USD", "RUB", Period.year(2018), "62.7078")])
    assert hash(same) == hash(ExchangeRates.from_series("USD", "RUB", {2018: "62.7078"}))
    assert len(same) == 1
    assert same.pairs == (("USD", "RUB"),)
    bigger = same.with_rates(ExchangeRate("EUR", "RUB", Period.year(2018), "73.9441"))
    assert len(bigger) == 2
    assert len(same) == 1
    assert bigger.pairs == (("EUR", "RUB"), ("USD", "RUB"))
    assert pickle.loads(pickle.dumps(bigger)).rate("EUR", "RUB", 2018) == Decimal("73.9441")
    with pytest.raises(AttributeError):
        same.rates = ()  # type: ignore[misc]


def test_repeating_a_rate_is_harmless_but_conflicts_are_refused() -> None:
    table = ExchangeRates.from_table([("USD", "RUB", 2018, "62.7"), ("USD", "RUB", 2018, "62.70")])
    assert table.rate("USD", "RUB", 2018) == Decimal("62.7")
    with pytest.raises(ValidationError) as info:
        ExchangeRates.from_table([("USD", "RUB", 2018, "62.7"), ("USD", "RUB", "2018", "63")])
    assert str(info.value) == (
        "ExchangeRates: 'rates' holds two rates for USD/RUB on 2018: 62.7 and 63"
    )
    with pytest.raises(ValidationError, match="on 2018-01-09: 1 and 2"):
        ExchangeRates(
            [
                ExchangeRate("USD", "RUB", D(2018, 1, 9), 1),
                ExchangeRate("USD", "RUB", D(2018, 1, 9), 2),
            ]
        )


BAD_RATES = [
    (
        ("USD", "USD", D(2018, 1, 1), 1),
        ValidationError,
        "ExchangeRate: 'quote' must differ from 'base' (got 'USD')",
    ),
    (
        ("USD", "RUB", D(2018, 1, 1), 0),
        ValidationError,
        "ExchangeRate: 'value' must be a positive finite number (got Decimal('0'))",
    ),
    (
        ("USD", "RUB", D(2018, 1, 1), "-1"),
        ValidationError,
        "ExchangeRate: 'value' must be a positive finite number (got Decimal('-1'))",
    ),
    (
        ("USD", "RUB", D(2018, 1, 1), "NaN"),
        ValidationError,
        "ExchangeRate: 'value' must be a finite number (got 'NaN')",
    ),
    (
        ("USD", "RUB", D(2018, 1, 1), "62,7"),
        ValidationError,
        "ExchangeRate: 'value' must be an exact number (a Decimal, an int or decimal text such "
        "as '62.7078') (got '62,7')",
    ),
    (
        ("USD", "RUB", D(2018, 1, 1), 62.7),
        WrongTypeError,
        "ExchangeRate: 'value' must be an exact number (a Decimal, an int or decimal text such "
        "as '62.7078'), not a float: write Decimal(str(x)) (got 62.7 that is a float)",
    ),
    (
        ("USD", "RUB", D(2018, 1, 1), None),
        WrongTypeError,
        "ExchangeRate: 'value' must be an exact number (a Decimal, an int or decimal text such "
        "as '62.7078') (got None)",
    ),
    (
        ("USD", "RUB", 2018, 1),
        WrongTypeError,
        "ExchangeRate: 'on' must be a datetime.date or a Period (got 2018)",
    ),
    (
        ("USD", "RUB", datetime.datetime(2018, 1, 1), 1),
        WrongTypeError,
        "ExchangeRate: 'on' must be a datetime.date or a Period "
        "(got datetime.datetime(2018, 1, 1, 0, 0))",
    ),
    (
        ("USD", "RUR", D(2018, 1, 1), 1),
        ValidationError,
        "ExchangeRate: 'currency' must be a known ISO 4217 currency code, such as 'USD', "
        "'EUR' or 'RUB' (got 'RUR')",
    ),
]


@pytest.mark.parametrize(("args", "error", "message"), BAD_RATES)
def test_bad_rates_are_refused(
    args: tuple[Any, ...], error: type[Exception], message: str
) -> None:
    with pytest.raises(error) as info:
        ExchangeRate(*args)
    assert str(info.value) == message


@pytest.mark.parametrize(
    ("call", "error", "message"),
    [
        (
            lambda: ExchangeRates(5),  # type: ignore[arg-type]
            WrongTypeError,
            "ExchangeRates: 'rates' must be an iterable of ExchangeRate (got 5)",
        ),
        (
            lambda: ExchangeRates([("USD", "RUB", 2018, 1)]),  # type: ignore[list-item]
            WrongTypeError,
            "ExchangeRates: 'rates' must hold only ExchangeRate values "
            "(got ('USD', 'RUB', 2018, 1) that is a tuple)",
        ),
        (
            lambda: ExchangeRates.from_table([("USD", "RUB", 2018)]),  # type: ignore[list-item]
            WrongTypeError,
            "ExchangeRates.from_table: 'rows' must hold rows of (base, quote, on, value) "
            "(got ('USD', 'RUB', 2018) that is a tuple)",
        ),
        (
            lambda: ExchangeRates.from_series("USD", "RUB", [1, 2]),  # type: ignore[arg-type]
            WrongTypeError,
            "ExchangeRates.from_series: 'series' must be a mapping of day or period to rate "
            "(got [1, 2] that is a list)",
        ),
        (
            lambda: TABLE.rate("USD", "RUB", datetime.datetime(2018, 1, 1)),
            WrongTypeError,
            "ExchangeRates: 'on' must be a datetime.date or a date's text such as '12.01.2021' or "
            "'2021-01-12', not a datetime: pass value.date() "
            "(got datetime.datetime(2018, 1, 1, 0, 0))",
        ),
        (
            lambda: TABLE.rate("USD", "RUB", None),  # type: ignore[arg-type]
            WrongTypeError,
            "ExchangeRates: 'on' must be a datetime.date, a Period, an int year or a period's "
            "text (got None)",
        ),
        (
            lambda: TABLE.rate("USD", "XYZ", 2018),
            ValidationError,
            "ExchangeRates: 'currency' must be a known ISO 4217 currency code, such as 'USD', "
            "'EUR' or 'RUB' (got 'XYZ')",
        ),
        (
            lambda: TABLE.rate("EUR", "RUB", 2018, via="usd"),
            ValidationError,
            "ExchangeRates: 'currency' must be an ISO 4217 code exactly, in capitals: 'USD' "
            "(got 'usd')",
        ),
        (
            lambda: TABLE.convert(7, "RUB", 2018),  # type: ignore[arg-type]
            WrongTypeError,
            "ExchangeRates.convert: 'money' must be a Money (got 7)",
        ),
        (
            lambda: TABLE.convert(Money(1, "USD"), "rub", 2018),
            ValidationError,
            "ExchangeRates.convert: 'currency' must be an ISO 4217 code exactly, in capitals: "
            "'RUB' (got 'rub')",
        ),
    ],
)
def test_bad_arguments_raise_named_errors(call: Any, error: type[Exception], message: str) -> None:
    with pytest.raises(error) as info:
        call()
    assert str(info.value) == message


def test_a_bad_period_text_is_a_parse_error() -> None:
    with pytest.raises(ParseError):
        TABLE.rate("USD", "RUB", "sometime")
