"""Hostile decimal contexts: what a notebook may have set before it calls the library."""

from __future__ import annotations

import decimal
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from hypothesis import strategies as st

#: Every rounding mode of the decimal module.
ROUNDINGS = (
    decimal.ROUND_05UP,
    decimal.ROUND_CEILING,
    decimal.ROUND_DOWN,
    decimal.ROUND_FLOOR,
    decimal.ROUND_HALF_DOWN,
    decimal.ROUND_HALF_EVEN,
    decimal.ROUND_HALF_UP,
    decimal.ROUND_UP,
)


@contextmanager
def hostile(prec: int, rounding: str) -> Iterator[decimal.Context]:
    """A caller's context of few digits, with every rounding trapped; checked unchanged after."""
    with decimal.localcontext() as context:
        context.prec, context.rounding = prec, rounding
        context.traps[decimal.Inexact] = context.traps[decimal.Rounded] = True
        context.clear_flags()
        before = repr(context)
        yield context
        assert repr(context) == before, "the library changed the caller's context"


#: (precision, rounding) pairs for :func:`hostile`.
settings_of_contexts = st.tuples(st.integers(1, 6), st.sampled_from(ROUNDINGS))


def same_in(prec: int, rounding: str, call: Callable[[], object]) -> None:
    """*call* returns the same (by ``repr``) in a hostile context as in the default one."""
    with decimal.localcontext(decimal.Context()):
        expected = repr(call())
    with hostile(prec, rounding):
        got = repr(call())
    assert got == expected
