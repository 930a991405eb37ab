"""Exact decimal arithmetic that no caller's decimal context can change.

The floor under every number in the library: the two contexts that arithmetic runs in
(:data:`EXACT`, which never rounds a sum, a difference or a product of finite decimals,
and :data:`STANDARD`, which rounds a quotient to 28 digits half-even), reading a
``Decimal`` from text whatever the caller's traps (:func:`read_decimal`), and the small
helpers built on them. It imports nothing of regionrel, so that the ground floor's rules
(:mod:`regionrel._validators`) and the reader and writer of numbers in text
(:mod:`regionrel._numbers`) can both stand on it.

>>> exact_sum([Decimal("0.1"), Decimal("0.2")])
Decimal('0.3')
>>> STANDARD.divide(1, 3)
Decimal('0.3333333333333333333333333333')
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from decimal import (
    MAX_EMAX,
    MAX_PREC,
    MIN_EMIN,
    ROUND_05UP,
    ROUND_CEILING,
    ROUND_DOWN,
    ROUND_FLOOR,
    ROUND_HALF_DOWN,
    ROUND_HALF_EVEN,
    ROUND_HALF_UP,
    ROUND_UP,
    Context,
    Decimal,
    DivisionByZero,
    InvalidOperation,
    Overflow,
    getcontext,
    setcontext,
)
from typing import Final

__all__ = [
    "EXACT",
    "MAX_EXPONENT",
    "ROUNDING_MODES",
    "STANDARD",
    "decimal_text",
    "exact_sum",
    "fixed_context",
    "read_decimal",
]

#: Arithmetic on figures is exact: additions, subtractions, products and
#: powers of ten of finite decimals never round in this context.
EXACT: Final = Context(
    prec=MAX_PREC,
    Emax=MAX_EMAX,
    Emin=MIN_EMIN,
    traps=[InvalidOperation, DivisionByZero, Overflow],
)

#: The bound on the size of every number the library takes in: its adjusted exponent (the
#: power of ten of its first digit, ``Decimal.adjusted()``) lies within ±MAX_EXPONENT, so
#: ``1E+1000`` and ``1E-1000`` are numbers and ``1E+1001`` is refused. Far beyond any
#: figure a source publishes, and small enough that writing, adding or rounding a value
#: never runs out of memory or time. :func:`regionrel._validators.as_decimal` enforces it.
MAX_EXPONENT: Final = 1000

#: Arithmetic that must round (a quotient, a root) rounds here, never in the caller's
#: context: the values of Python's default context (28 digits, half-even), so results
#: are those a caller with an untouched context has always had.
STANDARD: Final = Context(
    prec=28,
    rounding=ROUND_HALF_EVEN,
    Emax=999999,
    Emin=-999999,
    traps=[InvalidOperation, DivisionByZero, Overflow],
)

#: The rounding modes of the decimal module, by name.
ROUNDING_MODES: Final = frozenset(
    {
        ROUND_05UP,
        ROUND_CEILING,
        ROUND_DOWN,
        ROUND_FLOOR,
        ROUND_HALF_DOWN,
        ROUND_HALF_EVEN,
        ROUND_HALF_UP,
        ROUND_UP,
    }
)


@functools.lru_cache(maxsize=64)
def fixed_context(prec: int, rounding: str) -> Context:
    """STANDARD with *prec* digits and *rounding*, every other setting spelt out.

    ``Context(prec=..., rounding=...)`` takes what it leaves out from
    ``decimal.DefaultContext``, which a caller may have changed. Shared, like EXACT:
    only its flags ever change.

    >>> fixed_context(50, ROUND_FLOOR).divide(1, 3)
    Decimal('0.33333333333333333333333333333333333333333333333333')
    """
    return Context(
        prec=prec,
        rounding=rounding,
        Emax=STANDARD.Emax,
        Emin=STANDARD.Emin,
        capitals=STANDARD.capitals,
        clamp=STANDARD.clamp,
        flags=[],
        traps=[InvalidOperation, DivisionByZero, Overflow],
    )


def exact_sum(values: Iterable[Decimal]) -> Decimal:
    """The exact sum of *values*, whatever the caller's decimal context.

    >>> exact_sum([Decimal("0.1"), Decimal("1E+30")])
    Decimal('1000000000000000000000000000000.1')
    """
    return functools.reduce(EXACT.add, values, Decimal(0))


def decimal_text(value: Decimal) -> str:
    """``str(value)`` with a capital ``E``, whatever the current context's ``capitals``.

    >>> from decimal import localcontext
    >>> with localcontext(capitals=0):
    ...     str(Decimal("7.109E+9")), decimal_text(Decimal("7.109E+9"))
    ('7.109e+9', '7.109E+9')
    """
    # A Decimal's text has no other "e": "Infinity", "NaN" and "sNaN" have none.
    return str(value).replace("e", "E")


_read_exactly: Final = EXACT.create_decimal


def read_decimal(text: str | int) -> Decimal:
    """``Decimal(text)``, refusing bad text with InvalidOperation whatever the caller's traps.

    ``Decimal("x")`` gives NaN (and flags the caller's context) when the caller does not
    trap InvalidOperation; here it always raises, and the caller's flags stay as they were.

    >>> from decimal import localcontext
    >>> with localcontext(traps=[]):
    ...     read_decimal("x")
    Traceback (most recent call last):
    ...
    decimal.InvalidOperation: [<class 'decimal.ConversionSyntax'>]
    """
    # The fast path: EXACT never rounds a number read from text (its precision and exponent
    # range are the largest decimal has), traps InvalidOperation, and touches no thread's
    # context; only its own flags can change, as they do in its methods. What it refuses
    # (surrounding whitespace, underscores, an exponent out of range) goes to Decimal below.
    try:
        return _read_exactly(text)
    except ArithmeticError:
        pass
    # setcontext, not localcontext: it installs STANDARD without copying it (half the cost);
    # only STANDARD's flags can change, as they do in its methods.
    saved = getcontext()
    setcontext(STANDARD)
    try:
        return Decimal(text)
    finally:
        setcontext(saved)
