"""The diagnosis of suspect sets: suggested values, the slips tried, and the explanation's words."""

from __future__ import annotations

from decimal import Decimal

from regionrel.audit import Cause, Interval, TradeReport

MEMBERS = {f"R{i}": str(8000 + i * 10) for i in range(12)}


def test_an_unexplained_amount_keeps_its_published_decimals() -> None:
    result = TradeReport(exports="7,109", imports="4,115.9", turnover="50,000.0").audit()
    first = result.explanations[0]
    assert first.suspects == frozenset({"turnover"})
    assert first.needed == (("turnover", Interval.of("11224.35", "11225.45")),)
    assert first.suggestions == (("turnover", Decimal("11224.9")),)
    (diagnosis,) = first.diagnoses
    assert diagnosis.cause is Cause.UNEXPLAINED
    assert diagnosis.corrected == "11,224.9"
    assert diagnosis.value == Decimal("11224.9")
    assert first.ambiguous is False
    assert diagnosis.detail == "needs 11,224.9 (11,224.4 to 11,225.5)"


def test_an_unexplained_place_is_a_whole_number() -> None:
    # Twelve members of a complete list export more: the place is 13, which no slip of "9" reaches.
    report = TradeReport(
        exports="7,109",
        ranks={"exports": "9"},
        rank_values={"exports": MEMBERS},
        complete_ranks=["exports"],
    )
    result = report.audit()
    assert [f.rule for f in result.findings] == ["rank:exports"]
    place = next(e for e in result.explanations if e.suspects == {"rank:exports"})
    assert place.suggestions == (("rank:exports", Decimal(13)),)
    (diagnosis,) = place.diagnoses
    assert (diagnosis.cause, diagnosis.published, diagnosis.corrected, diagnosis.detail) == (
        Cause.UNEXPLAINED,
        "9",
        "13",
        "needs 13",
    )
    assert place.message.endswith(
        "gives 13. Every rule holds with place in exports 13, and not with 9. "
        "No simple slip explains rank:exports: it needs 13."
    )
    exports = next(e for e in result.explanations if e.suspects == {"exports"})
    assert exports.suggestions == (("exports", Decimal(8035)),)
    assert result.ambiguous


def test_a_balance_of_one_may_have_lost_its_sign() -> None:
    result = TradeReport(exports="4.0", imports="5.0", balance="1.0").audit()
    balance = next(e for e in result.explanations if e.suspects == {"balance"})
    (diagnosis,) = balance.diagnoses
    assert (diagnosis.cause, diagnosis.corrected, diagnosis.value, diagnosis.detail) == (
        Cause.SIGN,
        "-1.0",
        Decimal("-1.0"),
        "sign flipped: 1.0 should read -1.0",
    )


def test_an_amount_of_one_may_be_a_thousand() -> None:
    result = TradeReport(exports="1", imports="500", turnover="1,500").audit()
    exports = next(e for e in result.explanations if e.suspects == {"exports"})
    (diagnosis,) = exports.diagnoses
    assert (diagnosis.cause, diagnosis.corrected, diagnosis.value, diagnosis.detail) == (
        Cause.SCALE,
        "1,000",
        Decimal(1000),
        "written a thousand times too small (thousands for millions?)",
    )
    assert exports.suggestions == (("exports", Decimal(1000)),)
