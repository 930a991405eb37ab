"""The audit's engine: exact intervals, constraints, propagation and the minimal-set search."""

from __future__ import annotations

from decimal import Decimal as D  # noqa: N817

import pytest
from hypothesis import given
from hypothesis import strategies as st

from regionrel.audit.intervals import INF, NINF, Interval, add, div_nonneg, mul_nonneg, sub
from regionrel.audit.locate import minimal_sets
from regionrel.audit.solver import (
    Model,
    PartnerCount,
    Product,
    Rank,
    Sum,
    SumAtMost,
)
from regionrel.errors import ValidationError, WrongTypeError

bounds = st.tuples(
    st.decimals(min_value=0, max_value=10**6, places=3),
    st.decimals(min_value=0, max_value=10**6, places=3),
).map(sorted)


def test_interval_basics() -> None:
    interval = Interval.of("1.5", 3)
    assert interval.bounds == (D("1.5"), D(3))
    assert interval.width == D("1.5")
    assert interval.midpoint == D("2.25")
    assert interval.contains(D(3))
    assert not interval.contains(D(4))
    assert interval.intersects(Interval.of(3, 4))
    assert not interval.intersects(Interval.of(4, 5))
    assert str(interval) == "[1.5, 3]"
    assert Interval.of("-Infinity", 5).midpoint == D(5)
    assert Interval.of("-Infinity", "Infinity").midpoint == D(0)
    # Infinite bounds are the interval's own; every finite bound is read by the one rule.
    assert Interval.of(NINF, INF).bounds == (NINF, INF)
    assert Interval.of(" -inf ", "+Infinity").bounds == (NINF, INF)
    assert Interval.of("1E+3", " 2000 ").bounds == (D(1000), D(2000))


@pytest.mark.parametrize(
    ("lo", "hi", "error", "message"),
    [
        (
            1.5,
            2,
            WrongTypeError,
            "Interval: 'lo' must be an exact number (a Decimal, an int or decimal text such as '4115.85'), not a float: "
            "write Decimal(str(x)) (got 1.5 that is a float)",
        ),
        (
            True,
            2,
            WrongTypeError,
            "Interval: 'lo' must be an exact number (a Decimal, an int or decimal text such as '4115.85') (got True)",
        ),
        (
            "x",
            2,
            ValidationError,
            "Interval: 'lo' must be an exact number (a Decimal, an int or decimal text such as '4115.85') (got 'x')",
        ),
        (1, "NaN", ValidationError, "Interval: 'hi' must be a finite number (got 'NaN')"),
        ("NaN", 1, ValidationError, "Interval: 'lo' must be a finite number (got 'NaN')"),
        (3, 2, ValidationError, "Interval: 'hi' must not be below lo (got Decimal('2'))"),
    ],
)
def test_interval_refuses_bad_bounds(
    lo: object, hi: object, error: type[Exception], message: str
) -> None:
    with pytest.raises(error) as info:
        Interval.of(lo, hi)  # type: ignore[arg-type]
    assert str(info.value) == message


@given(bounds, bounds)
def test_arithmetic_contains_every_exact_result(a: list[D], b: list[D]) -> None:
    (alo, ahi), (blo, bhi) = a, b
    for x in (alo, ahi):
        for y in (blo, bhi):
            lo, hi = add((alo, ahi), (blo, bhi))
            assert lo <= x + y <= hi
            lo, hi = sub((alo, ahi), (blo, bhi))
            assert lo <= x - y <= hi
            lo, hi = mul_nonneg((alo, ahi), (blo, bhi))
            assert lo <= x * y <= hi
            quotient = div_nonneg((x * y, x * y), (blo, bhi))
            if quotient is not None and y > 0:
                assert quotient[0] <= x <= quotient[1]


def test_division_edge_cases() -> None:
    zero = (D(0), D(0))
    assert div_nonneg((D(0), D(5)), (D(0), D(2))) is None
    empty = div_nonneg((D(1), D(2)), zero)
    assert empty is not None
    assert empty[0] > empty[1]
    assert div_nonneg((D(2), D(4)), (D(0), D(2))) == (D(1), INF)
    assert div_nonneg((D(2), D(4)), (D(1), INF)) == (D(0), D(4))
    assert mul_nonneg((D(1), INF), zero) == zero


