"""The audit gives the same verdict, texts and numbers whatever the caller's decimal context."""

from __future__ import annotations

import decimal
from decimal import Decimal as D  # noqa: N817

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from regionrel.audit import Interval, TradeReport
from regionrel.audit.figures import Figure
from regionrel.reported import Reported
from tests._context import ROUNDINGS, hostile
from tests.strategies.audit import typo_injected_reports


def _seed_report() -> TradeReport:
    return TradeReport(
        turnover="10,224.9",
        exports="7,109.0",
        imports="4,115.9",
        exports_growth="+25.7%",
        imports_growth="+14.8%",
        turnover_growth="+21.5%",
        exports_exceed_imports_by="73%",
    )


@pytest.mark.parametrize("rounding", ROUNDINGS)
@pytest.mark.parametrize("prec", [2, 6])
def test_the_seeds_audit_is_the_same_in_any_context(prec: int, rounding: str) -> None:
    expected = _seed_report().audit()
    with hostile(prec, rounding):
        report = _seed_report()
        result = report.audit()
        records, text = result.to_records(), str(result)
    assert result.suggestions == expected.suggestions == {"turnover": D("11224.9")}
    assert result.suspects == expected.suspects
    assert text == str(expected)
    assert records == expected.to_records()


@given(typo_injected_reports(), st.integers(1, 6), st.sampled_from(ROUNDINGS))
@settings(max_examples=40, deadline=None)
def test_any_audit_is_the_same_in_any_context(
    case: tuple[TradeReport, str, Reported, object], prec: int, rounding: str
) -> None:
    report = case[0]
    expected = report.audit()
    with hostile(prec, rounding):
        result = report.audit()
    assert result.suspects == expected.suspects
    assert result.suggestions == expected.suggestions
    assert str(result) == str(expected)


digits = st.decimals(
    min_value=D("-1e30"), max_value=D("1e30"), places=12, allow_nan=False, allow_infinity=False
)


@given(digits, digits, st.integers(1, 6), st.sampled_from(ROUNDINGS))
def test_an_intervals_width_and_midpoint_ignore_the_context(
    a: D, b: D, prec: int, rounding: str
) -> None:
    interval = Interval.of(min(a, b), max(a, b))
    width, midpoint = interval.width, interval.midpoint
    with hostile(prec, rounding):
        assert interval.width == width
        assert interval.midpoint == midpoint
    # The width is exact: it adds back to the upper bound.
    assert decimal.Context(prec=200).add(interval.lo, width) == interval.hi


@pytest.mark.parametrize("rounding", ROUNDINGS)
def test_a_figures_range_reads_the_same_in_any_context(rounding: str) -> None:
    growth = Figure.of("exports_growth", Reported.parse("+25.7%"))
    amount = Figure.of("turnover", Reported.parse("10,224.9"))
    with hostile(2, rounding):
        shown = (
            amount.show_range((D("10224.81"), D("10225.37"))),
            growth.show_range((D("1.234"), D("7.891"))),
            growth.to_own(growth.bounds),
            amount.bounds,
        )
    assert shown == (
        "10,225.1 (10,224.8 to 10,225.4)",
        "+4.6% (+1.2% to +7.9%)",
        growth.own_bounds,
        (D("10224.85"), D("10224.95")),
    )
