"""``_validators.unchecked``: the reader's own records, made without re-running their checks.

The reader builds tens of thousands of figures and mentions per megabyte from parts it
checked itself; ``unchecked`` makes them without the per-field validators. It must make
exactly what the constructor makes, and refuse a class whose constructor does more than
set and check its fields (a converter, a post-init step, a cached hash, a field outside
``__init__``).
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from regionrel import Period, Reported
from regionrel._validators import checked_by_annotation, unchecked
from regionrel.errors import ValidationError
from regionrel.scales import Scale
from regionrel.text.items import (
    ChangeFigure,
    Direction,
    FlowRole,
    MoneyFigure,
    PeriodMention,
    PeriodRole,
)


@attrs.frozen(field_transformer=checked_by_annotation)
class _Point:
    x: int
    label: str | None = None


@given(st.integers(), st.none() | st.text(max_size=20))
def test_unchecked_makes_what_the_constructor_makes(x: int, label: str | None) -> None:
    made, built = unchecked(_Point, x, label), _Point(x, label)
    assert made == built
    assert hash(made) == hash(built)
    assert repr(made) == repr(built)
    assert type(made) is _Point


def test_the_reader_s_records_equal_their_constructed_twins() -> None:
    figure = Reported(Decimal("7109"), 0, span=(10, 15))
    year = Period.year(2018)
    cases: list[tuple[type[Any], tuple[object, ...]]] = [
        (PeriodMention, (year, "2018", (3, 7), PeriodRole.MAIN, False)),
        (
            MoneyFigure,
            (FlowRole.EXPORTS, figure, Scale.MILLION, "USD", (10, 30), None, year, False),
        ),
        (
            ChangeFigure,
            (figure, Direction.UP, (10, 15), FlowRole.IMPORTS, None, None, None, year),
        ),
    ]
    for cls, values in cases:
        made = unchecked(cls, *values)
        assert made == cls(*values)
        assert attrs.astuple(made, recurse=False) == values


def test_unchecked_runs_no_check_so_it_is_for_the_reader_s_own_parts_only() -> None:
    made: object = unchecked(_Point, "not an int", None).x
    assert made == "not an int"


def test_a_missing_or_extra_value_is_refused_with_a_regionrel_error() -> None:
    with pytest.raises(ValidationError, match="must be 2 values, one per field"):
        unchecked(_Point, 1)
    with pytest.raises(ValidationError, match="must be 2 values"):
        unchecked(_Point, 1, "a", "b")


@attrs.frozen(cache_hash=True)
class _CachedHash:
    x: int


@attrs.frozen
class _Converted:
    x: int = attrs.field(converter=int)


@attrs.frozen
class _PostInit:
    x: int

    def __attrs_post_init__(self) -> None:
        pass


@attrs.frozen
class _NotInInit:
    x: int
    y: int = attrs.field(init=False, default=0)


@attrs.frozen(slots=False)
class _WithDict:
    x: int


class _Plain:
    x = 1


@pytest.mark.parametrize(
    "cls", [_CachedHash, _Converted, _PostInit, _NotInInit, _WithDict, _Plain]
)
def test_a_class_whose_constructor_does_more_than_set_fields_is_refused(cls: type) -> None:
    with pytest.raises(ValidationError) as caught:
        unchecked(cls, 1)
    assert caught.value.field == "cls"
    assert "only sets and checks its fields" in str(caught.value)
