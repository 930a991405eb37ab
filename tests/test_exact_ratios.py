"""Exact division in trade: each ratio is the exact quotient of the amounts rounded once,
whichever path computes it (whole amounts as floats, integers of Decimals, one total)."""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

from hypothesis import given
from hypothesis import strategies as st

from regionrel.money import Money
from regionrel.trade import PartnerStructure, TradeBalance
from regionrel.trade.balance import exact_ratio, exact_ratios

_WHOLE = st.integers(0, 2**60)
_DECIMAL = st.builds(
    lambda digits, places: Decimal(digits).scaleb(-places),
    st.integers(0, 10**20),
    st.integers(0, 6),
)


@given(st.one_of(_WHOLE, _DECIMAL), st.one_of(_WHOLE, _DECIMAL).filter(bool))
def test_the_coverage_is_the_exact_quotient_rounded_once(
    x: int | Decimal, m: int | Decimal
) -> None:
    balance = TradeBalance(exports=Money(x, "USD"), imports=Money(m, "USD"))
    exact = float(Fraction(balance.exports.amount) / Fraction(balance.imports.amount))
    assert balance.coverage == exact
    assert exact_ratio(balance.exports.amount, balance.imports.amount) == exact


def test_whole_amounts_past_two_to_the_53_take_the_exact_path() -> None:
    x, m = 2**53 + 1, 3
    balance = TradeBalance(exports=Money(x, "USD"), imports=Money(m, "USD"))
    assert balance.coverage == float(Fraction(x, m)) != float(x) / m


@given(st.lists(_DECIMAL.filter(bool), min_size=1, max_size=20))
def test_partner_shares_are_each_exact_quotients_of_the_total(values: list[Decimal]) -> None:
    structure = PartnerStructure.from_values(
        {f"P{n}": Money(v, "USD") for n, v in enumerate(values)}
    )
    total = sum(map(Fraction, values), Fraction(0))
    assert structure.shares == tuple(float(Fraction(v) / total) for v in values)
    assert exact_ratios(values, Decimal(7)) == tuple(float(Fraction(v) / 7) for v in values)
