"""The audit's solver in detail: intervals, constraints, the model and the minimal-set search."""

from __future__ import annotations

from decimal import Decimal as D  # noqa: N817

import pytest
from hypothesis import given
from hypothesis import strategies as st

from regionrel.audit.intervals import (
    INF,
    NINF,
    Interval,
    add,
    div_nonneg,
    mul_nonneg,
    sub,
)
from regionrel.audit.locate import MAX_SUSPECTS, minimal_sets
from regionrel.audit.solver import (
    SPLITS_PER_AUDIT,
    Constraint,
    Model,
    PartnerCount,
    Product,
    Rank,
    Sum,
    SumAtMost,
    _EmptyError,
    _kth_largest,
    _middle,
    _narrow,
    _propagate,
    _widest,
)
from regionrel.errors import ValidationError, WrongTypeError

# --- intervals ---------------------------------------------------------------------------


def test_an_interval_may_be_a_single_point() -> None:
    point = Interval.of(2, 2)
    assert point.bounds == (D(2), D(2))
    assert point.width == D(0)
    assert point.midpoint == D(2)
    assert point.contains(D(2))
    assert str(point) == "[2, 2]"


def test_both_bounds_belong_to_the_interval() -> None:
    interval = Interval.of(1, 3)
    assert interval.contains(D(1))
    assert interval.contains(D(3))
    assert not interval.contains(D("0.999"))
    assert not interval.contains(D("3.001"))


def test_intervals_touching_at_either_end_intersect() -> None:
    low, high = Interval.of(1, 2), Interval.of(2, 3)
    assert low.intersects(high)
    assert high.intersects(low)
    assert not Interval.of(1, 2).intersects(Interval.of("2.001", 3))
    assert not Interval.of("2.001", 3).intersects(Interval.of(1, 2))


@pytest.mark.parametrize(
    ("hi", "error", "message"),
    [
        (
            2.5,
            WrongTypeError,
            "Interval: 'hi' must be an exact number (a Decimal, an int or decimal text such as '4115.95'), not a float: "
            "write Decimal(str(x)) (got 2.5 that is a float)",
        ),
        (
            "y",
            ValidationError,
            "Interval: 'hi' must be an exact number (a Decimal, an int or decimal text such as '4115.95') (got 'y')",
        ),
    ],
)
def test_a_bad_upper_bound_is_named_hi(hi: object, error: type[Exception], message: str) -> None:
    with pytest.raises(error) as info:
        Interval.of(1, hi)  # type: ignore[arg-type]
    assert isinstance(info.value, ValidationError | WrongTypeError)
    assert info.value.field == "hi"
    assert info.value.cls == "Interval"
    assert info.value.value == hi
    assert str(info.value) == message


def test_both_nan_names_lo() -> None:
    with pytest.raises(ValidationError) as info:
        Interval.of(D("NaN"), "NaN")
    assert info.value.field == "lo"
    assert str(info.value) == "Interval: 'lo' must be a finite number (got Decimal('NaN'))"


def test_of_keeps_decimals_and_reads_ints_and_text() -> None:
    interval = Interval.of(D("1.50"), "2.250")
    assert str(interval) == "[1.50, 2.250]"
    assert Interval.of(-1, "Infinity").bounds == (D(-1), INF)
    assert Interval.of("-Infinity", -1).width == INF
    assert Interval.of(1, "Infinity").midpoint == D(1)


def test_operations_round_outward_at_fifty_digits() -> None:
    third = (D(1), D(1))
    three = (D(3), D(3))
    lo, hi = div_nonneg(third, three) or (D(0), D(0))
    assert lo == D("0." + "3" * 50)
    assert hi == D("0." + "3" * 49 + "4")
    tiny = D("1e-60")
    assert add((tiny, D(1)), (D(1), tiny)) == (D(1), D("1." + "0" * 48 + "1"))
    assert sub((D(1), D(2)), (tiny, tiny)) == (D("0." + "9" * 50), D(2))
    seventh, third_ = D(1) / 7, D(1) / 3
    exact = D("0.04761904761904761904761904762857142857142857142857142857")
    lo, hi = mul_nonneg((seventh, seventh), (third_, third_))
    assert lo == D("0.047619047619047619047619047628571428571428571428571")
    assert hi == D("0.047619047619047619047619047628571428571428571428572")
    assert lo < exact < hi


