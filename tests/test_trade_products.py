"""Product-level indicators against hand-computed values; physical volumes and unit values."""

from __future__ import annotations

import datetime
import math
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from regionrel.errors import CurrencyMismatchError, RegionrelError, ValidationError, WrongTypeError
from regionrel.money import Money
from regionrel.rates import ExchangeRates
from regionrel.trade import products as pr
from regionrel.trade.volumes import PhysicalFlow, UnitValue
from regionrel.units import registry


def test_rca_and_intensity() -> None:
    # Oil is 60 % of the reporter's exports and 30 % of the world's: RCA 2.
    assert pr.balassa_rca(60, 100, 300, 1000) == 2.0
    assert pr.balassa_rca(Money(6, "USD"), Money(10, "USD"), 3, 10) == 2.0
    rca = pr.rca_by_product({"27": 60, "84": 40}, {"27": 300, "84": 700})
    assert rca["27"] == 2.0
    assert math.isclose(rca["84"], 0.4 / 0.7)
    assert pr.trade_intensity(20, 100, 50, 1000) == 4.0


def test_grubel_lloyd() -> None:
    assert pr.grubel_lloyd(30, 10) == 0.5
    assert pr.grubel_lloyd(10, 10) == 1.0
    assert pr.grubel_lloyd(5, 0) == 0.0
    assert math.isnan(pr.grubel_lloyd(0, 0))
    assert pr.grubel_lloyd_by_product({"a": 30, "b": 5}, {"a": 10, "c": 2}) == {
        "a": 0.5,
        "b": 0.0,
        "c": 0.0,
    }
    # (40 - 20 + 5 - 5 + 2 - 2) / 47 -> 1 - 27/47
    assert math.isclose(
        pr.grubel_lloyd_aggregate({"a": 30, "b": 5}, {"a": 10, "c": 2}), 1 - 27 / 47
    )
    usd = {"a": Money(30, "USD")}
    assert pr.grubel_lloyd_aggregate(usd, {"a": Money(10, "USD")}) == 0.5


def test_similarity_and_diversification() -> None:
    a, b = {"oil": 70, "wood": 30}, {"oil": 40, "cars": 60}
    assert math.isclose(pr.export_similarity(a, b), 0.4)
    assert math.isclose(pr.export_similarity(a, a), 1.0)
    assert pr.export_similarity({"x": 1}, {"y": 1}) == 0.0
    assert math.isclose(pr.export_diversification(a, b), 0.6)


@pytest.mark.parametrize(
    ("call", "error", "message"),
    [
        (
            lambda: pr.balassa_rca(101, 100, 1, 10),
            ValidationError,
            "balassa_rca: 'exports_of_product' must not exceed 'total_exports' (100) (got 101.0 that is a float)",
        ),
        (
            lambda: pr.balassa_rca(1, 100, 0, 10),
            ValidationError,
            "balassa_rca: 'world_exports_of_product' must be positive (got 0.0 that is a float)",
        ),
        (
            lambda: pr.balassa_rca(-1, 100, 1, 10),
            ValidationError,
            "balassa_rca: 'exports_of_product' must not be negative (got -1)",
        ),
        (
            lambda: pr.trade_intensity(1, 1, 0, 1),
            ValidationError,
            "trade_intensity: 'world_exports_to_partner' must be positive (got 0.0 that is a float)",
        ),
        (
            lambda: pr.rca_by_product({"a": 1}, {"b": 1}),
            ValidationError,
            "rca_by_product: 'world' must hold a positive world export value for every product exported (got 'a')",
        ),
        (
            lambda: pr.rca_by_product({"a": 0}, {"a": 1}),
            ValidationError,
            "rca_by_product: 'exports' must not all be zero (got {'a': 0} that is a dict)",
        ),
        (
            lambda: pr.rca_by_product([1], {"a": 1}),  # type: ignore[arg-type]
            WrongTypeError,
            "rca_by_product: 'exports' must be a mapping from product (or partner) to value (got [1] that is a list)",
        ),
        (
            lambda: pr.rca_by_product({"a": "1"}, {"a": 1}),
            WrongTypeError,
            "rca_by_product: 'exports[a]' must be a number (int, float, Decimal or Fraction) (got '1')",
        ),
        (
            lambda: pr.grubel_lloyd_aggregate({"a": Money(1, "USD")}, {"a": Money(1, "EUR")}),
            CurrencyMismatchError,
            "grubel_lloyd_aggregate: cannot apply '/' to amounts in USD and EUR: convert one of them first with ExchangeRates",
        ),
        (
            lambda: pr.export_similarity({"a": Money(1, "USD"), "b": Money(1, "EUR")}, {"a": 1}),
            CurrencyMismatchError,
            "export_similarity: cannot apply '+' to amounts in USD and EUR: convert one of them first with ExchangeRates",
        ),
        (
            lambda: pr.export_diversification({"a": 0}, {"a": 1}),
            ValidationError,
            "export_diversification: 'exports' must not all be zero (got {'a': 0.0} that is a dict)",
        ),
    ],
)
def test_bad_input(call: object, error: type[RegionrelError], message: str) -> None:
    with pytest.raises(error) as info:
        call()  # type: ignore[operator]
    assert str(info.value) == message


