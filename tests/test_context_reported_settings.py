"""Figures, numbers, dates, data and display ignore every setting of the caller's context.

The hostile contexts here go further than ``tests._context``: besides a few digits
and any rounding, they have a tiny exponent range, lower-case exponents
(``capitals=0``), and either every signal trapped or none (then the caller's
flags must stay clear). A result is compared by its ``repr`` taken outside the
hostile context, and so is an error, by its type and message.
"""

from __future__ import annotations

import decimal
import json
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from regionrel import (
    Money,
    Reported,
    Typo,
    find_typos,
    format_number,
    from_dict,
    parse_date,
    parse_number,
    to_dict,
)
from regionrel._numbers import quantize, scan_number
from regionrel.display import render_html
from regionrel.reported import FigureKind
from tests._context import ROUNDINGS
from tests.strategies import serialize as ss
from tests.strategies.reported import exact_decimals, reported, true_values

#: Every signal of the decimal module.
SIGNALS = (
    decimal.Clamped,
    decimal.DivisionByZero,
    decimal.FloatOperation,
    decimal.Inexact,
    decimal.InvalidOperation,
    decimal.Overflow,
    decimal.Rounded,
    decimal.Subnormal,
    decimal.Underflow,
)


def _context(prec: int, rounding: str, emax: int, capitals: int, trap: bool) -> decimal.Context:
    return decimal.Context(
        prec=prec,
        rounding=rounding,
        Emin=-emax,
        Emax=emax,
        capitals=capitals,
        clamp=0,
        flags=[],
        traps=list(SIGNALS) if trap else [],
    )


#: Contexts a notebook may have set: 1 to 6 digits, any rounding, exponents
#: within -3..3, either capitals, every signal trapped or none.
hostile_contexts = st.builds(
    _context,
    st.integers(1, 6),
    st.sampled_from(ROUNDINGS),
    st.integers(1, 3),
    st.integers(0, 1),
    st.booleans(),
)


@contextmanager
def _within(context: decimal.Context) -> Iterator[None]:
    """Run with *context* current; afterwards it is current still and unchanged, flags too."""
    before = repr(context)
    with decimal.localcontext(context) as current:
        yield
        assert decimal.getcontext() is current
        assert repr(current) == before, "the library changed the caller's context"


def _outcome(call: Callable[[], object], context: decimal.Context) -> object:
    """What *call* gives in *context*: its result, or its error's type and message."""
    try:
        with _within(context):
            result = call()
    except (ArithmeticError, ValueError, LookupError, TypeError) as exc:
        return type(exc), str(exc)
    return result


def same_in(context: decimal.Context, call: Callable[[], object]) -> None:
    """*call* gives the same (by ``repr``, taken in the default context) in *context*."""
    expected = _outcome(call, decimal.Context())
    got = _outcome(call, context)
    with decimal.localcontext(decimal.Context()):
        assert repr(got) == repr(expected)


def _every_context() -> list[decimal.Context]:
    """One context for every rounding, trapping all and trapping none."""
    return [
        _context(prec, rounding, 1, capitals, trap)
        for rounding in ROUNDINGS
        for prec, capitals, trap in ((1, 0, True), (2, 1, False))
    ]


every_context = pytest.mark.parametrize(
    "context", _every_context(), ids=lambda c: f"{c.rounding}-{c.prec}"
)


# -- numbers in text ---------------------------------------------------------------------


@given(exact_decimals(), st.integers(0, 40), st.sampled_from(ROUNDINGS), hostile_contexts)
def test_numbers_are_written_and_read_whatever_the_context(
    value: Decimal, decimals: int, rounding: str, context: decimal.Context
) -> None:
    def everything() -> object:
        written = format_number(value, decimals=decimals, rounding=rounding, locale="ru")
        return (
            written,
            format_number(value),
            quantize(value, decimals, rounding),
            parse_number(written, locale="ru"),
            scan_number(f"about {written}.", 6, locale="ru"),
        )

    same_in(context, everything)


@every_context
def test_rounding_to_many_decimals_ignores_the_exponent_range(context: decimal.Context) -> None:
    # 10**-5 is below the smallest exponent of the caller's context (-1).
    same_in(context, lambda: (quantize(Decimal("0.123456"), 5), format_number(7, decimals=5)))


# -- published figures -------------------------------------------------------------------


