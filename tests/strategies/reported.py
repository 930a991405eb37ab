"""Hypothesis strategies for numbers as published and for `Reported` figures."""

from __future__ import annotations

from decimal import Decimal

from hypothesis import strategies as st

from regionrel.reported import FigureKind, Reported

__all__ = ["exact_decimals", "figure_kinds", "locales", "reported", "true_values"]

#: The locales the number reader knows.
locales = st.sampled_from(["en", "ru"])
#: Every kind of figure.
figure_kinds = st.sampled_from(FigureKind)


@st.composite
def exact_decimals(
    draw: st.DrawFn, *, max_digits: int = 40, min_exponent: int = -30, max_exponent: int = 20
) -> Decimal:
    """Finite Decimals from tiny to huge, with trailing zeros kept and either sign (and -0)."""
    digits = draw(st.text("0123456789", min_size=1, max_size=max_digits))
    exponent = draw(st.integers(min_exponent, max_exponent))
    sign = draw(st.integers(0, 1))
    return Decimal((sign, tuple(int(d) for d in digits), exponent))


def true_values(*, max_digits: int = 12) -> st.SearchStrategy[Decimal]:
    """Unrounded non-negative values with up to six decimals, as a source computes them."""
    return st.builds(
        lambda n, e: Decimal(n).scaleb(-e),
        st.integers(0, 10**max_digits),
        st.integers(0, 6),
    )


@st.composite
def reported(
    draw: st.DrawFn,
    *,
    kinds: st.SearchStrategy[FigureKind] = figure_kinds,
    max_decimals: int = 4,
) -> Reported:
    """Figures of every kind and locale, as a source would publish them."""
    kind = draw(kinds)
    decimals = draw(st.integers(0, max_decimals))
    magnitude = draw(st.integers(0, 10**9))
    negative = kind in (FigureKind.NUMBER, FigureKind.PERCENT) and draw(st.booleans())
    value = Decimal(-magnitude if negative else magnitude).scaleb(-decimals)
    return Reported.from_value(value, decimals, kind=kind, locale=draw(locales))
