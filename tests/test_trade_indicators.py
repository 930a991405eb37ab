"""The indicator functions against hand-computed values, their errors and their invariants."""

from __future__ import annotations

import math
from decimal import Decimal
from fractions import Fraction
from typing import Any

import pytest
from hypothesis import assume, example, given
from hypothesis import strategies as st

from regionrel.errors import RegionrelError, ValidationError, WrongTypeError
from regionrel.trade import indicators as ind
from regionrel.trade.indicators import ConcentrationIndex, Number, OpennessVariant
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
    least = 0.047632 + 0.512**2 / 154  # the other 51.2% spread over 154 partners
    assert math.isclose(ind.hhi_normalized(named, 160), (least - 1 / 160) / (1 - 1 / 160))
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


@pytest.mark.parametrize(
    ("call", "error", "func", "field", "value"),
    [
        (lambda: ind.share(-1, 5), ValidationError, "share", "part", -1),
        (lambda: ind.share(1, -5), ValidationError, "share", "whole", -5),
        (lambda: ind.share(1, "5"), WrongTypeError, "share", "whole", "5"),  # type: ignore[arg-type]
        (lambda: ind.openness(-1, 1, 1, "wits"), ValidationError, "openness", "exports", -1),
        (lambda: ind.openness(1, -1, 1, "wits"), ValidationError, "openness", "imports", -1),
        (lambda: ind.openness(1, 1, -2, "wits"), ValidationError, "openness", "gdp", -2),
        (lambda: ind.coverage_ratio(1, -1), ValidationError, "coverage_ratio", "imports", -1),
        (lambda: ind.exceed_ratio(-1, 1), ValidationError, "exceed_ratio", "exports", -1),
        (lambda: ind.growth_rate(1, "2"), WrongTypeError, "growth_rate", "previous", "2"),  # type: ignore[arg-type]
        (
            lambda: ind.growth_rate(math.inf, 2),
            ValidationError,
            "growth_rate",
            "current",
            math.inf,
        ),
        (lambda: ind.growth_index("1", 2), WrongTypeError, "growth_index", "current", "1"),  # type: ignore[arg-type]
        (lambda: ind.growth_index(1, None), WrongTypeError, "growth_index", "previous", None),  # type: ignore[arg-type]
        (
            lambda: ind.contributions_to_growth([1, "2"], [1, 2]),  # type: ignore[list-item]
            WrongTypeError,
            "contributions_to_growth",
            "current",
            "2",
        ),
        (
            lambda: ind.contributions_to_growth([1, 2], [1, -math.inf]),
            ValidationError,
            "contributions_to_growth",
            "previous",
            -math.inf,
        ),
        (
            lambda: ind.contributions_to_growth([], []),
            ValidationError,
            "contributions_to_growth",
            "current",
            0,
        ),
        (lambda: ind.cagr(1, -1, 1), ValidationError, "cagr", "last", -1),
        (lambda: ind.cagr(1, 1, "2"), WrongTypeError, "cagr", "years", "2"),  # type: ignore[arg-type]
        (
            lambda: ind.least_squares_growth_rate([1, 2], [0, "1"]),  # type: ignore[list-item]
            WrongTypeError,
            "least_squares_growth_rate",
            "times",
            "1",
        ),
        (
            lambda: ind.least_squares_growth_rate([1, 2], [1, 0]),
            ValidationError,
            "least_squares_growth_rate",
            "times",
            (1, 0),
        ),
        (lambda: ind.hhi_normalized([-0.5]), ValidationError, "hhi_normalized", "shares", -0.5),
        (lambda: ind.hhi_normalized([]), ValidationError, "hhi_normalized", "shares", ()),
        (lambda: ind.hhi_unctad([0.6, 0.6]), ValidationError, "hhi_unctad", "shares", (0.6, 0.6)),
        (lambda: ind.hhi_unctad([0.5], 0), ValidationError, "hhi_unctad", "n", 0),
        (lambda: ind.hhi_normalized([0.5], True), WrongTypeError, "hhi_normalized", "n", True),
        (
            lambda: ind.concentration([0.5], "hhi_normalized", 0),
            ValidationError,
            "hhi_normalized",
            "n",
            0,
        ),
        (
            lambda: ind.concentration([0.5], "imf"),
            ValidationError,
            "concentration",
            "index",
            "imf",
        ),
    ],
)
def test_errors_name_function_field_and_value(
    call: object, error: type[RegionrelError], func: str, field: str, value: object
) -> None:
    with pytest.raises(error) as info:
        call()  # type: ignore[operator]
    exc = info.value
    assert (exc.cls, exc.field) == (func, field)
    assert exc.value == value
    assert str(exc).startswith(f"{func}: {field!r} ")


