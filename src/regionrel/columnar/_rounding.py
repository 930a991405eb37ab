"""Correctly rounded quotients and sums, over whole columns at once.

Balassa's RCA is ``(x / X) / (w / W)``; :func:`regionrel.trade.products.rca_by_product`
computes it as one exact quotient ``x W / (X w)`` of integers, rounded once. Those
products pass 2**53 (and often 2**63), so neither a float division nor an int64 one
gives that quotient; Python integers do, at about a microsecond a row.

:func:`product_quotient` gets the same bits in float arithmetic over whole columns.
Each product of two integers below 2**53 is an exact double-double (Dekker's
product), their quotient is computed in double-double to within 2**-101 of its
value, and the nearest float of that is the correctly rounded quotient unless the
exact value may lie on the other side of a rounding midpoint. That is tested row
by row against a bound 32 times the error; the rare rows it cannot certify (about
one in 2**30, and every exact tie) are divided in Python integers.

:func:`fsum_runs` gets the bits of :func:`math.fsum` (the exact sum of floats, rounded
once: how :class:`~regionrel.trade.partners.PartnerStructure` sums squared shares)
for many runs of a column at once, the same way: an exact integer part, a fraction
summed with a known bound on its error, and Python's ``fsum`` for the runs that bound
leaves in doubt.

>>> import polars as pl
>>> x, big_w, big_x, w = (pl.Series([v], dtype=pl.Int64) for v in (3, 10**15 + 1, 7, 10**12))
>>> product_quotient(x, big_w, big_x, w).item() == (3 * (10**15 + 1)) / (7 * 10**12)
True
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:
    import polars as pl

__all__ = [
    "EXACT_FACTOR",
    "divide",
    "fsum_runs",
    "product_quotient",
    "two_product",
    "two_sum",
    "unit_in_first_place",
]

#: Integers below this are exact floats, the factors :func:`product_quotient` takes.
EXACT_FACTOR: Final = 2**53
_SPLITTER: Final = 2.0**27 + 1  # Veltkamp's splitter for 53-bit floats
_PHI: Final = 2.0**52 + 1
_ONE_MINUS_U: Final = 1.0 - 2.0**-53
#: The double-double quotient is within 2**-101 of the exact one (relative); the test
#: allows 2**-96.
_BOUND: Final = 2.0**-96


def divide(numerator: pl.Series, denominator: pl.Series) -> pl.Series:
    """Each row's numerator over its denominator as floats, one IEEE division rounded once.

    Only Series of one length divide row by row: polars divides a column by a constant
    (a literal, or a column it holds as one value) as a product with the constant's
    reciprocal, which rounds twice (19 / 20 gives 0.9500000000000001). A Series of one
    row is padded to two, so that it is never taken for a constant either. Integers at
    or past 2**53 are not exact floats: callers divide those in Python.

    >>> import polars as pl
    >>> divide(pl.Series([19, 1]), pl.Series([20, 20])).to_list()
    [0.95, 0.05]
    >>> divide(pl.Series([19]), pl.Series([20])).to_list()
    [0.95]
    """
    import polars as pl

    a, b = numerator.cast(pl.Float64), denominator.cast(pl.Float64)
    if len(a) == 1:
        return (a.extend_constant(1.0, 1) / b.extend_constant(1.0, 1)).head(1)
    return a / b


def _split(a: pl.Series) -> tuple[pl.Series, pl.Series]:
    """Veltkamp's split of *a* into two halves of 26 bits, ``hi + lo == a`` exactly."""
    c = a * _SPLITTER
    hi = c - (c - a)
    return hi, a - hi


def two_product(a: pl.Series, b: pl.Series) -> tuple[pl.Series, pl.Series]:
    """Dekker's product: ``hi`` the rounded ``a * b`` and ``lo`` its exact error.

    Eager Series arithmetic, one rounded operation at a time (no query optimiser may
    regroup it), is what the exactness of these steps relies on.

    >>> import polars as pl
    >>> hi, lo = two_product(pl.Series([2.0**53 - 1]), pl.Series([2.0**53 - 3]))
    >>> int(hi[0]) + int(lo[0]) == (2**53 - 1) * (2**53 - 3)
    True
    """
    p = a * b
    ah, al = _split(a)
    bh, bl = _split(b)
    return p, ((ah * bh - p) + ah * bl + al * bh) + al * bl


def two_sum(a: pl.Series, b: pl.Series) -> tuple[pl.Series, pl.Series]:
    """Knuth's sum: ``hi`` the rounded ``a + b`` and ``lo`` its exact error.

    >>> import polars as pl
    >>> hi, lo = two_sum(pl.Series([2.0**60]), pl.Series([3.0]))
    >>> int(hi[0]) + int(lo[0]) == 2**60 + 3
    True
    """
    s = a + b
    bb = s - a
    return s, (a - (s - bb)) + (b - bb)


def unit_in_first_place(p: pl.Series) -> pl.Series:
    """The power of two at or just below each ``|p|`` (Rump's ufp), for normal floats.

    >>> import polars as pl
    >>> unit_in_first_place(pl.Series([3.0, 4.0, 0.7])).to_list()
    [2.0, 4.0, 0.5]
    """
    q = p * _PHI
    return (q - q * _ONE_MINUS_U).abs()


