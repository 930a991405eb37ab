"""Product-level indicators against hand-computed values; physical volumes and unit values."""

from __future__ import annotations

import datetime
import math
from collections.abc import Callable
from decimal import Decimal
from typing import TypeVar

import attrs
import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from regionrel.errors import CurrencyMismatchError, RegionrelError, ValidationError, WrongTypeError
from regionrel.money import Money
from regionrel.rates import ExchangeRates
from regionrel.reported import Reported
from regionrel.scales import Scale
from regionrel.text import FlowRole, MoneyFigure
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


# --- Single-figure indices: exact values, boundaries and the errors' fields -------------------

#: Each one-figure index with the names of its arguments, in order.
SINGLE = [
    (
        pr.balassa_rca,
        "balassa_rca",
        ("exports_of_product", "total_exports", "world_exports_of_product", "world_total_exports"),
    ),
    (
        pr.trade_intensity,
        "trade_intensity",
        ("exports_to_partner", "total_exports", "world_exports_to_partner", "world_total_exports"),
    ),
    (pr.grubel_lloyd, "grubel_lloyd", ("exports", "imports")),
]
E = TypeVar("E", bound=RegionrelError)
SINGLE_ARGS = [(f, name, names, i) for f, name, names in SINGLE for i in range(len(names))]


def _raises(error: type[E], func: Callable[..., object], *args: object) -> E:
    with pytest.raises(error) as info:
        func(*args)
    assert type(info.value) is error
    return info.value


@pytest.mark.parametrize(("func", "name", "names", "index"), SINGLE_ARGS)
def test_a_negative_figure_is_named(
    func: Callable[..., float], name: str, names: tuple[str, ...], index: int
) -> None:
    args: list[object] = [1, 2, 1, 2]
    del args[len(names) :]
    args[index] = -1
    exc = _raises(ValidationError, func, *args)
    assert (exc.cls, exc.field, exc.rule, exc.value) == (
        name,
        names[index],
        "must not be negative",
        -1,
    )
    assert str(exc) == f"{name}: {names[index]!r} must not be negative (got -1)"


@pytest.mark.parametrize(("func", "name", "names", "index"), SINGLE_ARGS)
def test_a_negative_money_figure_is_reported_as_given(
    func: Callable[..., float], name: str, names: tuple[str, ...], index: int
) -> None:
    args: list[object] = [Money(1, "USD"), Money(2, "USD"), 1, 2][: len(names)]
    args[index] = Money("-0.5", "USD")
    exc = _raises(ValidationError, func, *args)
    assert (exc.cls, exc.field, exc.value) == (name, names[index], Money("-0.5", "USD"))
    assert str(exc) == f"{name}: {names[index]!r} must not be negative (got Money('-0.5', 'USD'))"


@pytest.mark.parametrize(("func", "name", "names", "index"), SINGLE_ARGS)
def test_a_money_figure_too_large_for_a_float_is_reported_as_given(
    func: Callable[..., float], name: str, names: tuple[str, ...], index: int
) -> None:
    args: list[object] = [Money(1, "USD"), Money(2, "USD"), 1, 2][: len(names)]
    args[index] = huge = Money("1e400", "USD")
    exc = _raises(ValidationError, func, *args)
    assert (exc.cls, exc.field, exc.rule, exc.value) == (
        name,
        names[index],
        "must be finite",
        huge,
    )


@pytest.mark.parametrize(("func", "name", "names", "index"), SINGLE_ARGS)
def test_a_figure_that_is_not_a_number_is_named(
    func: Callable[..., float], name: str, names: tuple[str, ...], index: int
) -> None:
    args: list[object] = [1, 2, 1, 2]
    del args[len(names) :]
    args[index] = "1"
    exc = _raises(WrongTypeError, func, *args)
    assert (exc.cls, exc.field, exc.value) == (name, names[index], "1")


@pytest.mark.parametrize(("func", "name", "names"), [s for s in SINGLE if len(s[2]) == 4])
def test_rca_and_intensity_formula(
    func: Callable[..., float], name: str, names: tuple[str, ...]
) -> None:
    # A share of 1/4 against a world share of 1/8: twice the world's weight.
    assert func(10, 40, 25, 200) == 2.0
    assert func(Money(10, "USD"), Money(40, "USD"), Money(25, "USD"), Money(200, "USD")) == 2.0
    # A share of 3/4 against 1/4; fractions, zero and parts equal to their totals are fine.
    assert func(0.75, 1, 0.5, 2) == 3.0
    assert func(0, 40, 25, 200) == 0.0
    assert func(40, 40, 200, 200) == 1.0
    assert func(Decimal("0.5"), Decimal("0.5"), 1, 4) == 4.0
    # A reporter with no exports at all has no defined index.
    assert math.isnan(func(0, 0, 25, 200))