mixes = st.dictionaries(st.sampled_from("abcdefgh"), st.integers(1, 10**6), min_size=1)


@given(mixes, mixes)
def test_similarity_properties(a: dict[str, int], b: dict[str, int]) -> None:
    s = pr.export_similarity(a, b)
    assert -1e-12 <= s <= 1 + 1e-12
    assert math.isclose(s, pr.export_similarity(b, a), abs_tol=1e-12)
    assert math.isclose(pr.export_diversification(a, b), 1 - s, abs_tol=1e-9)
    gl = pr.grubel_lloyd_aggregate(a, b)
    assert -1e-12 <= gl <= 1 + 1e-12


def test_physical_flow_and_unit_value() -> None:
    flow = PhysicalFlow.of(Money("1200000", "USD"), "3000", "t")
    assert flow.unit_value() == UnitValue(Money(400, "USD"), "t")
    assert str(flow.unit_value()) == "400 USD/t"
    assert flow.unit_value("kg").money == Money("0.4", "USD")
    gas = PhysicalFlow(Money(100, "EUR"), registry().Quantity(Decimal(50), "m**3"))
    assert gas.unit_value().money == Money(2, "EUR")
    rates = ExchangeRates.from_table([("EUR", "USD", datetime.date(2018, 6, 1), "1.2")])
    converted = gas.convert(rates, "USD", on=datetime.date(2018, 6, 1))
    assert converted.value == Money("120.0", "USD")
    assert converted.quantity == gas.quantity
    with pytest.raises(ValidationError, match="'unit' must be a unit of the same dimension"):
        flow.unit_value("kWh")


@pytest.mark.parametrize(
    ("call", "error", "message"),
    [
        (
            lambda: PhysicalFlow(5, registry().Quantity(Decimal(1), "t")),  # type: ignore[arg-type]
            WrongTypeError,
            "PhysicalFlow: 'value' must be a Money (got 5)",
        ),
        (
            lambda: PhysicalFlow(Money(-5, "USD"), registry().Quantity(Decimal(1), "t")),
            ValidationError,
            "PhysicalFlow: 'value' must not be negative (got Money('-5', 'USD'))",
        ),
        (
            lambda: PhysicalFlow(Money(5, "USD"), 3),
            WrongTypeError,
            "PhysicalFlow: 'quantity' must be a pint Quantity of regionrel.units.registry() (got 3)",
        ),
        (
            lambda: PhysicalFlow.of(Money(5, "USD"), "0", "t"),
            ValidationError,
            "PhysicalFlow: 'quantity' must be a positive scalar (got '0 metric_ton')",
        ),
        (
            lambda: PhysicalFlow.of(Money(5, "USD"), "3", "USD"),
            ValidationError,
            "PhysicalFlow: 'quantity' must be a physical quantity, not money (got '3 USD')",
        ),
        (
            lambda: PhysicalFlow.of(Money(5, "USD"), "3", "furlongs_per_fortnight"),
            ValidationError,
            "PhysicalFlow: 'quantity' must be a number and a unit of regionrel's registry (got ('3', 'furlongs_per_fortnight') that is a tuple)",
        ),
    ],
)
def test_bad_flows(call: object, error: type[RegionrelError], message: str) -> None:
    with pytest.raises(error) as info:
        call()  # type: ignore[operator]
    assert str(info.value) == message
