"""Properties of the partner-group and rank rules: true figures are never flagged, a typo
that the rules can see is found and named."""

from __future__ import annotations

from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from regionrel.audit import FigureKey, TradeReport
from regionrel.reported import FigureKind, Reported

_HUNDRED = Decimal(100)
_GROUPS = ("CIS", "far abroad")


def _amount(draw: st.DrawFn, low: int, high: int) -> Decimal:
    return Decimal(draw(st.integers(low, high))).scaleb(-3)


@st.composite
def group_truths(draw: st.DrawFn) -> dict[FigureKey, tuple[Decimal, FigureKind]]:
    """Exact figures of one report: flows, the CIS's and the far abroad's parts of each
    (values and shares), and places at two levels among members' exports."""
    x, m = _amount(draw, 10_000, 100_000_000), _amount(draw, 10_000, 100_000_000)
    cis_x = x * Decimal(draw(st.integers(0, 1000))).scaleb(-3)
    cis_m = m * Decimal(draw(st.integers(0, 1000))).scaleb(-3)
    truth: dict[FigureKey, tuple[Decimal, FigureKind]] = {
        FigureKey.amount("exports"): (x, FigureKind.NUMBER),
        FigureKey.amount("imports"): (m, FigureKind.NUMBER),
        FigureKey.amount("turnover"): (x + m, FigureKind.NUMBER),
    }
    for flow, total, cis in (
        ("exports", x, cis_x),
        ("imports", m, cis_m),
        ("turnover", x + m, cis_x + cis_m),
    ):
        for group, value in zip(_GROUPS, (cis, total - cis), strict=True):
            truth[FigureKey.group_value(group, of=flow)] = (value, FigureKind.NUMBER)
            share = value / total * _HUNDRED  # the default context: 28 digits, then rounded
            truth[FigureKey.group_share(group, of=flow)] = (share, FigureKind.PERCENT)
    for level in ("District", "Russia"):
        members = [_amount(draw, 1_000, 200_000_000) for _ in range(draw(st.integers(0, 3)))]
        members = [v for v in members if v != x]
        truth[FigureKey.rank("exports", level=level)] = (
            Decimal(sum(1 for v in members if v > x) + 1),
            FigureKind.NUMBER,
        )
        for n, value in enumerate(members):
            key = FigureKey.rank_value("exports", f"M{n}", level=level)
            truth[key] = (value, FigureKind.NUMBER)
    return truth


@st.composite
def group_reports(draw: st.DrawFn) -> dict[FigureKey, Reported]:
    """A random choice of the true figures, each rounded to 0-2 decimals (places exactly)."""
    truth = draw(group_truths())
    keys = sorted(truth)
    chosen = draw(st.lists(st.sampled_from(keys), min_size=2, max_size=len(keys), unique=True))
    out = {}
    for key in chosen:
        value, kind = truth[key]
        if key.measure.value == "rank":
            out[key] = Reported.from_value(value, 0)
        else:
            out[key] = Reported.from_value(value, draw(st.integers(0, 2)), kind=kind)
    return out


@given(group_reports())
@settings(max_examples=300, deadline=None)
def test_true_group_figures_and_ranks_rounded_as_published_are_never_flagged(
    figures: dict[FigureKey, Reported],
) -> None:
    result = TradeReport.from_statements(list(figures.items())).audit()
    assert result.ok, str(result)


def _half(figure: Reported) -> Decimal:
    return Decimal(5).scaleb(-figure.decimals - 1)


@given(group_reports(), st.data())
@settings(max_examples=300, deadline=None)
def test_a_typo_in_a_group_figure_is_named_and_found_when_the_rules_can_see_it(
    figures: dict[FigureKey, Reported], data: st.DataObject
) -> None:
    key = data.draw(st.sampled_from(sorted(figures)))
    variants = figures[key].typo_variants()
    if not variants:
        return
    true = figures[key]
    typo = true.corrected(data.draw(st.sampled_from(variants)))
    result = TradeReport.from_statements(list({**figures, key: typo}.items())).audit()
    if not result.ok:
        assert frozenset({str(key)}) in result.suspects, str(result)
    # A share whose partner in the whole is published: off by more than both
    # roundings together, the typo cannot hide.
    if key.measure.value == "group_share":
        other = FigureKey.group_share(_GROUPS[1 - _GROUPS.index(key.subject or "")], of=key.flow)
        if other in figures and abs(typo.value - true.value) > 2 * (
            _half(true) + _half(typo) + _half(figures[other])
        ):
            assert not result.ok
            assert frozenset({str(key)}) in result.suspects
