"""The audit returns a result for every report it accepts, whatever slips the figures hold.

Reports are drawn as sources publish them (see :mod:`tests.strategies.audit_typos`)
with one to three figures changed by a keystroke or a sign. The audit must never
raise on them, must never flag the true figures, and must flag one slip whenever
plain arithmetic proves the slipped report wrong.
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from regionrel.audit import AuditResult, Cause, TradeReport
from regionrel.errors import ValidationError, WrongTypeError
from regionrel.reported import FigureKind, Reported
from tests.strategies.audit_typos import Slip, reports_with_slips

_SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
#: The sum rules between amounts: total = left + right.
_SUMS = (
    ("turnover", "exports", "imports"),
    ("exports", "balance", "imports"),
    ("turnover_previous", "exports_previous", "imports_previous"),
    ("exports_previous", "balance_previous", "imports_previous"),
)


def _provably_broken(figures: dict[str, Reported]) -> bool:
    """Whether a sum rule whose three figures are published fails by more than their rounding."""
    for total, left, right in _SUMS:
        if all(name in figures for name in (total, left, right)):
            t, a, b = figures[total], figures[left], figures[right]
            slack = t.precision + a.precision + b.precision
            if abs(t.value - a.value - b.value) > slack:
                return True
    return False


@given(reports_with_slips(slips=(0, 0)))
@_SETTINGS
def test_true_figures_published_at_any_scale_are_never_flagged(
    case: tuple[dict[str, Reported], str, list[Slip]],
) -> None:
    figures, scale, _ = case
    result = TradeReport.from_figures(figures, scale=scale).audit()
    assert result.ok, (figures, str(result))


@given(reports_with_slips(slips=(1, 3)))
@_SETTINGS
def test_the_audit_returns_a_result_for_every_report_with_slips(
    case: tuple[dict[str, Reported], str, list[Slip]],
) -> None:
    figures, scale, slips = case
    report = TradeReport.from_figures(figures, scale=scale)
    result = report.audit()
    assert isinstance(result, AuditResult)
    str(result)  # every message can be written
    if slips and result.ok:
        return
    for explanation in result.explanations:
        assert {name for name, _ in explanation.suggestions} == explanation.suspects


@given(reports_with_slips(slips=(1, 1)))
@_SETTINGS
def test_one_slip_that_arithmetic_proves_is_flagged_and_named(
    case: tuple[dict[str, Reported], str, list[Slip]],
) -> None:
    figures, scale, slips = case
    if not slips or not _provably_broken(figures):
        return
    (name, _, _) = slips[0]
    result = TradeReport.from_figures(figures, scale=scale).audit()
    assert not result.ok, (figures, slips)
    # Freeing the slipped figure restores the true values: a suspect set of one.
    assert frozenset({name}) in result.suspects, (figures, slips, str(result))


@pytest.mark.parametrize(
    "figures",
    [
        # Issue 18: a bare AssertionError in the diagnosis.
        {
            "turnover": "27",
            "balance": "-11.4",
            "imports_previous": "7.18",
            "turnover_growth": "+231.6%",
            "exports_growth": "70.0 times",
            "imports_exceed_exports_by": "246.84%",
        },
        {
            "turnover_index": "78%",
            "exports_growth": "16.090%",
            "exports_exceed_imports_by": "-800%",
            "exports_previous": "0",
            "imports": "31,405,252",
            "turnover_growth": "-22.270%",
            "imports_index": "781%",
        },
        # A "-0.0 times" multiple: a rounding slip below zero is no candidate.
        {
            "turnover": "2,526.22",
            "imports_previous": "-102.6",
            "turnover_growth": "14.9 times",
            "balance": "2,389",
            "imports_exceed_exports_by": "35.7 times",
        },
        {"exports_growth": "0.1 times", "exports": "50", "exports_previous": "70"},
    ],
)
def test_reports_that_crashed_the_audit_get_a_result(figures: dict[str, str]) -> None:
    result = TradeReport.from_figures(figures).audit()
    assert not result.ok
    assert result.explanations
    for diagnosis in result.diagnoses:
        assert not diagnosis.corrected.startswith("-0")


@given(st.integers(18, 60), st.integers(1, 9))
@example(18, 1)
def test_amounts_of_ten_to_the_eighteen_and_more_are_amounts(power: int, digit: int) -> None:
    exports = digit * 10**power
    imports = 10**power
    report = TradeReport(
        exports=str(exports), imports=str(imports), turnover=str(exports + imports)
    )
    assert report.audit().ok
    wrong = TradeReport(
        exports=str(exports), imports=str(imports), turnover=str(exports + 2 * imports)
    ).audit()
    assert [f.rule for f in wrong.errors] == ["turnover"]
    assert "never negative" not in str(wrong)


def test_a_negative_amount_is_still_impossible() -> None:
    result = TradeReport(exports="-5").audit()
    assert [f.message for f in result.errors] == [
        "exports -5 is impossible: an amount of trade is never negative"
    ]


def test_complete_ranks_that_are_no_iterable_are_refused_by_name() -> None:
    with pytest.raises(WrongTypeError) as info:
        TradeReport(exports="5", complete_ranks=5)  # type: ignore[arg-type]
    assert str(info.value) == (
        "TradeReport: 'complete_ranks' must be an iterable of flows (got 5)"
    )


def test_a_figure_too_long_for_a_typo_search_is_left_unexplained() -> None:
    long = "1" + "0" * 120
    result = TradeReport(exports=long, imports="1", turnover="5").audit()
    assert not result.ok
    assert result.explanations


@pytest.mark.parametrize(
    ("figures", "name", "cause", "corrected"),
    [
        # "+55%" that can only be an index of 55%: a fall of 45%.
        (
            {"exports": "55", "exports_previous": "100", "exports_growth": "+55%"},
            "exports_growth",
            Cause.INDEX_AS_GROWTH,
            "-45%",
        ),
        # An index of 104.9% published as a growth of 104.9%.
        (
            {"imports": "1,049", "imports_previous": "1,000", "imports_growth": "+104.9%"},
            "imports_growth",
            Cause.INDEX_AS_GROWTH,
            "+4.9%",
        ),
        # A growth of 4.9% published as an index of 4.9%.
        (
            {"imports": "1,049", "imports_previous": "1,000", "imports_index": "4.9%"},
            "imports_index",
            Cause.GROWTH_AS_INDEX,
            "104.9%",
        ),
        # "Exports exceed imports by 173%" for exports 1.73 times imports.
        (
            {"exports": "173", "imports": "100", "exports_exceed_imports_by": "173%"},
            "exports_exceed_imports_by",
            Cause.INDEX_AS_GROWTH,
            "73%",
        ),
    ],
)
def test_an_index_published_as_a_growth_is_diagnosed(
    figures: dict[str, str], name: str, cause: Cause, corrected: str
) -> None:
    result = TradeReport.from_figures(figures).audit()
    assert frozenset({name}) in result.suspects
    explanation = next(e for e in result.explanations if e.suspects == {name})
    found = [d for d in explanation.diagnoses if d.cause is cause]
    assert [d.corrected for d in found] == [corrected], str(result)
    assert "not the change" in found[0].detail or "not the level" in found[0].detail


def test_a_growth_field_published_as_an_index_kind_is_read_back() -> None:
    growth = Reported.parse("4.9%", kind=FigureKind.INDEX)
    report = TradeReport(exports="1,049", exports_previous="1,000", exports_growth=growth)
    result = report.audit()
    assert not result.ok
    causes = {d.cause for d in result.diagnoses if d.figure == "exports_growth"}
    assert Cause.GROWTH_AS_INDEX in causes, str(result)


def test_weights_stay_refused_when_not_positive() -> None:
    with pytest.raises(ValidationError, match="must be positive ints or Decimals"):
        TradeReport(exports="1", weights={"exports": Decimal("NaN")})


def test_an_audit_out_of_work_still_checks_the_likeliest_slips(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import regionrel.audit.diagnose as diagnose

    monkeypatch.setattr(diagnose, "REVISIONS_PER_AUDIT", 0)
    report = TradeReport(
        turnover="10,224.9",
        exports="7,109",
        imports="4,115.9",
        exports_growth="25.7%",
        imports_growth="14.8%",
        turnover_growth="21.5%",
    )
    result = report.audit()
    assert result.suggestions == {"turnover": Decimal("11224.9")}
    assert result.diagnoses[0].cause is Cause.TYPO


def test_a_hostile_report_of_many_suspect_sets_gets_a_result() -> None:
    report = TradeReport.from_statements(
        [
            ("balance", "-0"),
            ("imports_share", "0.0000000000000000000000000000001%"),
            ("partner:DE", "0.1"),
            ("goods_share:exports:m", "1000000"),
            ("goods_share:exports:f", "100%"),
            ("exports_exceed_imports_by", "7%"),
            ("group_share:CIS", "100%"),
            ("group_share:far", "33.3%"),
            ("balance", "0.05"),
        ]
    )
    result = report.audit()
    # (Two figures each: the goods share and one of the partner groups' shares. Three
    # were needed while the ceiling cut the turnover that a share of 1e-33% implies.)
    assert all(len(s) == 2 for s in result.suspects)
    assert all("goods_share:exports:m" in s for s in result.suspects)