@given(
    st.decimals(min_value=0, max_value=10**6, places=2),
    st.decimals(min_value=0, max_value=10**6, places=2),
)
def test_a_point_sum_and_difference_are_exact(x: D, y: D) -> None:
    assert add((x, x), (y, y)) == (x + y, x + y)
    assert sub((x, x), (y, y)) == (x - y, x - y)
    assert mul_nonneg((x, x), (y, y)) == (x * y, x * y)


# --- narrowing ---------------------------------------------------------------------------


def test_narrow_keeps_the_tighter_bound_and_reports_notable_shrinking() -> None:
    dom = [(D(0), D(10))]
    changed: list[int] = []
    _narrow(dom, 0, D(-1), D(11), changed)
    assert dom == [(D(0), D(10))]
    assert changed == []
    _narrow(dom, 0, D(0), D(10), changed)
    assert changed == []
    # Shrinking by exactly a millionth of the width is not notable; a little more is.
    _narrow(dom, 0, D(0), D("9.99999"), changed)
    assert dom == [(D(0), D("9.99999"))]
    assert changed == []
    dom = [(D(0), D(10))]
    _narrow(dom, 0, D("0.0000101"), D(10), changed)
    assert dom == [(D("0.0000101"), D(10))]
    assert changed == [0]
    # The share is of the width, wherever the interval lies.
    dom = [(D(10), D(20))]
    changed = []
    _narrow(dom, 0, D(10), D("19.99998"), changed)
    assert changed == [0]
    _narrow(dom, 0, D("10.000005"), D("19.99998"), changed)
    assert changed == [0]


def test_narrow_from_an_infinite_bound_is_always_notable() -> None:
    for start in [(NINF, D(10)), (D(0), INF)]:
        dom = [start]
        changed: list[int] = []
        _narrow(dom, 0, D(1), D(9), changed)
        assert dom == [(D(1), D(9))]
        assert changed == [0]


def test_narrow_to_equal_bounds_of_a_half_open_interval_changes_nothing() -> None:
    for start in [(D(0), INF), (NINF, D(0))]:
        dom = [start]
        changed: list[int] = []
        _narrow(dom, 0, NINF if start[0].is_infinite() else D("0.00"), INF, changed)
        _narrow(dom, 0, NINF, INF if start[1].is_infinite() else D("0.00"), changed)
        assert dom == [start]
        assert changed == []
    # So a constraint that only confirms an open interval wakes nothing.
    dom = [(D(3), INF), (D(1), INF), (D(2), INF)]
    assert Sum(0, 1, 2).revise(dom) == []


def test_narrow_to_a_point_and_past_it() -> None:
    dom = [(D(0), D(10))]
    changed: list[int] = []
    _narrow(dom, 0, D(10), D(20), changed)
    assert dom == [(D(10), D(10))]
    assert changed == [0]
    with pytest.raises(_EmptyError):
        _narrow(dom, 0, D(11), D(20), changed)
    with pytest.raises(_EmptyError):
        _narrow(dom, 0, D(0), D("9.9"), [])


# --- constraints -------------------------------------------------------------------------


def test_sum_narrows_every_term() -> None:
    dom = [(D(0), D(5)), (D(3), INF), (D(0), INF)]
    assert Sum(0, 1, 2).revise(dom) == [0, 1, 2]
    assert dom == [(D(3), D(5)), (D(3), D(5)), (D(0), D(2))]
    assert Sum(0, 1, 2).revise(dom) == []
    assert Sum(0, 1, 2).revise([(D(0), D(5)), (D(3), D(4)), (D(3), D(4))]) is None


