"""TradeBalance.openness ignores the caller's decimal context (a site the first pass missed)."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given

from regionrel import Money, TradeBalance
from tests._context import ROUNDINGS, hostile, same_in, settings_of_contexts
from tests.strategies.trade import balances, positive_amounts


@given(balances(), positive_amounts, settings_of_contexts)
def test_openness_ignores_the_context(
    balance: TradeBalance, gdp: Decimal, context: tuple[int, str]
) -> None:
    gdp_money = Money(gdp, balance.currency)
    same_in(
        *context,
        lambda: (
            balance.openness(gdp_money, "wits"),
            balance.openness(gdp_money, "unctad"),
        ),
    )


@pytest.mark.parametrize("rounding", ROUNDINGS)
def test_openness_adds_the_flows_exactly(rounding: str) -> None:
    # 1234567.891 + 987654.3217 = 2222222.2127: ten digits, rounded under prec=3.
    balance = TradeBalance(
        exports=Money("1234567.891", "USD"), imports=Money("987654.3217", "USD")
    )
    gdp = Money("98765432.1", "USD")
    expected = (float(Decimal("2222222.2127")) / float(gdp.amount),) * 2
    with hostile(3, rounding):
        got = (balance.openness(gdp, "wits"), balance.openness(gdp, "unctad") * 2)
    assert got == expected
