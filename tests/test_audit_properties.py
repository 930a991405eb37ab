"""Properties of the audit: true figures are never flagged; a typo is found whenever the rules can tell."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from regionrel.audit import Severity, TradeReport
from regionrel.reported import Reported
from tests.strategies.audit import consistent_reports, typo_injected_reports


@given(consistent_reports())
@settings(max_examples=300, deadline=None)  # a contradictory report may cost tens of ms
def test_true_values_rounded_as_published_are_never_flagged(
    case: tuple[TradeReport, dict[str, Reported], object],
) -> None:
    report, _, world = case
    result = report.audit()
    assert result.ok, (world, str(result))
    assert result.findings == ()
    assert result.suspects == []


@given(typo_injected_reports())
@settings(max_examples=300, deadline=None)  # a contradictory report may cost tens of ms
def test_a_detected_typo_names_its_figure_and_every_suspect_set_meets_every_broken_rule(
    case: tuple[TradeReport, str, Reported, object],
) -> None:
    report, name, _, _ = case
    result = report.audit()
    if result.ok:
        return
    # Freeing the mistyped figure restores the true values: it is a minimal set on its own.
    assert frozenset({name}) in result.suspects, str(result)
    # No set blames only figures that the broken rules show consistent.
    for suspects in result.suspects:
        for finding in result.findings:
            if finding.severity is Severity.ERROR and finding.rule != "joint":
                assert suspects & set(finding.figures), (suspects, finding)
    assert result.suggestions
    assert result.diagnoses


@given(consistent_reports(), st.data())
@settings(max_examples=100, deadline=None)
def test_a_changed_figure_gives_a_set_of_one_and_a_suggestion_it_needs(
    case: tuple[TradeReport, dict[str, Reported], object], data: st.DataObject
) -> None:
    report, figures, _ = case
    name = data.draw(st.sampled_from(sorted(figures)))
    published = figures[name]
    wrong = dict(figures)
    wrong[name] = Reported.from_value(
        published.value * 3 + 7, published.decimals, kind=published.kind
    )
    result = TradeReport.from_figures(wrong, complete_ranks=report.complete_ranks).audit()
    if result.ok:
        return
    # Freeing the changed figure makes the rules hold, so a set of one always works.
    assert result.best is not None
    assert len(result.best.suspects) == 1
    needed = dict(result.best.needed)
    for figure, value in result.suggestions.items():
        # The suggestion stands for values that meet what the rules need of the figure.
        exponent = value.as_tuple().exponent
        assert isinstance(exponent, int)
        suggested = Reported.from_value(value, max(0, -exponent), kind=wrong[figure].kind)
        low, high = suggested.interval
        assert low <= needed[figure].hi, (figure, value, needed[figure])
        assert needed[figure].lo <= high, (figure, value, needed[figure])
