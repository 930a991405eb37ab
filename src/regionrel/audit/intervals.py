"""Closed intervals of exact decimals, with outward rounding.

The audit reasons about what a rounded figure may stand for: "4,115.9" is any
value from 4,115.85 to 4,115.95. Every operation here returns an interval that
contains every exact result: sums and differences are exact; products and
quotients are rounded outward (the lower bound down, the upper bound up) at
50 significant digits, so a rule is never reported broken because of rounding
inside the library.

Bounds may be infinite (``Decimal("Infinity")``) for values no figure pins
down. The solver works on plain ``(lo, hi)`` tuples for speed; :class:`Interval`
is the public face of one.

>>> Interval.of("4115.85", "4115.95").width
Decimal('0.10')
>>> str(Interval.of("1.2145", "1.2155"))
'[1.2145, 1.2155]'
"""

from __future__ import annotations

from decimal import ROUND_CEILING, ROUND_FLOOR, Decimal
from typing import Final

import attrs

from regionrel._exact import EXACT, STANDARD, fixed_context
from regionrel._validators import as_decimal
from regionrel.errors import ValidationError, WrongTypeError

__all__ = ["INF", "NINF", "Bounds", "Interval"]

#: Positive and negative infinity, the bounds of an unconstrained value.
INF = Decimal("Infinity")
NINF = Decimal("-Infinity")
ZERO = Decimal(0)

#: The plain form the solver works on: ``(lower, upper)``.
Bounds = tuple[Decimal, Decimal]

_PREC = 50
# The largest exponent a bound built directly may have (Interval.of allows 1,000).
_LARGEST_EXPONENT: Final = 10_000
DOWN = fixed_context(_PREC, ROUND_FLOOR)
UP = fixed_context(_PREC, ROUND_CEILING)


# The infinities that Decimal's own text names (any case), the only non-finite bounds.
_INFINITE_TEXT: Final = {
    sign + word: NINF if sign == "-" else INF
    for sign in ("", "+", "-")
    for word in ("inf", "infinity")
}


def _bound(value: object, field: str, example: str) -> Decimal:
    """A bound: an exact finite number by the library's one rule, or an infinity."""
    if isinstance(value, Decimal) and value.is_infinite():
        return value
    if isinstance(value, str):
        infinite = _INFINITE_TEXT.get(value.strip().lower())
        if infinite is not None:
            return infinite
    return as_decimal(value, cls="Interval", field=field, example=example)


def _check_bound(instance: Interval, attribute: attrs.Attribute[Decimal], value: object) -> None:
    """A bound is a Decimal that is a number (NaN is not); hi is not below lo."""
    if not isinstance(value, Decimal):
        raise WrongTypeError(
            "must be a Decimal (Interval.of reads text and ints)",
            cls="Interval",
            field=attribute.name,
            value=value,
        )
    if value.is_nan():
        raise ValidationError(
            "must be a number (NaN is not)", cls="Interval", field=attribute.name, value=value
        )
    if value.is_finite() and not -_LARGEST_EXPONENT <= value.adjusted() <= _LARGEST_EXPONENT:
        # (the audit's own intervals reach past the exponents of published figures, so
        # this bound is wider than Interval.of's; it keeps width and midpoint computable)
        raise ValidationError(
            f"must lie within 1E-{_LARGEST_EXPONENT} and 1E+{_LARGEST_EXPONENT} in size",
            cls="Interval",
            field=attribute.name,
            value=value,
        )
    if attribute.name == "hi" and value < instance.lo:
        raise ValidationError("must not be below lo", cls="Interval", field="hi", value=value)


