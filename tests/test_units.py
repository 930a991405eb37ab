"""The pint bridge: the lazily built registry, currencies as dimensions, physical units."""

from __future__ import annotations

import subprocess
import sys
import threading
from decimal import Decimal
from importlib import resources
from typing import Any

import pint
import pytest
from hypothesis import given

import regionrel
from regionrel import Money, ValidationError, WrongTypeError
from regionrel.money import CURRENCIES
from regionrel.units import (
    currency_dimension,
    install_definitions,
    money_from_quantity,
    quantity,
    registry,
)
from tests.strategies.money import moneys


def test_the_registry_is_built_once() -> None:
    assert registry() is registry()


def test_the_registry_is_built_once_across_threads() -> None:
    seen: list[object] = []
    barrier = threading.Barrier(8)

    def build() -> None:
        barrier.wait()
        seen.append(registry())

    threads = [threading.Thread(target=build) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len({id(r) for r in seen}) == 1


def test_the_registry_is_not_pints_application_registry_nor_its_default() -> None:
    ours = registry()
    assert pint.get_application_registry().get() is not ours  # type: ignore[no-untyped-call]
    assert "furlong" not in ours  # pint's default file was not loaded
    assert ours.non_int_type is Decimal


def test_importing_regionrel_and_building_money_does_not_import_pint() -> None:
    code = (
        "import sys, regionrel; m = regionrel.Money('1', 'USD') + regionrel.Money(2, 'USD'); "
        "regionrel.parse_money('7,109 million US dollars'); import regionrel.units; "
        "print('pint' in sys.modules)"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert out.strip() == "False"


def test_the_embedded_definitions_are_the_text_of_units_txt() -> None:
    from regionrel._unit_definitions import DEFINITIONS

    text = resources.files("regionrel").joinpath("units.txt").read_text(encoding="utf-8")
    assert text == DEFINITIONS


def test_building_the_registry_opens_no_file() -> None:
    code = (
        "import builtins, io, sys\n"
        "opened = []\n"
        "real = builtins.open\n"
        "def spy(file, *a, **k):\n"
        "    opened.append(str(file))\n"
        "    return real(file, *a, **k)\n"
        "import pint, regionrel.units, regionrel._unit_definitions\n"
        "builtins.open = io.open = spy\n"
        "regionrel.units.registry().Quantity(1, 't').to('kg')\n"
        "print(opened)"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert out.strip() == "[]"


def test_the_definitions_file_lists_every_known_currency() -> None:
    text = resources.files("regionrel").joinpath("units.txt").read_text(encoding="utf-8")
    listed = {
        line.split(" = ")[0]
        for line in text.splitlines()
        if line.endswith("]") and "[currency_" in line
    }
    assert listed == CURRENCIES


@pytest.mark.parametrize(
    ("value", "unit", "target", "expected"),
    [
        ("1.5", "t", "kg", Decimal(1500)),
        (2, "m3", "l", Decimal(2000)),
        (1, "kWh", "J", Decimal(3600000)),
        (1, "MWh", "kWh", Decimal(1000)),
        (1, "barrel", "l", Decimal("158.987294928")),
        (1, "bbl", "m**3", Decimal("0.158987294928")),
        (1, "toe", "GJ", Decimal("41.868")),
        (3, "kt", "t", Decimal(3000)),
        (250, "%", "", Decimal("2.5")),
        (1, "h", "s", Decimal(3600)),
        ("7.109", "GUSD", "USD", Decimal(7109000000)),
    ],
)
def test_physical_quantities_convert_exactly(
    value: Any, unit: str, target: str, expected: Decimal
) -> None:
    converted = quantity(value, unit).to(target).magnitude
    assert converted == expected
    assert isinstance(converted, Decimal)


def test_currencies_never_mix() -> None:
    with pytest.raises(pint.DimensionalityError):
        quantity(1, "USD") + quantity(1, "RUB")
    with pytest.raises(pint.DimensionalityError):
        quantity(1, "USD").to("EUR")
    assert quantity(1, "USD").dimensionality == {"[currency_USD]": 1}


def test_prices_per_unit() -> None:
    price = Money("7109", "USD").to_pint() / quantity(2, "t")
    assert price.to("USD/kg").magnitude == Decimal("3.5545")


def test_a_float_value_is_taken_by_its_shortest_form() -> None:
    assert quantity(0.1, "t").magnitude == Decimal("0.1")


@pytest.mark.parametrize(
    ("value", "unit", "error", "message"),
    [
        (
            1,
            "furlong",
            ValidationError,
            "quantity: 'unit' is not a unit that regionrel's registry knows ('furlong' is not "
            "defined in the unit registry) (got 'furlong')",
        ),
        (1, 5, WrongTypeError, "quantity: 'unit' must be a str (got 5)"),
        (
            None,
            "t",
            WrongTypeError,
            "quantity: 'value' must be an exact number (a Decimal, an int or decimal text such as "
            "'1.5') (got None)",
        ),
        (
            True,
            "t",
            WrongTypeError,
            "quantity: 'value' must be an exact number (a Decimal, an int or decimal text such as "
            "'1.5') (got True)",
        ),
        (
            float("nan"),
            "t",
            ValidationError,
            "quantity: 'value' must be a finite number (got nan that is a float)",
        ),
        (
            "abc",
            "t",
            ValidationError,
            "quantity: 'value' must be an exact number (a Decimal, an int or decimal text such as "
            "'1.5') (got 'abc')",
        ),
        ("NaN", "t", ValidationError, "quantity: 'value' must be a finite number (got 'NaN')"),
        (
            Decimal("Infinity"),
            "t",
            ValidationError,
            "quantity: 'value' must be a finite number (got Decimal('Infinity'))",
        ),
    ],
)
def test_quantity_refuses(value: Any, unit: Any, error: type[Exception], message: str) -> None:
    with pytest.raises(error) as info:
        quantity(value, unit)
    assert str(info.value) == message


def test_a_unit_that_pint_cannot_even_parse_is_wrapped() -> None:
    with pytest.raises(ValidationError) as info:
        quantity(1, "t ** ** 2")
    assert info.value.field == "unit"
    assert info.value.__cause__ is not None


# -- Money and pint ------------------------------------------------------------------------------


@given(moneys())
def test_money_round_trips_through_pint(money: Money) -> None:
    converted = money.to_pint()
    assert converted.magnitude == money.amount
    assert str(converted.units) == money.currency
    assert Money.from_pint(converted) == money


def test_from_pint_reads_prefixed_currency_units() -> None:
    assert Money.from_pint(quantity("4.1159", "GUSD")) == Money("4115900000", "USD")
    assert str(Money.from_pint(quantity("4.1159", "GUSD")).amount) == "4115900000"
    assert Money.from_pint(quantity(12, "kRUB")) == Money(12000, "RUB")


@pytest.mark.parametrize(
    ("value", "error", "message"),
    [
        (
            5,
            WrongTypeError,
            "Money.from_pint: 'quantity' must be a pint Quantity (got 5)",
        ),
        (
            "lazy:USD/t",
            ValidationError,
            "Money.from_pint: 'quantity' must be in exactly one currency, such as USD or kUSD "
            "(got 'USD / metric_ton')",
        ),
        (
            "lazy:t",
            ValidationError,
            "Money.from_pint: 'quantity' must be in exactly one currency, such as USD or kUSD "
            "(got 'metric_ton')",
        ),
        (
            "lazy:USD**2",
            ValidationError,
            "Money.from_pint: 'quantity' must be in exactly one currency, such as USD or kUSD "
            "(got 'USD ** 2')",
        ),
    ],
)
def test_from_pint_refuses(value: Any, error: type[Exception], message: str) -> None:
    if isinstance(value, str) and value.startswith("lazy:"):
        value = quantity(1, value.removeprefix("lazy:"))
    with pytest.raises(error) as info:
        Money.from_pint(value)
    assert str(info.value) == message


def test_from_pint_refuses_a_magnitude_that_is_not_a_number() -> None:
    odd = registry().Quantity(Decimal(1), "USD")
    odd._magnitude = "seven"  # type: ignore[assignment]  # built around pint's checks
    with pytest.raises(WrongTypeError) as info:
        money_from_quantity(odd)
    assert str(info.value) == (
        "Money.from_pint: 'quantity' must have a number as its magnitude (got 'seven')"
    )


def test_from_pint_refuses_a_dimension_named_like_an_unknown_currency() -> None:
    user: pint.UnitRegistry[Any] = pint.UnitRegistry(None)
    user.define("ABC = [currency_ABC]")
    with pytest.raises(ValidationError, match="must be in exactly one currency"):
        Money.from_pint(user.Quantity(1, "ABC"))


def test_from_pint_wraps_a_failing_conversion(monkeypatch: pytest.MonkeyPatch) -> None:
    user: pint.UnitRegistry[Any] = pint.UnitRegistry(None)
    install_definitions(user)
    broken = user.Quantity(1, "USD")

    def fail(self: object, unit: str) -> None:
        raise pint.UndefinedUnitError(unit)

    monkeypatch.setattr(user.Quantity, "to", fail)  # this registry's class only
    with pytest.raises(ValidationError) as info:
        money_from_quantity(broken)
    assert str(info.value) == (
        "Money.from_pint: 'quantity' cannot be converted to USD ('USD' is not defined in the "
        "unit registry) (got 'USD')"
    )
    assert isinstance(info.value.__cause__, pint.UndefinedUnitError)


# -- a user's own registry -------------------------------------------------------------------------


def test_install_definitions_into_a_default_registry() -> None:
    user: pint.UnitRegistry[Any] = pint.UnitRegistry()
    added = install_definitions(user)
    assert set(added) == CURRENCIES
    assert install_definitions(user) == ()  # installing twice is harmless
    price = user.Quantity(5, "MUSD") / user.Quantity(2, "kilotonne")
    assert price.to("USD/t").magnitude == pytest.approx(2500)
    with pytest.raises(pint.DimensionalityError):
        user.Quantity(1, "USD").to("RUB")
    assert Money.from_pint(user.Quantity(2.5, "kUSD")) == Money(2500, "USD")


def test_install_definitions_refuses_a_code_taken_by_another_unit() -> None:
    user: pint.UnitRegistry[Any] = pint.UnitRegistry(None)
    user.define("ALL = [length]")
    with pytest.raises(ValidationError) as info:
        install_definitions(user)
    assert str(info.value) == (
        "install_definitions: 'user_registry' already defines 'ALL' as a unit of "
        "{'[length]': 1}, not as a currency"
    )


def test_install_definitions_refuses_what_is_not_a_registry() -> None:
    with pytest.raises(WrongTypeError) as info:
        install_definitions("ureg")  # type: ignore[arg-type]
    assert str(info.value) == (
        "install_definitions: 'user_registry' must be a pint UnitRegistry (got 'ureg')"
    )


def test_public_names() -> None:
    assert regionrel.install_definitions is install_definitions
    assert currency_dimension("RUB") == "[currency_RUB]"


def test_a_registry_built_while_waiting_for_the_lock_is_the_one_returned() -> None:
    import threading
    import time

    from regionrel import _unit_registry

    built = registry()
    got: list[object] = []
    _unit_registry._REGISTRY = None
    try:
        with _unit_registry._LOCK:  # another thread is building it
            waiter = threading.Thread(target=lambda: got.append(registry()))
            waiter.start()
            time.sleep(0.1)  # the waiter saw no registry and waits for the lock
            _unit_registry._REGISTRY = built
        waiter.join()
    finally:
        _unit_registry._REGISTRY = built
    assert got == [built]
