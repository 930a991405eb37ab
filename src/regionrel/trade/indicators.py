"""The standard trade indicators as plain functions on numbers.

Each function takes ints, floats, :class:`~decimal.Decimal` or
:class:`~fractions.Fraction` values and returns a ``float``. The classes of
:mod:`regionrel.trade` (``TradeBalance``, ``TradeChange``, ``TradeSeries``,
``PartnerStructure``) compute their figures with these functions, so a
figure agrees whichever way it is asked for. The formulas, their variants and
their sources are listed in ``docs/indicators.md``.

Ratios whose denominator is zero never raise :class:`ZeroDivisionError`: they
follow IEEE arithmetic, as a spreadsheet analyst would read it, and say so in
the value: a positive numerator over zero gives ``math.inf``, a negative one
``-math.inf`` and zero over zero ``math.nan``.

>>> round(coverage_ratio(7109, 4115.9), 3)
1.727
>>> coverage_ratio(10, 0)
inf
"""

from __future__ import annotations

import enum
import itertools
import math
from collections.abc import Iterable, Sequence
from decimal import Decimal
from fractions import Fraction
from typing import Final, TypeAlias

from regionrel.errors import ValidationError, WrongTypeError, describe_value

__all__ = [
    "ConcentrationIndex",
    "Number",
    "OpennessVariant",
    "cagr",
    "concentration",
    "contributions_to_growth",
    "coverage_ratio",
    "exceed_ratio",
    "growth_index",
    "growth_rate",
    "hhi",
    "hhi_normalized",
    "hhi_unctad",
    "least_squares_growth_rate",
    "openness",
    "ratio",
    "share",
]

#: A number an indicator accepts: ``int``, ``float``, ``Decimal`` or ``Fraction`` (not ``bool``).
Number: TypeAlias = int | float | Decimal | Fraction

_NUMBER_TYPES: Final = (int, float, Decimal, Fraction)
_NUMBER_RULE: Final = "must be a number (int, float, Decimal or Fraction)"


class OpennessVariant(enum.StrEnum):
    """Which definition of trade openness to use; the library never picks one for you.

    >>> OpennessVariant("unctad") is OpennessVariant.UNCTAD
    True
    """

    #: World Bank WITS "trade openness": (exports + imports) / GDP.
    WITS = "wits"
    #: UNCTAD "trade openness index": ((exports + imports) / 2) / GDP.
    UNCTAD = "unctad"


class ConcentrationIndex(enum.StrEnum):
    """Which Herfindahl-Hirschman index to compute; each is named, none is a default.

    >>> [c.value for c in ConcentrationIndex]
    ['hhi', 'hhi_normalized', 'hhi_unctad']
    """

    #: The raw index: the sum of squared shares, between 1/n and 1.
    HHI = "hhi"
    #: Normalized: (H - 1/n) / (1 - 1/n), between 0 and 1.
    HHI_NORMALIZED = "hhi_normalized"
    #: UNCTAD's concentration index: (sqrt(H) - sqrt(1/n)) / (1 - sqrt(1/n)), between 0 and 1.
    HHI_UNCTAD = "hhi_unctad"


def to_float(value: object, *, field: str, cls: str) -> float:
    """Return *value* as a finite float, or raise a regionrel error naming *cls* and *field*.

    >>> to_float(Decimal("1.5"), field="x", cls="f")
    1.5
    >>> to_float("1.5", field="x", cls="f")
    Traceback (most recent call last):
    ...
    regionrel.errors.WrongTypeError: f: 'x' must be a number (int, float, Decimal or Fraction) (got '1.5')
    """
    if isinstance(value, bool) or not isinstance(value, _NUMBER_TYPES):
        raise WrongTypeError(_NUMBER_RULE, cls=cls, field=field, value=value)
    try:
        result = float(value)
    except (OverflowError, ValueError):  # an int past 1e308, a signalling NaN
        result = math.nan
    if not math.isfinite(result):
        raise ValidationError("must be finite", cls=cls, field=field, value=value)
    return result


def _non_negative(value: object, *, field: str, cls: str) -> float:
    result = to_float(value, field=field, cls=cls)
    if result < 0:
        raise ValidationError("must not be negative", cls=cls, field=field, value=value)
    return result


def _positive(value: object, *, field: str, cls: str) -> float:
    result = to_float(value, field=field, cls=cls)
    if result <= 0:
        raise ValidationError("must be positive", cls=cls, field=field, value=value)
    return result


