"""TradeReport: how figures are taken in (order, locale, weights) and the findings of natural ranges."""

from __future__ import annotations

import pytest

from regionrel.audit import Severity, TradeReport
from regionrel.errors import ValidationError, WrongTypeError


def test_from_figures_puts_keyword_figures_in_report_order_and_the_rest_after() -> None:
    report = TradeReport.from_figures(
        {"share:CN": "1%", "imports": "1", "partner_count": "3", "turnover": "2"}
    )
    assert report.names == ("turnover", "imports", "partner_count", "share:CN")


def test_from_figures_keeps_the_locale() -> None:
    report = TradeReport.from_figures({"exports": "7 109,5"}, locale="ru")
    assert report.locale == "ru"
    assert str(report.figure("exports").value) == "7109.5"


def test_from_figures_needs_a_mapping() -> None:
    with pytest.raises(WrongTypeError) as info:
        TradeReport.from_figures(["exports"])  # type: ignore[arg-type]
    assert info.value.field == "figures"
    assert str(info.value) == (
        "TradeReport: 'figures' must be a mapping (got ['exports'] that is a list)"
    )


@pytest.mark.parametrize("weight", [True, "2", 1.5, -1])
def test_weights_must_be_positive_ints_or_decimals(weight: object) -> None:
    with pytest.raises(ValidationError) as info:
        TradeReport(exports="1", weights={"exports": weight})
    assert info.value.field == "weights"
    assert info.value.value == weight
    assert str(info.value).startswith(
        "TradeReport: 'weights' must be positive ints or Decimals (got "
    )


def test_a_consistent_report_has_no_findings_and_no_explanations() -> None:
    result = TradeReport(exports="7,109", imports="4,115.9", balance="2,993.1").audit()
    assert result.findings == ()
    assert result.explanations == ()


def test_a_share_over_100_percent_is_out_of_range() -> None:
    result = TradeReport(shares={"CN": "150%"}).audit()
    assert result.to_records() == [
        {
            "severity": "error",
            "rule": "range:share:CN",
            "figures": "share:CN",
            "message": "CN's share of turnover 150% is impossible: a share lies between 0% and 100%",
        }
    ]
    assert result.suspects == [frozenset({"share:CN"})]
    assert result.suggestions == {"share:CN": 100}


def test_a_negative_amount_is_out_of_range() -> None:
    result = TradeReport(exports="-7,109", imports="4,115.9", balance="2,993.1").audit()
    assert result.to_records() == [
        {
            "severity": "error",
            "rule": "range:exports",
            "figures": "exports",
            "message": "exports -7,109 is impossible: an amount of trade is never negative",
        },
        {
            "severity": "error",
            "rule": "balance",
            "figures": "exports, imports, balance",
            "message": "balance = exports - imports does not hold for exports -7,109, "
            "imports 4,115.9, balance 2,993.1",
        },
    ]


def test_place_zero_is_out_of_range_but_place_one_and_a_zero_member_are_fine() -> None:
    result = TradeReport(ranks={"exports": "0"}).audit()
    assert result.findings[0].rule == "range:rank:exports"
    assert result.findings[0].severity is Severity.ERROR
    assert result.findings[0].message == (
        "place in exports 0 is impossible: a count or place is a whole number of at least 1"
    )
    first = TradeReport(
        exports="7,109", ranks={"exports": "1"}, rank_values={"exports": {"A": "0"}}
    )
    assert first.audit().ok
    assert TradeReport(partner_count="0").audit().ok


def test_a_joint_finding_names_every_figure() -> None:
    result = TradeReport(turnover="6000", balance="1000", exports_exceed_imports_by="50%").audit()
    assert result.to_records() == [
        {
            "severity": "error",
            "rule": "joint",
            "figures": "turnover, balance, exports_exceed_imports_by",
            "message": "each rule holds on its own, but no values within the figures' "
            "rounding satisfy all of them at once",
        }
    ]
