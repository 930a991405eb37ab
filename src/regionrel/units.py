"""The pint bridge: regionrel's own unit registry, built lazily from ``units.txt``.

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

import threading
from decimal import Decimal, InvalidOperation, localcontext
from importlib import resources
from typing import TYPE_CHECKING, Any, Final

from regionrel._numbers import STANDARD, read_decimal
from regionrel.errors import ValidationError, WrongTypeError
from regionrel.money import CURRENCIES, Money, _trim

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

#: The definitions file inside the package.
DEFINITIONS_FILE: Final = "units.txt"

_CURRENCY_DIMENSION: Final = "[currency_{}]"

_LOCK: Final = threading.Lock()
_REGISTRY: UnitRegistry | None = None


def currency_dimension(code: str) -> str:
    """The pint dimension of a currency: one per currency.

    >>> currency_dimension("USD")
    '[currency_USD]'
    """
    return _CURRENCY_DIMENSION.format(code)


def _definitions() -> tuple[list[str], list[str]]:
    """The lines of units.txt that pint should parse, and the currency codes it lists."""
    text = resources.files("regionrel").joinpath(DEFINITIONS_FILE).read_text(encoding="utf-8")
    lines: list[str] = []
    codes: list[str] = []
    for line in text.splitlines():
        name, _, reference = line.partition(" = ")
        if reference.strip() == currency_dimension(name):
            codes.append(name)
        else:
            lines.append(line)
    return lines, codes


def _define_currencies(target: Any, codes: list[str]) -> None:
    # Defining the currencies as objects takes a tenth of the time that pint's
    # text parser would need for the same lines.
    from pint.facets.plain.definitions import ScaleConverter, UnitDefinition
    from pint.util import UnitsContainer

    one = ScaleConverter(1)
    for code in codes:
        reference = UnitsContainer({currency_dimension(code): 1})
        target.define(UnitDefinition(code, None, (), one, reference))


def registry() -> UnitRegistry:
    """regionrel's pint registry, built on the first call (thread-safe).

    It loads only ``units.txt`` (pint's large default file is never read),
    with Decimal magnitudes, no disk cache, and redefinitions refused.

    >>> registry() is registry()
    True
    >>> registry().Quantity(1, "kWh").to("J")
    <Quantity(3.600E+6, 'joule')>
    """
    global _REGISTRY
    built = _REGISTRY
    if built is None:
        with _LOCK:
            if _REGISTRY is None:
                # pint reads the definitions' factors as Decimals: exactly as written,
                # whatever decimal context the caller has set.
                with localcontext(STANDARD):
                    _REGISTRY = _build()
            built = _REGISTRY
    return built


def _build() -> UnitRegistry:
    import pint

    lines, codes = _definitions()
    built: UnitRegistry = pint.UnitRegistry(
        None, non_int_type=Decimal, cache_folder=None, on_redefinition="raise"
    )
    built.load_definitions(lines)
    _define_currencies(built, codes)
    return built


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
    _, codes = _definitions()
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
        _define_currencies(user_registry, missing)
    return tuple(missing)


def _to_decimal(value: object) -> Decimal:
    if isinstance(value, Decimal | int) and not isinstance(value, bool):
        number = Decimal(value)
        if number.is_finite():
            return number
    elif isinstance(value, float):
        number = Decimal(repr(value))
        if number.is_finite():
            return number
    elif isinstance(value, str):
        try:
            number = read_decimal(value)
        except InvalidOperation:
            raise ValidationError(
                "must be a decimal number such as '1.5'",
                cls="quantity",
                field="value",
                value=value,
            ) from None
        if number.is_finite():
            return number
    else:
        raise WrongTypeError(
            "must be an int, a Decimal, a float or a decimal string",
            cls="quantity",
            field="value",
            value=value,
        )
    raise ValidationError("must be a finite number", cls="quantity", field="value", value=value)


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
    magnitude = _to_decimal(value)
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
    import pint

    if not isinstance(value, pint.Quantity):
        raise WrongTypeError(
            "must be a pint Quantity", cls="Money.from_pint", field="quantity", value=value
        )
    dimensions = dict(value.dimensionality)
    code = _currency_of(dimensions)
    if code is None:
        raise ValidationError(
            "must be in exactly one currency, such as USD or kUSD",
            cls="Money.from_pint",
            field="quantity",
            value=str(value.units),
        )
    try:
        with localcontext(STANDARD):
            magnitude = value.to(code).magnitude
    except Exception as exc:  # a registry in a state regionrel did not prepare
        raise ValidationError(
            f"cannot be converted to {code} ({exc})",
            cls="Money.from_pint",
            field="quantity",
            value=str(value.units),
        ) from exc
    if isinstance(magnitude, float):
        return Money.from_float(magnitude, code)
    if isinstance(magnitude, Decimal | int) and not isinstance(magnitude, bool):
        return Money(_trim(Decimal(magnitude)), code)
    raise WrongTypeError(
        "must have a number as its magnitude",
        cls="Money.from_pint",
        field="quantity",
        value=magnitude,
    )


def _currency_of(dimensions: dict[str, Any]) -> str | None:
    if len(dimensions) != 1:
        return None
    ((dimension, exponent),) = dimensions.items()
    prefix, suffix = _CURRENCY_DIMENSION.split("{}")
    code = dimension.removeprefix(prefix).removesuffix(suffix)
    if exponent != 1 or dimension != currency_dimension(code) or code not in CURRENCIES:
        return None
    return code
