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
        (2.5, WrongTypeError, "Interval: 'hi' must be a Decimal, an int or a str (got 2.5 that is a float)"),
        ("y", ValidationError, "Interval: 'hi' must be a decimal number (got 'y')"),
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
    assert str(info.value) == "Interval: 'lo' must not be NaN (got Decimal('NaN'))"


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
