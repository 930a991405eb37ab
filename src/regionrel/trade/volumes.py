"""Physical volumes beside values: a flow of goods with its quantity, and its unit value.

Quantities are pint quantities of the library's registry
(:func:`regionrel.units.registry`): tonnes, cubic metres, kilowatt-hours,
barrels. Pint is imported only when a quantity is built or read.

>>> from regionrel.money import Money
>>> flow = PhysicalFlow.of(Money("1200000", "USD"), "3000", "t")
>>> flow.unit_value()
UnitValue(money=Money('400', 'USD'), unit='t')
>>> flow.unit_value("kg").money
Money('0.4', 'USD')
"""

from __future__ import annotations

import datetime
from decimal import Decimal, localcontext
from typing import Any, Final

import attrs

from regionrel._numbers import STANDARD, read_decimal
from regionrel._validators import checked_by_annotation
from regionrel.errors import RegionrelError, ValidationError, WrongTypeError
from regionrel.money import Money
from regionrel.periods import Period
from regionrel.rates import ExchangeRates

__all__ = ["PhysicalFlow", "UnitValue"]

_CLS = "PhysicalFlow"


def _registry() -> Any:
    from regionrel.units import registry

    return registry()


def _check_value(instance: object, attribute: object, value: Any) -> None:
    if not isinstance(value, Money):
        raise WrongTypeError("must be a Money", cls=_CLS, field="value", value=value)
    if value.amount < 0:
        raise ValidationError("must not be negative", cls=_CLS, field="value", value=value)


def _check_quantity(instance: object, attribute: object, value: Any) -> None:
    registry = _registry()
    if not isinstance(value, registry.Quantity):
        raise WrongTypeError(
            "must be a pint Quantity of regionrel.units.registry()",
            cls=_CLS,
            field="quantity",
            value=value,
        )
    magnitude = value.magnitude
    if (
        not isinstance(magnitude, int | Decimal | float)
        or not Decimal(magnitude).is_finite()  # a NaN would not even compare
        or magnitude <= 0
    ):
        raise ValidationError(
            "must be a positive scalar", cls=_CLS, field="quantity", value=str(value)
        )
    if any(str(dim).startswith("[currency_") for dim in value.dimensionality):
        raise ValidationError(
            "must be a physical quantity, not money", cls=_CLS, field="quantity", value=str(value)
        )


#: The longest unit text :meth:`PhysicalFlow.of` reads ("tonne_of_oil_equivalent / m ** 3"
#: is 32 characters).
MAX_UNIT_TEXT: Final = 200


def _rebuild(value: Money, magnitude: Any, unit: str) -> PhysicalFlow:
    """A PhysicalFlow unpickled: its quantity rebuilt in the library's registry."""
    with localcontext(STANDARD):
        return PhysicalFlow(value, _registry().Quantity(magnitude, unit))


@attrs.frozen(field_transformer=checked_by_annotation)
class UnitValue:
    """A price per physical unit: ``money`` per one ``unit``."""

    #: The value of one unit.
    money: Money
    #: The unit, as pint writes it ("t", "m³" is written "m ** 3").
    unit: str

    def __str__(self) -> str:
        return f"{self.money.amount:f} {self.money.currency}/{self.unit}"


@attrs.frozen
class PhysicalFlow:
    """A flow of goods: its value (Money) and its quantity (a pint Quantity).

    Args:
        value: the value, not negative.
        quantity: the physical quantity, positive, in any unit of the library's registry.

    Raises:
        WrongTypeError: a value that is not Money, a quantity that is not a Quantity.
        ValidationError: a negative value, a quantity that is not positive.
    """

    #: The value of the flow.
    value: Money = attrs.field(validator=_check_value)
    #: The quantity of goods.
    quantity: Any = attrs.field(validator=_check_quantity)

    @classmethod
    def of(cls, value: Money, magnitude: int | Decimal | str, unit: str) -> PhysicalFlow:
        """Build a flow from a value, an exact magnitude and a unit name ("t", "m**3", "kWh").

        Raises:
            WrongTypeError: a unit that is not a str.
            ValidationError: an unknown unit, a unit's text longer than
                :data:`MAX_UNIT_TEXT` characters (pint's parser is slow on long text),
                or a magnitude that is not a number.

        >>> PhysicalFlow.of(Money(10, "USD"), "5", "t").unit_value("kg")
        UnitValue(money=Money('0.002', 'USD'), unit='kg')
        """
        if not isinstance(unit, str):
            raise WrongTypeError("must be a str such as 't'", cls=_CLS, field="unit", value=unit)
        if len(unit) > MAX_UNIT_TEXT:
            raise ValidationError(
                f"must be a unit's name of at most {MAX_UNIT_TEXT} characters",
                cls=_CLS,
                field="unit",
                value=unit,
            )
        registry = _registry()
        try:
            amount = read_decimal(magnitude) if isinstance(magnitude, str) else Decimal(magnitude)
            with localcontext(STANDARD):
                quantity = registry.Quantity(amount, unit)
        except RegionrelError:
            raise
        except Exception as exc:  # pint and decimal raise many kinds
            raise ValidationError(
                "must be a number and a unit of regionrel's registry",
                cls=_CLS,
                field="quantity",
                value=(magnitude, unit),
            ) from exc
        return cls(value, quantity)

    def __reduce__(self) -> tuple[Any, ...]:
        # Pickled as the value, the magnitude and the unit's text, and rebuilt through the
        # library's registry: pint would unpickle the quantity into its default registry.
        quantity = self.quantity
        return (_rebuild, (self.value, quantity.magnitude, str(quantity.units)))

    def unit_value(self, unit: str | None = None) -> UnitValue:
        """Return the value per unit of quantity, in *unit* (by default the quantity's own).

        Raises:
            ValidationError: *unit* is unknown or of another dimension than the quantity.
        """
        quantity = self.quantity
        if unit is not None:
            try:
                with localcontext(STANDARD):  # pint converts Decimals in the current context
                    quantity = quantity.to(unit)
            except Exception as exc:  # pint's errors: undefined unit, dimensionality
                raise ValidationError(
                    f"must be a unit of the same dimension as {quantity.units:~}",
                    cls=f"{_CLS}.unit_value",
                    field="unit",
                    value=unit,
                ) from exc
        magnitude = quantity.magnitude
        divisor = magnitude if isinstance(magnitude, Decimal) else Decimal(repr(magnitude))
        per_unit = self.value / divisor
        return UnitValue(
            Money(per_unit.amount.normalize(STANDARD), per_unit.currency), f"{quantity.units:~}"
        )

    def convert(
        self, rates: ExchangeRates, to: str, *, on: datetime.date | Period
    ) -> PhysicalFlow:
        """Return the flow with its value converted to *to* through *rates* at *on* (required).

        Raises:
            WrongTypeError: *rates* is not an :class:`~regionrel.rates.ExchangeRates`.
        """
        if not isinstance(rates, ExchangeRates):
            raise WrongTypeError(
                "must be an ExchangeRates", cls="PhysicalFlow.convert", field="rates", value=rates
            )
        return attrs.evolve(self, value=rates.convert(self.value, to, on=on))