def _sequence(value: object, *, field: str, cls: str) -> Sequence[object]:
    """*value* when it is a sequence of values (a list or tuple, not text), else raise."""
    if isinstance(value, str | bytes) or not isinstance(value, Sequence):
        raise WrongTypeError(
            "must be a sequence of numbers (a list or tuple)", cls=cls, field=field, value=value
        )
    return value


def ratio(numerator: float, denominator: float) -> float:
    """Divide two floats, giving ``inf``, ``-inf`` or ``nan`` where the denominator is zero.

    >>> ratio(1.0, 4.0), ratio(-1.0, 0.0), ratio(0.0, 0.0)
    (0.25, -inf, nan)
    """
    if denominator == 0:
        if numerator == 0:
            return math.nan
        return math.copysign(math.inf, numerator) * math.copysign(1.0, denominator)
    return numerator / denominator


def coverage_ratio(exports: Number, imports: Number) -> float:
    """Return the import coverage ratio X / M (WITS "export-import coverage").

    Args:
        exports: the value of exports, not negative.
        imports: the value of imports, not negative.

    Returns:
        X / M; ``inf`` when imports are zero and exports are not; ``nan`` when both are zero.

    Raises:
        WrongTypeError: a flow is not a number.
        ValidationError: a flow is negative or not finite.

    >>> round(coverage_ratio(Decimal("7109"), Decimal("4115.9")), 4)
    1.7272
    """
    x = _non_negative(exports, field="exports", cls="coverage_ratio")
    m = _non_negative(imports, field="imports", cls="coverage_ratio")
    return ratio(x, m)


def exceed_ratio(exports: Number, imports: Number) -> float:
    """Return by how much exports exceed imports, X / M - 1, as a fraction.

    "Exports exceed imports by 73%" is ``exceed_ratio(7109, 4115.9) == 0.727...``;
    a negative value means imports exceed exports.

    >>> round(exceed_ratio(7109, 4115.9), 3)
    0.727
    >>> exceed_ratio(0, 0)
    nan
    """
    x = _non_negative(exports, field="exports", cls="exceed_ratio")
    m = _non_negative(imports, field="imports", cls="exceed_ratio")
    return ratio(x - m, m)


def share(part: Number, whole: Number) -> float:
    """Return *part* / *whole*, the share of a part in a non-negative whole.

    Raises:
        ValidationError: a value is negative, or the part is larger than the whole.

    >>> round(share(7109, 11224.9), 4)
    0.6333
    >>> share(0, 0)
    nan
    """
    p = _non_negative(part, field="part", cls="share")
    w = _non_negative(whole, field="whole", cls="share")
    if p > w:
        raise ValidationError(
            f"must not exceed the whole ({describe_value(whole)})",
            cls="share",
            field="part",
            value=part,
        )
    return ratio(p, w)


def openness(
    exports: Number, imports: Number, gdp: Number, variant: OpennessVariant | str
) -> float:
    """Return trade openness in the named *variant* (there is no default).

    * ``OpennessVariant.WITS``: (X + M) / GDP (World Bank WITS, "trade openness").
    * ``OpennessVariant.UNCTAD``: ((X + M) / 2) / GDP (UNCTADstat, "trade openness index").

    Args:
        exports: exports, not negative.
        imports: imports, not negative.
        gdp: gross domestic (or regional) product in the same currency and scale, positive.
        variant: which definition; a string ``"wits"`` or ``"unctad"`` is accepted.

    Raises:
        ValidationError: a negative flow, a GDP that is not positive, an unknown variant.

    >>> openness(60, 40, 200, OpennessVariant.WITS), openness(60, 40, 200, "unctad")
    (0.5, 0.25)
    """
    chosen = coerce_variant(variant)
    x = _non_negative(exports, field="exports", cls="openness")
    m = _non_negative(imports, field="imports", cls="openness")
    g = _positive(gdp, field="gdp", cls="openness")
    total = x + m
    if chosen is OpennessVariant.UNCTAD:
        total /= 2
    return total / g


def coerce_variant(variant: object) -> OpennessVariant:
    """Return *variant* as an :class:`OpennessVariant` (the enum or its value).

    >>> coerce_variant("WITS")
    <OpennessVariant.WITS: 'wits'>
    """
    if isinstance(variant, OpennessVariant):
        return variant
    if isinstance(variant, str):
        try:
            return OpennessVariant(variant.strip().lower())
        except ValueError:
            pass
    raise ValidationError(
        "must be OpennessVariant.WITS or OpennessVariant.UNCTAD ('wits' or 'unctad')",
        cls="openness",
        field="variant",
        value=variant,
    )