def test_shares_may_add_up_to_one_within_rounding() -> None:
    # Published percentages are rounded, so a total a hair over 1 (up to 1e-9) is accepted.
    at_tolerance = 1 + 1e-9
    assert ind.hhi([at_tolerance]) == at_tolerance * at_tolerance
    assert ind.hhi([0.5, 0.5000000001]) == 0.25 + 0.5000000001**2
    just_over = math.nextafter(at_tolerance, 2.0)
    with pytest.raises(ValidationError) as info:
        ind.hhi([just_over])
    assert info.value.field == "shares"
    assert info.value.rule == "must not add up to more than 1 (they add up to 1)"


def test_shares_error_keeps_the_tuple_given() -> None:
    given_shares = (0.7, 0.4)
    with pytest.raises(ValidationError) as info:
        ind.hhi(given_shares)
    assert info.value.value == given_shares


def test_count_may_equal_the_number_of_shares() -> None:
    assert ind.hhi_normalized([0.5, 0.5], 2) == 0.0
    assert ind.hhi_unctad([0.5, 0.5], 2) == 0.0
    assert math.isclose(ind.hhi_normalized([0.7, 0.3], 2), 0.16)
    # One share of everything, counted as one partner: the 0/0 of the formula reads 1.
    assert ind.hhi_normalized([1.0], 1) == ind.hhi_unctad([1.0], 1) == 1.0


def test_concentration_dispatches_to_the_named_index() -> None:
    shares = [0.7, 0.3]
    assert ind.concentration(shares, ConcentrationIndex.HHI) == ind.hhi(shares)
    assert ind.concentration(shares, "HHI") == ind.hhi(shares)
    assert ind.concentration(shares, "hhi_normalized") == ind.hhi_normalized(shares)
    assert ind.concentration(shares, ConcentrationIndex.HHI_UNCTAD) == ind.hhi_unctad(shares)
    assert ind.concentration(shares, " hhi_unctad ") == ind.hhi_unctad(shares)
    # The three differ on these shares, so each call reached its own index.
    assert len({ind.hhi(shares), ind.hhi_normalized(shares), ind.hhi_unctad(shares)}) == 3


def test_concentration_passes_the_partner_count_on() -> None:
    shares = [0.5, 0.3]
    assert ind.concentration(shares, "hhi_normalized", 10) == ind.hhi_normalized(shares, 10)
    assert ind.concentration(shares, "hhi_unctad", 10) == ind.hhi_unctad(shares, 10)
    least = 0.34 + 0.2**2 / 8  # the other 20% spread over 8 partners
    assert math.isclose(ind.concentration(shares, "hhi_normalized", 10), (least - 0.1) / 0.9)
    assert math.isclose(
        ind.concentration(shares, "hhi_unctad", 10),
        (math.sqrt(least) - math.sqrt(0.1)) / (1 - math.sqrt(0.1)),
    )
    # The count changes the value, so it was not dropped on the way.
    assert ind.concentration(shares, "hhi_unctad", 10) != ind.hhi_unctad(shares, 3)
    assert ind.concentration(shares, "hhi_normalized", 10) != ind.hhi_normalized(shares, 3)


