"""Plots: Figures built with matplotlib's object-oriented API, nothing shown or written."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from matplotlib.figure import Figure

from regionrel.errors import ValidationError, WrongTypeError
from regionrel.money import Money
from regionrel.periods import Period
from regionrel.plots import plot_partner_shares, plot_trade_series
from regionrel.tables import MissingExtraError
from regionrel.trade import PartnerStructure, TradeBalance, TradeSeries
from tests import _display_objects as seed


def test_partner_shares_bars_largest_on_top_with_the_others() -> None:
    figure = plot_partner_shares(seed.PARTNERS)
    assert isinstance(figure, Figure)
    assert len(figure.axes) == 1
    axes: Any = figure.axes[0]
    labels = [t.get_text() for t in axes.get_yticklabels()]
    assert labels == ["other partners", "Finland", "the PRC"]
    widths = [patch.get_width() for patch in axes.patches]
    assert widths == pytest.approx([77.0, 7.4, 15.6])
    assert [t.get_text() for t in axes.texts] == ["77.0%", "7.4%", "15.6%"]
    assert axes.get_title() == "Turnover by partner"
    assert axes.get_xlabel() == "share of the total, %"


def test_partner_shares_without_the_others_bar() -> None:
    axes = plot_partner_shares(seed.PARTNERS, others=False).axes[0]
    assert [t.get_text() for t in axes.get_yticklabels()] == ["Finland", "the PRC"]


def test_complete_structure_has_no_others_bar_and_a_full_title() -> None:
    structure = PartnerStructure.from_values(
        {seed.KURSK: Money(3, "USD"), "Finland": Money(1, "USD")},
        reporter=seed.LENINGRAD,
        period=Period.year(2018),
        flow="exports",
    )
    axes = plot_partner_shares(structure).axes[0]
    assert [t.get_text() for t in axes.get_yticklabels()] == ["Finland", "Kursk Region"]
    assert axes.get_title() == "Exports by partner of the Leningrad Region, 2018"


def test_trade_series_lines_and_balance_bars() -> None:
    figure = plot_trade_series(seed.SERIES)
    assert isinstance(figure, Figure)
    assert len(figure.axes) == 1
    axes: Any = figure.axes[0]
    exports, imports = axes.get_lines()[:2]
    assert list(exports.get_ydata()) == pytest.approx([4000.0, 7109.0])
    assert list(imports.get_ydata()) == pytest.approx([3000.0, 4115.9])
    assert list(exports.get_xdata()) == ["2016", "2018"]
    assert [p.get_height() for p in axes.patches] == pytest.approx([1000.0, 2993.1])
    assert axes.get_ylabel() == "million USD"
    assert axes.get_title() == "Foreign trade of the Leningrad Region"
    assert [t.get_text() for t in axes.get_legend().get_texts()] == [
        "exports",
        "imports",
        "balance",
    ]


def test_trade_series_in_units_and_with_a_partner() -> None:
    series = TradeSeries(
        [
            TradeBalance(
                Money(5, "EUR"), Money(8, "EUR"), partner=seed.KURSK, period=Period.year(y)
            )
            for y in (2017, 2018)
        ]
    )
    axes = plot_trade_series(series, scale="unit").axes[0]
    assert axes.get_ylabel() == "EUR"
    assert axes.get_title() == "Trade with the Kursk Region"
    assert [p.get_height() for p in axes.patches] == pytest.approx([-3.0, -3.0])


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (
            lambda: plot_partner_shares({"A": 0.5}),  # type: ignore[arg-type]
            "plot_partner_shares: 'structure' must be a PartnerStructure (got {'A': 0.5} that is a dict)",
        ),
        (
            lambda: plot_trade_series([seed.BALANCE]),  # type: ignore[arg-type]
            "plot_trade_series: 'series' must be a TradeSeries (got [TradeBalance(",
        ),
    ],
)
def test_wrong_types(call: object, message: str) -> None:
    with pytest.raises(WrongTypeError) as caught:
        call()  # type: ignore[operator]
    assert str(caught.value).startswith(message)


def test_unknown_scale() -> None:
    with pytest.raises(ValidationError, match="'scale' must name a scale"):
        plot_trade_series(seed.SERIES, scale="lakh")


@pytest.mark.parametrize("blocked", ["matplotlib", "matplotlib.figure"])
def test_without_matplotlib_the_error_names_the_plot_extra(
    monkeypatch: pytest.MonkeyPatch, blocked: str
) -> None:
    monkeypatch.setitem(sys.modules, blocked, None)
    if blocked == "matplotlib":
        monkeypatch.setitem(sys.modules, "matplotlib.figure", None)
    with pytest.raises(MissingExtraError) as caught:
        plot_partner_shares(seed.PARTNERS)
    assert str(caught.value) == (
        "plot_partner_shares: needs matplotlib, which is not installed: "
        "install it with 'pip install regionrel[plot]'"
    )
    with pytest.raises(MissingExtraError, match=r"^plot_trade_series: needs matplotlib"):
        plot_trade_series(seed.SERIES)


def test_plotting_leaves_pyplot_alone_and_writes_nothing() -> None:
    code = (
        "import sys, os\n"
        "from tests import _display_objects as seed\n"
        "from regionrel.plots import plot_partner_shares, plot_trade_series\n"
        "before = set(os.listdir('.'))\n"
        "plot_partner_shares(seed.PARTNERS); plot_trade_series(seed.SERIES)\n"
        "print('matplotlib.pyplot' in sys.modules, set(os.listdir('.')) == before)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
        cwd=Path(__file__).parents[1],
    )
    assert done.stdout.split() == ["False", "True"]
