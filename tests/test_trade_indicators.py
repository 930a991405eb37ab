"""The indicator functions against hand-computed values, their errors and their invariants."""

from __future__ import annotations

import math
from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from regionrel.errors import RegionrelError, ValidationError, WrongTypeError
from regionrel.trade import indicators as ind
from regionrel.trade.indicators import ConcentrationIndex, OpennessVariant
from tests.strategies.trade import share_lists, weights


def test_seed_ratios() -> None:
    assert round(ind.coverage_ratio(7109, Decimal("4115.9")), 3) == 1.727
    assert round(ind.exceed_ratio(7109, Decimal("4115.9")), 3) == 0.727
    assert round(ind.share(7109, Decimal("11224.9")), 4) == 0.6333
    assert round(ind.growth_rate(7109, Decimal("5655.5")), 3) == 0.257
    assert round(ind.growth_index(Decimal("4115.9"), Decimal("3585.3")), 1) == 114.8


@pytest.mark.parametrize(
    ("num", "den", "expected"),
    [(1.0, 4.0, 0.25), (3.0, 0.0, math.inf), (-3.0, 0.0, -math.inf), (3.0, -0.0, -math.inf)],
)
def test_ratio(num: float, den: float, expected: float) -> None:
    assert ind.ratio(num, den) == expected


def test_zero_denominators_say_so() -> None:
    assert math.isnan(ind.ratio(0.0, 0.0))
    assert ind.coverage_ratio(5, 0) == math.inf
    assert math.isnan(ind.coverage_ratio(0, 0))
    assert ind.exceed_ratio(5, 0) == math.inf
    assert ind.growth_rate(5, 0) == math.inf
    assert math.isnan(ind.share(0, 0))


def test_openness_variants() -> None:
    assert ind.openness(60, 40, 200, OpennessVariant.WITS) == 0.5
    assert ind.openness(60, 40, 200, OpennessVariant.UNCTAD) == 0.25
    assert ind.openness(60, 40, 200, " Wits ") == 0.5


@pytest.mark.parametrize(
    ("call", "error", "message"),
    [
        (
            lambda: ind.openness(1, 1, 1, "imf"),
            ValidationError,
            "openness: 'variant' must be OpennessVariant.WITS or OpennessVariant.UNCTAD ('wits' or 'unctad') (got 'imf')",
        ),
        (
            lambda: ind.openness(1, 1, 1, None),  # type: ignore[arg-type]
            ValidationError,
            "openness: 'variant' must be OpennessVariant.WITS or OpennessVariant.UNCTAD ('wits' or 'unctad') (got None)",
        ),
        (
            lambda: ind.openness(1, 1, 0, "wits"),
            ValidationError,
            "openness: 'gdp' must be positive (got 0)",
        ),
        (
            lambda: ind.coverage_ratio(-1, 1),
            ValidationError,
            "coverage_ratio: 'exports' must not be negative (got -1)",
        ),
        (
            lambda: ind.coverage_ratio("1", 1),  # type: ignore[arg-type]
            WrongTypeError,
            "coverage_ratio: 'exports' must be a number (int, float, Decimal or Fraction) (got '1')",
        ),
        (
            lambda: ind.coverage_ratio(True, 1),
            WrongTypeError,
            "coverage_ratio: 'exports' must be a number (int, float, Decimal or Fraction) (got True)",
        ),
        (
            lambda: ind.exceed_ratio(1, math.nan),
            ValidationError,
            "exceed_ratio: 'imports' must be finite (got nan that is a float)",
        ),
        (
            lambda: ind.share(2, 1),
            ValidationError,
            "share: 'part' must not exceed the whole (1) (got 2)",
        ),
        (lambda: ind.cagr(0, 1, 1), ValidationError, "cagr: 'first' must be positive (got 0)"),
        (lambda: ind.cagr(1, 1, 0), ValidationError, "cagr: 'years' must be positive (got 0)"),
        (
            lambda: ind.least_squares_growth_rate([1]),
            ValidationError,
            "least_squares_growth_rate: 'values' must hold at least two values (got 1)",
        ),
        (
            lambda: ind.least_squares_growth_rate([1, 0]),
            ValidationError,
            "least_squares_growth_rate: 'values' must be positive (got 0)",
        ),
        (
            lambda: ind.least_squares_growth_rate([1, 2], [0]),
            ValidationError,
            "least_squares_growth_rate: 'times' must be as long as 'values' (2) (got 1)",
        ),
        (
            lambda: ind.least_squares_growth_rate([1, 2], [1, 1]),
            ValidationError,
            "least_squares_growth_rate: 'times' must be strictly increasing (got (1, 1) that is a tuple)",
        ),
        (
            lambda: ind.contributions_to_growth([1], [1, 2]),
            ValidationError,
            "contributions_to_growth: 'current' must be non-empty and as long as 'previous' (2) (got 1)",
        ),
        (
            lambda: ind.hhi([]),
            ValidationError,
            "hhi: 'shares' must not be empty (got () that is a tuple)",
        ),
        (
            lambda: ind.hhi([0.7, 0.4]),
            ValidationError,
            "hhi: 'shares' must not add up to more than 1 (they add up to 1.1) (got (0.7, 0.4) that is a tuple)",
        ),
        (
            lambda: ind.hhi([-0.1]),
            ValidationError,
            "hhi: 'shares' must not be negative (got -0.1 that is a float)",
        ),
        (
            lambda: ind.hhi_normalized([0.5, 0.5], 1),
            ValidationError,
            "hhi_normalized: 'n' must be at least the number of shares given (2) (got 1)",
        ),
        (
            lambda: ind.hhi_unctad([0.5], 2.0),  # type: ignore[arg-type]
            WrongTypeError,
            "hhi_unctad: 'n' must be an int (got 2.0 that is a float)",
        ),
        (
            lambda: ind.concentration([1.0], 3),  # type: ignore[arg-type]
            ValidationError,
            "concentration: 'index' must be one of 'hhi', 'hhi_normalized', 'hhi_unctad' (got 3)",
        ),
    ],
)
def test_bad_input(call: object, error: type[RegionrelError], message: str) -> None:
    with pytest.raises(error) as info:
        call()  # type: ignore[operator]
    assert str(info.value) == message