@pytest.mark.parametrize(("func", "name", "names"), [s for s in SINGLE if len(s[2]) == 4])
def test_rca_and_intensity_parts_must_not_exceed_totals(
    func: Callable[..., float], name: str, names: tuple[str, ...]
) -> None:
    exc = _raises(ValidationError, func, 41, 40, 25, 200)
    assert (exc.cls, exc.field, exc.value) == (name, names[0], 41.0)
    assert exc.rule == f"must not exceed {names[1]!r} (40)"
    exc = _raises(ValidationError, func, 1, 40, 2.5, 2.25)
    assert (exc.cls, exc.field, exc.value) == (name, names[2], 2.5)
    assert str(exc) == (
        f"{name}: {names[2]!r} must not exceed {names[3]!r} (2.25) (got 2.5 that is a float)"
    )
    # No world trade in the product (or with the partner): the index is undefined.
    exc = _raises(ValidationError, func, 0, 40, 0, 200)
    assert (exc.cls, exc.field, exc.rule, exc.value) == (name, names[2], "must be positive", 0.0)
    exc = _raises(ValidationError, func, 0, 40, 0, 0)
    assert (exc.field, exc.rule) == (names[2], "must be positive")


@pytest.mark.parametrize(("func", "name", "names"), [s for s in SINGLE if len(s[2]) == 4])
@pytest.mark.parametrize("odd", [0, 1, 2, 3])
def test_rca_and_intensity_want_one_currency(
    func: Callable[..., float], name: str, names: tuple[str, ...], odd: int
) -> None:
    # Any one of the four values in another currency is refused, wherever it stands.
    args: list[object] = [Money(v, "USD") for v in (10, 40, 25, 200)]
    args[odd] = Money((10, 40, 25, 200)[odd], "EUR")
    exc = _raises(CurrencyMismatchError, func, *args)
    assert exc.cls == name
    assert {exc.left, exc.right} == {"USD", "EUR"}
    # Plain numbers mix with Money of one currency: they carry no currency of their own.
    args[odd] = (10, 40, 25, 200)[odd]
    assert func(*args) == 2.0


def test_grubel_lloyd_values() -> None:
    assert pr.grubel_lloyd(10, 30) == 0.5
    assert pr.grubel_lloyd(0, 5) == 0.0
    assert pr.grubel_lloyd(0.25, 0.75) == 0.5
    assert pr.grubel_lloyd(Money(30, "USD"), Money(10, "USD")) == 0.5
    assert pr.grubel_lloyd(Decimal("0.5"), Decimal("0.5")) == 1.0
    # 1 - 2/8
    assert pr.grubel_lloyd(3, 5) == 0.75


# --- Indices over mappings ------------------------------------------------------------------


def test_rca_by_product_values() -> None:
    # Totals 4 and 100: shares 1/4 and 3/4 against 1/2 each.
    assert pr.rca_by_product({"a": 1, "b": 3}, {"a": 50, "b": 50}) == {"a": 0.5, "b": 1.5}
    # Only the reporter's products are rated; the world's others count in its total.
    assert pr.rca_by_product({"a": 1}, {"a": 1, "b": 3}) == {"a": 4.0}
    assert pr.rca_by_product({"a": 0.5, "b": 0.5}, {"a": 1, "b": 3}) == {"a": 2.0, "b": 2 / 3}
    # A product the reporter does not export yet is rated 0.
    assert pr.rca_by_product({"a": 2, "b": 0}, {"a": 1, "b": 1}) == {"a": 2.0, "b": 0.0}
    usd = {"a": Money(1, "USD"), "b": Money(3, "USD")}
    assert pr.rca_by_product(usd, {"a": Money(50, "USD"), "b": Money(50, "USD")}) == {
        "a": 0.5,
        "b": 1.5,
    }
    # Money on one side, plain numbers in the same unit on the other: allowed.
    assert pr.rca_by_product(usd, {"a": 50, "b": 50}) == {"a": 0.5, "b": 1.5}
    assert pr.rca_by_product({"a": 1, "b": 3}, {"a": Money(50, "USD"), "b": Money(50, "USD")}) == {
        "a": 0.5,
        "b": 1.5,
    }


