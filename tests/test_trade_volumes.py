"""PhysicalFlow and UnitValue: quantities beside values, unit values in any unit."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from regionrel.errors import ValidationError
from regionrel.money import Money
from regionrel.trade.volumes import PhysicalFlow, UnitValue
from regionrel.units import registry


def test_zero_and_small_values_are_flows() -> None:
    nothing = PhysicalFlow.of(Money(0, "USD"), "10", "t")
    assert nothing.unit_value() == UnitValue(Money(0, "USD"), "t")
    cents = PhysicalFlow.of(Money("0.5", "USD"), "2", "t")
    assert cents.unit_value().money == Money("0.25", "USD")


def test_small_quantities_are_positive() -> None:
    one = PhysicalFlow.of(Money(100, "USD"), 1, "t")
    assert one.unit_value() == UnitValue(Money(100, "USD"), "t")
    half = PhysicalFlow.of(Money(100, "USD"), Decimal("0.5"), "t")
    assert half.unit_value() == UnitValue(Money(200, "USD"), "t")
    assert str(half.unit_value()) == "200 USD/t"


@pytest.mark.parametrize("magnitude", [Decimal("Infinity"), float("inf"), Decimal("NaN")])
def test_quantity_must_be_finite(magnitude: Decimal | float) -> None:
    with pytest.raises(ValidationError) as info:
        PhysicalFlow(Money(1, "USD"), registry().Quantity(magnitude, "t"))
    err = info.value
    assert (err.cls, err.field) == ("PhysicalFlow", "quantity")
    assert str(err).startswith("PhysicalFlow: 'quantity' must be a positive scalar (got ")


@pytest.mark.parametrize(
    ("magnitude", "per_tonne"),
    [(2.5, Money(40, "USD")), (4, Money(25, "USD")), (Decimal("0.8"), Money(125, "USD"))],
)
def test_unit_value_of_float_int_and_decimal_quantities(
    magnitude: float | int | Decimal, per_tonne: Money
) -> None:
    flow = PhysicalFlow(Money(100, "USD"), registry().Quantity(magnitude, "t"))
    assert flow.unit_value() == UnitValue(per_tonne, "t")


def test_unit_value_in_an_unknown_or_foreign_unit() -> None:
    flow = PhysicalFlow.of(Money(100, "USD"), "2", "t")
    for unit in ("kWh", "no_such_unit"):
        with pytest.raises(ValidationError) as info:
            flow.unit_value(unit)
        err = info.value
        assert (err.cls, err.field, err.value) == ("PhysicalFlow.unit_value", "unit", unit)
        assert str(err) == (
            "PhysicalFlow.unit_value: 'unit' must be a unit of the same dimension as t "
            f"(got {unit!r})"
        )


ONE = Decimal(1)
#: Money divides to 28 significant digits: far below a cent, well above zero.
TOLERANCE = Decimal("1e-20")


@given(
    st.integers(min_value=0, max_value=10**9),
    st.decimals(min_value=Decimal("0.001"), max_value=Decimal(10**6), places=3),
)
def test_unit_value_times_quantity_is_the_value(cents: int, tonnes: Decimal) -> None:
    value = Money(Decimal(cents) / 100, "EUR")
    flow = PhysicalFlow.of(value, tonnes, "t")
    per_tonne = flow.unit_value().money
    assert per_tonne.currency == "EUR"
    assert abs(per_tonne.amount * tonnes - value.amount) <= TOLERANCE * max(ONE, value.amount)
    per_kg = flow.unit_value("kg").money
    assert abs(per_kg.amount * 1000 - per_tonne.amount) <= TOLERANCE * max(ONE, per_tonne.amount)


# -- issue 18: bounded unit text, pickling into the library's registry ----------------------


def test_a_long_unit_text_is_refused_quickly() -> None:
    import time

    start = time.perf_counter()
    with pytest.raises(ValidationError) as info:
        PhysicalFlow.of(Money(10, "USD"), "5", "a" * 32_000)
    assert time.perf_counter() - start < 0.5
    assert info.value.rule == "must be a unit's name of at most 200 characters"
    assert info.value.field == "unit"


def test_a_unit_that_is_not_text_is_a_wrong_type() -> None:
    from regionrel.errors import WrongTypeError

    with pytest.raises(WrongTypeError) as info:
        PhysicalFlow.of(Money(10, "USD"), "5", 5)  # type: ignore[arg-type]
    assert str(info.value) == "PhysicalFlow: 'unit' must be a str such as 't' (got 5)"


@pytest.mark.parametrize("protocol", range(6))
def test_pickling_keeps_the_librarys_registry(protocol: int) -> None:
    import pickle

    flow = PhysicalFlow.of(Money(10, "USD"), "5", "t")
    back = pickle.loads(pickle.dumps(flow, protocol))
    assert back == flow
    assert hash(back) == hash(flow)
    assert back.quantity._REGISTRY is registry()
    assert back.unit_value("kg") == flow.unit_value("kg")


@given(
    st.decimals(min_value=Decimal("0.001"), max_value=Decimal(10**9), places=3),
    st.sampled_from(["t", "kg", "m**3", "kWh", "bbl", "m**3/h"]),
)
def test_pickle_round_trip(magnitude: Decimal, unit: str) -> None:
    import copy
    import pickle

    flow = PhysicalFlow.of(Money(7, "EUR"), magnitude, unit)
    assert pickle.loads(pickle.dumps(flow)) == flow
    assert copy.deepcopy(flow) == flow
