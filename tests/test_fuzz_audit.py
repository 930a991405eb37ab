"""Fuzz the audit with reports it accepted: consistent reports with one to four planted typos.

Each report is built from a consistent generated report
(:func:`tests.strategies.audit.consistent_reports`); one to four of its
figures are replaced by one-keystroke typos (:meth:`Reported.typo_variants`),
or by hostile values of the right kind (extreme, huge, look-alike), and the
report is rebuilt with :meth:`TradeReport.from_figures`. Whatever the report
accepts, :meth:`TradeReport.audit` must return a result: no error at all,
not even a RegionrelError, and within the time budget.
"""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from regionrel import Reported, TradeReport
from regionrel.errors import RegionrelError
from tests.fuzzing import check_escape, fuzz_settings
from tests.strategies.audit import consistent_reports
from tests.strategies.hostile import extreme_decimals, huge_ints, marked_numbers


def _with_typos(draw: st.DrawFn, figures: dict[str, Reported], count: int) -> dict[str, Reported]:
    names = draw(
        st.lists(st.sampled_from(sorted(figures)), min_size=1, max_size=count, unique=True)
    )
    for name in names:
        variants = figures[name].typo_variants()
        if variants:
            figures[name] = figures[name].corrected(draw(st.sampled_from(variants)))
    return figures


@st.composite
def typo_reports(draw: st.DrawFn, typos: int) -> TradeReport | None:
    """A consistent report with one to *typos* of its figures mistyped (None: refused)."""
    report, figures, _ = draw(consistent_reports())
    figures = _with_typos(draw, dict(figures), typos)
    try:
        return TradeReport.from_figures(figures, complete_ranks=report.complete_ranks)
    except RegionrelError:
        return None


@pytest.mark.parametrize("typos", [1, 2, 3, 4])
@fuzz_settings
@given(data=st.data())
def test_audit_of_reports_with_typos_returns(typos: int, data: st.DataObject) -> None:
    """Every report the audit accepted is audited: a result, never an error."""
    report = data.draw(typo_reports(typos))
    if report is None:
        return
    check_escape(report.audit, label=f"audit, {typos} typos", refuse=False)


@fuzz_settings
@given(data=st.data())
def test_audit_of_reports_with_hostile_figures(data: st.DataObject) -> None:
    """A consistent report with a figure replaced by a hostile value: refused or audited."""
    _, figures, _ = data.draw(consistent_reports())
    payload: dict[str, Any] = {k: v for k, v in figures.items() if ":" not in k}
    name = data.draw(st.sampled_from(sorted(payload) or ["turnover"]))
    payload[name] = data.draw(st.one_of(extreme_decimals, huge_ints, marked_numbers))

    def build_and_audit() -> object:
        return TradeReport(**payload).audit()

    check_escape(build_and_audit, label="TradeReport hostile figure")


#: The targets of this file, for test_fuzz.py's budget.
AUDIT_TARGETS = ["1 typo", "2 typos", "3 typos", "4 typos", "hostile figure"]