def test_rca_by_product_world_must_cover_the_exports() -> None:
    # A product with zero world exports is as good as missing; the first one is named.
    exc = _raises(ValidationError, pr.rca_by_product, {"a": 1, "b": 1, "c": 1}, {"a": 1, "b": 0})
    assert (exc.cls, exc.field, exc.value) == ("rca_by_product", "world", "b")
    exc = _raises(ValidationError, pr.rca_by_product, {"a": 1, "b": 1}, {"a": 1.5})
    assert exc.value == "b"
    exc = _raises(ValidationError, pr.rca_by_product, {"a": 0}, {"a": 1})
    assert (exc.cls, exc.field, exc.rule, exc.value) == (
        "rca_by_product",
        "exports",
        "must not all be zero",
        {"a": 0},
    )


def test_rca_by_product_bad_mappings() -> None:
    wrong = _raises(WrongTypeError, pr.rca_by_product, {"a": 1}, [("a", 1)])
    assert (wrong.cls, wrong.field, wrong.value) == ("rca_by_product", "world", [("a", 1)])
    assert wrong.rule == "must be a mapping from product (or partner) to value"
    exc = _raises(ValidationError, pr.rca_by_product, {"a": 1}, {"a": 1, "b": -2})
    assert (exc.cls, exc.field, exc.value) == ("rca_by_product", "world[b]", -2)


def test_flows_in_one_mapping_share_a_currency() -> None:
    mixed = {"a": Money(1, "USD"), "b": Money(1, "USD"), "c": Money(1, "EUR")}
    exc = _raises(CurrencyMismatchError, pr.rca_by_product, mixed, {"a": 1})
    assert (exc.cls, exc.left, exc.right, exc.operation) == ("rca_by_product", "USD", "EUR", "+")
    assert str(exc) == (
        "rca_by_product: cannot apply '+' to amounts in USD and EUR: "
        "convert one of them first with ExchangeRates"
    )
    # A plain number among Money is a mix too: it has no currency.
    exc = _raises(
        CurrencyMismatchError, pr.grubel_lloyd_by_product, {"a": 1, "b": Money(1, "USD")}, {}
    )
    assert (exc.cls, exc.left, exc.right, exc.operation) == (
        "grubel_lloyd_by_product",
        "None",
        "USD",
        "+",
    )
    exc = _raises(
        CurrencyMismatchError, pr.export_diversification, {"a": 1}, {"a": Money(1, "RUB"), "b": 1}
    )
    assert (exc.cls, exc.left, exc.right) == ("export_diversification", "RUB", "None")


@pytest.mark.parametrize(
    ("func", "name", "fields"),
    [
        (pr.rca_by_product, "rca_by_product", ("exports", "world")),
        (pr.grubel_lloyd_by_product, "grubel_lloyd_by_product", ("exports", "imports")),
        (pr.grubel_lloyd_aggregate, "grubel_lloyd_aggregate", ("exports", "imports")),
        (pr.export_similarity, "export_similarity", ("a", "b")),
        (pr.export_diversification, "export_diversification", ("exports", "world")),
    ],
)
def test_mapping_indices_check_both_sides(
    func: Callable[..., object], name: str, fields: tuple[str, str]
) -> None:
    usd, eur = {"k": Money(2, "USD")}, {"k": Money(1, "EUR")}
    mismatch = _raises(CurrencyMismatchError, func, usd, eur)
    assert (mismatch.cls, mismatch.left, mismatch.right, mismatch.operation) == (
        name,
        "USD",
        "EUR",
        "/",
    )
    assert str(mismatch) == (
        f"{name}: cannot apply '/' to amounts in USD and EUR: "
        "convert one of them first with ExchangeRates"
    )
    good: dict[str, object] = {"k": 1}
    for side in (0, 1):
        args: list[object] = [good, good]
        args[side] = {"k": 1, "z": Decimal("-0.5")}
        negative = _raises(ValidationError, func, *args)
        assert (negative.cls, negative.field, negative.value) == (
            name,
            f"{fields[side]}[z]",
            Decimal("-0.5"),
        )
        args[side] = ["k"]
        wrong = _raises(WrongTypeError, func, *args)
        assert (wrong.cls, wrong.field, wrong.value) == (name, fields[side], ["k"])
    # Money on both sides in one currency, or on one side only, is fine.
    assert func(usd, {"k": Money(4, "USD")}) == func({"k": 2}, {"k": 4})
    assert func(usd, {"k": 4}) == func({"k": 2}, {"k": 4})
    assert func({"k": 2}, {"k": Money(4, "USD")}) == func({"k": 2}, {"k": 4})