@pytest.mark.parametrize("index", [ind.hhi_normalized, ind.hhi_unctad])
def test_normalized_indices_with_an_explicit_n_stay_in_zero_one(index: Any) -> None:
    # Issue 18: hhi_normalized([0.5, 0.3], n=2) was -0.32 and hhi_unctad -0.42.
    with pytest.raises(ValidationError) as info:
        index([0.5, 0.3], n=2)
    assert str(info.value) == (
        f"{index.__name__}: 'n' must be more than the number of shares given (2): they add "
        "up to 0.8, and the rest is held by partners not named (got 2)"
    )
    assert index([0.2, 0.2], n=5) == 0.0  # the least H is 1/5: equal shares
    assert index([0.5, 0.5], n=2) == 0.0  # a complete list: n = k is fine


@given(
    st.lists(st.integers(1, 100), min_size=1, max_size=6),
    st.integers(0, 100),
    st.integers(0, 50),
)
def test_normalized_indices_stay_in_zero_one_for_any_n(
    raw: list[int], unnamed: int, extra: int
) -> None:
    total = sum(raw) + unnamed
    shares = [r / total for r in raw]
    n = len(raw) + (1 if unnamed else 0) + extra
    for index in (ind.hhi_normalized, ind.hhi_unctad):
        assert 0.0 <= index(shares, n) <= 1.0


@given(
    st.floats(1e-300, 1e300),
    st.floats(-0.5, 0.5),
    st.integers(-3000, 3000),
    st.integers(1, 50),
)
@example(1e300, 1e-6 / 1.000001, 2018, 1)
@example(5e6, math.log(1.1), 2018, 1)
def test_two_values_give_the_two_point_growth(
    first: float, log_growth: float, start: int, years: int
) -> None:
    # Least squares through two points is the line through them, wherever they lie.
    last = first * math.exp(log_growth * years)
    assume(0 < last < math.inf)
    rate = ind.least_squares_growth_rate([first, last], [start, start + years])
    expected = math.expm1((math.log(last) - math.log(first)) / years)
    assert math.isclose(rate, expected, rel_tol=1e-12, abs_tol=1e-300)


@pytest.mark.parametrize(
    "value", [10**400, -(10**400), Decimal("sNaN"), Decimal("NaN"), Decimal("1e400"), math.inf]
)
def test_values_past_float_are_not_finite(value: Number) -> None:
    # An int or Decimal too large for a float, or a signalling NaN, is refused as a
    # ValidationError naming the argument, never an OverflowError or a bare ValueError.
    with pytest.raises(ValidationError) as info:
        ind.growth_rate(1, value)
    assert (info.value.cls, info.value.field, info.value.rule) == (
        "growth_rate",
        "previous",
        "must be finite",
    )
    assert info.value.value is value


@pytest.mark.parametrize(
    ("call", "func", "field"),
    [
        (lambda: ind.openness(1, 1, 10**400, "wits"), "openness", "gdp"),
        (lambda: ind.openness(1, 1, "1", "wits"), "openness", "gdp"),  # type: ignore[arg-type]
        (lambda: ind.cagr(math.nan, 1, 1), "cagr", "first"),
        (lambda: ind.cagr(1, 1, math.inf), "cagr", "years"),
    ],
)
def test_positive_arguments_name_themselves_when_not_numbers(
    call: object, func: str, field: str
) -> None:
    with pytest.raises(RegionrelError) as info:
        call()  # type: ignore[operator]
    assert (info.value.cls, info.value.field) == (func, field)
    assert str(info.value).startswith(f"{func}: {field!r} must be ")


def test_shares_from_an_iterator_are_read_once_and_reported_whole() -> None:
    assert ind.hhi(s for s in [0.5, 0.5]) == 0.5
    assert ind.hhi_normalized(iter([0.7, 0.3])) == ind.hhi_normalized([0.7, 0.3])
    with pytest.raises(ValidationError) as info:
        ind.hhi_unctad(s for s in [0.7, 0.4])
    assert info.value.value == (0.7, 0.4)
    assert str(info.value) == (
        "hhi_unctad: 'shares' must not add up to more than 1 (they add up to 1.1)"
        " (got (0.7, 0.4) that is a tuple)"
    )
