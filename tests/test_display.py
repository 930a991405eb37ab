"""Notebook display, tested without Jupyter: HTML fragments, pretty printing and readable str."""

from __future__ import annotations

import html
import subprocess
import sys
from datetime import date
from typing import Any

import pytest
from hypothesis import given

from regionrel.agreements import Agreement
from regionrel.audit import AuditResult
from regionrel.display import NotebookDisplay, render_html
from regionrel.money import Money
from regionrel.periods import Period
from regionrel.regions import GoverningBody
from regionrel.trade import PartnerStructure, TradeBalance, TradeSeries, rank
from tests import _display_objects as seed
from tests.strategies.money import moneys
from tests.strategies.periods import periods

DISPLAYED = {
    "Money": Money("7109000000", "USD"),
    "Period": Period.span(2018, 2021),
    "Region": seed.LENINGRAD,
    "Agreement": seed.AGREEMENT,
    "ActionPlan": seed.PLAN,
    "Event": seed.EVENT,
    "TradeBalance": seed.BALANCE,
    "PartnerStructure": seed.PARTNERS,
    "TradeSeries": seed.SERIES,
    "AuditResult": seed.AUDIT,
    "RegionRelations": seed.RELATIONS,
}


class Printer:
    """Stands for IPython's PrettyPrinter: collects what is written."""

    def __init__(self) -> None:
        self.written: list[str] = []

    def text(self, obj: str) -> None:
        self.written.append(obj)


@pytest.mark.parametrize("name", sorted(DISPLAYED))
def test_every_class_displays_its_str(name: str) -> None:
    value = DISPLAYED[name]
    assert type(value).__name__ == name
    assert isinstance(value, NotebookDisplay)
    head = str(value).partition("\n")[0]
    assert html.escape(head) in value._repr_html_()
    printer = Printer()
    value._repr_pretty_(printer, False)
    assert printer.written == [str(value)]


@pytest.mark.parametrize("name", sorted(DISPLAYED))
def test_pretty_printing_a_cycle_names_the_class(name: str) -> None:
    printer = Printer()
    DISPLAYED[name]._repr_pretty_(printer, True)
    assert printer.written == [f"{name}(...)"]


@pytest.mark.parametrize("name", sorted(DISPLAYED))
def test_repr_stays_constructor_shaped(name: str) -> None:
    text = repr(DISPLAYED[name])
    assert text.startswith(name), text
    assert "<" not in text.partition("(")[0]


@pytest.mark.parametrize("name", sorted(DISPLAYED))
def test_ipython_finds_pretty_before_any_repr_in_the_mro(name: str) -> None:
    # IPython's RepresentationPrinter takes the first class of the MRO whose own
    # namespace defines _repr_pretty_ or __repr__; it must be _repr_pretty_.
    for cls in type(DISPLAYED[name]).__mro__:
        if "_repr_pretty_" in cls.__dict__:
            break
        assert "__repr__" not in cls.__dict__, cls
    else:  # pragma: no cover - the assertion above fails first
        pytest.fail("no _repr_pretty_")


def test_a_subclass_keeps_its_own_pretty_printer() -> None:
    class Own(NotebookDisplay):
        __slots__ = ()

        def _repr_pretty_(self, printer: Any, cycle: bool) -> None:
            printer.text("own")

    printer = Printer()
    Own()._repr_pretty_(printer, False)
    assert printer.written == ["own"]


def test_mixin_holds_no_state_so_slotted_classes_stay_slotted() -> None:
    assert NotebookDisplay.__slots__ == ()
    for value in (Money("1", "USD"), Period.year(2018), seed.LENINGRAD, seed.BALANCE):
        assert not hasattr(value, "__dict__")


def test_html_of_a_value_is_its_str_as_a_heading() -> None:
    assert Money("7109", "USD")._repr_html_() == (
        '<div class="regionrel regionrel-money"><strong>7109 USD</strong></div>'
    )


def test_html_of_a_collection_adds_its_records_as_a_table() -> None:
    assert seed.PARTNERS._repr_html_() == (
        '<div class="regionrel regionrel-partnerstructure">'
        "<strong>Turnover by partner (160 partners)</strong>"
        "<pre>  the PRC: 15.6%\n  Finland: 7.4%\n  158 other partners: 77%</pre>"
        "<table><thead><tr><th>partner</th><th>share</th><th>amount</th><th>currency</th></tr></thead>"
        "<tbody><tr><td>the PRC</td><td>0.156</td><td></td><td></td></tr>"
        "<tr><td>Finland</td><td>0.074</td><td></td><td></td></tr></tbody></table></div>"
    )


def test_audit_result_keeps_its_own_html() -> None:
    fragment = seed.AUDIT._repr_html_()
    assert fragment.startswith('<div class="regionrel-audit errors">')
    assert "<b>Audit: 1 error</b>" in fragment


def test_empty_audit_result_displays() -> None:
    result = AuditResult((), ())
    printer = Printer()
    result._repr_pretty_(printer, False)
    assert printer.written == ["Audit: every rule holds"]


SCRIPT = "<script>alert('x')</script>"