def test_product_narrows_result_and_both_factors() -> None:
    dom = [(D(0), D(12)), (D(2), D(3)), (D(5), INF)]
    assert Product(0, 1, 2).revise(dom) == [0, 1, 2]
    assert dom == [(D(10), D(12)), (D(2), D("2.4")), (D(5), D(6))]
    dom = [(D(6), D(6)), (D(0), INF), (D(2), D(3))]
    assert Product(0, 1, 2).revise(dom) == [1]
    assert dom[1] == (D(2), D(3))
    assert Product(0, 1, 2).revise([(D(1), D(2)), (D(0), D(0)), (D(0), INF)]) is None
    # A factor that may be zero with a result that may be zero says nothing of the other.
    dom = [(D(0), D(4)), (D(0), D(2)), (D(0), INF)]
    assert Product(0, 1, 2).revise(dom) == []
    assert dom == [(D(0), D(4)), (D(0), D(2)), (D(0), INF)]


def test_sum_at_most_caps_each_part_by_the_room_the_others_leave() -> None:
    dom = [(D("0.2"), D(1)), (D("0.3"), D(1)), (D(0), D(1))]
    assert SumAtMost([0, 1, 2], D(1)).revise(dom) == [0, 1, 2]
    assert dom == [(D("0.2"), D("0.7")), (D("0.3"), D("0.8")), (D(0), D("0.5"))]
    # Parts summing to the limit exactly are allowed.
    dom = [(D("0.4"), D("0.4")), (D("0.6"), D(1))]
    assert SumAtMost([0, 1], D(1)).revise(dom) == [1]
    assert dom[1] == (D("0.6"), D("0.6"))
    assert SumAtMost([0, 1], D(1)).variables == (0, 1)
    assert SumAtMost([0, 1], D(1)).equation is False


def test_partner_count_counts_a_partner_beyond_those_named() -> None:
    constraint = PartnerCount(0, 3, [[2, 1], [3]])
    assert constraint.variables == (0, 1, 2, 3)
    assert constraint.equation is False
    # Shares that must sum below 100 % leave a partner unnamed in that base.
    dom = [(D(0), INF), (D("0.4"), D("0.5")), (D("0.4"), D("0.49")), (D("0.2"), D("0.3"))]
    assert constraint.revise(dom) == [0]
    assert dom[0] == (D(3), INF)
    dom = [(D(0), INF), (D("0.4"), D("0.5")), (D("0.4"), D("0.5")), (D("0.9"), D("0.95"))]
    constraint.revise(dom)
    assert dom[0] == (D(3), INF)
    dom = [(D(0), INF), (D("0.1"), D("0.2")), (D("0.1"), D("0.2")), (D("0.2"), D("0.3"))]
    constraint.revise(dom)
    assert dom[0] == (D(3), INF)
    dom = [(D(0), INF), (D("0.5"), D("0.5")), (D("0.49"), D("0.49")), (D(1), D(1))]
    PartnerCount(0, 1, [[1, 2], [3]]).revise(dom)
    assert dom[0] == (D(3), INF)
    dom = [(D(0), INF), (D("0.5"), D("0.5")), (D("0.5"), D("0.5"))]
    PartnerCount(0, 1, [[1, 2]]).revise(dom)
    assert dom[0] == (D(1), INF)
    assert PartnerCount(0, 2, [[1]]).revise([(D(1), D(1)), (D(0), D("0.5"))]) is None


def test_kth_largest() -> None:
    values = [D(1), D(3), D(2)]
    assert _kth_largest(values, 1) == D(3)
    assert _kth_largest(values, 2) == D(2)
    assert _kth_largest(values, 3) == D(1)
    assert _kth_largest(values, 0) is None
    assert _kth_largest(values, 4) is None
    assert _kth_largest([], 1) is None


def test_rank_in_a_complete_group() -> None:
    rank = Rank(0, 1, [2, 3, 4], complete=True)
    assert rank.variables == (0, 1, 2, 3, 4)
    assert rank.equation is False
    members = [(D(30), D(30)), (D(20), D(20)), (D(5), D(5))]
    dom = [(D(3), D(3)), (D(0), INF), *members]
    rank.revise(dom)
    assert dom[1] == (D(5), D(20))
    dom = [(D(1), D(1)), (D(0), INF), *members]
    rank.revise(dom)
    assert dom[1] == (D(30), INF)
    dom = [(D(4), D(4)), (D(0), INF), *members]
    rank.revise(dom)
    assert dom[1] == (D(0), D(5))
    assert rank.revise([(D(5), D(5)), (D(0), INF), *members]) is None
    # The place follows from the value: two above surely, one more maybe.
    dom = [(D(1), INF), (D(19), D(21)), *members]
    assert rank.revise(dom) == [0]
    assert dom[0] == (D(2), D(3))
    # Equal values do not rank above.
    dom = [(D(1), INF), (D(20), D(20)), *members]
    rank.revise(dom)
    assert dom[0] == (D(2), D(2))