def test_grubel_lloyd_over_products() -> None:
    # Products come in the order met: the exports' first, then those only imported.
    by_product = pr.grubel_lloyd_by_product({"b": 1, "a": 3}, {"c": 2, "a": 5, "b": 1})
    assert list(by_product) == ["b", "a", "c"]
    assert by_product == {"b": 1.0, "a": 0.75, "c": 0.0}
    assert pr.grubel_lloyd_by_product({"a": 0.5}, {"b": 0.5}) == {"a": 0.0, "b": 0.0}
    assert pr.grubel_lloyd_by_product({"a": 1}, {"a": 3}) == {"a": 0.5}
    # A product not traded at all has no index.
    assert math.isnan(pr.grubel_lloyd_by_product({"a": 0}, {"a": 0})["a"])
    assert pr.grubel_lloyd_by_product({}, {}) == {}
    # 1 - (|1 - 1| + |5 - 7| + |0 - 2|) / (1 + 1 + 5 + 7 + 2)
    assert pr.grubel_lloyd_aggregate({"b": 1, "a": 5}, {"c": 2, "a": 7, "b": 1}) == 0.75
    assert pr.grubel_lloyd_aggregate({"a": 1}, {"a": 3}) == 0.5
    assert pr.grubel_lloyd_aggregate({"a": 1}, {"b": 3}) == 0.0
    assert pr.grubel_lloyd_aggregate({"a": 0.5, "b": 0.25}, {"a": 0.5, "b": 0.25}) == 1.0
    assert math.isnan(pr.grubel_lloyd_aggregate({}, {}))
    assert math.isnan(pr.grubel_lloyd_aggregate({"a": 0}, {"b": 0}))


def test_similarity_and_diversification_values() -> None:
    # Shares (1/4, 3/4) against (1/2, 1/2): overlap 1/4 + 1/2.
    a, b = {"x": 1, "y": 3}, {"x": 2, "y": 2}
    assert pr.export_similarity(a, b) == 0.75
    assert pr.export_diversification(a, b) == 0.25
    # Products only one side exports add nothing to the overlap.
    assert pr.export_similarity({"x": 1, "y": 1}, {"x": 1}) == 0.5
    assert pr.export_similarity({"x": 1}, {"x": 1, "y": 1}) == 0.5
    assert pr.export_diversification({"x": 1, "y": 1}, {"x": 1}) == 0.5
    assert pr.export_diversification({"x": 1}, {"x": 1, "y": 1}) == 0.5
    assert pr.export_diversification({"x": 1}, {"y": 1}) == 1.0
    # The scale of either side does not matter, and zero flows are allowed.
    assert pr.export_similarity({"x": 0.25, "y": 0}, {"x": 4}) == 1.0
    assert pr.export_diversification({"x": 0.25, "y": 0}, {"x": 4}) == 0.0
    usd = {"x": Money(1, "USD"), "y": Money(3, "USD")}
    assert pr.export_similarity(usd, {"x": Money(2, "USD"), "y": Money(2, "USD")}) == 0.75


@pytest.mark.parametrize(
    ("func", "name", "fields"),
    [
        (pr.export_similarity, "export_similarity", ("a", "b")),
        (pr.export_diversification, "export_diversification", ("exports", "world")),
    ],
)
def test_structures_need_some_trade(
    func: Callable[..., float], name: str, fields: tuple[str, str]
) -> None:
    for side, empty in ((0, {"k": 0}), (1, {"k": 0}), (0, {}), (1, {})):
        args: list[object] = [{"k": 1}, {"k": 1}]
        args[side] = empty
        exc = _raises(ValidationError, func, *args)
        assert (exc.cls, exc.field, exc.rule) == (name, fields[side], "must not all be zero")
        assert exc.value == dict.fromkeys(empty, 0.0)


# --- Invariants -------------------------------------------------------------------------------