def growth_rate(current: Number, previous: Number) -> float:
    """Return the growth rate current / previous - 1, as a fraction.

    >>> round(growth_rate(7109, 5655.5), 4)
    0.257
    >>> growth_rate(5, 0)
    inf
    """
    c = to_float(current, field="current", cls="growth_rate")
    p = to_float(previous, field="previous", cls="growth_rate")
    return ratio(c - p, p)


def growth_index(current: Number, previous: Number) -> float:
    """Return the index current / previous x 100 (the previous period = 100).

    >>> round(growth_index(7109, 5655.5), 1)
    125.7
    """
    c = to_float(current, field="current", cls="growth_index")
    p = to_float(previous, field="previous", cls="growth_index")
    return ratio(c, p) * 100


def contributions_to_growth(
    current: Sequence[Number], previous: Sequence[Number]
) -> tuple[float, ...]:
    """Return each component's contribution to the growth of their total.

    The contribution of component i is (c_i - p_i) / sum(p): its change over the
    previous total. The contributions add up to the total's growth rate,
    sum(c) / sum(p) - 1 (exactly in rational arithmetic, to rounding in floats).

    Raises:
        ValidationError: the sequences differ in length or are empty.

    >>> [round(c, 4) for c in contributions_to_growth([7109, 4115.9], [5655.5, 3585.3])]
    [0.1573, 0.0574]
    """
    current = _sequence(current, field="current", cls="contributions_to_growth")  # type: ignore[assignment]
    previous = _sequence(previous, field="previous", cls="contributions_to_growth")  # type: ignore[assignment]
    if len(current) != len(previous) or not current:
        raise ValidationError(
            f"must be non-empty and as long as 'previous' ({len(previous)})",
            cls="contributions_to_growth",
            field="current",
            value=len(current),
        )
    cs = [to_float(v, field="current", cls="contributions_to_growth") for v in current]
    ps = [to_float(v, field="previous", cls="contributions_to_growth") for v in previous]
    total = math.fsum(ps)
    return tuple(ratio(c - p, total) for c, p in zip(cs, ps, strict=True))


def cagr(first: Number, last: Number, years: Number) -> float:
    """Return the compound annual growth rate (last / first) ** (1 / years) - 1.

    Args:
        first: the value at the start, positive.
        last: the value at the end, not negative.
        years: the time between the two values, in years, positive.

    >>> round(cagr(100, 121, 2), 10)
    0.1
    """
    f = _positive(first, field="first", cls="cagr")
    last_value = _non_negative(last, field="last", cls="cagr")
    y = _positive(years, field="years", cls="cagr")
    return float((last_value / f) ** (1 / y) - 1)


def least_squares_growth_rate(
    values: Sequence[Number], times: Sequence[Number] | None = None
) -> float:
    """Return the least-squares growth rate exp(b) - 1 of ln y = a + b t.

    The World Bank's least-squares growth rate: fit a line to the logarithms of
    the values by ordinary least squares and return exp(slope) - 1, the growth
    per unit of *times* (years, by default 0, 1, 2, ...).

    Args:
        values: at least two positive values.
        times: their times, strictly increasing; ``None`` for 0, 1, 2, ...

    Raises:
        ValidationError: fewer than two values, a value that is not positive, times
            that do not match the values or do not increase.

    >>> round(least_squares_growth_rate([100, 110, 121, 133.1]), 10)
    0.1
    """
    cls = "least_squares_growth_rate"
    values = _sequence(values, field="values", cls=cls)  # type: ignore[assignment]
    if times is not None:
        times = _sequence(times, field="times", cls=cls)  # type: ignore[assignment]
    if len(values) < 2:
        raise ValidationError(
            "must hold at least two values", cls=cls, field="values", value=len(values)
        )
    ys = [math.log(_positive(v, field="values", cls=cls)) for v in values]
    if times is None:
        ts = [float(i) for i in range(len(ys))]
    else:
        if len(times) != len(values):
            raise ValidationError(
                f"must be as long as 'values' ({len(values)})",
                cls=cls,
                field="times",
                value=len(times),
            )
        ts = [to_float(t, field="times", cls=cls) for t in times]
        if any(b <= a for a, b in itertools.pairwise(ts)):
            raise ValidationError(
                "must be strictly increasing", cls=cls, field="times", value=tuple(times)
            )
    n = len(ys)
    mean_t = math.fsum(ts) / n
    mean_y = math.fsum(ys) / n
    sxx = math.fsum((t - mean_t) ** 2 for t in ts)
    sxy = math.fsum((t - mean_t) * (y - mean_y) for t, y in zip(ts, ys, strict=True))
    return math.expm1(sxy / sxx)


