"""Plots of partner shares and trade series, as matplotlib Figures.

matplotlib is an optional extra (``pip install regionrel[plot]``), imported only
when a plot is made. Each function builds a :class:`matplotlib.figure.Figure`
with the object-oriented API: it touches no pyplot state, opens no window and
writes nothing. Show the figure in a notebook by leaving it as a cell's value, or
save it yourself with ``figure.savefig(...)``.

>>> from regionrel.trade import PartnerStructure
>>> shares = PartnerStructure.from_shares({"the PRC": "15.6", "Finland": "7.4"}, unit="percent")
>>> figure = plot_partner_shares(shares)
>>> [t.get_text() for t in figure.axes[0].get_yticklabels()]
['other partners', 'Finland', 'the PRC']
"""

from __future__ import annotations

from typing import Any

from regionrel.errors import WrongTypeError
from regionrel.regions import with_article
from regionrel.scales import Scale
from regionrel.tables import plain, require
from regionrel.trade.balance import trade_heading
from regionrel.trade.partners import PartnerStructure
from regionrel.trade.series import TradeSeries

__all__ = ["plot_partner_shares", "plot_trade_series"]


def _figure(cls: str, size: tuple[float, float]) -> Any:
    figure_module = require("matplotlib.figure", cls=cls)
    return figure_module.Figure(figsize=size, layout="constrained")


def plot_partner_shares(structure: PartnerStructure, *, others: bool = True) -> Any:
    """Plot each named partner's share of the flow as a horizontal bar, largest on top.

    Args:
        structure: the partner structure.
        others: add a bar for the partners not named, when there are any.

    Returns:
        A :class:`matplotlib.figure.Figure` with one axes; the shares are in percent.

    Raises:
        WrongTypeError: *structure* is not a PartnerStructure.
        MissingExtraError: matplotlib is not installed (``pip install regionrel[plot]``).
    """
    if not isinstance(structure, PartnerStructure):
        raise WrongTypeError(
            "must be a PartnerStructure",
            cls="plot_partner_shares",
            field="structure",
            value=structure,
        )
    figure = _figure("plot_partner_shares", (6.0, 0.4 * len(structure) + 1.5))
    axes = figure.add_subplot()
    rows = sorted(
        (
            (str(plain(p)), s * 100)
            for p, s in zip(structure.partners, structure.shares, strict=True)
        ),
        key=lambda row: row[1],
    )
    if others and not structure.is_complete:
        rows.insert(0, ("other partners", structure.other_share * 100))
    labels = [label for label, _ in rows]
    bars = axes.barh(labels, [share for _, share in rows])
    axes.bar_label(bars, fmt="%.1f%%", padding=2)
    axes.set_xlabel("share of the total, %")
    title = f"{structure.flow.value.capitalize()} by partner"
    if structure.reporter is not None:
        title += f" of {with_article(structure.reporter.name)}"
    if structure.period is not None:
        title += f", {structure.period}"
    axes.set_title(title)
    return figure


def plot_trade_series(series: TradeSeries, *, scale: Scale | str | int = "million") -> Any:
    """Plot exports and imports as lines, and the balance as bars, period by period.

    Args:
        series: the trade series.
        scale: the scale of the vertical axis (``"unit"``, ``"thousand"``,
            ``"million"``, ``"billion"``).

    Returns:
        A :class:`matplotlib.figure.Figure` with one axes.

    Raises:
        WrongTypeError: *series* is not a TradeSeries.
        ValidationError: an unknown scale.
        MissingExtraError: matplotlib is not installed (``pip install regionrel[plot]``).

    >>> from regionrel.money import Money
    >>> from regionrel.periods import Period
    >>> from regionrel.trade import TradeBalance
    >>> series = TradeSeries([TradeBalance(Money(x, "USD"), Money(4_000_000_000, "USD"),
    ...     period=Period.year(y)) for y, x in ((2017, 5_655_000_000), (2018, 7_109_000_000))])
    >>> axes = plot_trade_series(series, scale="billion").axes[0]
    >>> [text.get_text() for text in axes.get_legend().get_texts()], axes.get_ylabel()
    (['exports', 'imports', 'balance'], 'billion USD')
    """
    if not isinstance(series, TradeSeries):
        raise WrongTypeError(
            "must be a TradeSeries", cls="plot_trade_series", field="series", value=series
        )
    chosen = Scale.coerce(scale)
    factor = chosen.factor
    figure = _figure("plot_trade_series", (7.0, 4.0))
    axes = figure.add_subplot()
    labels = [str(b.period) for b in series.balances]
    for name in ("exports", "imports"):
        values = [float(getattr(b, name).amount) / factor for b in series.balances]
        axes.plot(labels, values, marker="o", label=name)
    balances = [float(b.balance.amount) / factor for b in series.balances]
    axes.bar(labels, balances, alpha=0.3, label="balance", color="grey")
    axes.axhline(0, color="black", linewidth=0.5)
    unit = series.balances[0].currency
    axes.set_ylabel(unit if factor == 1 else f"{chosen.name.lower()} {unit}")
    first = series.balances[0]
    axes.set_title(trade_heading(first.reporter, first.partner))
    axes.legend()
    return figure