flows = st.dictionaries(st.sampled_from("abcdef"), st.integers(0, 10**6), min_size=1)


@given(flows, flows)
def test_rca_weighted_by_world_shares_sums_to_one(
    mine: dict[str, int], extra: dict[str, int]
) -> None:
    # Every exported product is in the world's table, with at least the reporter's exports.
    assume(sum(mine.values()) > 0)
    world = {k: v + extra.get(k, 0) + 1 for k, v in mine.items()}
    rca = pr.rca_by_product(mine, world)
    assert list(rca) == list(mine)
    world_total = sum(world.values())
    assert math.isclose(
        math.fsum(r * world[k] / world_total for k, r in rca.items()), 1.0, rel_tol=1e-9
    )
    # The same products, one at a time.
    total = sum(mine.values())
    for k, r in rca.items():
        assert math.isclose(pr.balassa_rca(mine[k], total, world[k], world_total), r, rel_tol=1e-9)


@given(flows, flows)
def test_grubel_lloyd_aggregate_is_the_trade_weighted_mean(
    exports: dict[str, int], imports: dict[str, int]
) -> None:
    by_product = pr.grubel_lloyd_by_product(exports, imports)
    assert set(by_product) == set(exports) | set(imports)
    trade = {k: exports.get(k, 0) + imports.get(k, 0) for k in by_product}
    total = sum(trade.values())
    for k, gl in by_product.items():
        if trade[k] == 0:
            assert math.isnan(gl)
        else:
            assert 0 <= gl <= 1
            assert gl == pr.grubel_lloyd(exports.get(k, 0), imports.get(k, 0))
    aggregate = pr.grubel_lloyd_aggregate(exports, imports)
    if total == 0:
        assert math.isnan(aggregate)
        return
    mean = math.fsum(gl * trade[k] for k, gl in by_product.items() if trade[k]) / total
    assert math.isclose(aggregate, mean, rel_tol=1e-9, abs_tol=1e-12)


@pytest.mark.parametrize(("func", "name", "names", "index"), SINGLE_ARGS)
def test_money_too_large_for_a_float_is_named(
    func: Callable[..., float], name: str, names: tuple[str, ...], index: int
) -> None:
    args: list[object] = [Money(1, "USD"), Money(2, "USD"), 1, 2]
    del args[len(names) :]
    args[index] = Money("1e400", "USD")
    exc = _raises(ValidationError, func, *args)
    assert (exc.cls, exc.field, exc.rule) == (name, names[index], "must be finite")


def test_a_side_without_flows_has_no_currency_to_clash() -> None:
    usd = {"a": Money(3, "USD")}
    assert pr.grubel_lloyd_by_product({}, usd) == {"a": 0.0}
    assert pr.grubel_lloyd_by_product(usd, {}) == {"a": 0.0}
    assert pr.grubel_lloyd_aggregate({}, usd) == 0.0


def test_extracted_money_figures_are_flows() -> None:
    # In a mapping, anything with a currency and an amount counts as money: a figure read
    # from text, say.
    exports = MoneyFigure(FlowRole.EXPORTS, Reported.parse("30"), Scale.MILLION, "USD", (0, 2))
    imports = MoneyFigure(FlowRole.IMPORTS, Reported.parse("10"), Scale.MILLION, "USD", (3, 5))
    assert pr.grubel_lloyd_by_product({"a": exports}, {"a": imports}) == {"a": 0.5}
    assert pr.grubel_lloyd_aggregate({"a": exports}, {"a": Money(10_000_000, "USD")}) == 0.5
    rubles = MoneyFigure(FlowRole.IMPORTS, Reported.parse("10"), Scale.MILLION, "RUB", (3, 5))
    mismatch = _raises(
        CurrencyMismatchError, pr.grubel_lloyd_by_product, {"a": exports}, {"a": rubles}
    )
    assert (mismatch.left, mismatch.right) == ("USD", "RUB")


@attrs.frozen
class _Quote:
    currency: str
    amount: Decimal | None = None


def test_a_record_without_an_amount_is_not_a_flow() -> None:
    quote = _Quote("USD")
    exc = _raises(WrongTypeError, pr.grubel_lloyd_aggregate, {"a": 1}, {"a": quote})
    assert (exc.cls, exc.field, exc.value) == ("grubel_lloyd_aggregate", "imports[a]", quote)