def _shares(shares: Iterable[Number], cls: str) -> list[float]:
    if isinstance(shares, str | bytes) or not isinstance(shares, Iterable):
        raise WrongTypeError(
            "must be an iterable of numbers (fractions of the total)",
            cls=cls,
            field="shares",
            value=shares,
        )
    given = tuple(shares)  # once: an iterator is spent by the first pass
    result = [_non_negative(s, field="shares", cls=cls) for s in given]
    if not result:
        raise ValidationError("must not be empty", cls=cls, field="shares", value=given)
    if max(result) > 2:  # (far past any rounding: and no sum of huge shares overflows below)
        raise ValidationError(
            "must each be a fraction of the total, at most 1",
            cls=cls,
            field="shares",
            value=given,
        )
    total = math.fsum(result)
    if total > 1 + 1e-9:
        raise ValidationError(
            f"must not add up to more than 1 (they add up to {total:.6g})",
            cls=cls,
            field="shares",
            value=given,
        )
    return result


#: The most partners a count may name: far beyond any trade, and exact as a float (1/n).
MOST_PARTNERS: Final = 10**15
#: The rule a count beyond it breaks.
MOST_PARTNERS_RULE: Final = f"must be at most {MOST_PARTNERS:,}"

#: How far below 1 shares may add up and still cover the whole, as in PartnerStructure.
_COMPLETE: Final = 1e-6


def _count(n: int | None, values: list[float], cls: str) -> int:
    named = len(values)
    if n is None:
        # As PartnerStructure: without n, the shares must cover the whole (within rounding).
        total = math.fsum(values)
        if total < 1 - _COMPLETE:
            raise ValidationError(
                "is needed: the number of all partners is unknown and the shares do not "
                f"cover 100% (they add up to {total:.6g})",
                cls=cls,
                field="n",
            )
        return named
    if isinstance(n, bool) or not isinstance(n, int):
        raise WrongTypeError("must be an int", cls=cls, field="n", value=n)
    if n < named:
        raise ValidationError(
            f"must be at least the number of shares given ({named})", cls=cls, field="n", value=n
        )
    if n > MOST_PARTNERS:
        raise ValidationError(MOST_PARTNERS_RULE, cls=cls, field="n", value=n)
    total = math.fsum(values)
    if n == named and total < 1 - _COMPLETE:
        raise ValidationError(
            f"must be more than the number of shares given ({named}): they add up to "
            f"{total:.6g}, and the rest is held by partners not named",
            cls=cls,
            field="n",
            value=n,
        )
    return n


def _least(values: list[float], count: int) -> float:
    """The least H over *count* partners that the named *values* allow (see least_hhi)."""
    return least_hhi(
        math.fsum(s * s for s in values), max(0.0, 1.0 - math.fsum(values)), count - len(values)
    )


def least_hhi(named: float, rest: float, others: int) -> float:
    """Return the least raw HHI of all partners: *named* (the named partners' squares) plus *rest*
    (the share no named partner holds) spread evenly over the *others* partners not named.

    It is never below 1/n (n the number of all partners), so a normalized index built on it
    lies in 0..1 (the named partners' squares alone may fall below 1/n). A rest within
    rounding of 0 adds nothing. *others* is 0 only for a complete list.

    >>> round(least_hhi(0.34, 0.2, 2), 6)
    0.36
    """
    if rest <= _COMPLETE or others <= 0:
        return named
    return named + rest * rest / others


def normalized_hhi(h: float, count: int, *, root: bool) -> float:
    """Return (H - 1/n) / (1 - 1/n), or UNCTAD's form on the square root scale (*root*).

    1.0 for n = 1, where the formula is 0/0. *h* must be at least 1/n (as :func:`least_hhi`
    gives); the result is kept inside 0..1 against float noise.

    >>> normalized_hhi(0.5, 2, root=False), normalized_hhi(1.0, 1, root=True)
    (0.0, 1.0)
    """
    if count == 1:
        return 1.0
    if root:
        floor = math.sqrt(1 / count)
        value = (math.sqrt(h) - floor) / (1 - floor)
    else:
        value = (h - 1 / count) / (1 - 1 / count)
    return min(1.0, max(0.0, value))


