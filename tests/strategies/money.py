"""Hypothesis strategies for Money, scales and exchange rates."""

from __future__ import annotations

import datetime
from decimal import Decimal

from hypothesis import strategies as st

from regionrel.money import CURRENCIES, Money
from regionrel.rates import ExchangeRate
from regionrel.scales import Scale

#: Every known ISO 4217 code.
currencies = st.sampled_from(sorted(CURRENCIES))

#: The currencies that regionrel names in words, and a few others.
common_currencies = st.sampled_from(["USD", "EUR", "RUB", "CNY", "GBP", "JPY", "CHF", "KZT"])

#: Exact amounts as publications have them: up to 18 digits, up to 6 decimals.
amounts = st.builds(
    lambda digits, places: Decimal(digits).scaleb(-places),
    st.integers(min_value=-(10**18), max_value=10**18),
    st.integers(min_value=0, max_value=6),
)

#: Non-zero amounts, for division.
nonzero_amounts = amounts.filter(bool)

#: Scales.
scales = st.sampled_from(list(Scale))

#: Factors for multiplication: ints and short Decimals.
factors = st.one_of(
    st.integers(min_value=-(10**6), max_value=10**6),
    st.builds(
        lambda digits, places: Decimal(digits).scaleb(-places),
        st.integers(min_value=-(10**6), max_value=10**6),
        st.integers(min_value=0, max_value=4),
    ),
)


@st.composite
def moneys(draw: st.DrawFn, currency: st.SearchStrategy[str] = currencies) -> Money:
    """Any Money in one of *currency*."""
    return Money(draw(amounts), draw(currency))


@st.composite
def money_lists(draw: st.DrawFn, max_size: int = 6) -> list[Money]:
    """Amounts that all share one currency."""
    code = draw(currencies)
    return [Money(a, code) for a in draw(st.lists(amounts, max_size=max_size))]


#: Positive exchange rates with up to 6 decimals.
rate_values = st.builds(
    lambda digits, places: Decimal(digits).scaleb(-places),
    st.integers(min_value=1, max_value=10**9),
    st.integers(min_value=0, max_value=6),
)

#: Days between 1992 and 2030.
days = st.dates(min_value=datetime.date(1992, 1, 1), max_value=datetime.date(2030, 12, 31))


@st.composite
def exchange_rates(draw: st.DrawFn) -> ExchangeRate:
    """One rate for a pair of distinct currencies on a day."""
    base = draw(currencies)
    quote = draw(currencies.filter(lambda code: code != base))
    return ExchangeRate(base, quote, draw(days), draw(rate_values))
