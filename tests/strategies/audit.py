"""Hypothesis strategies for the audit: true trade figures, published with rounding, and typos.

A *world* is a set of true values (flows this year and last, partners,
group members); :func:`true_figures` derives every figure a report may
publish from it, exactly; :func:`publish` rounds each as a source would.
The benchmark of the detection rate uses the same functions with its own
random numbers.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from decimal import Context, Decimal
from typing import Any

from hypothesis import strategies as st

from regionrel.audit import TradeReport
from regionrel.reported import FigureKind, Reported

__all__ = [
    "World",
    "consistent_reports",
    "publish",
    "true_figures",
    "typo_injected_reports",
    "worlds",
]

_EXACT = Context(prec=60)
_HUNDRED = Decimal(100)

#: The figures of the rules between flows, with the kind each is published as.
FLOW_FIGURES: dict[str, FigureKind] = {
    "turnover": FigureKind.NUMBER,
    "exports": FigureKind.NUMBER,
    "imports": FigureKind.NUMBER,
    "balance": FigureKind.NUMBER,
    "turnover_previous": FigureKind.NUMBER,
    "exports_previous": FigureKind.NUMBER,
    "imports_previous": FigureKind.NUMBER,
    "balance_previous": FigureKind.NUMBER,
    "turnover_growth": FigureKind.PERCENT,
    "exports_growth": FigureKind.PERCENT,
    "imports_growth": FigureKind.PERCENT,
    "turnover_index": FigureKind.PERCENT,
    "exports_index": FigureKind.PERCENT,
    "imports_index": FigureKind.PERCENT,
    "exports_exceed_imports_by": FigureKind.PERCENT,
    "imports_exceed_exports_by": FigureKind.PERCENT,
}


class World:
    """True values: flows of two periods, partners' parts of turnover, group members' exports."""

    def __init__(
        self,
        exports_previous: Decimal,
        imports_previous: Decimal,
        exports_ratio: Decimal,
        imports_ratio: Decimal,
        partners: Sequence[Decimal] = (),
        extra_partners: int = 1,
        members: Sequence[Decimal] = (),
    ) -> None:
        self.exports_previous = exports_previous
        self.imports_previous = imports_previous
        self.exports = exports_previous * exports_ratio
        self.imports = imports_previous * imports_ratio
        self.partners = tuple(partners)
        self.extra_partners = extra_partners
        self.members = tuple(members)

    def __repr__(self) -> str:
        return f"World(exports={self.exports}, imports={self.imports}, previous=({self.exports_previous}, {self.imports_previous}), partners={self.partners}, members={self.members})"


def _div(a: Decimal, b: Decimal) -> Decimal:
    return _EXACT.divide(a, b)


def true_figures(world: World) -> dict[str, tuple[Decimal, FigureKind]]:
    """Every figure the world makes publishable, exact (to 60 digits), with its kind."""
    x, m = world.exports, world.imports
    xp, mp = world.exports_previous, world.imports_previous
    t, tp = x + m, xp + mp
    values: dict[str, Decimal] = {
        "turnover": t,
        "exports": x,
        "imports": m,
        "balance": x - m,
        "turnover_previous": tp,
        "exports_previous": xp,
        "imports_previous": mp,
        "balance_previous": xp - mp,
    }
    for flow, now, before in (("turnover", t, tp), ("exports", x, xp), ("imports", m, mp)):
        if before > 0:
            ratio = _div(now, before)
            values[f"{flow}_growth"] = (ratio - 1) * _HUNDRED
            values[f"{flow}_index"] = ratio * _HUNDRED
    if m > 0:
        values["exports_exceed_imports_by"] = (_div(x, m) - 1) * _HUNDRED
    if x > 0:
        values["imports_exceed_exports_by"] = (_div(m, x) - 1) * _HUNDRED
    result = {name: (value, FLOW_FIGURES[name]) for name, value in values.items()}
    for n, part in enumerate(world.partners):
        code = f"P{n}"
        result[f"partner:{code}"] = (t * part, FigureKind.NUMBER)
        result[f"share:{code}"] = (part * _HUNDRED, FigureKind.PERCENT)
    if world.partners:
        result["partner_count"] = (
            Decimal(len(world.partners) + world.extra_partners),
            FigureKind.NUMBER,
        )
    if world.members:
        above = sum(1 for v in world.members if v > x)
        result["rank:exports"] = (Decimal(above + 1), FigureKind.NUMBER)
        for n, value in enumerate(world.members):
            result[f"rank:exports:M{n}"] = (value, FigureKind.NUMBER)
    return result


def publish(
    truth: Mapping[str, tuple[Decimal, FigureKind]], decimals: Mapping[str, int]
) -> dict[str, Reported]:
    """Round each chosen figure to its decimals (counts and places exactly)."""
    out: dict[str, Reported] = {}
    for name, places in decimals.items():
        value, kind = truth[name]
        if name == "partner_count" or name == "rank:exports":
            out[name] = Reported.from_value(value, 0)
        else:
            out[name] = Reported.from_value(value, places, kind=kind)
    return out


def _amount(draw: st.DrawFn, low: int, high: int) -> Decimal:
    return Decimal(draw(st.integers(low, high))).scaleb(-3)


@st.composite
def worlds(draw: st.DrawFn, *, partners: bool = True, members: bool = True) -> World:
    """True worlds: flows from 10 to 100,000 (in the report's scale), ratios 0.3 to 3."""
    xp = _amount(draw, 10_000, 100_000_000)
    mp = _amount(draw, 10_000, 100_000_000)
    rx = Decimal(draw(st.integers(3_000, 30_000))).scaleb(-4)
    rm = Decimal(draw(st.integers(3_000, 30_000))).scaleb(-4)
    parts: list[Decimal] = []
    if partners:
        room = 1000
        for _ in range(draw(st.integers(0, 4))):
            share = draw(st.integers(1, max(1, room // 2)))
            room -= share
            parts.append(Decimal(share).scaleb(-3))
    world = World(xp, mp, rx, rm, parts, draw(st.integers(1, 150)))
    if members:
        world.members = tuple(
            _amount(draw, 1_000, 200_000_000) for _ in range(draw(st.integers(0, 4)))
        )
    return world


@st.composite
def consistent_reports(draw: st.DrawFn) -> tuple[TradeReport, dict[str, Reported], World]:
    """Reports of true values rounded as published: a random subset of figures and digits."""
    world = draw(worlds())
    truth = true_figures(world)
    names = sorted(truth)
    chosen = draw(st.lists(st.sampled_from(names), min_size=2, max_size=len(names), unique=True))
    decimals = {name: draw(st.integers(0, 2)) for name in chosen}
    figures = publish(truth, decimals)
    members = {name for name in names if name.startswith("rank:exports:")}
    complete = draw(st.booleans()) and members <= set(chosen)
    report = TradeReport.from_figures(figures, complete_ranks=["exports"] if complete else [])
    return report, figures, world


@st.composite
def typo_injected_reports(draw: st.DrawFn) -> tuple[TradeReport, str, Reported, Any]:
    """A consistent report with one figure replaced by one of its one-keystroke typos."""
    report, figures, _ = draw(consistent_reports())
    name = draw(st.sampled_from(sorted(figures)))
    variants = figures[name].typo_variants()
    if not variants:
        return report, name, figures[name], figures
    typo = draw(st.sampled_from(variants))
    figures[name] = figures[name].corrected(typo)
    broken = TradeReport.from_figures(figures, complete_ranks=report.complete_ranks)
    return broken, name, figures[name], figures
