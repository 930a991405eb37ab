"""The pint bridge: regionrel's own unit registry, built lazily from its embedded definitions (``units.txt``).

The registry holds the units that trade statistics use (t, kg, m3, l, barrels,
kWh, toe, pieces, percent) and one dimension per ISO 4217 currency, so that
USD and RUB never mix: converting between them takes
:class:`~regionrel.rates.ExchangeRates`. Magnitudes are Decimals and
conversions are exact.

Importing this module does not import pint; the first call to
:func:`registry` builds the registry, once, under a lock. regionrel never
touches pint's application registry, contexts or disk cache.

>>> quantity("1.5", "t").to("kg")
<Quantity(1.5E+3, 'kilogram')>
>>> (Money("7109", "USD").to_pint() / quantity(2, "t")).to("USD/kg")
<Quantity(3.5545, 'USD / kilogram')>
>>> quantity(1, "USD") + quantity(1, "RUB")
Traceback (most recent call last):
...
pint.errors.DimensionalityError: Cannot convert from 'USD' ([currency_USD]) to 'RUB' ([currency_RUB])
"""

from __future__ import annotations

from decimal import Decimal, localcontext
from typing import TYPE_CHECKING, Any

from regionrel._exact import STANDARD
from regionrel._unit_registry import DEFINITIONS_FILE as DEFINITIONS_FILE
from regionrel._unit_registry import currency_dimension as currency_dimension
from regionrel._unit_registry import define_currencies, definitions
from regionrel._unit_registry import registry as registry
from regionrel._validators import as_decimal
from regionrel.errors import ValidationError, WrongTypeError
from regionrel.money import Money

if TYPE_CHECKING:
    from pint import Quantity as _Quantity
    from pint import UnitRegistry as _UnitRegistry

    Quantity = _Quantity[Any]
    UnitRegistry = _UnitRegistry[Any]

__all__ = [
    "DEFINITIONS_FILE",
    "currency_dimension",
    "install_definitions",
    "money_from_quantity",
    "quantity",
    "registry",
]


def install_definitions(user_registry: UnitRegistry) -> tuple[str, ...]:
    """Install regionrel's currency units, one dimension each, into a user's registry.

    Currencies the registry already holds with the same dimension are left as
    they are, so installing twice is harmless. The registry's other units are
    untouched.

    Args:
        user_registry: a ``pint.UnitRegistry`` of the caller's own.

    Returns:
        The codes that were added.

    Raises:
        WrongTypeError: *user_registry* is not a pint registry.
        ValidationError: the registry already defines a currency code as some
            other unit.

    >>> import pint
    >>> ureg = pint.UnitRegistry(None)
    >>> len(install_definitions(ureg)), install_definitions(ureg)
    (178, ())
    >>> Money.from_pint(ureg.Quantity(5.5, "USD"))
    Money('5.5', 'USD')
    """
    from pint.facets.plain.registry import GenericPlainRegistry

    if not isinstance(user_registry, GenericPlainRegistry):
        raise WrongTypeError(
            "must be a pint UnitRegistry",
            cls="install_definitions",
            field="user_registry",
            value=user_registry,
        )
    _, codes = definitions()
    missing = []
    for code in codes:
        if code not in user_registry:
            missing.append(code)
            continue
        dimensionality = dict(user_registry.get_dimensionality(code))
        if dimensionality != {currency_dimension(code): 1}:
            raise ValidationError(
                f"already defines {code!r} as a unit of {dimensionality}, not as a currency",
                cls="install_definitions",
                field="user_registry",
            )
    with localcontext(STANDARD):
        define_currencies(user_registry, missing)
    return tuple(missing)


def quantity(value: Decimal | int | float | str, unit: str) -> Quantity:
    """A physical quantity (or an amount of a currency) in regionrel's registry.

    Args:
        value: the magnitude; a float is taken by its shortest decimal form
            (``0.1`` is exactly ``Decimal("0.1")``).
        unit: a unit expression, such as ``"t"``, ``"m3"``, ``"kWh"``,
            ``"barrel"`` or ``"USD/t"``.

    Raises:
        WrongTypeError: a value or unit of the wrong type.
        ValidationError: a value that is not finite, or a unit the registry
            does not know.

    >>> quantity(0.1, "barrel").to("l")
    <Quantity(15.8987294928, 'liter')>
    >>> quantity(1, "furlong")
    Traceback (most recent call last):
    ...
    regionrel.errors.ValidationError: quantity: 'unit' is not a unit that regionrel's registry knows ('furlong' is not defined in the unit registry) (got 'furlong')
    """
    magnitude = as_decimal(value, cls="quantity", field="value", floats=True, example="'1.5'")
    if not isinstance(unit, str):
        raise WrongTypeError("must be a str", cls="quantity", field="unit", value=unit)
    reg = registry()
    try:
        with localcontext(STANDARD):
            units = reg.parse_units(unit)
    except Exception as exc:  # pint's parser raises many kinds of errors
        raise ValidationError(
            f"is not a unit that regionrel's registry knows ({exc})",
            cls="quantity",
            field="unit",
            value=unit,
        ) from exc
    return reg.Quantity(magnitude, units)


def money_from_quantity(value: Quantity) -> Money:
    """An amount of money from a pint quantity in exactly one currency.

    The quantity may come from :func:`registry` or from a registry prepared
    with :func:`install_definitions`; it may carry a prefix (``kUSD``). A float
    magnitude is taken by its shortest decimal form.

    Raises:
        WrongTypeError: *value* is not a pint quantity, or its magnitude is not a number.
        ValidationError: its units are not exactly one currency.

    >>> money_from_quantity(quantity("7.109", "GUSD"))
    Money('7109000000', 'USD')
    """
    return Money.from_pint(value)