def hhi(shares: Iterable[Number]) -> float:
    """Return the raw Herfindahl-Hirschman index: the sum of squared shares.

    Shares are fractions of the total (0.156 for 15.6 %). Over all partners it lies
    between 1/n and 1. Over only some of them (the "main partners" a report names)
    it is a lower bound of the index over all of them, since every partner left out
    adds a square that is not negative.

    Raises:
        WrongTypeError: *shares* is not an iterable of numbers.
        ValidationError: no shares, a negative share, shares adding up past 1.

    >>> round(hhi([0.156, 0.092, 0.074, 0.066, 0.05, 0.05]), 6)
    0.047632
    """
    return math.fsum(s * s for s in _shares(shares, "hhi"))


def hhi_normalized(shares: Iterable[Number], n: int | None = None) -> float:
    """Return the normalized HHI, (H - 1/n) / (1 - 1/n), between 0 and 1.

    Args:
        shares: the partners' shares (fractions of the total).
        n: the number of partners; by default the number of shares given, which is
            allowed only when the shares add up to 1 (to within 1e-6), as
            :class:`~regionrel.trade.partners.PartnerStructure` requires. When the
            shares cover only some partners, pass the full count; the result is then
            the least index those shares allow: H is that of the named partners plus
            the rest spread evenly over the n - k partners not named
            (:func:`least_hhi`), which keeps it in 0..1.

    Raises:
        WrongTypeError: *shares* is not an iterable of numbers; *n* is not an int.
        ValidationError: as :func:`hhi`; *n* below the number of shares, or not given
            while the shares add up to less than 1, or equal to it while they do (the
            rest would have no partner to hold it).

    Returns:
        The normalized index, between 0 and 1; 1.0 for a single partner (n = 1), where
        the formula is 0/0.

    >>> hhi_normalized([0.5, 0.5]), hhi_normalized([1.0])
    (0.0, 1.0)
    >>> round(hhi_normalized([0.5, 0.3], n=3), 4)  # H at least 0.5² + 0.3² + 0.2²
    0.07
    >>> hhi_normalized([0.5, 0.3])
    Traceback (most recent call last):
    ...
    regionrel.errors.ValidationError: hhi_normalized: 'n' is needed: the number of all partners is unknown and the shares do not cover 100% (they add up to 0.8)
    """
    values = _shares(shares, "hhi_normalized")
    count = _count(n, values, "hhi_normalized")
    return normalized_hhi(_least(values, count), count, root=False)


def hhi_unctad(shares: Iterable[Number], n: int | None = None) -> float:
    """Return UNCTAD's concentration index, (sqrt(H) - sqrt(1/n)) / (1 - sqrt(1/n)).

    UNCTADstat's "concentration index" of exports or imports by product or partner:
    a normalized Herfindahl-Hirschman index on the square root scale, between 0
    (equal shares) and 1 (a single partner). *n* as in :func:`hhi_normalized`.

    >>> round(hhi_unctad([0.7, 0.3]), 4)
    0.186
    >>> hhi_unctad([1.0])
    1.0
    """
    values = _shares(shares, "hhi_unctad")
    count = _count(n, values, "hhi_unctad")
    return normalized_hhi(_least(values, count), count, root=True)


def concentration(
    shares: Iterable[Number], index: ConcentrationIndex | str, n: int | None = None
) -> float:
    """Return the concentration *index* named (there is no default).

    >>> concentration([0.5, 0.5], ConcentrationIndex.HHI)
    0.5
    >>> concentration([0.5, 0.5], "nope")
    Traceback (most recent call last):
    ...
    regionrel.errors.ValidationError: concentration: 'index' must be one of 'hhi', 'hhi_normalized', 'hhi_unctad' (got 'nope')
    """
    chosen = coerce_index(index, cls="concentration")
    if chosen is ConcentrationIndex.HHI:
        return hhi(shares)
    if chosen is ConcentrationIndex.HHI_NORMALIZED:
        return hhi_normalized(shares, n)
    return hhi_unctad(shares, n)


def coerce_index(index: object, *, cls: str) -> ConcentrationIndex:
    """Return *index* as a :class:`ConcentrationIndex` (the enum or its value)."""
    if isinstance(index, ConcentrationIndex):
        return index
    if isinstance(index, str):
        try:
            return ConcentrationIndex(index.strip().lower())
        except ValueError:
            pass
    allowed = ", ".join(repr(c.value) for c in ConcentrationIndex)
    raise ValidationError(f"must be one of {allowed}", cls=cls, field="index", value=index)