def test_sum_and_product_narrow_and_detect_emptiness() -> None:
    dom = [(D(10), D(10)), (D(0), INF), (D(3), D(4))]
    assert Sum(0, 1, 2).revise(dom) == [1]
    assert dom[1] == (D(6), D(7))
    assert Sum(0, 1, 2).revise([(D(1), D(1)), (D(5), D(6)), (D(0), D(1))]) is None
    dom = [(D(0), INF), (D(0), D(0)), (D(0), INF)]
    Product(0, 1, 2).revise(dom)
    assert dom[0] == (D(0), D(0))


def test_sum_at_most() -> None:
    dom = [(D("0.6"), D("0.7")), (D(0), D(1))]
    assert SumAtMost([0, 1], D(1)).revise(dom) == [1]
    assert dom[1] == (D(0), D("0.4"))
    assert SumAtMost([0, 1], D(1)).revise([(D("0.6"), D("0.7")), (D("0.5"), D(1))]) is None


def test_partner_count() -> None:
    dom = [(D(0), INF), (D("0.1"), D("0.2")), (D("0.3"), D("0.4"))]
    PartnerCount(0, 2, [[1, 2]]).revise(dom)
    assert dom[0] == (D(3), INF)
    dom = [(D(0), INF), (D("0.5"), D("0.6")), (D("0.4"), D("0.5"))]
    PartnerCount(0, 2, [[1, 2]]).revise(dom)
    assert dom[0] == (D(2), INF)


def _rank(
    position: tuple[D, D], value: tuple[D, D], others: list[int], *, complete: bool
) -> list[tuple[D, D]] | None:
    """The intervals a Rank leaves, or None when it leaves none."""
    dom = [position, value] + [(D(v), D(v)) for v in others]
    if Rank(0, 1, range(2, 2 + len(others)), complete=complete).revise(dom) is None:
        return None
    return dom


def test_rank_bounds_the_value_and_the_place() -> None:
    two = (D(2), D(2))
    dom = _rank(two, (D(0), INF), [30, 5], complete=True)
    assert dom is not None
    assert dom[1] == (D(5), D(30))
    dom = _rank((D(1), INF), (D(10), D(10)), [30, 5], complete=True)
    assert dom is not None
    assert dom[0] == (D(2), D(2))
    dom = _rank((D(1), INF), (D(10), D(10)), [30, 5], complete=False)
    assert dom is not None
    assert dom[0] == (D(2), INF)
    assert _rank((D(4), D(4)), (D(0), INF), [30, 5], complete=True) is None
    assert _rank((D("2.2"), D("2.8")), (D(0), INF), [30, 5], complete=True) is None
    assert _rank((D(1), D(1)), (D(10), D(10)), [30, 5], complete=False) is None


def test_model_checks_one_rule_or_all() -> None:
    model = Model(["turnover", "exports", "imports"], [(D(0), INF)] * 3)
    model.add_rule("turnover", "turnover = exports + imports", [Sum(0, 1, 2)], subject="turnover")
    model.add_rule("again", "the same constraint, shared", [Sum(0, 1, 2)], subject="turnover")
    assert len(model.constraints) == 1
    assert model.add_variable("exports", (D(0), INF)) == 1
    model.add_figure("turnover", "turnover", (D(10), D(10)))
    model.add_figure("exports", "exports", (D(7), D(7)))
    model.add_figure("imports", "imports", (D(4), D(4)))
    model.finish()
    rule = model.rules[0]
    assert repr(rule) == "Rule('turnover', 'turnover = exports + imports')"
    assert rule.figures == ("turnover", "exports", "imports")
    assert model.solve(rule=rule) is None
    solved = model.solve(override={"turnover": (D(11), D(11))})
    assert solved is not None
    assert minimal_sets(model) == [
        frozenset({"turnover"}),
        frozenset({"exports"}),
        frozenset({"imports"}),
    ]
    assert minimal_sets(model, [["exports"]]) == [frozenset({"exports"})]
    assert minimal_sets(model, max_size=0) == []


def test_a_figure_outside_its_natural_range_fails_at_once() -> None:
    model = Model(["exports"], [(D(0), INF)])
    model.add_figure("exports", "exports", (D(-2), D(-1)))
    model.finish()
    assert model.solve() is None
    assert model.solve(free=frozenset({"exports"})) == [(D(0), INF)]


def test_unbounded_values_propagate() -> None:
    model = Model(["balance", "exports", "imports"], [(NINF, INF), (D(0), INF), (D(0), INF)])
    model.add_rule("balance", "balance = exports - imports", [Sum(1, 0, 2)], subject="balance")
    model.add_figure("balance", "balance", (D(-5), D(-5)))
    model.finish()
    solved = model.solve()
    assert solved is not None
    assert solved[2] == (D(5), INF)
