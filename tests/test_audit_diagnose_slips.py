"""The diagnosis's slips at their edges: values no figure can take, needs open both ways."""

from __future__ import annotations

from decimal import Decimal

from regionrel.audit.diagnose import _figure, _targets, _typos
from regionrel.audit.figures import Figure
from regionrel.audit.intervals import INF, NINF
from regionrel.reported import Reported


def test_a_value_no_figure_of_its_kind_takes_is_no_slip() -> None:
    times = Reported.parse("0.1 times")
    assert _figure(Decimal("-0.1"), 1, times) is None
    assert _figure(Decimal("1"), -1, Reported.parse("5")) is None
    assert _figure(Decimal("0.2"), 1, times) == Reported.parse("0.2 times")


def test_a_need_open_both_ways_has_no_typo_to_look_for() -> None:
    assert _typos(Reported.parse("7,109"), (NINF, INF), Decimal(5), set()) == []


def test_a_typo_already_listed_is_not_listed_again() -> None:
    rep = Reported.parse("7,101")
    found = _typos(rep, (Decimal(7100), Decimal(7104)), Decimal(5), {Decimal(7102)})
    assert Decimal(7102) not in [c.value for c in found]
    assert Decimal(7103) in [c.value for c in found]


def test_targets_of_an_open_need_start_nearest_the_published() -> None:
    fig = Figure.of("exports", Reported.parse("7,109"))
    assert _targets(fig, (Decimal(8000), INF)) == [Decimal(8000), Decimal(8000)]
    assert _targets(fig, (Decimal(0), Decimal(5))) == [
        Decimal(5),
        Decimal(0),
        Decimal(5),
        Decimal("2.5"),
    ]