def test_rank_in_an_open_group_and_a_fractional_place() -> None:
    rank = Rank(0, 1, [2, 3], complete=False)
    members = [(D(30), D(30)), (D(5), D(5))]
    dom = [(D(2), D(2)), (D(0), INF), *members]
    rank.revise(dom)
    assert dom[1] == (D(5), INF)
    # A place of 1.5 to 2.5 can only be 2.
    dom = [(D("1.5"), D("2.5")), (D(0), INF), *members]
    rank.revise(dom)
    assert dom[1] == (D(5), INF)
    dom = [(D("1.5"), D("3.5")), (D(0), INF), *members]
    rank.revise(dom)
    assert dom[1] == (D(0), INF)
    dom = [(D(1), INF), (D(40), D(40)), *members]
    rank.revise(dom)
    assert dom[0] == (D(1), INF)
    assert rank.revise([(D("2.2"), D("2.8")), (D(0), INF), *members]) is None


def test_the_base_constraint_does_not_revise() -> None:
    with pytest.raises(NotImplementedError):
        Constraint().revise([])
    assert Constraint.equation is True
    assert Sum(0, 1, 2).equation is True
    assert Product(0, 1, 2).equation is True


# --- splitting ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lo", "hi", "middle"),
    [
        (NINF, INF, D(0)),
        (D(5), INF, D(5000)),
        (D(0), INF, D(1000)),
        (D("0.5"), INF, D(1000)),
        (D(-5), INF, D(0)),
        (NINF, D(-5), D(-5000)),
        (NINF, D(0), D(-1000)),
        (NINF, D("-0.5"), D(-1000)),
        (NINF, D(5), D(0)),
        (NINF, D("0.5"), D(0)),
        (D(-5000), D("0.5"), D("-2499.75")),
        (D(2), D(2000), D(1001)),
        (D(2), D(5000), D(100)),
        (D(0), D(1000), D(500)),
        (D(0), D(4000), D("63.24555320336758663997787089")),
        (D(-2000), D(-2), D(-1001)),
        (D(-5000), D(-2), D(-100)),
        (D(-1000), D(0), D(-500)),
        (D(-4000), D(0), D("-63.24555320336758663997787089")),
        (D(-2), D(2), D(0)),
    ],
)
def test_middle_is_arithmetic_or_geometric_over_orders_of_magnitude(
    lo: D, hi: D, middle: D
) -> None:
    assert _middle(lo, hi) == middle


def test_widest_picks_the_relatively_widest_narrowed_interval() -> None:
    natural = [(D(0), INF)] * 3
    assert _widest([(D(1), D(2)), (D(10), D(30)), (D(5), D(5))], range(3), natural) == 1
    assert _widest([(D(10), D(30)), (D(1), D(2)), (D(5), D(5))], range(3), natural) == 0
    assert _widest([(D(-2), D(-1)), (D(5), D(5))], range(2), natural) == 0
    # Points and untouched natural ranges are passed over, wherever they stand.
    assert _widest([(D(5), D(5)), (D(0), INF), (D(1), D(2))], range(3), natural) == 2
    # Only the quantities asked about count.
    assert _widest([(D(1), D(2)), (D(10), D(30)), (D(5), D(5))], [0, 2], natural) == 0
    # An unbounded interval comes first, unless nothing has narrowed it.
    assert _widest([(D(1), D(2)), (D(3), INF), (D(5), D(5))], range(3), natural) == 1
    assert _widest([(D(1), D(2)), (D(0), INF), (D(5), D(5))], range(3), natural) == 0
    assert _widest([(D(1), D(2)), (NINF, D(3))], range(2), natural) == 1
    # A thousandth of the size is narrow enough.
    assert _widest([(D(999), D(1000)), (D(5), D(5))], range(2), natural) is None
    assert _widest([(D("998.9"), D(1000))], range(1), natural) == 0
    assert _widest([], [], natural) is None