def test_growth_measures() -> None:
    assert round(ind.cagr(100, 121, 2), 12) == 0.1
    assert ind.cagr(100, 0, 3) == -1.0
    assert round(ind.least_squares_growth_rate([100, 110, 121, Decimal("133.1")]), 12) == 0.1
    # Uneven times: 100 in year 0, 121 in year 2 -> 10 % a year.
    assert round(ind.least_squares_growth_rate([100, 121], [0, 2]), 12) == 0.1
    # Hand-computed: ln values 0, ln 2, ln 2 over t = 0, 1, 2 -> slope ln(2)/2.
    assert math.isclose(ind.least_squares_growth_rate([1, 2, 2]), math.sqrt(2) - 1)


def test_contributions_seed() -> None:
    ex, im = ind.contributions_to_growth(
        [7109, Decimal("4115.9")], [Decimal("5655.5"), Decimal("3585.3")]
    )
    assert math.isclose(ex, 1453.5 / 9240.8)
    assert math.isclose(im, 530.6 / 9240.8)
    assert round(ex + im, 3) == 0.215


def test_hhi_hand_computed() -> None:
    named = [0.156, 0.092, 0.074, 0.066, 0.05, 0.05]
    assert math.isclose(ind.hhi(named), 0.047632)
    assert ind.hhi([Fraction(1, 2), Fraction(1, 2)]) == 0.5
    assert math.isclose(ind.hhi_normalized([0.7, 0.3]), (0.58 - 0.5) / 0.5)
    assert math.isclose(
        ind.hhi_unctad([0.7, 0.3]), (math.sqrt(0.58) - math.sqrt(0.5)) / (1 - math.sqrt(0.5))
    )
    assert ind.hhi_normalized([1.0]) == ind.hhi_unctad([1.0]) == 1.0
    # With the count of all partners given.
    assert math.isclose(ind.hhi_normalized(named, 160), (0.047632 - 1 / 160) / (1 - 1 / 160))
    assert ind.concentration([0.5, 0.5], ConcentrationIndex.HHI_NORMALIZED) == 0.0
    assert ind.concentration([0.5, 0.5], "hhi_unctad") == ind.hhi_unctad([0.5, 0.5])


@given(weights)
def test_hhi_between_one_over_n_and_one(ws: list[float]) -> None:
    total = math.fsum(ws)
    shares = [w / total for w in ws]
    h = ind.hhi(shares)
    assert 1 / len(shares) - 1e-12 <= h <= 1 + 1e-12
    assert -1e-9 <= ind.hhi_normalized(shares) <= 1 + 1e-9
    assert -1e-9 <= ind.hhi_unctad(shares) <= 1 + 1e-9


@given(share_lists)
def test_partial_hhi_is_at_most_one(shares: list[float]) -> None:
    assert 0 <= ind.hhi(shares) <= 1 + 1e-12


@given(
    st.lists(st.integers(0, 10**9), min_size=1, max_size=6).flatmap(
        lambda cur: st.tuples(
            st.just(cur), st.lists(st.integers(1, 10**9), min_size=len(cur), max_size=len(cur))
        )
    )
)
def test_contributions_add_up_to_total_growth(pair: tuple[list[int], list[int]]) -> None:
    current, previous = pair
    parts = ind.contributions_to_growth(current, previous)
    total = ind.growth_rate(sum(current), sum(previous))
    assert math.isclose(math.fsum(parts), total, rel_tol=1e-9, abs_tol=1e-12)


@given(st.floats(0.01, 1e6), st.floats(0.01, 1e6), st.floats(0.01, 1e9))
def test_unctad_openness_is_half_of_wits(x: float, m: float, gdp: float) -> None:
    assert math.isclose(ind.openness(x, m, gdp, "unctad") * 2, ind.openness(x, m, gdp, "wits"))


@given(st.floats(0.01, 1e6), st.floats(0.01, 1e6))
def test_index_is_growth_plus_one(c: float, p: float) -> None:
    assert math.isclose(
        ind.growth_index(c, p), (ind.growth_rate(c, p) + 1) * 100, rel_tol=1e-9, abs_tol=1e-9
    )
    assert math.isclose(
        ind.exceed_ratio(c, p) + 1, ind.coverage_ratio(c, p), rel_tol=1e-9, abs_tol=1e-9
    )
