"""The scalar ratios the columnar layer agrees with: one division of exact amounts, rounded once."""

from __future__ import annotations

import math
from decimal import Decimal
from fractions import Fraction

from hypothesis import given
from hypothesis import strategies as st

from regionrel.money import Money
from regionrel.trade.balance import TradeBalance, exact_ratio
from regionrel.trade.partners import PartnerStructure

AMOUNTS = st.decimals(min_value=0, max_value=10**15, places=2, allow_nan=False)


def correctly_rounded(a: Decimal, b: Decimal) -> float:
    return float(Fraction(a) / Fraction(b))


@given(AMOUNTS, AMOUNTS.filter(lambda d: d > 0))
def test_coverage_is_the_exact_quotient_rounded_once(x: Decimal, m: Decimal) -> None:
    tb = TradeBalance(Money(x, "USD"), Money(m, "USD"))
    assert tb.coverage == correctly_rounded(x, m)
    # The same in minor units: scaling does not change the bits.
    assert tb.coverage == int(x * 100) / int(m * 100)


def test_coverage_no_longer_rounds_each_amount_first() -> None:
    # 0.3 / 0.1 in floats is 2.9999999999999996; the amounts say 3.
    assert TradeBalance(Money("0.3", "USD"), Money("0.1", "USD")).coverage == 3.0
    assert TradeBalance(Money(1, "USD"), Money(0, "USD")).coverage == math.inf
    assert math.isnan(TradeBalance(Money(0, "USD"), Money(0, "USD")).coverage)


@given(st.lists(AMOUNTS, min_size=1, max_size=8).filter(lambda v: sum(v) > 0))
def test_shares_from_values_are_exact_quotients(values: list[Decimal]) -> None:
    ps = PartnerStructure.from_values({f"P{i}": Money(v, "USD") for i, v in enumerate(values)})
    total = sum(values, Decimal(0))
    assert ps.shares == tuple(correctly_rounded(v, total) for v in values)


def test_exact_ratio_of_extreme_amounts() -> None:
    assert exact_ratio(Decimal("1E+400"), Decimal("1E-400")) == math.inf
    assert exact_ratio(Decimal("-1E+400"), Decimal("1E-400")) == -math.inf
    assert exact_ratio(Decimal("1E-400"), Decimal("1E+400")) == 0.0
    assert exact_ratio(Decimal(-3), Decimal(0)) == -math.inf
    assert exact_ratio(Decimal(2**60 + 1), Decimal(3)) == (2**60 + 1) / 3