def _doubtful(nearest: pl.Series, rest: pl.Series, slack: pl.Series) -> pl.Series:
    """The rows where a value within *slack* of ``nearest + rest`` may not round to *nearest*.

    *nearest* is positive and ``rest`` at most half its spacing: the value rounds to
    *nearest* unless it may reach the midpoint to the next float up or down (below a
    power of two the floats are twice as dense). Exact ties are doubtful too.
    """
    import polars as pl

    ufp = unit_in_first_place(nearest)
    half_up = ufp * 2.0**-53
    half_down = (nearest == ufp).cast(pl.Float64) * (-(2.0**-54)) * ufp + half_up
    certain = ((rest >= 0) & (rest + slack < half_up)) | ((rest < 0) & (slack - rest < half_down))
    return (~certain).arg_true()


def product_quotient(a: pl.Series, b: pl.Series, c: pl.Series, d: pl.Series) -> pl.Series:
    """The float nearest ``(a * b) / (c * d)`` for each row (ties to even), as Python rounds it.

    Args:
        a, b, c, d: integer columns of one length, every value in ``[0, 2**53)``, with
            ``c * d`` positive in every row.

    Returns:
        A Float64 Series: in every row the bits of ``(a * b) / (c * d)`` in Python integers.
    """
    import polars as pl

    # Intermediates are let go as soon as they are used: these columns are long.
    ph, pl_ = two_product(a.cast(pl.Float64), b.cast(pl.Float64))
    qh, ql = two_product(c.cast(pl.Float64), d.cast(pl.Float64))
    first = ph / qh
    u, uu = two_product(first, qh)
    # The residual p - first * q, to about 2**-104 of p, divided by q.
    second = ((((ph - u) - uu) + pl_) - first * ql) / qh
    del ph, pl_, qh, ql, u, uu
    nearest = first + second
    rest = (first - nearest) + second  # exact: |second| is far below |first|
    del first, second
    doubtful = _doubtful(nearest, rest, nearest * _BOUND)
    if not len(doubtful):
        return nearest.rename(a.name)
    exact = [
        (va * vb) / (vc * vd)
        for va, vb, vc, vd in zip(
            a.gather(doubtful).to_list(),
            b.gather(doubtful).to_list(),
            c.gather(doubtful).to_list(),
            d.gather(doubtful).to_list(),
            strict=True,
        )
    ]
    return nearest.scatter(doubtful, pl.Series(exact, dtype=pl.Float64)).rename(a.name)


def fsum_runs(values: pl.Series, lengths: pl.Series) -> pl.Series:
    """:func:`math.fsum` of each run of *values*, one after the other, of the given *lengths*.

    Args:
        values: floats in ``[0, 1]``, normal or zero (squared shares).
        lengths: the positive length of each run; they add up to ``len(values)``.

    Each value is ``whole + fraction`` in units of 2**-60, ``whole`` an exact int64; the
    wholes add up exactly, the fractions as floats within ``n 2**-52`` of their sum, and
    a run's total is certain to round as computed unless that error may cross a midpoint.

    >>> import polars as pl
    >>> fsum_runs(pl.Series([0.1] * 10 + [0.5]), pl.Series([10, 1])).to_list()
    [1.0, 0.5]
    """
    import polars as pl

    f64 = pl.Float64
    scaled = values * 2.0**60
    whole = scaled.floor()
    starts = lengths.cum_sum() - lengths
    run = pl.zeros(len(values), dtype=pl.UInt32, eager=True)
    if len(starts) > 1:
        run = run.scatter(starts.slice(1), 1)
    sums = (
        pl.DataFrame(
            {
                "run": run.cum_sum(),
                "whole": whole.cast(pl.Int64),
                "part": scaled - whole,
                "value": values,
            }
        )
        .group_by("run", maintain_order=True)
        .agg(pl.col("whole").sum(), pl.col("part").sum(), pl.col("value").sum())
    )
    wholes, parts = sums.get_column("whole"), sums.get_column("part")
    # A run adding up to 8 or more would wrap the int64 sum of its wholes (8 * 2**60 is
    # 2**63): such runs (never squared shares, which add up to at most 1) go to Python.
    wide = (sums.get_column("value") >= 4.0).arg_true()
    # The int64 sum as two exact floats, then the float sum of the fractions.
    high, low = two_sum((wholes // 2**30).cast(f64) * 2.0**30, (wholes % 2**30).cast(f64))
    tail = low + parts
    nearest, rest = two_sum(high, tail)
    slack = (tail.abs() * 2.0**-53 + lengths.cast(f64) * 2.0**-51 * parts) * 2 + nearest * _BOUND
    result = nearest * 2.0**-60
    doubtful = _doubtful(nearest, rest, slack)
    if len(wide):
        doubtful = pl.concat([doubtful, wide]).unique().sort()
    if not len(doubtful):
        return result
    firsts, counts = starts.gather(doubtful).to_list(), lengths.gather(doubtful).to_list()
    exact = [math.fsum(values.slice(a, n).to_list()) for a, n in zip(firsts, counts, strict=True)]
    return result.scatter(doubtful, pl.Series(exact, dtype=f64))