def test_html_escapes_names() -> None:
    body = GoverningBody.of(seed.region(f"{SCRIPT} Region"), "Government")
    agreement = Agreement(f"{SCRIPT} Agreement", (body, seed.ADMINISTRATION))
    structure = PartnerStructure.from_shares({SCRIPT: "10"}, unit="percent")
    for value in (body.region, agreement, structure):
        fragment = value._repr_html_()
        assert "<script>" not in fragment
        assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;" in fragment


def test_render_html_escapes_kind_head_lines_and_cells() -> None:
    fragment = render_html("<a>\n<b>", kind='x"y', records=[{"<c>": "<d>", "e": None}, {"<c>": 1}])
    assert fragment == (
        '<div class="regionrel regionrel-x&quot;y"><strong>&lt;a&gt;</strong><pre>&lt;b&gt;</pre>'
        "<table><thead><tr><th>&lt;c&gt;</th><th>e</th></tr></thead><tbody>"
        "<tr><td>&lt;d&gt;</td><td></td></tr><tr><td>1</td><td></td></tr></tbody></table></div>"
    )


def test_render_html_without_records_or_with_none() -> None:
    assert render_html("a", kind="k", records=[]) == render_html("a", kind="k")
    assert "<table>" not in render_html("a", kind="k", records=[])


@given(moneys())
def test_money_html_is_its_escaped_str(money: Money) -> None:
    assert money._repr_html_() == (
        f'<div class="regionrel regionrel-money"><strong>{html.escape(str(money))}</strong></div>'
    )


@given(periods)
def test_period_html_is_its_str(period: Period) -> None:
    assert f"<strong>{period}</strong>" in period._repr_html_()


# -- readable str of the trade classes -----------------------------------------


def test_trade_balance_str() -> None:
    assert str(seed.BALANCE) == (
        "Foreign trade of the Leningrad Region, 2018: exports 7.109 billion USD, "
        "imports 4.1159 billion USD, balance 2.9931 billion USD"
    )
    with_partner = TradeBalance(
        Money(5, "USD"), Money(7, "USD"), reporter=seed.LENINGRAD, partner=seed.KURSK
    )
    assert str(with_partner) == (
        "Trade of the Leningrad Region with the Kursk Region: "
        "exports 5 USD, imports 7 USD, balance -2 USD"
    )


def test_trade_series_str_counts_periods_and_gaps() -> None:
    assert str(seed.SERIES) == (
        "Foreign trade of the Leningrad Region, 2016-2018 (2 periods, 1 gap)\n"
        "  2016: exports 4 billion USD, imports 3 billion USD\n"
        "  2018: exports 7.109 billion USD, imports 4.1159 billion USD"
    )
    three = TradeSeries([seed.balance(y, 10, 1) for y in (2014, 2016, 2018)])
    assert str(three).splitlines()[0].endswith("(3 periods, 2 gaps)")
    one = TradeSeries([seed.balance(2018, 10, 1)])
    assert str(one).splitlines()[0].endswith("2018 (1 periods, no gaps)")


def test_partner_structure_str() -> None:
    complete = PartnerStructure.from_values(
        {seed.KURSK: Money(3, "USD"), "Finland": Money(1, "USD")},
        reporter=seed.LENINGRAD,
        period=Period.year(2018),
        flow="exports",
    )
    assert str(complete) == (
        "Exports of the Leningrad Region, 2018, by partner (2 partners)\n"
        "  Kursk Region: 75%\n  Finland: 25%"
    )
    unknown_count = PartnerStructure.from_shares({"Finland": "40"}, unit="percent")
    assert str(unknown_count) == "Turnover by partner\n  Finland: 40%\n  other partners: 60%"


def test_ranking_str() -> None:
    ranking = rank(
        [
            seed.balance(2018, 5, 1),
            TradeBalance(
                Money(9, "USD"), Money(1, "USD"), reporter=seed.KURSK, period=Period.year(2018)
            ),
        ],
        by="exports",
    )
    assert str(ranking) == (
        "Ranking by exports, 2018\n  1. Kursk Region: 9 USD\n  2. Leningrad Region: 5 USD"
    )
    assert "<td>Kursk Region</td>" in ranking._repr_html_()


def test_agreement_html_names_the_title() -> None:
    agreement = Agreement(
        "Agreement & Plan", (seed.GOVERNMENT, seed.ADMINISTRATION), signed_on=date(2016, 5, 12)
    )
    assert "<strong>Agreement &amp; Plan</strong>" in agreement._repr_html_()


def test_import_regionrel_and_display_import_neither_pandas_nor_matplotlib() -> None:
    code = (
        "import sys, regionrel\n"
        "from regionrel import Money, PartnerStructure\n"
        "Money('1', 'USD')._repr_html_()\n"
        "PartnerStructure.from_shares({'A': '10'}, unit='percent')._repr_html_()\n"
        "import regionrel.tables, regionrel.plots, regionrel.display\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in ('pandas', 'matplotlib'))\n"
        "print(bad)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    assert done.stdout.strip() == "[]"
