"""The columnar layer's vectorised rounding: the bits Python gives, in every row.

product_quotient must equal (a * b) / (c * d) in Python integers, and fsum_runs must
equal math.fsum of each run, including the rows their certificate cannot decide
(exact ties, values a hair from a midpoint), which go to Python.
"""

from __future__ import annotations

import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

pl = pytest.importorskip("polars")

from regionrel.columnar._keys import encode  # noqa: E402
from regionrel.columnar._rounding import (  # noqa: E402
    EXACT_FACTOR,
    fsum_runs,
    product_quotient,
    two_product,
    two_sum,
    unit_in_first_place,
)

FACTOR = st.integers(min_value=1, max_value=EXACT_FACTOR - 1)
SMALL_OR_LARGE = st.one_of(st.integers(1, 1000), st.integers(1, 10**9), FACTOR)


def column(values: list[int]) -> object:
    return pl.Series(values, dtype=pl.Int64)


def quotients(rows: list[tuple[int, int, int, int]]) -> list[float]:
    a, b, c, d = (column([r[i] for r in rows]) for i in range(4))
    return product_quotient(a, b, c, d).to_list()  # type: ignore[arg-type]


@settings(max_examples=60)
@given(st.lists(st.tuples(SMALL_OR_LARGE, SMALL_OR_LARGE, SMALL_OR_LARGE, SMALL_OR_LARGE)))
def test_product_quotient_is_pythons_rounding(rows: list[tuple[int, int, int, int]]) -> None:
    assert quotients(rows) == [(a * b) / (c * d) for a, b, c, d in rows]


@settings(max_examples=60)
@given(
    st.lists(
        st.tuples(
            st.integers(2**26, EXACT_FACTOR - 1).map(lambda v: v | 1),
            st.integers(2**26, EXACT_FACTOR - 1).map(lambda v: v | 1),
            st.integers(0, 52),
            st.integers(0, 52),
        ),
        min_size=1,
    )
)
def test_product_quotient_over_powers_of_two_ties_included(
    rows: list[tuple[int, int, int, int]],
) -> None:
    # An odd product of 54 or more bits over a power of two is a tie or a hair from one.
    exact = [(a, b, 2**i, 2**j) for a, b, i, j in rows]
    assert quotients(exact) == [(a * b) / (c * d) for a, b, c, d in exact]


def test_product_quotient_exact_ties_round_to_even() -> None:
    # 2**53 + 1 and 2**53 + 3 are halfway between two floats: Python rounds to even.
    odd = (2**53 + 1) // 3  # 3 * odd == 2**53 + 1
    rows = [(odd, 3, 1, 1), (odd, 6, 2, 1), (1, 1, 3, 1), (0, 5, 7, 1)]
    assert quotients(rows) == [float(2**53), float(2**53), 1 / 3, 0.0]


def test_two_product_and_two_sum_are_exact() -> None:
    a, b = pl.Series([2.0**52 + 1, 0.1]), pl.Series([2.0**52 + 3, 3.0])
    hi, lo = two_product(a, b)
    assert [int(h) + int(low) for h, low in zip(hi[:1], lo[:1], strict=True)] == [
        (2**52 + 1) * (2**52 + 3)
    ]
    s, e = two_sum(pl.Series([1e16]), pl.Series([1.5]))
    assert (s[0], e[0]) == (1e16 + 2.0, -0.5)


def test_unit_in_first_place_is_the_power_of_two_below() -> None:
    values = [2.0**k for k in range(-60, 60)] + [math.nextafter(2.0**k, 0) for k in range(-60, 60)]
    expected = [math.ldexp(0.5, math.frexp(v)[1]) for v in values]
    assert unit_in_first_place(pl.Series(values)).to_list() == expected


SQUARE = st.floats(min_value=0, max_value=1, allow_subnormal=False)


@settings(max_examples=60)
@given(st.lists(st.lists(SQUARE, min_size=1, max_size=12), min_size=1, max_size=20))
def test_fsum_runs_is_math_fsum(runs: list[list[float]]) -> None:
    values = pl.Series([v for run in runs for v in run], dtype=pl.Float64)
    lengths = pl.Series([len(run) for run in runs], dtype=pl.UInt32)
    assert fsum_runs(values, lengths).to_list() == [math.fsum(run) for run in runs]


@settings(max_examples=40)
@given(st.lists(st.integers(1, 10**12), min_size=1, max_size=30))
def test_fsum_runs_of_squared_shares(values: list[int]) -> None:
    total = sum(values)
    squares = [(v / total) * (v / total) for v in values]
    got = fsum_runs(pl.Series(squares), pl.Series([len(squares)], dtype=pl.UInt32))
    assert got.to_list() == [math.fsum(squares)]


def test_fsum_runs_near_ties_go_to_python() -> None:
    runs = [[0.5, 2.0**-54], [1 - 2.0**-53, 2.0**-54], [0.5, 2.0**-54, 2.0**-110], [0.25, 0.25]]
    values = pl.Series([v for run in runs for v in run])
    lengths = pl.Series([len(run) for run in runs], dtype=pl.UInt32)
    assert fsum_runs(values, lengths).to_list() == [math.fsum(run) for run in runs]


@settings(max_examples=40)
@given(
    st.lists(
        st.tuples(
            st.sampled_from(["b", "a", "ć", "AA", ""]),
            st.integers(-3, 3),
            st.one_of(st.integers(-(2**40), 2**40), st.just(7)),
        ),
        min_size=1,
        max_size=30,
    )
)
def test_encode_sorts_as_the_labels_do_and_decodes_back(
    rows: list[tuple[str, int, int]],
) -> None:
    table = pl.DataFrame(rows, schema=["r", "y", "p"], orient="row").with_row_index("i")
    coded, codes = encode(table, ["r", "y", "p"])
    back = codes.decode(coded, ["r", "y", "p"], "i")
    assert back.select("r", "y", "p").rows() == sorted(rows)
    assert sorted(back.rows()) == sorted(table.select("r", "y", "p", "i").rows())
    assert back.schema == table.select("r", "y", "p", "i").schema


def test_encode_ranks_other_key_types_by_a_mapping() -> None:
    table = pl.DataFrame({"k": [2.5, -1.0, 2.5], "v": [1, 2, 3]})
    coded, codes = encode(table, ["k"])
    assert coded.get_column("__0").to_list() == [0, 1, 1]
    assert codes.decode(coded, ["k"], "v").rows() == [(-1.0, 2), (2.5, 1), (2.5, 3)]


def test_fsum_runs_of_runs_adding_up_to_eight_or_more() -> None:
    # 8 * 2**60 wraps an int64: such runs are summed in Python, not wrapped to -8.0
    runs = [[1.0] * 8, [1.0] * 12, [0.5, 0.25], [1.0] * 3 + [0.999]]
    values = pl.Series([v for run in runs for v in run], dtype=pl.Float64)
    lengths = pl.Series([len(run) for run in runs], dtype=pl.UInt32)
    assert fsum_runs(values, lengths).to_list() == [8.0, 12.0, 0.75, 3.999]
