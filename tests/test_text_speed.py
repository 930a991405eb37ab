"""The reader's shortcuts for speed give what the plain paths give (issue 18).

The reader leaves the garbage collector alone: a library call does not change the
interpreter's global state (pausing it saved about a tenth of the time; not worth it).
"""

from __future__ import annotations

import gc
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from regionrel import extract
from regionrel._numbers import NumberText
from regionrel.errors import ValidationError
from regionrel.reported import FigureKind, Reported


@pytest.mark.parametrize("enabled", [True, False])
def test_extract_leaves_the_garbage_collector_as_it_found_it(enabled: bool) -> None:
    was = gc.isenabled()
    try:
        if not enabled:
            gc.disable()
        found = extract("In 2018, exports amounted to 7,109 million US dollars.")
        assert gc.isenabled() is enabled
        assert [f.figure.text for f in found.figures] == ["7,109"]
    finally:
        if was:
            gc.enable()


@given(
    st.decimals(
        allow_nan=False, allow_infinity=False, places=3, min_value=-(10**9), max_value=10**9
    ),
    st.integers(0, 5),
    st.sampled_from(list(FigureKind)),
    st.sampled_from(["en", "ru"]),
    st.integers(0, 50),
    st.integers(0, 10),
)
def test_from_number_is_the_constructor(
    value: Decimal, decimals: int, kind: FigureKind, locale: str, start: int, length: int
) -> None:
    number = NumberText(str(value), value, decimals, start, start + length)
    try:
        plain = Reported(value, decimals, kind, locale, span=(start, start + length))
    except ValidationError as exc:
        refused = str(exc)
    else:
        refused = ""
    if refused:
        with pytest.raises(ValidationError) as caught:
            Reported.from_number(number, kind=kind, locale=locale)
        assert str(caught.value) == refused
        return
    made = Reported.from_number(number, kind=kind, locale=locale)
    assert made == plain
    assert (made.span, made.text, str(made), repr(made)) == (
        plain.span,
        plain.text,
        str(plain),
        repr(plain),
    )
    assert made.value.as_tuple() == plain.value.as_tuple()


def test_from_number_refuses_what_the_constructor_refuses() -> None:
    number = NumberText("1E+2000", Decimal("1E+2000"), 0, 0, 7)
    with pytest.raises(ValidationError):
        Reported.from_number(number)
    with pytest.raises(ValidationError):
        Reported.from_number(NumberText("5", Decimal(5), 0, 3, 1))
