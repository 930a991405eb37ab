"""Hypothesis strategies for the trade area: flows, balances, shares."""

from __future__ import annotations

from decimal import Decimal

from hypothesis import strategies as st

from regionrel.money import Money
from regionrel.periods import Period
from regionrel.trade import TradeBalance

#: Amounts of a flow: non-negative, up to a trillion, with up to two decimals.
amounts = st.decimals(
    min_value=Decimal(0),
    max_value=Decimal(10) ** 12,
    places=2,
    allow_nan=False,
    allow_infinity=False,
)
positive_amounts = amounts.filter(lambda d: d > 0)
currencies = st.sampled_from(["USD", "EUR", "RUB"])


@st.composite
def flows(draw: st.DrawFn, currency: str | None = None, positive: bool = False) -> Money:
    """A Money flow, not negative (positive when asked)."""
    cur = currency if currency is not None else draw(currencies)
    return Money(draw(positive_amounts if positive else amounts), cur)


@st.composite
def balances(draw: st.DrawFn, positive: bool = False, with_period: bool = False) -> TradeBalance:
    """A TradeBalance in one currency, optionally with a year period."""
    cur = draw(currencies)
    period = Period.year(draw(st.integers(1995, 2030))) if with_period else None
    return TradeBalance(
        exports=draw(flows(cur, positive)), imports=draw(flows(cur, positive)), period=period
    )


#: Lists of shares (fractions) that add up to at most 1.
share_lists = st.lists(st.floats(min_value=0, max_value=1), min_size=1, max_size=40).map(
    lambda xs: [x / max(1.0, sum(xs)) for x in xs]
)
#: Lists of positive weights, to be normalized to shares adding up to 1.
weights = st.lists(st.floats(min_value=1e-6, max_value=1e6), min_size=1, max_size=60)