@attrs.frozen
class Interval:
    """The closed interval ``[lo, hi]`` of exact decimals; either bound may be infinite.

    Build it with :meth:`of` from outside data; ``Interval(lo, hi)`` takes Decimals only,
    and checks them as :meth:`of` does.

    >>> Interval.of(1, 2).contains(Decimal("1.5"))
    True
    >>> Interval.of(3, 2)
    Traceback (most recent call last):
    ...
    regionrel.errors.ValidationError: Interval: 'hi' must not be below lo (got Decimal('2'))
    """

    #: The lower bound (may be ``-Infinity``).
    lo: Decimal = attrs.field(validator=_check_bound)
    #: The upper bound (may be ``Infinity``).
    hi: Decimal = attrs.field(validator=_check_bound)

    @classmethod
    def of(cls, lo: Decimal | int | str, hi: Decimal | int | str) -> Interval:
        """Build an interval from two bounds given as Decimal, int or text.

        A bound is read by :func:`regionrel._validators.as_decimal`, or is infinite:
        ``Decimal("Infinity")``, or the text ``"Infinity"`` or ``"-Infinity"``.

        Raises:
            WrongTypeError: a bound is a float or another type.
            ValidationError: a bound is not a number (NaN is not), or ``hi < lo``.
        """
        return cls(_bound(lo, "lo", "'4115.85'"), _bound(hi, "hi", "'4115.95'"))

    @property
    def bounds(self) -> Bounds:
        """The interval as a plain ``(lo, hi)`` tuple."""
        return (self.lo, self.hi)

    @property
    def width(self) -> Decimal:
        """``hi - lo`` (infinite when a bound is)."""
        return EXACT.subtract(self.hi, self.lo)

    @property
    def midpoint(self) -> Decimal:
        """The middle of the interval; the finite bound when the other is infinite.

        >>> Interval.of(0, "Infinity").midpoint
        Decimal('0')
        """
        if self.lo.is_infinite() or self.hi.is_infinite():
            return self.lo if self.lo.is_finite() else (self.hi if self.hi.is_finite() else ZERO)
        return STANDARD.divide(EXACT.add(self.lo, self.hi), 2)

    def contains(self, value: Decimal | int) -> bool:
        """Whether *value* lies in the interval (bounds included).

        Raises:
            WrongTypeError: *value* is not a Decimal or an int.
            ValidationError: *value* is NaN.
        """
        if isinstance(value, bool) or not isinstance(value, Decimal | int):
            raise WrongTypeError(
                "must be a Decimal or an int", cls="Interval.contains", field="value", value=value
            )
        if isinstance(value, Decimal) and value.is_nan():
            raise ValidationError(
                "must be a number (NaN is not)",
                cls="Interval.contains",
                field="value",
                value=value,
            )
        return self.lo <= value <= self.hi

    def intersects(self, other: Interval) -> bool:
        """Whether the two intervals share a point.

        >>> Interval.of(1, 2).intersects(Interval.of(2, 3))
        True
        """
        if not isinstance(other, Interval):
            raise WrongTypeError(
                "must be an Interval", cls="Interval.intersects", field="other", value=other
            )
        return self.lo <= other.hi and other.lo <= self.hi

    def __str__(self) -> str:
        return f"[{self.lo}, {self.hi}]"


def add(a: Bounds, b: Bounds) -> Bounds:
    """``a + b``, exactly (bounds are never ``+inf`` below or ``-inf`` above)."""
    return (DOWN.add(a[0], b[0]), UP.add(a[1], b[1]))


def sub(a: Bounds, b: Bounds) -> Bounds:
    """``a - b``."""
    return (DOWN.subtract(a[0], b[1]), UP.subtract(a[1], b[0]))


def mul_nonneg(a: Bounds, b: Bounds) -> Bounds:
    """``a * b`` for intervals within ``[0, inf]``, rounded outward."""
    lo = DOWN.multiply(a[0], b[0])
    hi = ZERO if a[1] == 0 or b[1] == 0 else UP.multiply(a[1], b[1])
    return (lo, hi)


def div_nonneg(a: Bounds, b: Bounds) -> Bounds | None:
    """The values ``x >= 0`` with ``x * y`` in *a* for some ``y`` in *b* (both within ``[0, inf]``).

    Returns ``None`` when *b* may be zero and *a* may be zero: then any ``x`` will do.
    Returns an empty interval (``lo > hi``) when no ``x`` exists.
    """
    if b[0] == 0 and a[0] == 0:
        return None
    if b[1] == 0:
        # y = 0 makes x * y = 0, and a does not contain 0.
        return (INF, ZERO)
    lo = DOWN.divide(a[0], b[1]) if b[1].is_finite() else ZERO
    hi = INF if b[0] == 0 else UP.divide(a[1], b[0])
    return (lo, hi)