# --- the model ---------------------------------------------------------------------------


def _sum_model() -> Model:
    model = Model(["turnover", "exports", "imports"], [(D(0), INF)] * 3)
    model.add_rule("turnover", "turnover = exports + imports", [Sum(0, 1, 2)], subject="turnover")
    model.add_figure("turnover", "turnover", (D(10), D(10)))
    model.add_figure("exports", "exports", (D(7), D(7)))
    model.add_figure("imports", "imports", (D(4), D(4)))
    model.finish()
    return model


def test_a_model_records_rules_figures_and_quantities() -> None:
    model = _sum_model()
    assert model.variables == ["turnover", "exports", "imports"]
    assert model.index == {"turnover": 0, "exports": 1, "imports": 2}
    assert model.figures["imports"] == (2, (D(4), D(4)))
    assert model.add_variable("ratio", (D(0), D(1))) == 3
    assert model.add_variable("ratio", (D(5), D(6))) == 3
    assert model.natural[3] == (D(0), D(1))
    assert model.variables[3] == "ratio"
    rule = model.rules[0]
    assert (rule.key, rule.statement, rule.subject) == (
        "turnover",
        "turnover = exports + imports",
        "turnover",
    )
    assert rule.constraints == (0,)
    assert rule.variables == frozenset({0, 1, 2})
    assert rule.watchers == {0: (0,), 1: (0,), 2: (0,)}


def test_a_constraint_is_shared_only_when_kind_and_quantities_match() -> None:
    model = Model(["a", "b", "c"], [(D(0), INF)] * 3)
    model.add_rule("one", "a = b + c", [Sum(0, 1, 2)], subject="a")
    model.add_rule("two", "a = b * c", [Product(0, 1, 2)], subject="a")
    model.add_rule("three", "b = a + c", [Sum(1, 0, 2)], subject="b")
    model.add_rule("four", "a = b + c again", [Sum(0, 1, 2), Sum(1, 0, 2)], subject="a")
    assert len(model.constraints) == 3
    assert [r.constraints for r in model.rules] == [(0,), (1,), (2,), (0, 2)]


def test_an_agreement_rule_has_no_constraint_and_may_always_fail() -> None:
    model = Model(["exports"], [(D(0), INF)])
    model.add_agreement("exports", "the figures of exports agree", "exports")
    model.add_figure("exports", "exports", (D(7), D(8)))
    model.add_figure("partner:exports:CN", "exports", (D(9), D(10)))
    # A rule knows its figures once the model is finished.
    assert model.rules[0].figures == ()
    assert model.rules[0].watchers == {}
    model.finish()
    rule = model.rules[0]
    assert (rule.key, rule.statement) == ("exports", "the figures of exports agree")
    assert repr(rule) == "Rule('exports', 'the figures of exports agree')"
    assert rule.constraints == ()
    assert rule.variables == frozenset({0})
    assert rule.subject == "exports"
    assert rule.figures == ("exports", "partner:exports:CN")
    assert rule.can_fail_alone(model)
    assert model.solve() is None
    assert model.solve(rule=rule) is None
    assert model.solve(free=frozenset({"exports"})) == [(D(9), D(10))]


def test_whether_a_rule_can_fail_alone() -> None:
    model = _sum_model()
    # Three figures pin three quantities; one equation leaves two free: it can fail.
    assert model.rules[0].can_fail_alone(model)
    partial = Model(["turnover", "exports", "imports"], [(D(0), INF)] * 3)
    partial.add_rule("turnover", "turnover = exports + imports", [Sum(0, 1, 2)], subject="t")
    partial.add_rule("cap", "exports <= 1", [SumAtMost([1], D(1))], subject="exports")
    partial.add_figure("turnover", "turnover", (D(10), D(10)))
    partial.add_figure("exports", "exports", (D(7), D(7)))
    partial.finish()
    # Two figures, two degrees of freedom: the equation alone cannot fail.
    assert not partial.rules[0].can_fail_alone(partial)
    # An inequality can fail whatever it pins.
    assert partial.rules[1].can_fail_alone(partial)
    assert partial.rules[1].figures == ("exports",)
    # Two figures of one quantity pin it once.
    partial.add_figure("partner:exports:CN", "exports", (D(5), D(6)))
    partial.finish()
    assert partial.rules[0].figures == ("turnover", "exports", "partner:exports:CN")
    assert not partial.rules[0].can_fail_alone(partial)
    # Two quantities pinned to the same values are still two.
    same = Model(["a", "b", "c"], [(D(0), INF)] * 3)
    same.add_rule("sum", "a = b + c", [Sum(0, 1, 2)], subject="a")
    for name in ("a", "b", "c"):
        same.add_figure(name, name, (D(0), D(1)))
    same.finish()
    assert same.rules[0].can_fail_alone(same)