@given(reported(max_decimals=6), hostile_contexts)
def test_figures_and_their_intervals_ignore_the_context(
    figure: Reported, context: decimal.Context
) -> None:
    def everything() -> object:
        again = Reported.parse(str(figure), locale=figure.locale, kind=figure.kind)
        results: list[object] = [
            again,
            again.text,
            repr(again),
            again.precision,
            again.interval,
            again.admits(figure.value),
            Reported.coerce(figure.value, kind=figure.kind, locale=figure.locale),
        ]
        if figure.kind in (FigureKind.NUMBER, FigureKind.PERCENT):
            results.append(figure.negated())
        if figure.kind is not FigureKind.NUMBER:
            results += [figure.as_fraction(), figure.as_ratio(), figure.as_growth()]
        if figure.kind in (FigureKind.PERCENT, FigureKind.MULTIPLE) and figure.value:
            results += [figure.as_ratio(decrease=True), figure.as_growth(decrease=True)]
        return results

    same_in(context, everything)


@given(true_values(), st.integers(0, 6), st.sampled_from(ROUNDINGS), hostile_contexts)
def test_true_values_round_to_the_same_figure(
    value: Decimal, decimals: int, rounding: str, context: decimal.Context
) -> None:
    def everything() -> object:
        figure = Reported.from_value(value, decimals, rounding=rounding, kind="percent")
        return figure, str(figure), figure.interval

    same_in(context, everything)


@given(reported(kinds=st.just(FigureKind.NUMBER), max_decimals=4), hostile_contexts)
def test_typo_searches_ignore_the_context(figure: Reported, context: decimal.Context) -> None:
    low, high = (bound.scaleb(1) for bound in figure.interval)

    def everything() -> object:
        variants = figure.typo_variants(marks=True)
        found = figure.typos_within(low, high, marks=True)
        return (
            variants[:10],
            found,
            [figure.corrected(typo) for typo in found[:3]],
            find_typos(str(figure), Decimal(0), high, locale=figure.locale),
        )

    same_in(context, everything)


def test_a_fall_of_a_multiple_ignores_the_default_context() -> None:
    # Contexts made without every setting copy decimal.DefaultContext, which a
    # caller may change for the threads it starts.
    figure = Reported.parse("3 times")
    expected = figure.as_ratio(decrease=True)
    saved = decimal.DefaultContext.copy()
    decimal.DefaultContext.traps[decimal.Inexact] = True
    decimal.DefaultContext.Emin, decimal.DefaultContext.Emax = -1, 1
    try:
        got = figure.as_ratio(decrease=True)
    finally:
        decimal.DefaultContext.traps = saved.traps
        decimal.DefaultContext.Emin, decimal.DefaultContext.Emax = saved.Emin, saved.Emax
    assert got == expected == (Decimal("0.2857142857142857142857142857"), Decimal("0.4"))
    assert repr(decimal.DefaultContext) == repr(saved)


@every_context
def test_reversed_bounds_are_refused_alike_in_any_context(context: decimal.Context) -> None:
    figure = Reported.parse("7,109")
    same_in(context, lambda: figure.typos_within(Decimal("1E+5"), Decimal("1E+4")))


# -- dates -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    ["1234567m", "12.01.2021", "12 января 2021 г.", "January 12, 2021", "12.5h 2021", "10m"],
)
@every_context
def test_dates_are_read_or_refused_the_same_in_any_context(
    text: str, context: decimal.Context
) -> None:
    same_in(context, lambda: parse_date(text))


@given(
    st.text(st.sampled_from("0123456789.:/ hms"), max_size=12),
    hostile_contexts,
)
def test_any_date_like_text_is_read_the_same_in_any_context(
    text: str, context: decimal.Context
) -> None:
    same_in(context, lambda: parse_date(text))


# -- serialization and display -----------------------------------------------------------

_CASES = [
    (Money, st.builds(Money, exact_decimals(), st.sampled_from(["USD", "RUB"]))),
    (Reported, ss.reported_with_span()),
    (Typo, ss.typos),
]


@pytest.mark.parametrize(("cls", "strategy"), _CASES, ids=[c.__name__ for c, _ in _CASES])
@given(data=st.data(), context=hostile_contexts)
def test_data_round_trips_the_same_in_any_context(
    cls: type, strategy: st.SearchStrategy[object], data: st.DataObject, context: decimal.Context
) -> None:
    value = data.draw(strategy)

    def everything() -> object:
        row = to_dict(value)
        return row, from_dict(cls, json.loads(json.dumps(row)))

    same_in(context, everything)


@every_context
def test_exponents_are_written_in_capitals_in_any_context(context: decimal.Context) -> None:
    money = Money("7109e6", "USD")
    same_in(context, lambda: to_dict(money))
    with _within(context):
        row = to_dict(money)
        html = render_html("m", kind="money", records=[{"amount": money.amount}])
    assert row == {"amount": "7.109E+9", "currency": "USD"}
    assert "<td>7.109E+9</td>" in html


@pytest.mark.parametrize("text", ["x", "1.2.3", "NaN", "7,109"])
@every_context
def test_bad_decimal_text_is_refused_in_any_context(text: str, context: decimal.Context) -> None:
    same_in(context, lambda: from_dict(Money, {"amount": text, "currency": "USD"}))
