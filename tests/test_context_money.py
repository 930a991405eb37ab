"""Money, exchange rates and units give the same results whatever the caller's decimal context."""

from __future__ import annotations

import datetime
import decimal
from collections.abc import Callable
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from regionrel import (
    ExchangeRate,
    ExchangeRates,
    Money,
    PartnerStructure,
    Period,
    PhysicalFlow,
    RegionrelError,
    TradeBalance,
    parse_money,
)
from regionrel.audit import Interval
from regionrel.units import install_definitions, money_from_quantity, quantity, registry
from tests._context import ROUNDINGS, hostile, same_in, settings_of_contexts
from tests.strategies.money import amounts, factors, nonzero_amounts, rate_values, scales


@given(amounts, amounts, factors, nonzero_amounts, scales, settings_of_contexts)
def test_money_arithmetic_and_text_ignore_the_context(
    a: Decimal,
    b: Decimal,
    factor: int | Decimal,
    divisor: Decimal,
    scale: object,
    context: tuple[int, str],
) -> None:
    x, y = Money(a, "USD"), Money(b, "USD")

    def everything() -> object:
        return (
            x + y,
            x - y,
            -x,
            abs(x),
            sum([x, y, x]),
            x * factor,
            x / divisor,
            x / Money(divisor, "USD"),
            x.in_scale(scale),  # type: ignore[arg-type]
            x.format(scale="auto"),
            x.format(scale="million", decimals=1, locale="ru"),
            str(x),
            parse_money(x.format(scale="thousand")),
            x < y,
            x == y,
        )

    same_in(*context, everything)


@pytest.mark.parametrize("rounding", ROUNDINGS)
def test_division_rounds_to_28_digits_half_even_in_any_context(rounding: str) -> None:
    with hostile(2, rounding):
        third = Money(10, "USD") / 3
        ratio = Money(2, "USD") / Money(3, "USD")
        # Just past a power of ten, where the caller's rounding would show.
        big = Money("1e6", "USD") / Decimal("0.999")
    assert third == Money("3.333333333333333333333333333", "USD")
    assert ratio == Decimal("0.6666666666666666666666666667")
    assert big == Money("1001001.001001001001001001001", "USD")


def test_auto_scale_reads_the_exact_size_in_any_context() -> None:
    # 999,999,999.5 is below a billion; three digits of precision would round it up to one.
    money = Money("-999999999.5", "USD")
    expected = money.format(scale="auto")
    with hostile(3, decimal.ROUND_HALF_UP):
        assert money.format(scale="auto") == expected == "-999.9999995 million USD"


@given(rate_values, rate_values, amounts, settings_of_contexts)
def test_conversions_and_means_ignore_the_context(
    first: Decimal, second: Decimal, amount: Decimal, context: tuple[int, str]
) -> None:
    year = Period.year(2018)
    days = [datetime.date(2018, 1, 9), datetime.date(2018, 1, 10)]
    rates = ExchangeRates(
        [
            ExchangeRate("USD", "RUB", days[0], first),
            ExchangeRate("USD", "RUB", days[1], second),
            ExchangeRate("EUR", "USD", year, second),
        ]
    )
    money = Money(amount, "RUB")

    def everything() -> object:
        return (
            rates.rate("USD", "RUB", on=days[0]),
            rates.rate("RUB", "USD", on=days[1]),  # inverted: a quotient
            rates.rate("USD", "RUB", on=Period.parse("2018-01-09/2018-01-10")),  # a mean
            rates.convert(money, "USD", on=days[0]),
            rates.convert(money, "USD", on=days[1]),
        )

    same_in(*context, everything)


@pytest.mark.parametrize("rounding", ROUNDINGS)
def test_units_ignore_the_context(rounding: str) -> None:
    # (A pint conversion the caller writes, such as quantity(...).to("l"), is pint's
    # arithmetic in the caller's context; the library's own calls are not.)
    import pint

    expected = (money_from_quantity(quantity("7.109", "GUSD")), str(quantity("1.5", "kt").units))
    with hostile(2, rounding):
        got = (money_from_quantity(quantity("7.109", "GUSD")), str(quantity("1.5", "kt").units))
        ureg: pint.UnitRegistry[Any] = pint.UnitRegistry(None)
        assert len(install_definitions(ureg)) > 100
        assert Money.from_pint(ureg.Quantity(Decimal("5.5"), "USD")) == Money("5.5", "USD")
    assert got == expected == (Money(7109000000, "USD"), "kilometric_ton")


@given(st.integers(1, 6), st.sampled_from(ROUNDINGS))
def test_a_registry_built_in_a_hostile_context_is_exact(prec: int, rounding: str) -> None:
    from regionrel import _unit_registry

    built = _unit_registry._REGISTRY
    _unit_registry._REGISTRY = None  # the next call builds it, here
    try:
        with hostile(prec, rounding):
            reg = registry()
        assert reg.Quantity(Decimal("0.1"), "barrel").to("l").magnitude == Decimal("15.8987294928")
    finally:  # quantities made before this test keep working with the registry they know
        _unit_registry._REGISTRY = built


BAD_TEXT_CALLS: dict[str, Callable[[], object]] = {
    "Money": lambda: Money("7,1O9", "USD"),
    "ExchangeRate": lambda: ExchangeRate("USD", "RUB", datetime.date(2018, 1, 9), "x"),
    "quantity": lambda: quantity("1.5.5", "t"),
    "previous_from_growth": lambda: TradeBalance(
        exports=Money(1, "USD"), imports=Money(1, "USD")
    ).previous_from_growth(exports="abc%", imports="+1%"),
    "PartnerStructure": lambda: PartnerStructure.from_shares({"CN": "1x%"}, unit="percent"),
    "Interval": lambda: Interval.of("one", 2),
    "PhysicalFlow": lambda: PhysicalFlow.of(Money(1, "USD"), "1.2.3", "t"),
}


@pytest.mark.parametrize("name", sorted(BAD_TEXT_CALLS))
def test_bad_text_is_refused_even_when_the_caller_does_not_trap_invalid_operation(
    name: str,
) -> None:
    call = BAD_TEXT_CALLS[name]
    with pytest.raises(RegionrelError) as expected:
        call()
    with decimal.localcontext(decimal.Context(traps=[])) as context:
        with pytest.raises(RegionrelError) as got:
            call()
        assert not any(context.flags.values()), "the caller's flags were raised"
    assert (type(got.value), str(got.value)) == (type(expected.value), str(expected.value))