def test_start_cuts_natural_ranges_by_the_figures_kept() -> None:
    model = _sum_model()
    assert model.start(frozenset(), {}) == [(D(10), D(10)), (D(7), D(7)), (D(4), D(4))]
    assert model.start(frozenset({"exports"}), {"imports": (D(3), D(5))}) == [
        (D(10), D(10)),
        (D(0), INF),
        (D(3), D(5)),
    ]
    assert model.start(frozenset(), {}, frozenset({1})) == [(D(0), INF), (D(7), D(7)), (D(0), INF)]
    assert model.start(frozenset(), {"exports": (D(-3), D(-1))}) is None
    assert model.start(frozenset(), {"exports": (D(-3), D(0))}) == [
        (D(10), D(10)),
        (D(0), D(0)),
        (D(4), D(4)),
    ]
    assert model.natural == [(D(0), INF)] * 3


def test_solve_narrows_and_checks_a_rule_with_its_own_figures() -> None:
    model = _sum_model()
    assert model.solve() is None
    assert model.solve(free=frozenset({"turnover"})) == [
        (D(11), D(11)),
        (D(7), D(7)),
        (D(4), D(4)),
    ]
    assert model.solve(override={"turnover": (D(10), D(12))}) == [
        (D(11), D(11)),
        (D(7), D(7)),
        (D(4), D(4)),
    ]
    model.add_variable("other", (D(0), INF))
    model.add_rule("other", "other = exports + exports", [Sum(3, 1, 1)], subject="other")
    model.finish()
    assert model.rules[1].figures == ("exports",)
    assert model.solve(rule=model.rules[1]) == [
        (D(0), INF),
        (D(7), D(7)),
        (D(0), INF),
        (D(14), D(14)),
    ]
    assert model.solve(rule=model.rules[0]) is None


def _stalling_model(width: str = "10") -> Model:
    """``x = y + d`` and ``y = x``: no solution, but each step moves a billionth."""
    most = D(width)
    model = Model(["x", "y", "d", "one"], [(D(0), most), (D(0), most), (D(0), INF), (D(0), INF)])
    model.add_rule("sum", "x = y + d", [Sum(0, 1, 2)], subject="x")
    model.add_rule("same", "y = one * x", [Product(1, 3, 0)], subject="y")
    model.add_figure("d", "d", (D("1e-9"), D("1e-9")))
    model.add_figure("one", "one", (D(1), D(1)))
    model.finish()
    return model


def test_splitting_spends_a_budget_per_solve_and_per_audit() -> None:
    model = _stalling_model()
    assert model.spare == SPLITS_PER_AUDIT == 256
    # Undecided within its budget: the model keeps the figures rather than flag them.
    solved = model.solve()
    assert solved is not None
    assert solved[2:] == [(D("1e-9"), D("1e-9")), (D(1), D(1))]
    assert model.spare == 256 - 32
    for _ in range(7):
        assert model.solve() is not None
    assert model.spare == 0
    assert model.solve() is not None
    assert model.spare == 0
    model.refill()
    assert model.spare == 256
    # Checking one rule splits only what it involves.
    assert model.solve(rule=model.rules[0]) == [
        (D("1e-9"), D(10)),
        (D(0), D("9.999999999")),
        (D("1e-9"), D("1e-9")),
        (D(0), INF),
    ]
    assert model.spare == 255


