"""Trade balances, changes, partners, series and volumes ignore the caller's decimal context."""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from regionrel import (
    Money,
    PartnerStructure,
    Period,
    PhysicalFlow,
    TradeBalance,
    TradeChange,
    TradeSeries,
)
from tests._context import ROUNDINGS, hostile, same_in, settings_of_contexts
from tests.strategies.trade import balances, positive_amounts

growth_texts = st.builds(
    lambda digits, places: f"{Decimal(digits).scaleb(-places):+f}%",
    st.integers(-99_999, 10**9),
    st.integers(0, 4),
).filter(lambda text: Decimal(text[:-1]) > -100)


@given(balances(positive=True), balances(positive=True), growth_texts, settings_of_contexts)
def test_balances_and_changes_ignore_the_context(
    before: TradeBalance, after: TradeBalance, growth: str, context: tuple[int, str]
) -> None:
    after = TradeBalance(
        exports=Money(after.exports.amount, before.currency),
        imports=Money(after.imports.amount, before.currency),
    )
    change = TradeChange(previous=before, current=after)

    def everything() -> object:
        return (
            after.turnover,
            after.balance,
            after.coverage,
            after.exports_exceed_imports_by,
            after.balance_to_turnover,
            after.export_share,
            after.previous_from_growth(exports=growth, imports=Fraction(1, 3)),
            after.previous_from_growth(exports=0.257, imports=Decimal("-0.5")),
            [change.change(f) for f in ("exports", "imports", "turnover", "balance")],
            [change.growth(f) for f in ("exports", "imports", "turnover")],
            [change.index(f) for f in ("exports", "imports", "turnover")],
            [change.contribution(f) for f in ("exports", "imports")],
            [change.share_of_change(f) for f in ("exports", "imports")],
            str(after),
        )

    same_in(*context, everything)


@pytest.mark.parametrize("rounding", ROUNDINGS)
def test_growth_text_is_read_exactly_in_any_context(rounding: str) -> None:
    balance = TradeBalance(exports=Money("7109", "USD"), imports=Money("4115.9", "USD"))
    expected = balance.previous_from_growth(exports="+25.7%", imports="+14.8%")
    with hostile(2, rounding):
        got = balance.previous_from_growth(exports="+25.7%", imports="+14.8%")
    assert got == expected
    assert round(got.exports.amount, 1) == Decimal("5655.5")


@given(
    st.lists(positive_amounts, min_size=1, max_size=6),
    positive_amounts,
    st.floats(0, 1),
    settings_of_contexts,
)
def test_partner_structures_ignore_the_context(
    values: list[Decimal], extra: Decimal, share: float, context: tuple[int, str]
) -> None:
    named = {f"P{i}": Money(v, "USD") for i, v in enumerate(values)}
    total = Money(sum(values, extra), "USD")

    def everything() -> object:
        by_value = PartnerStructure.from_values(named, total=total)
        by_share = PartnerStructure.from_shares(
            {"A": share}, unit="fraction", total=total, partner_count=3
        )
        return (
            by_value,
            by_value.other_partners,
            by_value.value_of("P0"),
            by_share.value_of("A"),
            by_share.other_partners,
            PartnerStructure.from_values(named),
        )

    same_in(*context, everything)


@given(st.lists(positive_amounts, min_size=2, max_size=6), settings_of_contexts)
def test_series_ignore_the_context(values: list[Decimal], context: tuple[int, str]) -> None:
    def everything() -> object:
        series = TradeSeries(
            [
                TradeBalance(
                    exports=Money(v, "USD"), imports=Money(v, "USD"), period=Period.year(2000 + i)
                )
                for i, v in enumerate(values)
            ]
        )
        return (series.cagr("exports"), series.year_on_year("turnover"), series.to_records())

    same_in(*context, everything)


@pytest.mark.parametrize("rounding", ROUNDINGS)
def test_volumes_ignore_the_context(rounding: str) -> None:
    def everything() -> tuple[object, ...]:
        flow = PhysicalFlow.of(Money("7109000", "USD"), "12345.678", "t")
        return (flow, flow.unit_value(), flow.unit_value("kg"), flow.unit_value("g"))

    same_in(2, rounding, everything)
    flow = PhysicalFlow.of(Money("7109000", "USD"), "12345.678", "t")
    assert str(flow.unit_value("kg").money) == "0.5758290472179818718745134937 USD"