def test_a_creeping_cycle_stops_at_the_step_limit_and_keeps_the_figures() -> None:
    # x = y + 1 and y = r * x with r in [0.5, 0.6]: x creeps up towards 2 for ever.
    model = Model(["x", "y", "r", "one"], [(D(0), INF)] * 4)
    model.add_rule("sum", "x = y + one", [Sum(0, 1, 3)], subject="x")
    model.add_rule("product", "y = r * x", [Product(1, 2, 0)], subject="y")
    model.add_figure("r", "r", (D("0.5"), D("0.6")))
    model.add_figure("one", "one", (D(1), D(1)))
    model.finish()
    solved = model.solve()
    assert solved is not None
    assert D("1.999") < solved[0][0] < D(2)
    assert solved[0][1] == INF
    assert model.spare == SPLITS_PER_AUDIT


# --- minimal sets ------------------------------------------------------------------------


def test_minimal_sets_start_with_single_figures() -> None:
    model = _sum_model()
    singles = [frozenset({"turnover"}), frozenset({"exports"}), frozenset({"imports"})]
    assert minimal_sets(model) == singles
    assert minimal_sets(model, [{"imports", "exports"}]) == singles[1:]
    # The empty set is never offered, even for a model that already holds.
    model.add_figure("turnover", "turnover", (D(11), D(11)))
    model.finish()
    assert model.solve() is not None
    assert minimal_sets(model) == singles


def test_minimal_sets_grow_until_one_works() -> None:
    model = Model(["a", "b", "c", "d"], [(D(0), INF)] * 4)
    model.add_rule("abc", "a = b + c", [Sum(0, 1, 2)], subject="a")
    model.add_rule("dbc", "d = b + c", [Sum(3, 1, 2)], subject="d")
    for name, value in [("a", 10), ("b", 7), ("c", 4), ("d", 12)]:
        model.add_figure(name, name, (D(value), D(value)))
    model.finish()
    # a = 10 and d = 12 cannot both equal b + c: one of them, or b or c with the other,
    # must go; no single figure explains both.
    both = [
        frozenset({"a", "b"}),
        frozenset({"a", "c"}),
        frozenset({"a", "d"}),
        frozenset({"b", "d"}),
        frozenset({"c", "d"}),
    ]
    assert minimal_sets(model, [{"a", "b", "c"}, {"d", "b", "c"}]) == both
    assert minimal_sets(model) == both
    assert minimal_sets(model, max_size=10) == both
    assert minimal_sets(model, max_size=MAX_SUSPECTS) == both
    assert minimal_sets(model, max_size=1) == []
    # Every set meets every conflict; an empty conflict constrains nothing.
    assert minimal_sets(model, [{"a"}, set()]) == both[:3]
    assert minimal_sets(model, [{"a", "b"}, {"c"}]) == [frozenset({"a", "c"})]
    # Sets of three are tried by default, and no further.
    assert MAX_SUSPECTS == 3
    assert minimal_sets(model, [{"b"}, {"c"}]) == [
        frozenset({"a", "b", "c"}),
        frozenset({"b", "c", "d"}),
    ]
    assert minimal_sets(model, [{"b"}, {"c"}], max_size=2) == []


def test_dividing_by_an_unbounded_factor_leaves_a_plain_zero() -> None:
    quotient = div_nonneg((D(2), D(4)), (D(1), INF))
    assert quotient is not None
    assert str(Interval(*quotient)) == "[0, 4]"
    assert div_nonneg((D(2), D(4)), (D(2), D(8))) == (D("0.25"), D(2))
    assert div_nonneg((D(0), D(4)), (D(2), D(8))) == (D(0), D(2))
    assert div_nonneg((D(2), D(4)), (D(0), D(0))) == (INF, D(0))
    assert div_nonneg((D(0), D(0)), (D(0), D(0))) is None


def test_rank_reads_members_above_from_their_lower_bounds() -> None:
    rank = Rank(0, 1, [2, 3, 4], complete=False)
    members = [(D(25), D(35)), (D(15), D(20)), (D(5), D(6))]
    # Second place: the value is at least the second largest lower bound.
    dom = [(D(2), D(2)), (D(0), INF), *members]
    rank.revise(dom)
    assert dom[1] == (D(15), INF)
    # A value of 16 to 17 is surely below one member only.
    dom = [(D(1), INF), (D(16), D(17)), *members]
    rank.revise(dom)
    assert dom[0] == (D(2), INF)
    complete = Rank(0, 1, [2, 3, 4], complete=True)
    dom = [(D(1), INF), (D(16), D(17)), *members]
    complete.revise(dom)
    assert dom[0] == (D(2), D(3))
    # Third place in a complete group: below the second largest upper bound.
    dom = [(D(3), D(3)), (D(0), INF), *members]
    complete.revise(dom)
    assert dom[1] == (D(5), D(20))


def _sum_and_product(product: str) -> Model:
    """``t = x + y`` and ``p = x * y`` with ``t = 10``: solvable for ``p`` up to 25."""
    model = Model(["t", "x", "y", "p"], [(D(0), INF)] * 4)
    model.add_rule("sum", "t = x + y", [Sum(0, 1, 2)], subject="t")
    model.add_rule("product", "p = x * y", [Product(3, 1, 2)], subject="p")
    model.add_figure("t", "t", (D(10), D(10)))
    model.add_figure("p", "p", (D(product), D(product)))
    model.finish()
    return model


def test_a_cycle_that_stalls_is_settled_by_splitting() -> None:
    model = _sum_and_product("24")
    solved = model.solve()
    assert solved is not None
    # x and y are 4 and 6 in some order; the intervals keep both.
    for lo, hi in solved[1:3]:
        assert lo < D(4)
        assert D(6) < hi
        assert hi - lo < D("2.001")
    # A few splits settle it, charged to the audit's budget.
    assert model.spare == SPLITS_PER_AUDIT - 3


def test_a_cycle_that_cannot_hold_fails_without_splitting() -> None:
    for product in ("25.005", "26"):
        model = _sum_and_product(product)
        assert model.solve() is None
        assert model.spare == SPLITS_PER_AUDIT


class _Step(Constraint):
    """Raises the lower bound of its quantity by one per revision, up to *cap*; counts calls."""

    __slots__ = ("calls", "cap")

    def __init__(self, cap: int) -> None:
        self.variables = (0,)
        self.cap = D(cap)
        self.calls = 0

    def _revise(self, dom: list[tuple[D, D]], changed: list[int]) -> None:
        self.calls += 1
        lo, hi = dom[0]
        if lo + 1 <= self.cap:
            _narrow(dom, 0, lo + 1, hi, changed)


def test_propagation_wakes_each_other_constraint_once_per_change() -> None:
    steps = [_Step(10), _Step(10), _Step(10)]
    dom = [(D(0), INF)]
    assert _propagate(dom, steps, range(3), {0: (0, 1, 2)}) is True
    assert dom == [(D(10), INF)]
    assert [s.calls for s in steps] == [4, 4, 4]
    # Constraints not queued at first are woken by a change.
    steps = [_Step(10), _Step(10), _Step(10)]
    dom = [(D(0), INF)]
    assert _propagate(dom, steps, [1], {0: (0, 1, 2)}) is True
    assert dom == [(D(10), INF)]
    assert [s.calls for s in steps] == [4, 4, 4]
    # A constraint does not wake itself.
    alone = _Step(10)
    dom = [(D(0), INF)]
    assert _propagate(dom, [alone], [0], {0: (0,)}) is True
    assert dom == [(D(1), INF)]
    assert alone.calls == 1


def test_propagation_stops_after_300_revisions() -> None:
    steps = [_Step(1000), _Step(1000)]
    dom = [(D(0), INF)]
    assert _propagate(dom, steps, range(2), {0: (0, 1)}) is None
    assert dom == [(D(300), INF)]
    assert [s.calls for s in steps] == [150, 150]


def test_propagation_reports_an_empty_quantity() -> None:
    dom = [(D(0), D(5)), (D(3), D(4)), (D(3), D(4))]
    assert _propagate(dom, [Sum(0, 1, 2)], [0], {0: (0,), 1: (0,), 2: (0,)}) is False


def test_a_branch_left_undecided_keeps_the_figures() -> None:
    # Halves of a narrow box creep (the step limit ends them): undecided, not empty.
    for width, splits in [("0.002", 3), ("0.005", 21)]:
        model = _stalling_model(width)
        assert model.solve() is not None
        assert model.spare == SPLITS_PER_AUDIT - splits
